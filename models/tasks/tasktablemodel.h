// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/tasks/taskfilter.h"

class Database;

/*!
 * The task register as a table, read page by page from SQL: filtering, search and sorting happen in
 * the query (with the as-of status computed there too), so the model never holds more rows than the
 * view has scrolled to. Status is derived as of filter().asOf, never stored.
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
    void setFilter(const TaskFilter &filter);
    TaskFilter filter() const { return m_filter; }
    //! Reloads from the database (after an edit, or when the file changed).
    void refresh();
    //! Rows matching the filter, whether fetched yet or not.
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    struct Row;
    QVector<Row> fetchPage(int offset);

    const Database *m_database = nullptr;
    TaskFilter m_filter;
    QVector<Row> m_rows;
    int m_total = 0;
    int m_sortColumn = CodeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
    bool m_notifying = false; //!< inside a reset or insert notification: fetching now would re-enter
};
