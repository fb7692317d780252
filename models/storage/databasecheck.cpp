// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/databasecheck.h"

#include <QLocale>
#include <QSqlQuery>

#include "models/storage/database.h"

DatabaseCheck DatabaseCheck::run(const QString &path)
{
    DatabaseCheck check;
    Database database;
    if (!database.open(path, Database::Access::ReadOnly)) {
        check.error = database.errorString();
        return check;
    }
    check.opened = true;
    check.schemaVersion = database.schemaVersion();
    check.journalMode = database.journalMode();
    const QSqlDatabase db = database.connection();

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        check.problems << tr("integrity check could not run");
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            check.problems << line;
    }
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            check.problems << tr("table %1, row %2: reference to a missing row in %3")
                                  .arg(q.value(0).toString())
                                  .arg(q.value(1).toLongLong())
                                  .arg(q.value(2).toString());
    }
    q.finish();
    QStringList tables;
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && count.next())
            check.rowCounts.append({table, count.value(0).toLongLong()});
        else
            check.problems << tr("table %1 cannot be read").arg(table);
    }
    check.healthy = check.problems.isEmpty() && check.schemaVersion == Database::latestSchemaVersion();
    if (check.schemaVersion < Database::latestSchemaVersion())
        check.problems << tr("data version %1 is older than %2: opening the file in SteerDesk upgrades it")
                              .arg(check.schemaVersion)
                              .arg(Database::latestSchemaVersion());
    return check;
}

QString DatabaseCheck::toText(const QString &path) const
{
    const QLocale locale;
    QString text;
    text += tr("File: %1").arg(path) + QLatin1Char('\n');
    if (!opened) {
        text += tr("Cannot be opened: %1").arg(error) + QLatin1Char('\n');
        return text;
    }
    text += tr("Data version: %1 (this SteerDesk writes %2)").arg(schemaVersion).arg(Database::latestSchemaVersion())
        + QLatin1Char('\n');
    text += tr("Journal: %1").arg(journalMode) + QLatin1Char('\n');
    text += tr("Integrity: %1").arg(problems.isEmpty() ? tr("ok") : tr("%n problem(s)", nullptr, int(problems.size())))
        + QLatin1Char('\n');
    for (const QString &problem : problems)
        text += QStringLiteral("  ! ") + problem + QLatin1Char('\n');
    text += tr("Rows:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &row : rowCounts)
        width = qMax(width, int(row.first.size()));
    for (const auto &row : rowCounts)
        text += QStringLiteral("  %1 %2\n").arg(row.first, -width).arg(locale.toString(row.second), 12);
    return text;
}
