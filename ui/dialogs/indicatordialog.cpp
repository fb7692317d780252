// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/indicatordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"

namespace {

//! Fills \a combo with \a choices (name shown, code as data) and keeps the current code.
void fillChoices(QComboBox *combo, const QVector<ReferenceData::Choice> &choices)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const ReferenceData::Choice &c : choices)
        combo->addItem(c.name, c.code);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

IndicatorDialog::IndicatorDialog(Session *session, const IndicatorDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_draft(draft)
    , m_form(new QFormLayout)
    , m_code(new QLineEdit(draft.code, this))
    , m_name(new QLineEdit(draft.name, this))
    , m_nameEn(new QLineEdit(draft.nameEn, this))
    , m_measure(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_rate(new QCheckBox(this))
    , m_accumulation(new QComboBox(this))
    , m_decimals(new QSpinBox(this))
    , m_programme(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_unitLabel(new QLineEdit(draft.unitLabel, this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("indicatorDialog"));
    m_code->setObjectName(QStringLiteral("code"));
    m_name->setObjectName(QStringLiteral("name"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_measure->setObjectName(QStringLiteral("measure"));
    m_direction->setObjectName(QStringLiteral("direction"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_accumulation->setObjectName(QStringLiteral("accumulation"));
    m_decimals->setObjectName(QStringLiteral("decimals"));
    m_decimals->setRange(0, 6);
    m_decimals->setValue(draft.decimals);
    m_programme->setObjectName(QStringLiteral("programme"));
    m_level->setObjectName(QStringLiteral("level"));
    m_rate->setChecked(draft.isRate);

    m_programme->addItem(QString(), qint64(0));
    if (m_session->isOpen()) {
        for (const ReferenceData::Programme &p : ReferenceData::programmes(*m_session->database()))
            m_programme->addItem(
                QStringLiteral("%1 – %2").arg(p.code, ReferenceData::localName(p.name, p.nameEn)), p.id);
    }
    retranslate(); // fills the choice lists
    choose(m_measure, draft.measure);
    choose(m_direction, draft.direction);
    choose(m_accumulation, draft.accumulation);
    choose(m_level, draft.level);
    choose(m_programme, draft.programmeId);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(QString(), m_code);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_nameEn);
    m_form->addRow(QString(), m_measure);
    m_form->addRow(QString(), m_rate);
    m_form->addRow(QString(), m_direction);
    m_form->addRow(QString(), m_accumulation);
    m_form->addRow(QString(), m_decimals);
    m_form->addRow(QString(), m_unitLabel);
    m_form->addRow(QString(), m_level);
    m_form->addRow(QString(), m_programme);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslate(); // the row labels, now that the rows exist
    resize(600, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateDependentFields);
    updateDependentFields();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote));
    (draft.id > 0 ? m_name : m_code)->setFocus();
}

IndicatorDialog::~IndicatorDialog() = default;

void IndicatorDialog::updateDependentFields()
{
    const QString measure = m_measure->currentData().toString();
    // Only a percentage can be numerator / denominator; a rank is always lower-is-better, in whole places.
    m_rate->setEnabled(measure == QLatin1String("percent"));
    if (!m_rate->isEnabled())
        m_rate->setChecked(false);
    const bool rank = measure == QLatin1String("rank");
    if (rank) {
        choose(m_direction, QStringLiteral("down"));
        m_decimals->setValue(0);
    }
    m_direction->setEnabled(!rank);
    m_decimals->setEnabled(!rank);
}

IndicatorDraft IndicatorDialog::draft() const
{
    IndicatorDraft d = m_draft;
    d.code = m_code->text();
    d.name = m_name->text();
    d.nameEn = m_nameEn->text();
    d.measure = m_measure->currentData().toString();
    d.direction = m_direction->currentData().toString();
    d.isRate = m_rate->isChecked();
    d.accumulation = m_accumulation->currentData().toString();
    d.decimals = m_decimals->value();
    d.programmeId = m_programme->currentData().toLongLong();
    d.level = m_level->currentData().toString();
    d.unitLabel = m_unitLabel->text();
    return d;
}

void IndicatorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString error;
    qint64 id = 0;
    if (!m_session->commands()->saveIndicator(draft(), &id, &error)) {
        m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
        m_message->setVisible(true);
        return;
    }
    m_savedId = id;
    QDialog::accept();
}

void IndicatorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IndicatorDialog::retranslate()
{
    setWindowTitle(m_draft.id > 0 ? tr("Edit indicator") : tr("New indicator"));
    fillChoices(m_measure, ReferenceData::measures());
    fillChoices(m_direction, ReferenceData::directions());
    fillChoices(m_accumulation, ReferenceData::accumulations());
    fillChoices(m_level, ReferenceData::indicatorLevels());
    m_programme->setItemText(0, tr("(no programme)"));
    m_rate->setText(tr("A rate: numerator / denominator × 100 (sums of both roll up)"));
    m_code->setPlaceholderText(tr("e.g. HS-SOHOA"));
    m_unitLabel->setPlaceholderText(tr("e.g. hồ sơ, tài khoản"));
    FormWidgets::setRowLabels(m_form, {{m_code, tr("&Code:")},
                                       {m_name, tr("&Name:")},
                                       {m_nameEn, tr("Name in &English:")},
                                       {m_measure, tr("&Measure:")},
                                       {m_rate, QString()},
                                       {m_direction, tr("&Direction:")},
                                       {m_accumulation, tr("&Value is:")},
                                       {m_decimals, tr("D&ecimals shown:")},
                                       {m_unitLabel, tr("What is &counted:")},
                                       {m_level, tr("Observed &at:")},
                                       {m_programme, tr("&Programme:")}});
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}
