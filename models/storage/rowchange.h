// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>
#include <QVector>

class Database;

/*!
 * One row's change, as the two states it moves between: the row as it was (absent for an insert) and
 * as it becomes (absent for a delete). Every edit in SteerDesk is a list of these, so that undo writes
 * the "before" states back exactly, and the audit log gets one row per changed field from the same
 * description. The key identifies the row ({"id": 5}, or {"task_id": 5, "unit_id": 9}); before and
 * after hold the other columns. Table and column names come from the code (Schema), never from input.
 */
struct RowChange
{
    QString table;
    QVariantMap key;
    QVariantMap before;
    QVariantMap after;
    bool existsBefore = true;
    bool existsAfter = true;

    //! Whose history the change belongs to: a task's coordinators and extensions are filed under the
    //! task ("tasks", task id), so that its History shows them.
    QString auditEntity;
    qint64 auditRecordId = 0;
    //! For a whole-row insert or delete: the audit field name and which column's value to log (an update
    //! of that column is logged under the same field name).
    QString auditField;
    QString auditValueColumn;

    bool isInsert() const { return !existsBefore && existsAfter; }
    bool isDelete() const { return existsBefore && !existsAfter; }
};

using ChangeSet = QVector<RowChange>;

namespace RowChanges {

enum class Direction { Forward, Backward };
enum class Reason { Edit, Undo, Redo };

/*!
 * Writes \a changes (Forward: the after states in order; Backward: the before states in reverse order)
 * with their audit rows, in one WriteTransaction: all of it is committed, or nothing. A "updated_at"
 * column present in a row is set to the current time. Returns false with a message on failure.
 */
bool apply(const Database &database, const ChangeSet &changes, Direction direction, Reason reason,
           QString *errorMessage);

//! Whether two values are the same as stored: NULLs of any type are equal, others compare as text.
bool sameValue(const QVariant &a, const QVariant &b);
//! Whether two rows hold the same values for the union of their columns.
bool sameRow(const QVariantMap &a, const QVariantMap &b);

//! The next free id of \a table (max + 1), for inserts whose id undo and redo must keep.
qint64 nextId(const Database &database, const char *table);

} // namespace RowChanges
