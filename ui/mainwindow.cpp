// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/session.h"
#include "models/storage/backupservice.h"
#include "models/storage/database.h"
#include "models/storage/datapaths.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/programmesdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/navigationlist.h"
#include "ui/pages/communespage.h"
#include "ui/pages/indicatorspage.h"
#include "ui/pages/meetingspage.h"
#include "ui/pages/placeholderpage.h"
#include "ui/pages/taskspage.h"
#include "ui/pages/unitreportspage.h"
#include "ui/pages/unitspage.h"
#include "ui/readonlybanner.h"
#include "ui/recentfiles.h"
#include "ui/recentfilesmenu.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("ui/mainWindow/geometry");
const QString StateKey = QStringLiteral("ui/mainWindow/state");
const QString LastFolderKey = QStringLiteral("ui/lastFolder");
const QString DefaultSuffix = QStringLiteral("sqlite");

// The pages in navigation order. Each becomes its real page when its issue lands.
struct PageSpec
{
    const char *objectName;
    const char *title;
    const char *icon;
};
constexpr PageSpec Pages[] = {
    {"dashboardPage", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), ":/icons/dashboard.svg"},
    {"tasksPage", QT_TRANSLATE_NOOP("Navigation", "Tasks"), ":/icons/tasks.svg"},
    {"indicatorsPage", QT_TRANSLATE_NOOP("Navigation", "Indicators"), ":/icons/indicators.svg"},
    {"communesPage", QT_TRANSLATE_NOOP("Navigation", "Communes"), ":/icons/communes.svg"},
    {"unitsPage", QT_TRANSLATE_NOOP("Navigation", "Units"), ":/icons/units.svg"},
    {"unitReportsPage", QT_TRANSLATE_NOOP("Navigation", "Monthly reports"), ":/icons/reports.svg"},
    {"meetingsPage", QT_TRANSLATE_NOOP("Navigation", "Meetings"), ":/icons/meetings.svg"},
    {"reportsPage", QT_TRANSLATE_NOOP("Navigation", "Reports"), ":/icons/reports.svg"},
};

