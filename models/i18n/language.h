// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

/*!
 * Language chooses the language SteerDesk speaks: the application's own strings
 * (":/i18n/steerdesk_<code>.qm"), Qt's standard buttons and dialogs in Vietnamese (":/i18n/qtbase_vi.qm",
 * since Qt ships none) and the default QLocale, so that numbers and dates follow the language
 * (1.623.297 and 26/05/2026 in Vietnamese). Installing a language at run time replaces the previous
 * translators; every widget then receives QEvent::LanguageChange and retranslates itself.
 * The user's choice is kept in QSettings under "ui/language"; empty means "follow the system".
 */
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    //! "vi" on a Vietnamese system locale, otherwise "en".
    static QString systemDefault();
    //! The language codes SteerDesk is translated into ("vi", "en").
    static QStringList available();
    //! The name of \a code in its own language ("Tiếng Việt", "English"), as language pickers show it.
    static QString nativeName(const QString &code);

    /*!
     * Removes the translators installed before and installs those of \a code (one of available()),
     * then sets the default QLocale to vi_VN or en_US. Returns false for an unknown code or when the
     * application's translation could not be loaded; the locale is set in any case.
     */
    static bool install(const QString &code);
    //! The language installed last (empty before the first install()).
    static QString current();

    //! The choice saved in the settings: a code from available(), or empty to follow the system.
    static QString storedChoice();
    static void setStoredChoice(const QString &code);

    /*!
     * The language to start with: \a override (e.g. from --lang) when it is a known code, else the
     * stored choice, else systemDefault().
     */
    static QString startupLanguage(const QString &override = QString());
};

/*!
 * Speaks \a code for as long as it lives, then gives back the language and default locale that were in
 * force. Text stored in a file in a fixed language (the Vietnamese demo's explanations) is written under
 * one, whatever language the program runs in.
 */
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
    QLocale m_previousLocale;
};
