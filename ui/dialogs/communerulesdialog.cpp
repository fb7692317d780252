// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/communerulesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"

CommuneRulesDialog::CommuneRulesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_taskWeightLabel(new QLabel(this))
    , m_taskWeight(new QDoubleSpinBox(this))
    , m_indicatorWeightLabel(new QLabel(this))
    , m_indicatorWeight(new QDoubleSpinBox(this))
    , m_greenMaxLabel(new QLabel(this))
    , m_greenMax(new QSpinBox(this))
    , m_redMinLabel(new QLabel(this))
    , m_redMin(new QSpinBox(this))
    , m_provinceTargets(new QCheckBox(this))
    , m_ranges(new QLabel(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("communeRulesDialog"));
    if (m_session->isOpen())
        m_rules = CommuneRules::load(*m_session->database());
    for (QDoubleSpinBox *box : {m_taskWeight, m_indicatorWeight}) {
        box->setRange(0, 100);
        box->setDecimals(1);
    }
    m_taskWeight->setObjectName(QStringLiteral("taskWeight"));
    m_indicatorWeight->setObjectName(QStringLiteral("indicatorWeight"));
    m_greenMax->setObjectName(QStringLiteral("greenMaxOverdue"));
    m_redMin->setObjectName(QStringLiteral("redMinOverdue"));
    m_greenMax->setRange(0, 99);
    m_redMin->setRange(0, 99);
    m_taskWeight->setValue(m_rules.taskWeight);
    m_indicatorWeight->setValue(m_rules.indicatorWeight);
    m_greenMax->setValue(m_rules.greenMaxOverdue);
    m_redMin->setValue(m_rules.redMinOverdue);
    m_provinceTargets->setChecked(m_rules.provinceTargets);
    m_ranges->setWordWrap(true);
    m_taskWeightLabel->setBuddy(m_taskWeight);
    m_indicatorWeightLabel->setBuddy(m_indicatorWeight);
    m_greenMaxLabel->setBuddy(m_greenMax);
    m_redMinLabel->setBuddy(m_redMin);

    auto *form = new QFormLayout;
    form->addRow(m_taskWeightLabel, m_taskWeight);
    form->addRow(m_indicatorWeightLabel, m_indicatorWeight);
    form->addRow(m_greenMaxLabel, m_greenMax);
    form->addRow(m_redMinLabel, m_redMin);
    form->addRow(m_provinceTargets);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ranges);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommuneRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_session->isOpen() && !m_session->isReadOnly());
    retranslate();
}

CommuneRulesDialog::~CommuneRulesDialog() = default;

CommuneRules CommuneRulesDialog::rules() const
{
    CommuneRules r = m_rules;
    r.taskWeight = m_taskWeight->value();
    r.indicatorWeight = m_indicatorWeight->value();
    r.greenMaxOverdue = m_greenMax->value();
    r.redMinOverdue = m_redMin->value();
    r.provinceTargets = m_provinceTargets->isChecked();
    return r;
}

void CommuneRulesDialog::accept()
{
    QString error;
    if (!m_session->commands()->setCommuneRules(rules(), &error)) {
        m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

void CommuneRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CommuneRulesDialog::retranslate()
{
    setWindowTitle(tr("Commune rules"));
    m_taskWeightLabel->setText(tr("Weight of &tasks completed on time:"));
    m_indicatorWeightLabel->setText(tr("Weight of &indicators achieved:"));
    m_greenMaxLabel->setText(tr("&Green with at most … overdue tasks:"));
    m_redMinLabel->setText(tr("&Red from … overdue tasks (0: never):"));
    m_provinceTargets->setText(tr("A commune without its own target is judged against the &province's target "
                                  "(rates and percentages)"));
    QStringList ranges;
    for (const ColourRange &r : m_rules.scoreRanges.ranges())
        ranges << QStringLiteral("%1 %2").arg(ColourRules::displayName(r.colour), ColourRules::rangeText(r));
    m_ranges->setText(
        tr("Score ranges (edited with the colour rules): %1").arg(ranges.join(QStringLiteral(" · "))));
}
