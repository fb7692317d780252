// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/meetingstore.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/tasks/taskstore.h"

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

//! starts_at is stored as local time "HH:MM".
QTime timeOf(const QVariant &v)
{
    return v.isNull() ? QTime() : QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

bool queryFailed(const QSqlQuery &q, QString *errorMessage)
{
    if (errorMessage)
        *errorMessage = q.lastError().text();
    return false;
}

/*!
 * The outcomes that \a where selects ("o.meeting_id = ?" or "o.id = ?", bound to \a id), in order, with
 * their units (lead then coordinating, each in the units' stored order) and the tasks created from them
 * (by code): three queries whatever the number of outcomes.
 */
bool loadOutcomes(const Database &database, const QString &where, qint64 id,
                  QVector<MeetingOutcome> *outcomes, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.id, o.meeting_id, o.position, o.kind, o.text, o.deadline_text, "
                             "o.deadline_date, o.standing, o.programme_id FROM meeting_outcomes o WHERE ") +
              where + QStringLiteral(" ORDER BY o.position, o.id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailed(q, errorMessage);
    QHash<qint64, int> index;
    while (q.next()) {
        MeetingOutcome o;
        o.id = q.value(0).toLongLong();
        o.meetingId = q.value(1).toLongLong();
        o.position = q.value(2).toInt();
        o.kind = q.value(3).toString();
        o.text = q.value(4).toString();
        o.deadlineText = q.value(5).toString();
        o.deadlineDate = dateOf(q.value(6));
        o.standing = q.value(7).toInt() == 1;
        o.programmeId = q.value(8).toLongLong();
        index.insert(o.id, int(outcomes->size()));
        outcomes->append(o);
    }
    if (outcomes->isEmpty())
        return true;

    q.prepare(
        QStringLiteral("SELECT ou.outcome_id, ou.unit_id, ou.role FROM outcome_units ou "
                       "JOIN meeting_outcomes o ON o.id = ou.outcome_id JOIN units u ON u.id = ou.unit_id "
                       "WHERE ") +
        where + QStringLiteral(" ORDER BY ou.outcome_id, u.position, u.code"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailed(q, errorMessage);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        MeetingOutcome &o = (*outcomes)[*it];
        (q.value(2).toString() == QLatin1String(Schema::OutcomeRole::Lead) ? o.leadUnitIds
                                                                           : o.coordinatingUnitIds)
            .append(q.value(1).toLongLong());
    }

    q.prepare(
        QStringLiteral("SELECT dt.outcome_id, dt.task_id FROM directive_tasks dt "
                       "JOIN meeting_outcomes o ON o.id = dt.outcome_id JOIN tasks t ON t.id = dt.task_id "
                       "WHERE ") +
        where + QStringLiteral(" ORDER BY t.code"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailed(q, errorMessage);
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            (*outcomes)[*it].taskIds.append(q.value(1).toLongLong());
    }
    return true;
}

} // namespace

QVector<MeetingSummary> MeetingStore::list(const Database &database, const QDate &asOf, QString *errorMessage)
{
    QVector<MeetingSummary> meetings;
    QHash<qint64, int> index;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.id, m.held_on, m.starts_at, m.title, m.kind, m.chair, count(o.id), "
                       "       count(CASE WHEN o.kind = ? THEN 1 END) "
                       "FROM meetings m LEFT JOIN meeting_outcomes o ON o.meeting_id = m.id "
                       "GROUP BY m.id ORDER BY m.held_on DESC, ifnull(m.starts_at, '') DESC, m.id DESC"));
    q.addBindValue(QLatin1String(Schema::OutcomeKind::Directive));
    if (!q.exec()) {
        queryFailed(q, errorMessage);
        return {};
    }
    while (q.next()) {
        MeetingSummary m;
        m.id = q.value(0).toLongLong();
        m.heldOn = dateOf(q.value(1));
        m.startsAt = timeOf(q.value(2));
        m.title = q.value(3).toString();
        m.kind = q.value(4).toString();
        m.chair = q.value(5).toString();
        m.outcomes = q.value(6).toInt();
        m.directives = q.value(7).toInt();
        index.insert(m.id, int(meetings.size()));
        meetings.append(m);
    }

    q.prepare(QStringLiteral("SELECT meeting_id, max(as_of) FROM report_snapshots "
                             "WHERE kind = ? AND meeting_id IS NOT NULL GROUP BY meeting_id"));
    q.addBindValue(QLatin1String(Schema::SnapshotKind::MeetingFigures));
    if (!q.exec()) {
        queryFailed(q, errorMessage);
        return {};
    }
    while (q.next()) {
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.constEnd())
            meetings[*it].frozenAsOf = dateOf(q.value(1));
    }

    // Each task's status once, then counted for every meeting whose directives it came from.
    QString error;
    const QVector<TaskRecord> tasks = TaskStore::loadOfMeeting(database, 0, &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    QHash<qint64, TaskStatus> statuses;
    for (const TaskRecord &task : tasks)
        statuses.insert(task.id,
                        asOf.isValid() ? TaskStore::overallStatus(task, asOf) : TaskStatus::NotYetAssigned);
    if (!q.exec(QStringLiteral("SELECT DISTINCT o.meeting_id, dt.task_id FROM directive_tasks dt "
                               "JOIN meeting_outcomes o ON o.id = dt.outcome_id"))) {
        queryFailed(q, errorMessage);
        return {};
    }
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        const auto status = statuses.constFind(q.value(1).toLongLong());
        if (it == index.constEnd() || status == statuses.constEnd())
            continue;
        MeetingSummary &m = meetings[*it];
        ++m.tasks;
        if (TaskStatusRules::isCompleted(*status))
            ++m.tasksCompleted;
        else if (*status == TaskStatus::OpenOverdue)
            ++m.tasksOverdue;
    }
    return meetings;
}

