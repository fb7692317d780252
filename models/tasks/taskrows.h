// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariantMap>
#include <QVector>

#include "models/storage/rowchange.h"

class Database;

/*!
 * Everything stored about one task, as rows: the tasks row (every column but id), its coordinating
 * units, its deadline extensions and the recorded occurrences of a recurring task (each with its id). An edit loads these, changes a copy, and
 * TaskRows::diff() turns the two states into the ChangeSet that is written, undone and audited.
 */
struct TaskRows
{
    qint64 id = 0;
    QVariantMap task;
    QList<qint64> coordinators;       //!< unit ids, sorted
    QVector<QVariantMap> extensions;  //!< deadline_extensions rows, with "id"
    QVector<QVariantMap> occurrences; //!< task_occurrences rows (recurring tasks), with "id"

    QString title() const { return task.value(QStringLiteral("title")).toString(); }
    bool hasExtensions() const { return !extensions.isEmpty(); }
};

namespace TaskRowStore {

//! Loads task \a id; false when there is no such task.
bool load(const Database &database, qint64 id, TaskRows *rows);

/*!
 * The row changes that turn \a before into \a after: the tasks row, then added or removed coordinators
 * and extensions, all filed in the audit log under the task. A missing state (\a existsBefore false:
 * a new task) inserts every row.
 */
ChangeSet diff(const TaskRows &before, bool existsBefore, const TaskRows &after, bool existsAfter);

} // namespace TaskRowStore
