// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTableWidget>
#include <QVector>

#include "models/tasks/taskrecord.h"

/*!
 * OccurrenceTable lists the periods of one recurring task as of a date, newest first: the period as the
 * committee writes it ("Tháng 5/2026"), its due date, its derived status (coloured dot and name, as in
 * the Tasks page) and the day it was done. It is read-only: occurrences are recorded with Mark completed.
 * The periods are those TaskStore::occurrences() gives, so the table and the register never disagree.
 */
class OccurrenceTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { PeriodColumn, DueColumn, StatusColumn, CompletedColumn, ColumnCount };

    //! The int(TaskStatus) of a row, on every cell (what the status dot is painted from).
    static constexpr int StatusRole = Qt::UserRole;
    //! The period code ("2026-05") of a row, on every cell.
    static constexpr int PeriodCodeRole = Qt::UserRole + 1;

    explicit OccurrenceTable(QWidget *parent = nullptr);
    ~OccurrenceTable() override;

    //! Shows the occurrences of \a task as of \a asOf; a task that does not recur shows none.
    void setTask(const TaskRecord &task, const QDate &asOf, int dueSoonDays);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    // One task in a vector: TaskOccurrence points into it, so it must outlive every fill().
    QVector<TaskRecord> m_task;
    QDate m_asOf;
    int m_dueSoonDays = 7;
};
