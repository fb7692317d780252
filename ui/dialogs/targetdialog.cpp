// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/targetdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/domain/localenumber.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitcombobox.h"

TargetDialog::TargetDialog(Session *session, const IndicatorRecord &indicator, qint64 unitId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_indicator(indicator)
    , m_form(new QFormLayout)
    , m_indicatorName(new QLabel(this))
    , m_unit(new UnitComboBox(this))
    , m_assignedBy(new QComboBox(this))
    , m_effectiveFrom(FormWidgets::dateEdit(QStringLiteral("effectiveFrom"), QDate::currentDate(), this))
    , m_value(new QLineEdit(this))
    , m_document(new QLineEdit(this))
    , m_documentDate(FormWidgets::dateEdit(QStringLiteral("documentDate"), QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("targetDialog"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_assignedBy->setObjectName(QStringLiteral("assignedBy"));
    m_value->setObjectName(QStringLiteral("value"));
    m_document->setObjectName(QStringLiteral("document"));
    m_note->setObjectName(QStringLiteral("note"));
    m_indicatorName->setWordWrap(true);
    m_indicatorName->setText(
        QStringLiteral("<b>%1</b> – %2")
            .arg(indicator.code.toHtmlEscaped(),
                 ReferenceData::localName(indicator.name, indicator.nameEn).toHtmlEscaped()));
    if (m_session->isOpen())
        m_unit->setUnits(ReferenceData::units(*m_session->database()));
    m_unit->setUnitId(unitId);
    for (const ReferenceData::Choice &c : ReferenceData::assigningLevels())
        m_assignedBy->addItem(c.name, c.code);
    m_assignedBy->setCurrentIndex(m_assignedBy->findData(QStringLiteral("provincial_sc")));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_indicatorName);
    m_form->addRow(QString(), m_unit);
    m_form->addRow(QString(), m_assignedBy);
    m_form->addRow(QString(), m_effectiveFrom);
    m_form->addRow(QString(), m_value);
    m_form->addRow(QString(), m_document);
    m_form->addRow(QString(), m_documentDate);
    m_form->addRow(QString(), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslate();
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QLineEdit::textEdited, m_message, &QLabel::hide);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote));
    m_value->setFocus();
}

TargetDialog::~TargetDialog() = default;

void TargetDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto showProblem = [this](const QString &message, QWidget *field) {
        m_message->setText(message);
        m_message->setVisible(true);
        field->setFocus();
    };
    if (m_unit->unitId() == 0)
        return showProblem(tr("Choose the unit the target is set for."), m_unit);
    const LocaleNumber::Result number = LocaleNumber::parse(m_value->text());
    if (!number.ok)
        return showProblem(number.empty ? tr("Enter the target.") : number.error, m_value);
    TargetDraft draft;
    draft.indicatorId = m_indicator.id;
    draft.unitId = m_unit->unitId();
    draft.assignedBy = m_assignedBy->currentData().toString();
    draft.effectiveFrom = m_effectiveFrom->date();
    draft.value = number.value;
    draft.documentNumber = m_document->text();
    draft.documentDate = m_document->text().trimmed().isEmpty() ? QDate() : m_documentDate->date();
    draft.note = m_note->text();
    QString error;
    if (!m_session->commands()->addTarget(draft, nullptr, &error))
        return showProblem(error.isEmpty() ? tr("Nothing was changed.") : error, m_value);
    QDialog::accept();
}

void TargetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TargetDialog::retranslate()
{
    setWindowTitle(tr("New target"));
    const bool percent = m_indicator.measure == QLatin1String("percent");
    m_value->setPlaceholderText(m_indicator.isRank() ? tr("a place, e.g. 10")
                                : percent            ? tr("e.g. 80 (percent)")
                                                     : QString());
    m_document->setPlaceholderText(tr("e.g. 25/KH-BCĐ"));
    FormWidgets::setRowLabels(m_form, {{m_unit, tr("&Unit:")},
                                       {m_assignedBy, tr("Assigned &by:")},
                                       {m_effectiveFrom, tr("Applies &from:")},
                                       {m_value, tr("&Target:")},
                                       {m_document, tr("&Document:")},
                                       {m_documentDate, tr("Document d&ate:")},
                                       {m_note, tr("&Note:")}});
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
