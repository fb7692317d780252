// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/moveunitdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

MoveUnitDialog::MoveUnitDialog(Session *session, qint64 unitId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_unitId(unitId)
    , m_label(new QLabel(this))
    , m_parent(new UnitComboBox(this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("moveUnitDialog"));
    m_parent->setObjectName(QStringLiteral("parentUnit"));
    m_label->setWordWrap(true);
    m_label->setBuddy(m_parent);
    if (m_session->isOpen()) {
        const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(*m_session->database());
        for (const ReferenceData::Unit &u : units) {
            if (u.id == unitId) {
                m_unitName = ReferenceData::localName(u.name, u.nameEn);
                m_parent->setUnits(ReferenceData::units(*m_session->database()));
                m_parent->setUnitId(u.parentId);
            }
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_label);
    layout->addWidget(m_parent);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslate();
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveUnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_parent, &UnitComboBox::unitChanged, m_message, &QLabel::hide);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote));
    m_parent->setFocus();
}

MoveUnitDialog::~MoveUnitDialog() = default;

void MoveUnitDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const qint64 parentId = m_parent->unitId();
    QString error;
    if (parentId == 0)
        error = m_parent->currentText().trimmed().isEmpty()
                    ? tr("Choose the unit to put it under.")
                    : tr("No unit is called “%1”: choose one from the list.")
                          .arg(m_parent->currentText().trimmed());
    else if (!m_session->commands()->moveUnit(m_unitId, parentId, &error) && error.isEmpty())
        error = tr("Nothing was changed.");
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->setVisible(true);
        m_parent->setFocus();
        return;
    }
    QDialog::accept();
}

void MoveUnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MoveUnitDialog::retranslate()
{
    setWindowTitle(tr("Move unit"));
    m_label->setText(tr("Put “%1” &under:").arg(m_unitName));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
