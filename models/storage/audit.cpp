// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/audit.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/database.h"

namespace AuditLog {

bool record(const Database &database, const AuditEntry &entry, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user, action, entity, record_id, field, old_value, new_value) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(database.userName());
    q.addBindValue(entry.action);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.recordId);
    q.addBindValue(entry.field.isEmpty() ? QVariant() : QVariant(entry.field));
    q.addBindValue(entry.oldValue.isValid() ? entry.oldValue.toString() : QVariant());
    q.addBindValue(entry.newValue.isValid() ? entry.newValue.toString() : QVariant());
    if (q.exec())
        return true;
    if (errorMessage)
        *errorMessage = q.lastError().text();
    return false;
}

} // namespace AuditLog
