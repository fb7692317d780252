// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user meets it: real database files on disk, real widgets, real clicks.
#include <QtTest>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QUndoCommand>
#include <QUndoStack>

#include "models/session.h"
#include "models/storage/database.h"
#include "models/storage/datapaths.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/fonts.h"
#include "ui/mainwindow.h"
#include "ui/recentfiles.h"

namespace {

QString windowText(const char *source)
{
    return QCoreApplication::translate("MainWindow", source);
}

//! Closes the next message box that appears and keeps its text.
class MessageBoxCatcher final : public QObject
{
public:
    explicit MessageBoxCatcher(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_text = box->text() + QLatin1Char('\n') + box->informativeText();
            m_title = box->windowTitle();
            box->close();
            m_timer.stop();
        });
        m_timer.start();
    }
    QString text() const { return m_text; }
    QString title() const { return m_title; }

private:
    QTimer m_timer;
    QString m_text;
    QString m_title;
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bundledFonts();
    void navigationShowsEveryPage();
    void titleAndStatusNameTheFile();
    void readOnlyFileShowsNotice();
    void lockedFileNamesWhoHoldsIt();
    void recentFilesRemembered();
    void recentFilesPrunedAndCapped();
    void openErrorIsShown();
    void newRefusesExistingFile();
    void undoRedoFollowTheSessionStack();
    void openDemoCreatesAndOpensIt();
    void geometryRemembered();
    void aboutNamesVersionLicenceAndDataFolder();

private:
    QString newDatabase(const QString &name);

    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    // Read-only fixtures must become deletable again for QTemporaryDir.
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &file : files)
        QFile::setPermissions(m_dir.filePath(file), QFile::ReadOwner | QFile::WriteOwner);
}

QString TestMainWindow::newDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    Session session;
    QString error;
    if (!session.create(path, &error))
        qWarning() << "cannot create" << path << error;
    return path;
}

void TestMainWindow::bundledFonts()
{
    QVERIFY(Fonts::registerBundled());
    QVERIFY(QFontDatabase::families().contains(Fonts::sansFamily()));
    QVERIFY(QFontDatabase::families().contains(Fonts::serifFamily()));
    QCOMPARE(QApplication::font().family(), Fonts::sansFamily());
    // The bundled fonts cover Vietnamese: "ệ" and "ữ" exist in them.
    QVERIFY(QFontDatabase::writingSystems(Fonts::serifFamily()).contains(QFontDatabase::Vietnamese));
}

void TestMainWindow::navigationShowsEveryPage()
{
    const QString path = newDatabase(QStringLiteral("navigation.sqlite"));
    Session session;
    QString error;
    QVERIFY2(session.open(path, &error), qPrintable(error));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation);
    QVERIFY(pages);
    const char *titles[] = {"Dashboard", "Tasks",           "Indicators", "Communes",
                            "Units",     "Monthly reports", "Meetings",   "Reports"};
    const QStringList names = {QStringLiteral("dashboardPage"),   QStringLiteral("tasksPage"),
                               QStringLiteral("indicatorsPage"),  QStringLiteral("communesPage"),
                               QStringLiteral("unitsPage"),       QStringLiteral("unitReportsPage"),
                               QStringLiteral("meetingsPage"),    QStringLiteral("reportsPage")};
    QCOMPARE(navigation->count(), 8);
    for (int row = 0; row < 8; ++row) {
        QCOMPARE(navigation->item(row)->text(), QCoreApplication::translate("Navigation", titles[row]));
        QVERIFY(!navigation->item(row)->icon().isNull());
    }
    QCOMPARE(pages->currentWidget()->objectName(), names.at(0));

    for (int row : {3, 1, 2, 5, 6, 4}) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentWidget()->objectName(), names.at(row));
        QVERIFY(pages->currentWidget()->isVisible());
        if (names.at(row) == QLatin1String("tasksPage") || names.at(row) == QLatin1String("indicatorsPage")
            || names.at(row) == QLatin1String("communesPage") || names.at(row) == QLatin1String("unitReportsPage")
            || names.at(row) == QLatin1String("meetingsPage")) {
            // The Tasks, Indicators, Communes, Monthly reports and Meetings pages are real: they show the open
            // file's register, figures, commune colours, units' reports and meetings.
            QVERIFY(pages->currentWidget()->findChild<QTableView *>());
            continue;
        }
        if (names.at(row) == QLatin1String("unitsPage")) {
            // The Units page is real: the unit hierarchy as a tree.
            QVERIFY(pages->currentWidget()->findChild<QTreeView *>());
            continue;
        }
        // The placeholder names its page and the open file.
        auto *heading = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("heading"));
        auto *file = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("file"));
        QVERIFY(heading && file);
        QCOMPARE(heading->text(), navigation->item(row)->text());
        QVERIFY2(file->text().contains(QDir::toNativeSeparators(path)), qPrintable(file->text()));
    }

    // The keyboard works too.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up); // from Units (4), the last clicked, up to Communes
    QCOMPARE(pages->currentWidget()->objectName(), names.at(3));
}

