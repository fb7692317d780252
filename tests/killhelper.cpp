// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tests that need a second SteerDesk: `killhelper hold FILE` opens FILE read-write
// and keeps it (and its lock) until killed; `killhelper stream FILE FIRST` commits edits FIRST, FIRST+1, …
// through the same path the app uses (WriteTransaction + audit row) and prints "committed N" after each
// commit returned, until it is killed.
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QThread>

#include "models/storage/audit.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    Database database;
    if (!database.open(args.at(2), Database::Access::ReadWrite, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    if (args.at(1) == QLatin1String("hold")) {
        std::printf("ready %lld\n", QCoreApplication::applicationPid());
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args.at(1) != QLatin1String("stream") || args.size() < 4)
        return 2;
    for (qint64 n = args.at(3).toLongLong();; ++n) {
        WriteTransaction tx(database);
        const QString key = QStringLiteral("kill-test/%1").arg(n);
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
        q.addBindValue(key);
        q.addBindValue(QString::number(n));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec() || !AuditLog::record(database, {QStringLiteral("insert"), QStringLiteral("settings"), n,
                                                      QStringLiteral("value"), {}, n})
            || !tx.commit()) {
            std::fprintf(stderr, "edit %lld failed\n", n);
            return 1;
        }
        // Only now is the edit durable: the parent counts what was printed.
        std::printf("committed %lld\n", n);
        std::fflush(stdout);
    }
}
