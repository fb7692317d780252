// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

#include <QVector>

#include "models/tasks/taskfilter.h"
#include "models/tasks/taskrecord.h"
#include "models/tasks/taskstatistics.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class Session;
class TaskTableModel;

/*!
 * TasksPage is the task register as the secretary reads it: an as-of date, a search that ignores
 * accents, status and kind filters, a summary line counted the way reports count, and the table. The
 * filtering and sorting run in SQL inside TaskTableModel; this page only turns its widgets into a
 * TaskFilter. It follows the Session: opening or closing a file resets the model and the summary.
 * Read-only for now; editing comes with the command facade.
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void sessionChanged();
    void applyFilter();
    void reloadRecords();
    void updateStatistics();
    void updateSummary();
    void retranslate();

    Session *m_session;
    TaskTableModel *m_model;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLineEdit *m_search;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableView *m_view;
    QTimer *m_searchTimer;

    // The register as loaded at the last refresh; the summary is recounted from it when the date changes.
    QVector<TaskRecord> m_records;
    TaskStatistics m_statistics;
    QString m_loadError;
};
