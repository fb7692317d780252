// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class NavigationList;
class Page;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class ReadOnlyBanner;
class RecentFiles;
class Session;

/*!
 * MainWindow composes SteerDesk's pages and actions around one Session: the navigation on the left, the
 * pages, the File/Edit/Help menus, the read-only banner and the status bar. It holds no data of its own
 * and does no work a page or the models should do; opening, creating and backing up files go through
 * the Session and BackupService, and their errors reach the user in a message box in their language.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens \a path in the session, adds it to the recent files, and tells the user why if it fails.
    bool openFile(const QString &path);
    //! Creates a new empty database at \a path and opens it; tells the user why if it fails.
    bool createFile(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    //! Shows \a page as if chosen in the navigation.
    void showPage(Page *page);
    void createUndoActions();
    void updateUndoActions();
    void showProgrammes();
    void retranslate();
    void sessionChanged();
    void updateTitle();
    void updateStatus();

    void newFile();
    void openFileDialog();
    void openDemo();
    void backUpNow();
    void showSettings();
    void showAbout();
    void showError(const QString &title, const QString &text, const QString &details);

    QString lastFolder() const;
    QString fileFilter() const;

    Session *m_session;
    RecentFiles *m_recentFiles;
    ReadOnlyBanner *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    NavigationList *m_navigation = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_demoLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_editSeparator = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_programmesAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
