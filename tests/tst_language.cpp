// SPDX-License-Identifier: GPL-3.0-or-later
// Language: the installed translators, Qt's own buttons in Vietnamese, the locale, and an open window
// that retranslates itself at run time without a restart.
#include <QtTest>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include "models/i18n/language.h"
#include "models/session.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/mainwindow.h"

namespace {

const char *const NavigationSources[] = {"Dashboard", "Tasks",           "Indicators", "Communes",
                                         "Units",     "Monthly reports", "Meetings",   "Reports"};

//! Translates every SteerDesk string to a visibly different text, so retranslation shows without
//! depending on how far the real translations are.
class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray ctx(context);
        if (ctx.startsWith('Q')) // Qt's own contexts: leave them to Qt's translators.
            return QString();
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};

QStringList navigationTexts(const QWidget &window)
{
    QStringList texts;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; navigation && row < navigation->count(); ++row)
        texts << navigation->item(row)->text();
    return texts;
}

QStringList translatedNavigation()
{
    QStringList texts;
    for (const char *source : NavigationSources)
        texts << QCoreApplication::translate("Navigation", source);
    return texts;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

//! Lets the posted QEvent::LanguageChange reach every widget.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

bool hasAppTranslations(const QString &code)
{
    QTranslator translator;
    return translator.load(QStringLiteral(":/i18n/steerdesk_%1.qm").arg(code)) && !translator.isEmpty();
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void systemDefaultAndChoice();
    void translationsEmbedded();
    void vietnameseInstallsQtButtonsAndLocale();
    void openWindowRetranslatesAtRunTime();
    void everyWidgetRetranslates();
    void settingsDialogSwitchesLanguage();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLanguage::initTestCase()
{
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("language.sqlite"));
    Session session;
    QString error;
    QVERIFY2(session.create(m_path, &error), qPrintable(error));
}

void TestLanguage::cleanupTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestLanguage::systemDefaultAndChoice()
{
    // CTest runs the tests in the C locale.
    QCOMPARE(Language::systemDefault(), QStringLiteral("en"));
    QCOMPARE(Language::available(), QStringList({QStringLiteral("vi"), QStringLiteral("en")}));
    QCOMPARE(Language::nativeName(QStringLiteral("vi")), QStringLiteral("Tiếng Việt"));

    QCOMPARE(Language::storedChoice(), QString());
    QCOMPARE(Language::startupLanguage(), QStringLiteral("en"));
    Language::setStoredChoice(QStringLiteral("vi"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("vi"));
    QCOMPARE(Language::startupLanguage(), QStringLiteral("vi"));
    QCOMPARE(Language::startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Language::startupLanguage(QStringLiteral("fr")), QStringLiteral("vi"));
    Language::setStoredChoice(QString());
    QCOMPARE(Language::storedChoice(), QString());
    QVERIFY(!Language::install(QStringLiteral("fr")));
}

void TestLanguage::translationsEmbedded()
{
    QStringList found;
    QDirIterator it(QStringLiteral(":/i18n"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    QVERIFY2(found.contains(QStringLiteral(":/i18n/steerdesk_vi.qm")), qPrintable(found.join(u' ')));
    QVERIFY2(found.contains(QStringLiteral(":/i18n/steerdesk_en.qm")), qPrintable(found.join(u' ')));
    QVERIFY2(found.contains(QStringLiteral(":/i18n/qtbase_vi.qm")), qPrintable(found.join(u' ')));
}

void TestLanguage::vietnameseInstallsQtButtonsAndLocale()
{
    QVERIFY(Language::install(QStringLiteral("vi")));
    QCOMPARE(Language::current(), QStringLiteral("vi"));
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
    QCOMPARE(QLocale().toString(1623297), QStringLiteral("1.623.297"));
    QCOMPARE(QLocale().toString(QDate(2026, 5, 26), QLocale::ShortFormat), QStringLiteral("26/05/2026"));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(),
             QCoreApplication::translate("QPlatformTheme", "OK"));

    // Back to English at run time: the same open button box follows.
    QVERIFY(Language::install(QStringLiteral("en")));
    deliverLanguageChange();
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(1623297), QStringLiteral("1,623,297"));
}

void TestLanguage::openWindowRetranslatesAtRunTime()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    Session session;
    QString error;
    QVERIFY2(session.open(m_path, &error), qPrintable(error));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList english = navigationTexts(window);
    QCOMPARE(english, QStringList({QStringLiteral("Dashboard"), QStringLiteral("Tasks"),
                                   QStringLiteral("Indicators"), QStringLiteral("Communes"),
                                   QStringLiteral("Units"), QStringLiteral("Monthly reports"),
                                   QStringLiteral("Meetings"), QStringLiteral("Reports")}));
    const QStringList englishMenus = menuTitles(window);
    const QString englishTitle = window.windowTitle();

    QVERIFY(Language::install(QStringLiteral("vi")));
    deliverLanguageChange();
    QCOMPARE(navigationTexts(window), translatedNavigation());
    QCOMPARE(menuTitles(window).value(0), QCoreApplication::translate("MainWindow", "&File"));
    QCOMPARE(
        window.windowTitle(),
        QCoreApplication::translate("MainWindow", "%1 — SteerDesk").arg(QStringLiteral("language.sqlite")));
    if (hasAppTranslations(QStringLiteral("vi"))) {
        // Once steerdesk_vi.ts is translated, Vietnamese must differ from English on screen.
        QVERIFY(navigationTexts(window) != english);
        QVERIFY(menuTitles(window) != englishMenus);
    }

    QVERIFY(Language::install(QStringLiteral("en")));
    deliverLanguageChange();
    QCOMPARE(navigationTexts(window), english);
    QCOMPARE(menuTitles(window), englishMenus);
    QCOMPARE(window.windowTitle(), englishTitle);
}

void TestLanguage::everyWidgetRetranslates()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    Session session;
    QString error;
    QVERIFY2(session.open(m_path, &error), qPrintable(error));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto labelTexts = [&window] {
        QStringList texts;
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible() && !label->text().isEmpty() &&
                label->objectName() != QLatin1String("pathLabel"))
                texts << label->text();
        }
        return texts;
    };
    const auto actionTexts = [&window] {
        QStringList texts;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *action : actions) {
            // Qt's own internal actions (a line edit's clear button: "_q_qlineeditclearaction") have no text.
            if (!action->objectName().isEmpty() && !action->objectName().startsWith(QLatin1String("_q_")))
                texts << action->text();
        }
        return texts;
    };
    const QStringList labelsBefore = labelTexts();
    QVERIFY(!labelsBefore.isEmpty());

    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    deliverLanguageChange();

    for (const QString &text : navigationTexts(window))
        QVERIFY2(text.startsWith(QStringLiteral("«")), qPrintable(text));
    for (const QString &text : menuTitles(window))
        QVERIFY2(text.startsWith(QStringLiteral("«")), qPrintable(text));
    for (const QString &text : actionTexts())
        QVERIFY2(text.startsWith(QStringLiteral("«")), qPrintable(text));
    for (const QString &text : labelTexts())
        QVERIFY2(text.contains(QStringLiteral("«")), qPrintable(text));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("«")), qPrintable(window.windowTitle()));

    QCoreApplication::removeTranslator(&pseudo);
    deliverLanguageChange();
    QCOMPARE(labelTexts(), labelsBefore);
    QCOMPARE(navigationTexts(window).value(0), QStringLiteral("Dashboard"));
}

void TestLanguage::settingsDialogSwitchesLanguage()
{
    QVERIFY(Language::install(QStringLiteral("en")));
    Session session;
    MainWindow window(&session);
    window.show();

    SettingsDialog dialog(&window);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dialog.selectedLanguage(), QString());
    combo->setCurrentIndex(combo->findData(QStringLiteral("vi")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    deliverLanguageChange();
    QCOMPARE(Language::current(), QStringLiteral("vi"));
    QCOMPARE(Language::storedChoice(), QStringLiteral("vi"));
    QCOMPARE(navigationTexts(window), translatedNavigation());

    // "Same as the system" is English in the C locale.
    SettingsDialog again(&window);
    QCOMPARE(again.selectedLanguage(), QStringLiteral("vi"));
    QCOMPARE(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Hủy"));
    again.setSelectedLanguage(QString());
    again.accept();
    deliverLanguageChange();
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QCOMPARE(Language::storedChoice(), QString());
    QCOMPARE(navigationTexts(window).value(1), QStringLiteral("Tasks"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
