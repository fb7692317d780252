// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "models/domain/period.h"
#include "models/storage/database.h"

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

//! "Created from a directive (of one meeting)" for the task id column %1, bound as (fromMeetings, meetingId,
//! meetingId): a condition that holds for every task when fromMeetings is 0.
const QString FromMeetingSql = QStringLiteral("(? = 0 OR %1 IN (SELECT dt.task_id FROM directive_tasks dt "
                                              "JOIN meeting_outcomes o ON o.id = dt.outcome_id "
                                              "WHERE ? = 0 OR o.meeting_id = ?))");

//! The periods a recurring task falls due in, from its assignment to the as-of date or its end.
QVector<Period> duePeriods(const TaskRecord &task, const QDate &asOf)
{
    QVector<Period> periods;
    const Period::Kind kind = TaskStore::recurrenceKind(task.recurrence);
    if (kind == Period::Kind::Invalid || !task.assignedOn.isValid())
        return periods;
    // A recurring task that was closed (completed_on) stops falling due after that period.
    QDate last = asOf;
    if (task.completedOn.isValid() && task.completedOn < last)
        last = task.completedOn;
    for (Period p = Period::containing(kind, task.assignedOn); p.isValid() && p.firstDay() <= last; p = p.next())
        periods << p;
    return periods;
}

} // namespace

Period::Kind TaskStore::recurrenceKind(const QString &recurrence)
{
    if (recurrence == QLatin1String("monthly"))
        return Period::Kind::Month;
    if (recurrence == QLatin1String("quarterly"))
        return Period::Kind::Quarter;
    if (recurrence == QLatin1String("yearly"))
        return Period::Kind::Year;
    return Period::Kind::Invalid;
}

QVector<TaskRecord> TaskStore::load(const Database &database, bool includeArchived, QString *errorMessage)
{
    Scope scope;
    scope.includeArchived = includeArchived;
    return loadWhere(database, scope, errorMessage);
}

bool TaskStore::loadTask(const Database &database, qint64 id, TaskRecord *task, QString *errorMessage)
{
    Scope scope;
    scope.includeArchived = true;
    scope.onlyId = id;
    const QVector<TaskRecord> tasks = loadWhere(database, scope, errorMessage);
    if (tasks.isEmpty())
        return false;
    *task = tasks.first();
    return true;
}

QVector<TaskRecord> TaskStore::loadLedBy(const Database &database, const QStringList &unitKinds,
                                         QString *errorMessage)
{
    Scope scope;
    scope.leadUnitKinds = unitKinds;
    return loadWhere(database, scope, errorMessage);
}

QVector<TaskRecord> TaskStore::loadOfMeeting(const Database &database, qint64 meetingId,
                                             QString *errorMessage)
{
    Scope scope;
    scope.includeArchived = true;
    scope.fromMeetings = true;
    scope.meetingId = meetingId;
    return loadWhere(database, scope, errorMessage);
}

