// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

/*!
 * SettingsDialog lets the secretary choose the language (Vietnamese, English, or the system's). On OK
 * the choice is stored and installed at once: every open window retranslates without a restart.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    //! The selected language code, or empty for "follow the system".
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &code);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QDialogButtonBox *m_buttons;
};
