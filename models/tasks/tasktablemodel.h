// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/tasks/taskfilter.h"

class Database;
class EditCommands;

/*!
 * The figures of the rows a TaskTableModel shows: its filter's tasks by status as of the filter's date,
 * counted the way TaskStatistics counts a report (tasks only; pilot models apart, completed out of
 * total), so that the summary line above the table and the printed report agree for the same rows.
 * total + pilotModels is the number of rows.
 */
struct TaskSummary
{
    int total = 0; //!< rows of kind "task"
    int completedOnTime = 0;
    int completedLate = 0;
    int openWithinDeadline = 0; //!< including those due soon
    int openOverdue = 0;
    int standing = 0;
    int dueSoon = 0; //!< open within the deadline, due within the filter's dueSoonDays
    int pilotModels = 0;
    int pilotModelsCompleted = 0;

    int completed() const { return completedOnTime + completedLate; }
};

/*!
 * The task register as a table, read page by page from SQL: filtering, search and sorting happen in
 * the query (with the as-of status computed there too), so the model never holds more rows than the
 * view has scrolled to. Status is derived as of filter().asOf, never stored.
 *
 * A change of filter (or refresh()) runs one aggregate query for the row count and the summary; a
 * page, and a change of sort order, runs one query that derives the status only for the rows it
 * returns, unless the filter or the order is on a derived value (status, deadline in force).
 */
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleColumn,
        KindColumn,
        ProgrammeColumn,
        SourceDocumentColumn,
        AssignedByColumn,
        LeadUnitColumn,
        CoordinatingUnitsColumn,
        DeadlineColumn,
        StatusColumn,
        CompletedOnColumn,
        LastChangeColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64 task id
        StatusRole,                //!< int(TaskStatus) as of the filter's date
        DueSoonRole,               //!< bool
        RawValueRole,              //!< the stored value (ISO date, code) behind the display text
    };

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    //! The database to read; nullptr empties the model. The Database must outlive the model's use of it.
    void setDatabase(const Database *database);
    //! Where quick edits in the table go (title, lead unit, completion date); nullptr: read-only table.
    void setCommands(EditCommands *commands) { m_commands = commands; }
    void setFilter(const TaskFilter &filter);
    TaskFilter filter() const { return m_filter; }
    //! Reloads from the database (after an edit, or when the file changed).
    void refresh();
    //! Rows matching the filter, whether fetched yet or not.
    int totalCount() const { return m_total; }
    //! The rows matching the filter by status, whether fetched yet or not.
    TaskSummary summary() const { return m_summary; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    //! Title, lead unit (EditRole: the unit id) and completion date (EditRole: QDate) of a one-off task
    //! can be edited in place when commands are set; archived rows cannot.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    //! Sends the edit through the commands (validated, undoable, audited); false and editFailed() if refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    //! True inside setData(): a view that reloads on the commands' change signal must wait until it returns.
    bool isCommittingEdit() const { return m_committing; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    //! Emitted after every count (filter changed, refresh()), after totalCountChanged().
    void summaryChanged();
    //! A quick edit was refused; \a message says why in the user's language.
    void editFailed(const QString &message);

private:
    struct Row;
    //! Reloads the first page; with \a recount also the row count and the summary (a new order keeps them).
    void reload(bool recount);
    void count();
    QVector<Row> fetchPage(int offset);

    const Database *m_database = nullptr;
    EditCommands *m_commands = nullptr;
    TaskFilter m_filter;
    QVector<Row> m_rows;
    int m_total = 0;
    TaskSummary m_summary;
    int m_sortColumn = CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    bool m_committing = false;
    bool m_notifying = false; //!< inside a reset or insert notification: fetching now would re-enter
};