QVector<TaskRecord> TaskStore::loadWhere(const Database &database, const Scope &scope, QString *errorMessage)
{
    const qint64 onlyId = scope.onlyId;
    QVector<TaskRecord> tasks;
    QHash<qint64, int> index;
    const QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&]() {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return QVector<TaskRecord>();
    };
    q.prepare(QStringLiteral("SELECT t.id, t.code, t.title, t.kind, p.code, p.name, ") + documentReferenceSql(QStringLiteral("d"))
              + QStringLiteral(
        ",      t.assigned_by, t.lead_unit_id, u.code, u.name, t.assigned_on, t.deadline_date, t.deadline_text, "
        "       t.recurrence, t.completed_on, t.archived "
        "FROM tasks t JOIN units u ON u.id = t.lead_unit_id "
        "LEFT JOIN programmes p ON p.id = t.programme_id "
        "LEFT JOIN source_documents d ON d.id = t.source_document_id "
        "WHERE (t.archived = 0 OR ?) AND (? = 0 OR t.id = ?) "
        "  AND (? = '' OR instr(?, ',' || u.kind || ',') > 0) AND ")
              + FromMeetingSql.arg(QStringLiteral("t.id")) + QStringLiteral(" ORDER BY t.code"));
    // The kinds as one bound text ",commune,ward,": no SQL is spliced from the caller's list.
    const QStringList &unitKinds = scope.leadUnitKinds;
    const QString kinds = unitKinds.isEmpty()
                              ? QString(QLatin1String(""))
                              : QLatin1Char(',') + unitKinds.join(QLatin1Char(',')) + QLatin1Char(',');
    const auto bindFromMeeting = [&q, &scope]() {
        q.addBindValue(scope.fromMeetings ? 1 : 0);
        q.addBindValue(scope.meetingId);
        q.addBindValue(scope.meetingId);
    };
    q.addBindValue(scope.includeArchived ? 1 : 0);
    q.addBindValue(onlyId);
    q.addBindValue(onlyId);
    q.addBindValue(kinds);
    q.addBindValue(kinds);
    bindFromMeeting();
    if (!q.exec())
        return failed();
    while (q.next()) {
        TaskRecord t;
        t.id = q.value(0).toLongLong();
        t.code = q.value(1).toString();
        t.title = q.value(2).toString();
        t.kind = q.value(3).toString();
        t.programmeCode = q.value(4).toString();
        t.programmeName = q.value(5).toString();
        t.sourceDocument = q.value(6).toString();
        t.assignedBy = q.value(7).toString();
        t.leadUnitId = q.value(8).toLongLong();
        t.leadUnitCode = q.value(9).toString();
        t.leadUnitName = q.value(10).toString();
        t.assignedOn = dateOf(q.value(11));
        // deadline_date is the deadline in force now; an extended task's assigned deadline is set below.
        t.assignedDeadline = dateOf(q.value(12));
        t.deadlineText = q.value(13).toString();
        t.recurrence = q.value(14).toString();
        t.completedOn = dateOf(q.value(15));
        t.archived = q.value(16).toBool();
        index.insert(t.id, int(tasks.size()));
        tasks << t;
    }
    // Oldest first: the first extension of a task holds the deadline as first assigned.
    // The child rows of one task, of a meeting's, or of all: the same queries either way.
    const auto select = [&q, onlyId, &bindFromMeeting](const char *sql, const char *taskColumn) {
        q.prepare(QLatin1String(sql).arg(FromMeetingSql.arg(QLatin1String(taskColumn))));
        q.addBindValue(onlyId);
        q.addBindValue(onlyId);
        bindFromMeeting();
        return q.exec();
    };
    if (!select("SELECT task_id, decided_on, new_deadline_date, old_deadline_date FROM deadline_extensions "
                "WHERE (? = 0 OR task_id = ?) AND %1 ORDER BY task_id, decided_on, id", "task_id"))
        return failed();
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd()) {
            TaskRecord &task = tasks[*it];
            if (task.extensions.isEmpty())
                task.assignedDeadline = dateOf(q.value(3));
            task.extensions << DeadlineExtension{dateOf(q.value(1)), dateOf(q.value(2))};
        }
    }
    if (!select("SELECT c.task_id, u.code FROM task_coordinators c JOIN units u ON u.id = c.unit_id "
                "WHERE (? = 0 OR c.task_id = ?) AND %1 ORDER BY c.task_id, u.code", "c.task_id"))
        return failed();
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            tasks[*it].coordinatingUnitCodes << q.value(1).toString();
    if (!select("SELECT task_id, period, completed_on FROM task_occurrences "
                "WHERE completed_on IS NOT NULL AND (? = 0 OR task_id = ?) AND %1", "task_id"))
        return failed();
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            tasks[*it].occurrenceCompletions.insert(q.value(1).toString(), dateOf(q.value(2)));
    return tasks;
}

QVector<TaskOccurrence> TaskStore::occurrences(const QVector<TaskRecord> &tasks, const QDate &asOf, int dueSoonDays)
{
    QVector<TaskOccurrence> rows;
    rows.reserve(tasks.size());
    for (const TaskRecord &task : tasks) {
        if (task.assignedOn.isValid() && task.assignedOn > asOf)
            continue;
        if (!task.isRecurring()) {
            TaskOccurrence o;
            o.task = &task;
            o.deadline = task.deadlineOn(asOf);
            o.completedOn = task.completedOn;
            o.status = TaskStatusRules::derive(task.assignedOn, o.deadline, o.completedOn, asOf);
            o.dueSoon = TaskStatusRules::isDueSoon(o.status, o.deadline, asOf, dueSoonDays);
            rows << o;
            continue;
        }
        for (const Period &p : duePeriods(task, asOf)) {
            TaskOccurrence o;
            o.task = &task;
            o.period = p.code();
            o.deadline = p.lastDay();
            o.completedOn = task.occurrenceCompletions.value(o.period);
            o.status = TaskStatusRules::derive(task.assignedOn, o.deadline, o.completedOn, asOf);
            o.dueSoon = TaskStatusRules::isDueSoon(o.status, o.deadline, asOf, dueSoonDays);
            rows << o;
        }
    }
    return rows;
}

TaskStatus TaskStore::overallStatus(const TaskRecord &task, const QDate &asOf)
{
    if (!task.isRecurring())
        return TaskStatusRules::derive(task.assignedOn, task.deadlineOn(asOf), task.completedOn, asOf);
    if (task.assignedOn.isValid() && task.assignedOn > asOf)
        return TaskStatus::NotYetAssigned;
    // A recurring task is overdue while any of its periods that has ended lacks its completion; otherwise
    // it is in progress, or done once it was closed. The periods are those occurrences() lists, and
    // TaskTableModel's SQL counts the same ones.
    for (const Period &p : duePeriods(task, asOf)) {
        if (p.lastDay() >= asOf)
            break;
        const QDate done = task.occurrenceCompletions.value(p.code());
        if (!done.isValid() || done > asOf)
            return TaskStatus::OpenOverdue;
    }
    return task.completedOn.isValid() && task.completedOn <= asOf ? TaskStatus::CompletedOnTime
                                                                 : TaskStatus::OpenWithinDeadline;
}

QString TaskStore::documentReferenceSql(const QString &alias)
{
    return QStringLiteral("trim(ifnull(%1.number, '') || CASE WHEN %1.issued_on IS NULL THEN '' "
                          "ELSE ' ngày ' || strftime('%d/%m/%Y', %1.issued_on) END)")
        .arg(alias);
}