void TestMainWindow::titleAndStatusNameTheFile()
{
    const QString path = newDatabase(QStringLiteral("An Giang 2026.sqlite"));
    Session session;
    MainWindow window(&session);
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("SteerDesk"));

    QVERIFY(window.openFile(path));
    QVERIFY(session.isOpen());
    QCOMPARE(window.windowTitle(), windowText("%1 — SteerDesk").arg(QStringLiteral("An Giang 2026.sqlite")));
    QVERIFY(!window.windowTitle().contains(windowText("%1 — read-only — SteerDesk").arg(QString())));

    auto *banner = window.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    auto *pathLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("pathLabel"));
    auto *schemaLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("schemaLabel"));
    QVERIFY(pathLabel && schemaLabel);
    QCOMPARE(pathLabel->text(), QDir::toNativeSeparators(session.path()));
    QVERIFY(session.database()->schemaVersion() > 0);
    QCOMPARE(schemaLabel->text(), windowText("Schema version %1").arg(session.database()->schemaVersion()));

    auto *backup = window.findChild<QAction *>(QStringLiteral("actionBackup"));
    QVERIFY(backup && backup->isEnabled());
    session.close();
    QCOMPARE(window.windowTitle(), QStringLiteral("SteerDesk"));
    QVERIFY(!backup->isEnabled());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoLabel"))->isHidden());
}

void TestMainWindow::readOnlyFileShowsNotice()
{
    const QString path = newDatabase(QStringLiteral("protected.sqlite"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    Session session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(session.isReadOnly());
    QVERIFY(!session.readOnlyReason().isEmpty());

    QCOMPARE(window.windowTitle(),
             windowText("%1 — read-only — SteerDesk").arg(QStringLiteral("protected.sqlite")));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    bool reasonShown = false;
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        reasonShown = reasonShown || label->text().contains(session.readOnlyReason());
    QVERIFY(reasonShown);
}

void TestMainWindow::lockedFileNamesWhoHoldsIt()
{
    const QString path = newDatabase(QStringLiteral("shared.sqlite"));
    Session writer;
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    QVERIFY(!writer.isReadOnly());

    // A second SteerDesk gets the file read-only and is told which one holds it.
    Session reader;
    MainWindow window(&reader);
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(window.windowTitle(),
             windowText("%1 — read-only — SteerDesk").arg(QStringLiteral("shared.sqlite")));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner && banner->isVisible());
    QString text;
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        text += label->text();
    QVERIFY2(text.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(text));
}

void TestMainWindow::recentFilesRemembered()
{
    const QString first = newDatabase(QStringLiteral("first.sqlite"));
    const QString second = newDatabase(QStringLiteral("second.sqlite"));
    Session session;
    QString error;
    QVERIFY2(session.open(first, &error), qPrintable(error));
    {
        // A file opened before the window exists (from the command line) is recent too.
        MainWindow window(&session);
        QVERIFY(window.openFile(second));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QVERIFY(menu->isEnabled());
        QStringList inMenu;
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (!action->data().toString().isEmpty())
                inMenu << action->data().toString();
        }
        QCOMPARE(inMenu,
                 QStringList({QFileInfo(second).canonicalFilePath(), QFileInfo(first).canonicalFilePath()}));
    }
    // Remembered across windows (and restarts: it lives in QSettings).
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(second).canonicalFilePath());

    // Choosing a recent file opens it.
    MainWindow window(&session);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == QFileInfo(first).canonicalFilePath())
            action->trigger();
    }
    QCOMPARE(QFileInfo(session.path()).canonicalFilePath(), QFileInfo(first).canonicalFilePath());
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(first).canonicalFilePath());
}

