// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

#include <QList>

#include "models/tasks/taskfilter.h"

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class Session;
class TaskFilterBar;
class TaskHistoryModel;
class TaskTableModel;

/*!
 * TasksPage is the task register as the secretary reads and keeps it: an as-of date, a search that
 * ignores accents, filters (and named saved filters), a summary line counted the way reports count, the
 * table, the actions that change tasks and the History of the selected task. The filtering and sorting
 * run in SQL inside TaskTableModel; every change goes through the Session's EditCommands, so it is
 * committed, audited and undoable; the page reloads when the commands say data changed.
 */
class TasksPage final : public Page
{
    Q_OBJECT

public:
    explicit TasksPage(Session *session, QWidget *parent = nullptr);
    ~TasksPage() override;

    QString title() const override;
    QIcon icon() const override;

    TaskTableModel *model() const { return m_model; }
    //! Reloads the table and the summary from the open file.
    void refresh();
    //! The ids of the selected tasks, in table order.
    QList<qint64> selectedIds() const;
    /*!
     * Shows task \a taskId alone and selected: the search is set to its code and the other filters are
     * emptied (archived tasks shown if it is one); false when there is no such task.
     */
    bool showTask(qint64 taskId);

Q_SIGNALS:
    //! The user follows the selected task's origin to meeting \a meetingId.
    void meetingRequested(qint64 meetingId);

private:
    void createActions();
    void sessionChanged();
    void dataChanged(const QString &entity);
    void applyFilter();
    void showSavedFilter(const TaskFilter &filter);
    void updateSummary();
    void updateActions();
    void updateHistory();
    //! The line under the table naming the directive (and meeting) the selected task was created from.
    void updateOrigin();
    void newTask();
    void editTask();
    void completeTasks();
    void changeLeadUnit();
    void extendDeadline();
    void toggleArchived();
    void retranslate() override;

    Session *m_session;
    TaskTableModel *m_model;
    TaskHistoryModel *m_history;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLineEdit *m_search;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    TaskFilterBar *m_filterBar;
    QToolBar *m_toolBar;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QTableView *m_view;
    QLabel *m_origin;
    QLabel *m_historyTitle;
    QTableView *m_historyView;
    QTimer *m_searchTimer;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_completeAction = nullptr;
    QAction *m_leadUnitAction = nullptr;
    QAction *m_extendAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_historyAction = nullptr;
};
