// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/completetasksdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"

CompleteTasksDialog::CompleteTasksDialog(Session *session, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ids(ids)
    , m_label(new QLabel(this))
    , m_date(new QDateEdit(session->commands()->today(), this))
    , m_readOnlyNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_reopen(new QPushButton(this))
{
    setObjectName(QStringLiteral("completeTasksDialog"));
    m_date->setObjectName(QStringLiteral("completedOn"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    // A completion is a fact already happened: days to come cannot be chosen.
    m_date->setMaximumDate(session->commands()->today());
    m_label->setBuddy(m_date);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    // The read-only banner's colours: the same warning looks the same everywhere.
    m_readOnlyNote->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;"));
    m_readOnlyNote->setVisible(false);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setVisible(false);
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);

    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_date);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteTasksDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reopen, &QPushButton::clicked, this, &CompleteTasksDialog::reopen);

    const bool writable = m_session->isOpen() && !m_session->isReadOnly() && !m_ids.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    m_reopen->setEnabled(writable);
    retranslate();
}

CompleteTasksDialog::~CompleteTasksDialog() = default;

void CompleteTasksDialog::accept()
{
    if (apply(m_date->date()))
        QDialog::accept();
}

void CompleteTasksDialog::reopen()
{
    if (apply(QDate()))
        QDialog::accept();
}

bool CompleteTasksDialog::apply(const QDate &date)
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return false;
    QString error;
    if (m_session->commands()->setCompleted(m_ids, date, &error))
        return true;
    m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
    m_message->setVisible(true);
    return false;
}

void CompleteTasksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompleteTasksDialog::retranslate()
{
    const int count = int(m_ids.size());
    setWindowTitle(tr("Mark completed"));
    m_label->setText(tr("Mark %n task(s) &completed on:", nullptr, count));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark completed"));
    m_reopen->setText(tr("&Reopen"));
    m_reopen->setToolTip(tr("Clear the completion: the %n task(s) are open again.", nullptr, count));
    if (!m_session->isOpen()) {
        m_readOnlyNote->setText(tr("No file is open."));
        m_readOnlyNote->setVisible(true);
    } else if (m_session->isReadOnly()) {
        const QString reason = m_session->readOnlyReason();
        m_readOnlyNote->setText(reason.isEmpty() ? tr("The file is open read-only: nothing can be saved.")
                                                 : tr("%1 Nothing can be saved in this file.").arg(reason));
        m_readOnlyNote->setVisible(true);
    }
}
