// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/changeleadunitdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

ChangeLeadUnitDialog::ChangeLeadUnitDialog(Session *session, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ids(ids)
    , m_label(new QLabel(this))
    , m_unit(new UnitComboBox(this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changeLeadUnitDialog"));
    m_unit->setObjectName(QStringLiteral("leadUnit"));
    if (m_session->isOpen())
        m_unit->setUnits(ReferenceData::units(*m_session->database()));
    m_label->setBuddy(m_unit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_label, m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangeLeadUnitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unit, &UnitComboBox::unitChanged, m_message, &QLabel::hide);

    const bool writable = m_session->isOpen() && !m_session->isReadOnly() && !m_ids.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    retranslate();
    m_unit->setFocus();
}

ChangeLeadUnitDialog::~ChangeLeadUnitDialog() = default;

void ChangeLeadUnitDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const qint64 unitId = m_unit->unitId();
    if (unitId == 0) {
        const QString typed = m_unit->currentText().trimmed();
        m_message->setText(typed.isEmpty()
                               ? tr("Choose the new lead unit.")
                               : tr("No unit is called “%1”: choose one from the list.").arg(typed));
        m_message->setVisible(true);
        m_unit->setFocus();
        return;
    }
    QString error;
    if (!m_session->commands()->setLeadUnit(m_ids, unitId, &error)) {
        m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

void ChangeLeadUnitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangeLeadUnitDialog::retranslate()
{
    setWindowTitle(tr("Change lead unit"));
    m_label->setText(tr("New &lead unit for %n task(s):", nullptr, int(m_ids.size())));
    m_unit->lineEdit()->setPlaceholderText(tr("Type part of the name, accents optional"));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