void TestMainWindow::recentFilesPrunedAndCapped()
{
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("recent-%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        paths.prepend(QFileInfo(path).canonicalFilePath());
        recent.add(path);
    }
    QCOMPARE(changed.count(), 12);
    QCOMPARE(recent.files(), paths.mid(0, RecentFiles::MaxCount));

    QVERIFY(QFile::remove(paths.at(0)));
    QCOMPARE(recent.files(), paths.mid(1, RecentFiles::MaxCount - 1));
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

void TestMainWindow::openErrorIsShown()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are the minutes of the meeting, not a database.\n");
    file.close();

    Session session;
    MainWindow window(&session);
    window.show();
    MessageBoxCatcher catcher;
    QVERIFY(!window.openFile(path));
    QVERIFY(!session.isOpen());
    QVERIFY2(catcher.text().contains(QStringLiteral("not-a-database.sqlite")), qPrintable(catcher.text()));
    QCOMPARE(catcher.title(), windowText("Cannot open the file"));
    QCOMPARE(window.windowTitle(), QStringLiteral("SteerDesk"));
    // The file is never modified.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are the minutes of the meeting, not a database.\n"));
}

void TestMainWindow::newRefusesExistingFile()
{
    const QString path = newDatabase(QStringLiteral("existing.sqlite"));
    Session session;
    MainWindow window(&session);
    MessageBoxCatcher catcher;
    QVERIFY(!window.createFile(path));
    QVERIFY(!session.isOpen());
    QVERIFY(!catcher.text().isEmpty());

    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(window.createFile(fresh));
    QVERIFY(session.isOpen());
    QVERIFY(window.windowTitle().contains(QStringLiteral("fresh.sqlite")));
}

void TestMainWindow::undoRedoFollowTheSessionStack()
{
    const QString path = newDatabase(QStringLiteral("undo.sqlite"));
    Session session;
    QString error;
    QVERIFY2(session.open(path, &error), qPrintable(error));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(!undo->isEnabled());

    int value = 0;
    class SetValue final : public QUndoCommand
    {
    public:
        explicit SetValue(int *value)
            : QUndoCommand(QStringLiteral("set value"))
            , m_value(value)
        {}
        void redo() override { *m_value = 1; }
        void undo() override { *m_value = 0; }

    private:
        int *m_value;
    };
    session.undoStack()->push(new SetValue(&value));
    QCOMPARE(value, 1);
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().endsWith(QStringLiteral("set value")));

    // Ctrl+Z and Ctrl+Shift+Z reach the stack through the menu actions.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(value, 0);
    QVERIFY(redo->isEnabled());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(value, 1);
    session.close();
}

void TestMainWindow::openDemoCreatesAndOpensIt()
{
    const QString demo = DataPaths::demoDatabasePath();
    QFile::remove(demo);
    Session session;
    MainWindow window(&session);
    auto *openDemo = window.findChild<QAction *>(QStringLiteral("actionOpenDemo"));
    QVERIFY(openDemo);
    openDemo->trigger();
    QVERIFY(session.isOpen());
    QVERIFY(QFileInfo::exists(demo));
    QCOMPARE(QFileInfo(session.path()).canonicalFilePath(), QFileInfo(demo).canonicalFilePath());
    QVERIFY(window.windowTitle().contains(QFileInfo(demo).fileName()));
    // The demo says on screen that its data are illustrative.
    auto *demoLabel = window.findChild<QLabel *>(QStringLiteral("demoLabel"));
    QVERIFY(demoLabel && !demoLabel->isHidden());
    QCOMPARE(demoLabel->text(), windowText("Demo data: illustrative, not an official record"));

    // Back up now writes a copy into the backup folder and says where.
    auto *backup = window.findChild<QAction *>(QStringLiteral("actionBackup"));
    QVERIFY(backup && backup->isEnabled());
    MessageBoxCatcher catcher;
    backup->trigger();
    QVERIFY2(catcher.text().contains(QDir::toNativeSeparators(DataPaths::backupFolder())),
             qPrintable(catcher.text()));
    QCOMPARE(catcher.title(), windowText("Backup written"));
}

void TestMainWindow::geometryRemembered()
{
    Session session;
    {
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(901, 613);
        QTRY_COMPARE(window.size(), QSize(901, 613));
        window.close();
    }
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(901, 613));
}

void TestMainWindow::aboutNamesVersionLicenceAndDataFolder()
{
    AboutDialog dialog;
    QString text;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        text += label->text() + QLatin1Char('\n');
    QVERIFY2(text.contains(QStringLiteral(STEERDESK_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QDir::toNativeSeparators(DataPaths::dataFolder()).toHtmlEscaped()));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Close));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
