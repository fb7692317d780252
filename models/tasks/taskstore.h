// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include "models/domain/period.h"
#include "models/tasks/taskrecord.h"

class Database;

/*!
 * TaskStore reads tasks with everything their status derives from (extensions, occurrences,
 * coordinating units) in four queries, and derives the register as of a date: one row per task, and
 * for a recurring task one row per period from its assignment to the as-of date.
 */
class TaskStore final
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    static QVector<TaskRecord> load(const Database &database, bool includeArchived, QString *errorMessage = nullptr);
    //! The tasks (not archived) whose lead unit is of one of \a unitKinds ("commune", "ward" …); all when empty.
    static QVector<TaskRecord> loadLedBy(const Database &database, const QStringList &unitKinds,
                                         QString *errorMessage = nullptr);
    //! One task, archived or not; false when there is no such task.
    static bool loadTask(const Database &database, qint64 id, TaskRecord *task, QString *errorMessage = nullptr);
    //! The tasks created from meeting \a meetingId's directives (0: any meeting's), archived ones included.
    static QVector<TaskRecord> loadOfMeeting(const Database &database, qint64 meetingId,
                                             QString *errorMessage = nullptr);

    /*!
     * The occurrences of every task as of \a asOf: tasks assigned later are left out; a recurring task
     * yields one occurrence per period up to the one containing \a asOf (or its completion).
     */
    static QVector<TaskOccurrence> occurrences(const QVector<TaskRecord> &tasks, const QDate &asOf, int dueSoonDays);

    /*!
     * The status of a task as a whole on \a asOf: its own for a one-off task; for a recurring task the
     * worst of its occurrences (overdue if any past occurrence is still open).
     */
    static TaskStatus overallStatus(const TaskRecord &task, const QDate &asOf);

    //! The kind of period a recurring task falls due in ("monthly" → Month); Invalid for a one-off task.
    static Period::Kind recurrenceKind(const QString &recurrence);

    //! SQL for the source document as the secretary cites it ("25/KH-BCĐ ngày 28/01/2026"), \a alias
    //! naming the joined source_documents row. One wording for the register, its export and the table.
    static QString documentReferenceSql(const QString &alias);

private:
    //! Which tasks loadWhere() reads; the default is every task that is not archived.
    struct Scope
    {
        bool includeArchived = false;
        qint64 onlyId = 0;         //!< 0: every task
        QStringList leadUnitKinds; //!< empty: led by a unit of any kind
        bool fromMeetings = false; //!< only the tasks created from a directive (directive_tasks) …
        qint64 meetingId = 0;      //!< … of this meeting (0: of any)
    };
    static QVector<TaskRecord> loadWhere(const Database &database, const Scope &scope, QString *errorMessage);
};
