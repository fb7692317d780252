// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskrows.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

#include "models/storage/database.h"

namespace TaskRowStore {
namespace {

const QString TasksEntity = QStringLiteral("tasks");

QVariantMap recordToMap(const QSqlRecord &record, bool withId)
{
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i) {
        if (!withId && record.fieldName(i) == QLatin1String("id"))
            continue;
        map.insert(record.fieldName(i), record.value(i));
    }
    return map;
}

RowChange childChange(qint64 taskId, const QString &table, const QString &field, const QString &valueColumn)
{
    RowChange c;
    c.table = table;
    c.auditEntity = TasksEntity;
    c.auditRecordId = taskId;
    c.auditField = field;
    c.auditValueColumn = valueColumn;
    return c;
}

//! Inserted, removed and changed child rows keyed by id, filed under the task.
//! A non-empty \a labelColumn names the row in the audit field ("occurrence:2026-05").
void diffChildren(qint64 taskId, const QString &table, const QString &field, const QString &valueColumn,
                  const QString &labelColumn, const QVector<QVariantMap> &before, const QVector<QVariantMap> &after,
                  ChangeSet *changes)
{
    const auto fieldOf = [&field, &labelColumn](const QVariantMap &row) {
        return labelColumn.isEmpty() ? field : field + QLatin1Char(':') + row.value(labelColumn).toString();
    };
    const auto findId = [](const QVector<QVariantMap> &list, const QVariant &rowId) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&rowId](const QVariantMap &m) { return m.value(QStringLiteral("id")) == rowId; });
    };
    const auto withoutId = [](QVariantMap row) {
        row.remove(QStringLiteral("id"));
        return row;
    };
    for (const QVariantMap &row : after) {
        const QVariant rowId = row.value(QStringLiteral("id"));
        const auto old = findId(before, rowId);
        if (old != before.cend() && RowChanges::sameRow(withoutId(*old), withoutId(row)))
            continue;
        RowChange c = childChange(taskId, table, fieldOf(row), valueColumn);
        c.key.insert(QStringLiteral("id"), rowId);
        c.after = withoutId(row);
        if (old == before.cend())
            c.existsBefore = false;
        else
            c.before = withoutId(*old);
        changes->append(c);
    }
    for (const QVariantMap &row : before) {
        const QVariant rowId = row.value(QStringLiteral("id"));
        if (findId(after, rowId) != after.cend())
            continue;
        RowChange c = childChange(taskId, table, fieldOf(row), valueColumn);
        c.key.insert(QStringLiteral("id"), rowId);
        c.before = withoutId(row);
        c.existsAfter = false;
        changes->append(c);
    }
}

} // namespace

bool load(const Database &database, qint64 id, TaskRows *rows)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT * FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    rows->id = id;
    rows->task = recordToMap(q.record(), false);
    rows->coordinators.clear();
    rows->extensions.clear();

    q.prepare(QStringLiteral("SELECT unit_id FROM task_coordinators WHERE task_id = ? ORDER BY unit_id"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        rows->coordinators.append(q.value(0).toLongLong());

    q.prepare(QStringLiteral("SELECT * FROM deadline_extensions WHERE task_id = ? ORDER BY decided_on, id"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        rows->extensions.append(recordToMap(q.record(), true));

    rows->occurrences.clear();
    q.prepare(QStringLiteral("SELECT * FROM task_occurrences WHERE task_id = ? ORDER BY due_on, id"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        rows->occurrences.append(recordToMap(q.record(), true));
    return true;
}

ChangeSet diff(const TaskRows &before, bool existsBefore, const TaskRows &after, bool existsAfter)
{
    const qint64 id = existsAfter ? after.id : before.id;
    ChangeSet changes;

    RowChange task;
    task.table = TasksEntity;
    task.key.insert(QStringLiteral("id"), id);
    task.before = before.task;
    task.after = after.task;
    task.existsBefore = existsBefore;
    task.existsAfter = existsAfter;
    task.auditValueColumn = QStringLiteral("code");
    if (task.existsBefore != task.existsAfter || !RowChanges::sameRow(task.before, task.after))
        changes.append(task);

    const QList<qint64> noUnits;
    const QList<qint64> &unitsBefore = existsBefore ? before.coordinators : noUnits;
    const QList<qint64> &unitsAfter = existsAfter ? after.coordinators : noUnits;
    for (qint64 unit : unitsAfter) {
        if (unitsBefore.contains(unit))
            continue;
        RowChange c = childChange(id, QStringLiteral("task_coordinators"), QStringLiteral("coordinating_unit"),
                                  QStringLiteral("unit_id"));
        c.key = {{QStringLiteral("task_id"), id}, {QStringLiteral("unit_id"), unit}};
        c.existsBefore = false;
        changes.append(c);
    }
    for (qint64 unit : unitsBefore) {
        if (unitsAfter.contains(unit))
            continue;
        RowChange c = childChange(id, QStringLiteral("task_coordinators"), QStringLiteral("coordinating_unit"),
                                  QStringLiteral("unit_id"));
        c.key = {{QStringLiteral("task_id"), id}, {QStringLiteral("unit_id"), unit}};
        c.existsAfter = false;
        changes.append(c);
    }

    const QVector<QVariantMap> none;
    diffChildren(id, QStringLiteral("deadline_extensions"), QStringLiteral("deadline_extension"),
                 QStringLiteral("new_deadline_date"), QString(), existsBefore ? before.extensions : none,
                 existsAfter ? after.extensions : none, &changes);
    diffChildren(id, QStringLiteral("task_occurrences"), QStringLiteral("occurrence"), QStringLiteral("completed_on"),
                 QStringLiteral("period"), existsBefore ? before.occurrences : none, existsAfter ? after.occurrences : none, &changes);
    return changes;
}

} // namespace TaskRowStore
