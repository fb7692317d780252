// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/databasesettings.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/audit.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace DatabaseSettings {

QString value(const Database &database, const char *key, const QString &fallback)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool setValue(const Database &database, const char *key, const QString &newValue, QString *errorMessage)
{
    const QString name = QString::fromLatin1(key);
    const QString old = value(database, key);
    WriteTransaction tx(database);
    if (!tx.isActive()) {
        if (errorMessage)
            *errorMessage = tx.errorString();
        return false;
    }
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(newValue);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return false;
    }
    // Settings rows have no numeric id: the key is the field.
    if (!AuditLog::record(database, {QStringLiteral("update"), QStringLiteral("settings"), 0, name, old, newValue},
                          errorMessage))
        return false;
    return tx.commit();
}

} // namespace DatabaseSettings