bool MeetingStore::load(const Database &database, qint64 id, Meeting *meeting, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.held_on, m.starts_at, m.title, m.kind, m.connected_points, m.chair, "
                             "m.chair_title, m.location, m.notes, d.number, d.issued_on FROM meetings m "
                             "LEFT JOIN source_documents d ON d.id = m.source_document_id WHERE m.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailed(q, errorMessage);
    if (!q.next())
        return false;
    Meeting m;
    m.id = id;
    m.heldOn = dateOf(q.value(0));
    m.startsAt = timeOf(q.value(1));
    m.title = q.value(2).toString();
    m.kind = q.value(3).toString();
    m.connectedPoints = q.value(4).isNull() ? -1 : q.value(4).toInt();
    m.chair = q.value(5).toString();
    m.chairTitle = q.value(6).toString();
    m.location = q.value(7).toString();
    m.notes = q.value(8).toString();
    m.documentNumber = q.value(9).toString();
    m.documentDate = dateOf(q.value(10));

    q.prepare(QStringLiteral("SELECT person_name, job_title, unit_id FROM meeting_attendees "
                             "WHERE meeting_id = ? ORDER BY position, id"));
    q.addBindValue(id);
    if (!q.exec())
        return queryFailed(q, errorMessage);
    while (q.next())
        m.attendees.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    *meeting = m;
    return true;
}

QVector<MeetingOutcome> MeetingStore::outcomes(const Database &database, qint64 meetingId,
                                               QString *errorMessage)
{
    QVector<MeetingOutcome> list;
    if (!loadOutcomes(database, QStringLiteral("o.meeting_id = ?"), meetingId, &list, errorMessage))
        return {};
    return list;
}

bool MeetingStore::outcome(const Database &database, qint64 outcomeId, MeetingOutcome *outcome,
                           QString *errorMessage)
{
    QVector<MeetingOutcome> list;
    if (!loadOutcomes(database, QStringLiteral("o.id = ?"), outcomeId, &list, errorMessage) || list.isEmpty())
        return false;
    *outcome = list.first();
    return true;
}

QVector<TaskRecord> MeetingStore::tasksOfMeeting(const Database &database, qint64 meetingId,
                                                 QString *errorMessage)
{
    if (meetingId <= 0)
        return {};
    return TaskStore::loadOfMeeting(database, meetingId, errorMessage);
}

QVector<TaskOrigin> MeetingStore::originsOfTask(const Database &database, qint64 taskId,
                                                QString *errorMessage)
{
    QVector<TaskOrigin> origins;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // The outcome's number counts the outcomes before it: positions may have gaps after a removal.
    q.prepare(
        QStringLiteral("SELECT m.id, m.held_on, m.title, o.id, o.text, "
                       "       (SELECT count(*) FROM meeting_outcomes b WHERE b.meeting_id = o.meeting_id "
                       "          AND (b.position, b.id) < (o.position, o.id)) + 1 "
                       "FROM directive_tasks dt JOIN meeting_outcomes o ON o.id = dt.outcome_id "
                       "JOIN meetings m ON m.id = o.meeting_id WHERE dt.task_id = ? "
                       "ORDER BY m.held_on DESC, ifnull(m.starts_at, '') DESC, m.id DESC, o.position, o.id"));
    q.addBindValue(taskId);
    if (!q.exec()) {
        queryFailed(q, errorMessage);
        return {};
    }
    while (q.next()) {
        TaskOrigin o;
        o.meetingId = q.value(0).toLongLong();
        o.heldOn = dateOf(q.value(1));
        o.meetingTitle = q.value(2).toString();
        o.outcomeId = q.value(3).toLongLong();
        o.outcomeText = q.value(4).toString();
        o.outcomeNumber = q.value(5).toInt();
        origins.append(o);
    }
    return origins;
}

qint64 MeetingStore::previousMeeting(const Database &database, qint64 meetingId)
{
    // The list's order (date, time, id), one step back.
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT p.id FROM meetings m JOIN meetings p "
        "  ON (p.held_on, ifnull(p.starts_at, ''), p.id) < (m.held_on, ifnull(m.starts_at, ''), m.id) "
        "WHERE m.id = ? ORDER BY p.held_on DESC, ifnull(p.starts_at, '') DESC, p.id DESC LIMIT 1"));
    q.addBindValue(meetingId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString MeetingStore::caption(const QDate &heldOn, const QString &title)
{
    if (!heldOn.isValid())
        return title;
    return QStringLiteral("%1 — %2").arg(QLocale().toString(heldOn, QLocale::ShortFormat), title);
}
