// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dashboard FILE [--as-of YYYY-MM-DD]: the dashboard's content (tiles and the seven charts) on a
// generated database (steerdesk_generate: 1M observations, 100k tasks), median of five runs, then the
// largest series of each chart (the charts must stay under ~2,000 points). Opens the file read-only.
// Prints; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QVector>

#include "benchtiming.h"
#include "models/communes/communestore.h"
#include "models/dashboard/dashboardcontent.h"
#include "models/indicators/indicatorstatus.h"
#include "models/storage/database.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_dashboard FILE [--as-of YYYY-MM-DD]\n", stderr);
        return 2;
    }
    DashboardContent::Options options;
    options.asOf = QDate(2026, 5, 28);
    if (args.size() >= 4 && args.at(2) == QLatin1String("--as-of"))
        options.asOf = QDate::fromString(args.at(3), Qt::ISODate);
    Database db;
    if (!db.open(args.at(1), Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QVector<double> times;
    DashboardContent content;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QString error;
        if (!DashboardContent::compute(db, options, &content, &error)) {
            std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(error));
            return 1;
        }
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    std::printf("dashboard content as of %s: median %.1f ms (min %.1f, max %.1f), aim <= 300 ms\n",
                qPrintable(options.asOf.toString(Qt::ISODate)), times.at(2), times.first(), times.last());
    for (const DashboardContent::Tile &tile : std::as_const(content.tiles))
        std::printf("  tile %-20s %s\n", qPrintable(tile.id), qPrintable(tile.text));
    for (const ChartData &chart : std::as_const(content.charts))
        std::printf("  chart %-22s %5d categories, largest series %5d points%s\n", qPrintable(chart.id),
                    int(chart.categories.size()), chart.maxPoints(),
                    chart.maxPoints() > 2000 ? "  (> 2000!)" : "");

    // A refresh that keeps the register (another as-of date or range) reads everything else again.
    const QVector<TaskRecord> kept = TaskStore::load(db, false);
    QVector<double> refreshes;
    for (int run = 0; run < 5; ++run) {
        refreshes << timeMs([&] { DashboardContent::compute(db, options, kept, &content); });
    }
    std::sort(refreshes.begin(), refreshes.end());
    std::printf("  refresh with the register kept: median %.1f ms\n", refreshes.at(2));

    // Where the time goes: the sources the content is computed from, each once.
    QVector<TaskRecord> tasks;
    std::printf("  of which: tasks loaded %.1f ms", timeMs([&] { tasks = TaskStore::load(db, false); }));
    std::printf(", statistics %.1f ms", timeMs([&] { TaskStatistics::compute(tasks, options.asOf); }));
    std::printf(", occurrences %.1f ms", timeMs([&] { TaskStore::occurrences(tasks, options.asOf, 7); }));
    std::printf(", indicator status %.1f ms", timeMs([&] { IndicatorStatus::compute(db, options.asOf); }));
    std::printf(", commune colours %.1f ms\n",
                timeMs([&] { CommuneStore::load(db, CommuneStore::latestPeriod(db, options.asOf)); }));
    return 0;
}
