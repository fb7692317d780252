// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class Session;

/*!
 * SettingsDialog lets the secretary choose the language (Vietnamese, English, or the system's). On OK
 * the choice is stored and installed at once: every open window retranslates without a restart. With
 * a file open it also sets that file's preferences: how many days before its deadline a task is "due soon".
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    //! Shows and saves the open file's preferences too (nullptr or no file: language only).
    void setSession(Session *session);

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
    QLabel *m_dueSoonLabel;
    QSpinBox *m_dueSoon;
    Session *m_session = nullptr;
    QDialogButtonBox *m_buttons;
};
