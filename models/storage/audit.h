// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

class Database;

/*!
 * One row of the audit log: what changed, in which record and field, from which value to which. The
 * row is written by AuditLog::record() inside the caller's transaction, so an edit and its audit row
 * are committed together or not at all.
 */
struct AuditEntry
{
    QString action;   //!< "insert", "update", "delete", "archive", …
    QString entity;   //!< table name, e.g. "tasks"
    qint64 recordId = 0;
    QString field;    //!< column name, empty for whole-record actions
    QVariant oldValue;
    QVariant newValue;
};

namespace AuditLog {
//! Writes \a entry with the database's user and the current UTC time. Call inside a WriteTransaction.
bool record(const Database &database, const AuditEntry &entry, QString *errorMessage = nullptr);
} // namespace AuditLog