QAction *makeAction(QObject *parent, const char *name, const QString &icon = QString())
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(name));
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_recentFiles(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/steerdesk.svg")));
    createActions();
    createMenus();
    createPages();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_demoLabel);
    statusBar()->addPermanentWidget(m_schemaLabel);

    connect(m_session, &Session::opened, this, &MainWindow::sessionChanged);
    connect(m_session, &Session::closed, this, &MainWindow::sessionChanged);
    // An undo that could not be written says so; the data and the stack are left as they were.
    connect(m_session->commands(), &EditCommands::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });

    resize(1280, 760); // fits a 1366×768 office screen
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());

    retranslate();
    sessionChanged();
    if (m_session->isOpen())
        m_recentFiles->add(m_session->path());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = makeAction(this, "actionNew", QStringLiteral(":/icons/new.svg"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = makeAction(this, "actionOpen", QStringLiteral(":/icons/open.svg"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_openDemoAction = makeAction(this, "actionOpenDemo");
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_backupAction = makeAction(this, "actionBackup", QStringLiteral(":/icons/backup.svg"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backUpNow);

    m_quitAction = makeAction(this, "actionQuit");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_settingsAction = makeAction(this, "actionSettings");
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_programmesAction = makeAction(this, "actionProgrammes");
    connect(m_programmesAction, &QAction::triggered, this, &MainWindow::showProgrammes);

    m_aboutAction = makeAction(this, "actionAbout");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openDemoAction);
    auto *recentMenu = new RecentFilesMenu(m_recentFiles, this);
    connect(recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    m_fileMenu->addMenu(recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editSeparator = m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);
    createUndoActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createPages()
{
    m_banner = new ReadOnlyBanner(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_navigation = new NavigationList(m_pages, this);
    TasksPage *tasksPage = nullptr;
    MeetingsPage *meetingsPage = nullptr;
    for (const PageSpec &spec : Pages) {
        Page *page = nullptr;
        if (qstrcmp(spec.objectName, "tasksPage") == 0)
            page = tasksPage = new TasksPage(m_session, m_pages);
        else if (qstrcmp(spec.objectName, "indicatorsPage") == 0)
            page = new IndicatorsPage(m_session, m_pages);
        else if (qstrcmp(spec.objectName, "communesPage") == 0)
            page = new CommunesPage(m_session, m_pages);
        else if (qstrcmp(spec.objectName, "unitsPage") == 0)
            page = new UnitsPage(m_session, m_pages);
        else if (qstrcmp(spec.objectName, "unitReportsPage") == 0)
            page = new UnitReportsPage(m_session, m_pages);
        else if (qstrcmp(spec.objectName, "meetingsPage") == 0)
            page = meetingsPage = new MeetingsPage(m_session, m_pages);
        else
            page = new PlaceholderPage(spec.title, QLatin1String(spec.icon), m_session, m_pages);
        page->setObjectName(QLatin1String(spec.objectName));
        m_navigation->addPage(page);
    }
    // A directive's task opens in the register; a task's origin opens its meeting.
    connect(meetingsPage, &MeetingsPage::taskRequested, this, [this, tasksPage](qint64 taskId) {
        showPage(tasksPage);
        tasksPage->showTask(taskId);
    });
    connect(tasksPage, &TasksPage::meetingRequested, this, [this, meetingsPage](qint64 meetingId) {
        showPage(meetingsPage);
        meetingsPage->showMeeting(meetingId);
    });

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(separator);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
}

void MainWindow::showPage(Page *page)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->pageAt(row) == page)
            m_navigation->setCurrentRow(row);
    }
}

// The actions are ours rather than QUndoStack's, so that they read "Undo: change the deadline of '…'"
// in the user's language, and follow a language change without being recreated.
void MainWindow::createUndoActions()
{
    QUndoStack *stack = m_session->undoStack();
    m_undoAction = new QAction(this);
    m_redoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z as on Linux, and Ctrl+Y as in Word, which the secretary knows.
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    m_editMenu->insertActions(m_editSeparator, {m_undoAction, m_redoAction});
    m_editMenu->insertSeparator(m_editSeparator);
    m_editMenu->insertAction(m_editSeparator, m_programmesAction);
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_session->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
}

void MainWindow::showProgrammes()
{
    ProgrammesDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_openDemoAction->setText(tr("Open &demo"));
    m_backupAction->setText(tr("&Back up now"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About SteerDesk"));
    m_newAction->setStatusTip(tr("Create a new, empty database file"));
    m_openDemoAction->setStatusTip(tr("Open the illustrative demo database"));
    m_backupAction->setStatusTip(tr("Save a verified copy of the open file in the backup folder"));
    m_programmesAction->setText(tr("&Programmes…"));
    m_programmesAction->setStatusTip(tr("Add or rename the programmes tasks and indicators belong to"));
    updateUndoActions();
    updateTitle();
    updateStatus();
}

void MainWindow::sessionChanged()
{
    m_backupAction->setEnabled(m_session->isOpen());
    m_programmesAction->setEnabled(m_session->isOpen());
    updateUndoActions();
    m_banner->setReason(m_session->isOpen() && m_session->isReadOnly() ? m_session->readOnlyReason()
                                                                       : QString());
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(QStringLiteral("SteerDesk"));
        return;
    }
    const QString name = QFileInfo(m_session->path()).fileName();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 — read-only — SteerDesk").arg(name)
                                           : tr("%1 — SteerDesk").arg(name));
}

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_pathLabel->setText(tr("No file is open"));
        m_schemaLabel->clear();
        m_demoLabel->hide();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_session->path()));
    // The demo's figures come from press reports: say so wherever they are on screen.
    const bool demo = m_session->isIllustrative();
    m_demoLabel->setText(demo ? tr("Demo data: illustrative, not an official record") : QString());
    m_demoLabel->setVisible(demo);
    const Database *database = m_session->database();
    m_schemaLabel->setText(tr("Schema version %1").arg(database ? database->schemaVersion() : 0));
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_session->open(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(tr("Cannot open the file"),
                  tr("SteerDesk could not open “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    return true;
}

bool MainWindow::createFile(const QString &path)
{
    QString error;
    if (!m_session->create(path, &error)) {
        showError(tr("Cannot create the file"),
                  tr("SteerDesk could not create “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_recentFiles->add(path);
    return true;
}

void MainWindow::newFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), lastFolder(), fileFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + DefaultSuffix;
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    // A database is never overwritten: that would throw away every figure recorded in it.
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create the file"),
                  tr("SteerDesk could not create “%1”.").arg(QFileInfo(path).fileName()),
                  tr("A file with this name already exists, and SteerDesk never replaces a database. "
                     "Choose another name, or open the file with File › Open…."));
        return;
    }
    createFile(path);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), lastFolder(), fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(LastFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openDemo()
{
    const QString path = DataPaths::demoDatabasePath();
    if (!QFileInfo::exists(path)) {
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = DemoBuilder::writeFile(path, false, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            showError(tr("Cannot create the demo database"),
                      tr("SteerDesk could not write the demo database to “%1”.")
                          .arg(QDir::toNativeSeparators(path)),
                      error);
            return;
        }
    }
    openFile(path);
}

void MainWindow::backUpNow()
{
    if (!m_session->isOpen() || !m_session->database())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString written =
        BackupService(DataPaths::backupFolder()).backupNow(*m_session->database(), &error);
    QApplication::restoreOverrideCursor();
    if (written.isEmpty()) {
        showError(tr("Backup failed"), tr("No backup was written. Your file is unchanged."), error);
        return;
    }
    QMessageBox::information(
        this, tr("Backup written"),
        tr("A verified copy of the file was saved as:\n%1").arg(QDir::toNativeSeparators(written)));
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setInformativeText(details);
    box.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setSession(m_session);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

QString MainWindow::lastFolder() const
{
    const QString folder = QSettings().value(LastFolderKey).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

QString MainWindow::fileFilter() const
{
    return tr("SteerDesk databases (%1)").arg(QStringLiteral("*.sqlite *.steerdesk *.db")) +
           QStringLiteral(";;") + tr("All files (%1)").arg(QStringLiteral("*"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    QMainWindow::closeEvent(event);
}
