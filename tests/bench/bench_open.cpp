// SPDX-License-Identifier: GPL-3.0-or-later
// bench_open FILE [--repeat N]: how long opening a SteerDesk file takes (header checks, lock, pragmas),
// how large it is, and how long a full integrity check and a verified backup take. Prints; asserts nothing.
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVector>

#include "models/storage/database.h"
#include "models/storage/databasecheck.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_open FILE [--repeat N]\n", stderr);
        return 2;
    }
    const QString path = args.at(1);
    const int repeat = args.size() > 3 && args.at(2) == QLatin1String("--repeat") ? args.at(3).toInt() : 7;

    QVector<double> opens;
    QString journal;
    int version = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        Database db;
        if (!db.open(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        // Include the first real read, as the app does when it shows the first page.
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM units"));
        q.next();
        opens << t.nsecsElapsed() / 1e6;
        journal = db.journalMode();
        version = db.schemaVersion();
    }
    std::sort(opens.begin(), opens.end());

    QElapsedTimer t;
    t.start();
    const DatabaseCheck check = DatabaseCheck::run(path);
    const double checkMs = t.nsecsElapsed() / 1e6;

    QTemporaryDir dir;
    Database db;
    db.open(path);
    t.restart();
    QString error;
    const bool backedUp = db.backupTo(dir.filePath(QStringLiteral("copy.sqlite")), &error);
    const double backupMs = t.nsecsElapsed() / 1e6;

    std::printf("file            %s\n", qPrintable(path));
    std::printf("size            %.1f MB, data version %d, journal %s\n", QFileInfo(path).size() / 1048576.0, version,
                qPrintable(journal));
    std::printf("open            median %.2f ms, min %.2f ms, max %.2f ms over %d opens\n", opens.at(opens.size() / 2),
                opens.constFirst(), opens.constLast(), repeat);
    std::printf("check           %.0f ms (integrity_check + foreign_key_check + row counts), %s\n", checkMs,
                check.healthy ? "healthy" : "NOT healthy");
    std::printf("verified backup %.0f ms%s\n", backupMs, backedUp ? "" : qPrintable(QStringLiteral(" FAILED: ") + error));
    return 0;
}
