// SPDX-License-Identifier: GPL-3.0-or-later
// bench_indicators FILE [--as-of YYYY-MM-DD] [--sqlite3 PATH]: the province-wide "as of" computation
// (every indicator for every unit: latest and previous figure, roll-ups, targets in force, achievement,
// colour) on a generated database (steerdesk_generate, ~1M observations), and beside it the time of the
// same SQL run by the sqlite3 command-line tool on the same file. Prints; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QVector>

#include "benchtiming.h"
#include "models/indicators/indicatorexport.h"
#include "models/indicators/indicatorstatus.h"
#include "models/indicators/indicatorstore.h"
#include "models/storage/database.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

constexpr int Runs = 7;

//! A text value for `.parameter set`: an SQL literal, double-quoted so that the shell's own argument
//! parsing keeps the single quotes (unquoted, '2026-05-26' would be bound as 2026 - 5 - 26 = 1995).
QString literal(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1String("\"'") + quoted + QLatin1String("'\"");
}

struct CliResult
{
    bool ok = false;
    QString error;
    QVector<QVector<double>> statementMs; //!< per run, per statement ("Run Time: real")
    double processMs = 0;                 //!< the whole sqlite3 process, all runs
};

/*!
 * Runs \a statements (SQL text, positional parameters) \a runs times in one sqlite3 process with
 * `.timer on`, rows to /dev/null, and the page cache SteerDesk's connection uses.
 */
CliResult runSqlite3(const QString &sqlite3, const QString &file,
                     const QVector<QPair<QString, QStringList>> &statements, int runs)
{
    CliResult result;
    // The timer is switched on after the PRAGMA, so every "Run Time" line is one statement.
    QString script = QStringLiteral(".bail on\nPRAGMA cache_size = -131072;\n.output /dev/null\n.timer on\n");
    for (int run = 0; run < runs; ++run) {
        for (const auto &statement : statements) {
            script += QStringLiteral(".parameter clear\n");
            for (int i = 0; i < statement.second.size(); ++i)
                script += QStringLiteral(".parameter set ?%1 %2\n").arg(i + 1).arg(statement.second.at(i));
            script += statement.first + QStringLiteral(";\n");
        }
    }
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(sqlite3, {QStringLiteral("-readonly"), file});
    if (!p.waitForStarted()) {
        result.error = QStringLiteral("cannot start %1: %2").arg(sqlite3, p.errorString());
        return result;
    }
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    result.processMs = t.nsecsElapsed() / 1e6;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0) {
        result.error = QString::fromUtf8(p.readAllStandardError());
        return result;
    }
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    QVector<double> all;
    for (auto it = timer.globalMatch(out); it.hasNext();)
        all << it.next().captured(1).toDouble() * 1000.0;
    if (all.size() != runs * statements.size()) {
        result.error = QStringLiteral("expected %1 timings from sqlite3, got %2:\n%3")
                           .arg(runs * statements.size())
                           .arg(all.size())
                           .arg(out.left(2000));
        return result;
    }
    for (int run = 0; run < runs; ++run)
        result.statementMs << all.mid(run * statements.size(), statements.size());
    result.ok = true;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_indicators FILE [--as-of YYYY-MM-DD] [--sqlite3 PATH]\n", stderr);
        return 2;
    }
    const QString file = args.at(1);
    QDate asOf(2026, 5, 26);
    QString sqlite3 = QStringLiteral("sqlite3");
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--as-of"))
            asOf = QDate::fromString(args.at(i + 1), Qt::ISODate);
        else if (args.at(i) == QLatin1String("--sqlite3"))
            sqlite3 = args.at(i + 1);
    }
    if (!asOf.isValid()) {
        std::fputs("bench_indicators: --as-of takes YYYY-MM-DD\n", stderr);
        return 2;
    }

    Database db;
    if (!db.open(file, Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const QString date = asOf.toString(Qt::ISODate);
    std::printf("file %s, as of %s\n", qPrintable(file), qPrintable(date));

    // One warm-up so that both sides read from the operating system's cache.
    QString error;
    IndicatorStatus status = IndicatorStatus::compute(db, asOf, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QVector<double> whole, latest, targets, exportRows;
    int observedPairs = 0, targetRows = 0, csvRows = 0;
    for (int run = 0; run < Runs; ++run) {
        whole << timeMs([&] { status = IndicatorStatus::compute(db, asOf); });
        latest << timeMs([&] { observedPairs = int(IndicatorStore::latestObservations(db, asOf).size()); });
        targets << timeMs([&] { targetRows = int(IndicatorStore::targetsInForce(db, asOf).size()); });
        exportRows << timeMs([&] { csvRows = int(IndicatorExport::rows(status).size()); });
    }
    const IndicatorStatus::Figures figures = status.figures();
    int rolledUp = 0;
    for (const IndicatorStatus::Row &row : status.rows())
        if (row.value.rolledUp)
            ++rolledUp;

    // The same SQL in the sqlite3 tool: the two statements that read more than a catalogue.
    const QVector<QPair<QString, QStringList>> statements = {
        {IndicatorStore::latestObservationsSql(), {literal(date), QStringLiteral("0"), QStringLiteral("0")}},
        {IndicatorStore::targetsInForceSql(),
         {literal(date), QStringLiteral("0"), QStringLiteral("0"), literal(date)}},
    };
    CliResult cli = runSqlite3(sqlite3, file, statements, Runs + 1);
    QVector<double> cliLatest, cliTargets, cliBoth;
    if (cli.ok) {
        cli.statementMs.removeFirst(); // warm-up
        for (const QVector<double> &run : std::as_const(cli.statementMs)) {
            cliLatest << run.at(0);
            cliTargets << run.at(1);
            cliBoth << run.at(0) + run.at(1);
        }
    }

    std::printf("as-of computation   %8.1f ms  (median of %d): %lld rows, %d rolled up, %d with target, %d "
                "achieved; %d green, %d yellow, %d red\n",
                median(whole), Runs, qint64(status.rows().size()), rolledUp, figures.withTarget,
                figures.achieved, figures.green, figures.yellow, figures.red);
    std::printf("  of which latest+previous observations %8.1f ms (%d indicator/unit pairs)\n",
                median(latest), observedPairs);
    std::printf("  of which targets in force             %8.1f ms (%d targets)\n", median(targets),
                targetRows);
    std::printf("export rows         %8.1f ms  (%d rows)\n", median(exportRows), csvRows);
    if (!cli.ok) {
        std::printf("sqlite3: not measured: %s\n", qPrintable(cli.error));
        return 0;
    }
    std::printf("sqlite3 tool (same SQL, same file, cache_size -131072, rows to /dev/null; median of %d):\n",
                Runs);
    std::printf("  latest+previous observations          %8.1f ms   SteerDesk %8.1f ms   ratio %.2f\n",
                median(cliLatest), median(latest),
                median(cliLatest) > 0 ? median(latest) / median(cliLatest) : 0.0);
    std::printf("  targets in force                      %8.1f ms   SteerDesk %8.1f ms\n", median(cliTargets),
                median(targets));
    std::printf(
        "  both statements                       %8.1f ms   whole computation %8.1f ms   ratio %.2f\n",
        median(cliBoth), median(whole), median(cliBoth) > 0 ? median(whole) / median(cliBoth) : 0.0);
    std::printf("  (sqlite3 process with %d runs of both: %.1f ms wall)\n", Runs + 1, cli.processMs);
    return 0;
}
