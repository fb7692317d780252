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
    const QVector<QVariantMap> &extBefore = existsBefore ? before.extensions : none;
    const QVector<QVariantMap> &extAfter = existsAfter ? after.extensions : none;
    const auto findId = [](const QVector<QVariantMap> &list, const QVariant &extId) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&extId](const QVariantMap &m) { return m.value(QStringLiteral("id")) == extId; });
    };
    for (const QVariantMap &ext : extAfter) {
        const QVariant extId = ext.value(QStringLiteral("id"));
        if (findId(extBefore, extId) != extBefore.cend())
            continue;
        RowChange c = childChange(id, QStringLiteral("deadline_extensions"), QStringLiteral("deadline_extension"),
                                  QStringLiteral("new_deadline_date"));
        c.key.insert(QStringLiteral("id"), extId);
        c.after = ext;
        c.after.remove(QStringLiteral("id"));
        c.existsBefore = false;
        changes.append(c);
    }
    for (const QVariantMap &ext : extBefore) {
        const QVariant extId = ext.value(QStringLiteral("id"));
        if (findId(extAfter, extId) != extAfter.cend())
            continue;
        RowChange c = childChange(id, QStringLiteral("deadline_extensions"), QStringLiteral("deadline_extension"),
                                  QStringLiteral("new_deadline_date"));
        c.key.insert(QStringLiteral("id"), extId);
        c.before = ext;
        c.before.remove(QStringLiteral("id"));
        c.existsAfter = false;
        changes.append(c);
    }
    return changes;
}

} // namespace TaskRowStore
