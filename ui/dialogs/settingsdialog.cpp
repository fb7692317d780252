// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settingsdialog.h"

#include "models/i18n/language.h"
#include "models/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QLabel>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_dueSoonLabel(new QLabel(this))
    , m_dueSoon(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString()); // "follow the system", text set by retranslate()
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    m_dueSoon->setObjectName(QStringLiteral("dueSoonDays"));
    m_dueSoon->setRange(0, 90);
    m_dueSoon->setValue(7);
    m_dueSoonLabel->setBuddy(m_dueSoon);
    m_dueSoonLabel->setVisible(false);
    m_dueSoon->setVisible(false);
    form->addRow(m_dueSoonLabel, m_dueSoon);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setSelectedLanguage(Language::storedChoice());
    retranslate();
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setSelectedLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::setSession(Session *session)
{
    m_session = session && session->isOpen() ? session : nullptr;
    m_dueSoonLabel->setVisible(m_session);
    m_dueSoon->setVisible(m_session);
    if (!m_session)
        return;
    m_dueSoon->setValue(m_session->dueSoonDays());
    m_dueSoon->setEnabled(!m_session->isReadOnly());
}

void SettingsDialog::accept()
{
    if (m_session && !m_session->isReadOnly()) {
        QString error;
        if (!m_session->setDueSoonDays(m_dueSoon->value(), &error)) {
            QMessageBox::warning(this, tr("Settings"), tr("The setting was not saved: %1").arg(error));
            return;
        }
    }
    const QString code = selectedLanguage();
    Language::setStoredChoice(code);
    const QString effective = code.isEmpty() ? Language::systemDefault() : code;
    if (effective != Language::current())
        Language::install(effective);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0, tr("Same as the system (%1)").arg(Language::nativeName(Language::systemDefault())));
    m_languageNote->setText(tr("Numbers and dates follow the language."));
    m_dueSoonLabel->setText(tr("&Due soon:"));
    m_dueSoon->setSuffix(tr(" days before the deadline"));
    m_dueSoon->setToolTip(tr("Open tasks whose deadline is this close are marked due soon. Kept in this file."));
}
