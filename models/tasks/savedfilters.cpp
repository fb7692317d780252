// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/savedfilters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/audit.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace SavedFilters {
namespace {

const QString TasksPage = QStringLiteral("tasks");

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

QString toJson(const TaskFilter &f)
{
    QJsonObject o;
    if (!f.search.isEmpty())
        o.insert(QStringLiteral("search"), f.search);
    if (!f.kind.isEmpty())
        o.insert(QStringLiteral("kind"), f.kind);
    if (!f.statuses.isEmpty()) {
        QJsonArray statuses;
        for (TaskStatus s : f.statuses)
            statuses.append(TaskStatusRules::code(s));
        o.insert(QStringLiteral("statuses"), statuses);
    }
    if (f.programmeId > 0)
        o.insert(QStringLiteral("programme_id"), f.programmeId);
    if (f.leadUnitId > 0)
        o.insert(QStringLiteral("lead_unit_id"), f.leadUnitId);
    if (!f.assignedBy.isEmpty())
        o.insert(QStringLiteral("assigned_by"), f.assignedBy);
    if (f.deadlineFrom.isValid())
        o.insert(QStringLiteral("deadline_from"), f.deadlineFrom.toString(Qt::ISODate));
    if (f.deadlineTo.isValid())
        o.insert(QStringLiteral("deadline_to"), f.deadlineTo.toString(Qt::ISODate));
    if (f.archived)
        o.insert(QStringLiteral("archived"), true);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TaskFilter fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TaskFilter f;
    f.search = o.value(QStringLiteral("search")).toString();
    f.kind = o.value(QStringLiteral("kind")).toString();
    const QJsonArray statuses = o.value(QStringLiteral("statuses")).toArray();
    for (const QJsonValue &v : statuses) {
        bool ok = false;
        const TaskStatus s = TaskStatusRules::fromCode(v.toString(), &ok);
        if (ok)
            f.statuses.append(s);
    }
    f.programmeId = o.value(QStringLiteral("programme_id")).toInteger();
    f.leadUnitId = o.value(QStringLiteral("lead_unit_id")).toInteger();
    f.assignedBy = o.value(QStringLiteral("assigned_by")).toString();
    f.deadlineFrom = QDate::fromString(o.value(QStringLiteral("deadline_from")).toString(), Qt::ISODate);
    f.deadlineTo = QDate::fromString(o.value(QStringLiteral("deadline_to")).toString(), Qt::ISODate);
    f.archived = o.value(QStringLiteral("archived")).toBool();
    return f;
}

QVector<Entry> taskFilters(const Database &database)
{
    QVector<Entry> entries;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id, name, filter FROM saved_filters WHERE page = ? ORDER BY position, name"));
    q.addBindValue(TasksPage);
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(), q.value(1).toString(), fromJson(q.value(2).toString())});
    return entries;
}

bool saveTaskFilter(const Database &database, const QString &name, const TaskFilter &filter, QString *errorMessage)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return fail(errorMessage, QCoreApplication::translate("SavedFilters", "Give the filter a name."));
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorString());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString json = toJson(filter);
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO saved_filters (page, name, filter, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (page, name) DO UPDATE SET filter = excluded.filter,"
                             " updated_at = excluded.updated_at RETURNING id"));
    q.addBindValue(TasksPage);
    q.addBindValue(n);
    q.addBindValue(json);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return fail(errorMessage, q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!AuditLog::record(database, {QStringLiteral("update"), QStringLiteral("saved_filters"), id, n, QVariant(), json},
                          errorMessage))
        return false;
    return transaction.commit() || fail(errorMessage, transaction.errorString());
}

bool remove(const Database &database, qint64 id, QString *errorMessage)
{
    WriteTransaction transaction(database);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorString());
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_filters WHERE id = ? RETURNING name, filter"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(errorMessage, q.lastError().text());
    if (!q.next())
        return true;
    const QString name = q.value(0).toString();
    const QString json = q.value(1).toString();
    q.finish();
    if (!AuditLog::record(database, {QStringLiteral("delete"), QStringLiteral("saved_filters"), id, name, json, QVariant()},
                          errorMessage))
        return false;
    return transaction.commit() || fail(errorMessage, transaction.errorString());
}

} // namespace SavedFilters
