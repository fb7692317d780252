// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/overridecolourdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/indicators/colourrules.h"
#include "ui/delegates/colourdelegate.h"

namespace {
constexpr TrafficLight Colours[] = {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red};
} // namespace

OverrideColourDialog::OverrideColourDialog(const QString &communeName, const QString &periodText,
                                           const QString &colourCode, QWidget *parent)
    : QDialog(parent)
    , m_commune(communeName)
    , m_period(periodText)
    , m_intro(new QLabel(this))
    , m_colourLabel(new QLabel(this))
    , m_colour(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideColourDialog"));
    m_intro->setWordWrap(true);
    m_colour->setObjectName(QStringLiteral("colour"));
    for (TrafficLight light : Colours) {
        QPixmap dot(12, 12);
        dot.fill(ColourDelegate::colour(light));
        m_colour->addItem(QIcon(dot), QString(), ColourRules::code(light));
    }
    const int current = m_colour->findData(colourCode);
    m_colour->setCurrentIndex(current >= 0 ? current : 0);
    m_colourLabel->setBuddy(m_colour);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reasonLabel->setBuddy(m_reason);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_colourLabel, m_colour);
    form->addRow(m_reasonLabel, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, 300);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideColourDialog::updateOk);
    retranslate();
    updateOk();
    m_reason->setFocus();
}

OverrideColourDialog::~OverrideColourDialog() = default;

QString OverrideColourDialog::colourCode() const
{
    return m_colour->currentData().toString();
}

QString OverrideColourDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideColourDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OverrideColourDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void OverrideColourDialog::retranslate()
{
    setWindowTitle(tr("Set colour by hand"));
    m_intro->setText(
        tr("The colour of %1 for %2 is set by hand and stays when the period is assessed by the rules "
           "again, until you clear it. The reason is kept in the history.")
            .arg(m_commune, m_period));
    m_colourLabel->setText(tr("&Colour:"));
    for (int i = 0; i < m_colour->count(); ++i)
        m_colour->setItemText(i, ColourRules::displayName(Colours[i]));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Required: why this colour, e.g. the document that confirms it"));
}
