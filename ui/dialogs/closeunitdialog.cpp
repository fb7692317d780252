// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/closeunitdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

CloseUnitDialog::CloseUnitDialog(Session *session, qint64 unitId, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_heading(new QLabel(this))
    , m_dateLabel(new QLabel(this))
    , m_closedOn(FormWidgets::dateEdit(QStringLiteral("closedOn"), QDate::currentDate(), this))
    , m_successorLabel(new QLabel(this))
    , m_successor(new UnitComboBox(this))
    , m_warning(FormWidgets::readOnlyNote(this))
    , m_acknowledge(new QCheckBox(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("closeUnitDialog"));
    m_heading->setWordWrap(true);
    m_successor->setObjectName(QStringLiteral("successor"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_dateLabel->setBuddy(m_closedOn);
    m_successorLabel->setBuddy(m_successor);

    // The successor is any other unit that is not part of this one.
    if (m_session->isOpen()) {
        const QVector<ReferenceData::Unit> stored = ReferenceData::storedUnits(*m_session->database());
        QVector<ReferenceData::Unit> choices;
        for (const ReferenceData::Unit &u : ReferenceData::units(*m_session->database())) {
            if (u.id == unitId)
                m_unit = u;
            else if (!UnitEdits::isWithin(stored, u.id, unitId))
                choices.append(u);
        }
        m_successor->setUnits(choices);
        m_usage = m_session->commands()->unitUsage(unitId);
    }
    if (m_mode == Mode::SetSuccessor) {
        m_closedOn->setDate(m_unit.closedOn);
        m_closedOn->setEnabled(false);
        m_successor->setUnitId(m_unit.successorId);
    }
    const QString warning = m_mode == Mode::Close ? UnitEdits::usageWarning(m_unit, m_usage) : QString();
    m_warning->setVisible(!warning.isEmpty());
    m_acknowledge->setVisible(!warning.isEmpty());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_dateLabel, m_closedOn);
    form->addRow(m_successorLabel, m_successor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(600, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloseUnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_acknowledge, &QCheckBox::toggled, this, &CloseUnitDialog::updateOk);
    connect(m_successor, &UnitComboBox::unitChanged, m_message, &QLabel::hide);
    connect(m_closedOn, &QDateEdit::dateChanged, m_message, &QLabel::hide);

    m_writable = FormWidgets::checkWritable(m_session, m_readOnlyNote) && m_unit.id > 0;
    retranslate();
    updateOk();
    m_successor->setFocus();
}

CloseUnitDialog::~CloseUnitDialog() = default;

void CloseUnitDialog::updateOk()
{
    const bool confirmed = !m_acknowledge->isVisibleTo(this) || m_acknowledge->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_writable && confirmed);
}

void CloseUnitDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString error;
    bool saved = false;
    if (m_successor->hasUnmatchedText())
        error = tr("No unit is called “%1”: choose one from the list.").arg(m_successor->currentText().trimmed());
    else if (m_mode == Mode::Close)
        saved = m_session->commands()->closeUnit(m_unit.id, m_closedOn->date(), m_successor->unitId(),
                                                 m_acknowledge->isChecked(), &error);
    else
        saved = m_session->commands()->setSuccessor(m_unit.id, m_successor->unitId(), &error);
    if (!saved) {
        m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

void CloseUnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CloseUnitDialog::retranslate()
{
    const QString name = ReferenceData::localName(m_unit.name, m_unit.nameEn);
    if (m_mode == Mode::Close) {
        setWindowTitle(tr("Close unit %1").arg(m_unit.code));
        m_heading->setText(tr("Close “%1”: from this date it no longer exists; its history and tasks are kept.")
                               .arg(name));
    } else {
        setWindowTitle(tr("Successor of %1").arg(m_unit.code));
        m_heading->setText(tr("Which unit took over from “%1” when it closed?").arg(name));
    }
    m_dateLabel->setText(tr("&Closed on:"));
    m_successorLabel->setText(tr("&Taken over by:"));
    m_successor->lineEdit()->setPlaceholderText(tr("None"));
    m_warning->setText(UnitEdits::usageWarning(m_unit, m_usage) + QLatin1Char(' ')
                       + tr("Its tasks keep it as their lead unit until you give them another one."));
    m_acknowledge->setText(tr("Close it &all the same"));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
