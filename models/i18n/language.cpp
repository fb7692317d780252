// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/language.h"

#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString SettingsKey = QStringLiteral("ui/language");

// The translators installed by the last install(); parented to the application so they die with it.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString &currentCode()
{
    static QString code;
    return code;
}

// The embedded .qm named \a fileName. qt_add_translations puts it under ":/i18n"; should a build place it
// in a sub-folder, the first file of that name anywhere in the resources is taken.
QString findTranslation(const QString &fileName)
{
    const QString direct = QStringLiteral(":/i18n/") + fileName;
    if (QFile::exists(direct))
        return direct;
    QDirIterator it(QStringLiteral(":/"), {fileName}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

bool installTranslator(const QString &fileName)
{
    const QString path = findTranslation(fileName);
    if (path.isEmpty())
        return false;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

QStringList Language::available()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

QString Language::nativeName(const QString &code)
{
    // Language names are shown in their own language in every UI language, so they are not translated.
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;

    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    // Set the locale first: widgets that format numbers or dates on LanguageChange then use the new one.
    QLocale::setDefault(code == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedStates));
    currentCode() = code;

    bool ok = installTranslator(QStringLiteral("steerdesk_%1.qm").arg(code));
    if (code == QLatin1String("vi"))
        ok = installTranslator(QStringLiteral("qtbase_vi.qm")) && ok;
    return ok;
}

QString Language::current()
{
    return currentCode();
}

QString Language::storedChoice()
{
    const QString code = QSettings().value(SettingsKey).toString();
    return available().contains(code) ? code : QString();
}

void Language::setStoredChoice(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(SettingsKey, code);
    else
        settings.remove(SettingsKey);
}

QString Language::startupLanguage(const QString &override)
{
    if (available().contains(override))
        return override;
    const QString stored = storedChoice();
    return stored.isEmpty() ? systemDefault() : stored;
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previous(Language::current())
{
    if (code != m_previous)
        Language::install(code);
}

ScopedLanguage::~ScopedLanguage()
{
    if (Language::current() != m_previous) {
        if (m_previous.isEmpty()) {
            // Nothing was installed before: take ours away again.
            for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
                if (translator) {
                    QCoreApplication::removeTranslator(translator);
                    delete translator;
                }
            }
            installedTranslators().clear();
            currentCode().clear();
        } else {
            Language::install(m_previous);
        }
    }
    QLocale::setDefault(m_previousLocale);
}
