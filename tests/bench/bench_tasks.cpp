// SPDX-License-Identifier: GPL-3.0-or-later
// bench_tasks FILE [--as-of YYYY-MM-DD]: time to load every task with what its status derives from, to
// compute the report's task figures and to build the tasks export, and what the Tasks page waits for
// (first page with its count and summary, filter, search, sort, the next page), on a generated database
// (100k tasks). Prints; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QVector>

#include "benchtiming.h"
#include "models/storage/database.h"
#include "models/tasks/taskexport.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_tasks FILE [--as-of YYYY-MM-DD]\n", stderr);
        return 2;
    }
    const QDate asOf = args.size() > 3 ? QDate::fromString(args.at(3), Qt::ISODate) : QDate(2026, 5, 26);
    Database db;
    if (!db.open(args.at(1), Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QVector<double> load, stats, exportRows;
    int taskCount = 0, rows = 0;
    TaskStatistics s;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const QVector<TaskRecord> tasks = TaskStore::load(db, false);
        load << t.nsecsElapsed() / 1e6;
        t.restart();
        s = TaskStatistics::compute(tasks, asOf);
        stats << t.nsecsElapsed() / 1e6;
        t.restart();
        rows = int(TaskExport::rows(tasks, asOf).size());
        exportRows << t.nsecsElapsed() / 1e6;
        taskCount = int(tasks.size());
    }
    std::printf("tasks loaded     %d (median of 5: %.1f ms)\n", taskCount, median(load));
    std::printf("figures as of %s  %.1f ms: %d tasks, %d overdue, %d/%d pilot models\n",
                qPrintable(asOf.toString(Qt::ISODate)), median(stats), s.tasks.total, s.tasks.openOverdue,
                s.modelsCompleted, s.modelsTotal);
    std::printf("export rows      %d in %.1f ms\n", rows, median(exportRows));

    // The Tasks page: each step is what the user waits for after one action.
    auto timed = [&](const char *what, const std::function<void(TaskTableModel &)> &step) {
        QVector<double> times;
        int total = 0;
        for (int i = 0; i < 5; ++i) {
            TaskTableModel model;
            TaskFilter f;
            f.asOf = asOf;
            model.setFilter(f);
            if (std::strcmp(what, "first page") != 0)
                model.setDatabase(&db); // already open: time only the action
            QElapsedTimer t;
            t.start();
            step(model);
            times << t.nsecsElapsed() / 1e6;
            total = model.totalCount();
        }
        std::printf("page: %-28s %7.1f ms (%d rows match)\n", what, median(times), total);
    };
    timed("first page", [&](TaskTableModel &m) { m.setDatabase(&db); });
    timed("filter status=overdue", [&](TaskTableModel &m) {
        TaskFilter f = m.filter();
        f.statuses = {TaskStatus::OpenOverdue};
        m.setFilter(f);
    });
    timed("search 'so hoa dat dai'", [&](TaskTableModel &m) {
        TaskFilter f = m.filter();
        f.search = QStringLiteral("so hoa dat dai");
        m.setFilter(f);
    });
    timed("sort by deadline desc",
          [&](TaskTableModel &m) { m.sort(TaskTableModel::DeadlineColumn, Qt::DescendingOrder); });
    timed("sort by status",
          [&](TaskTableModel &m) { m.sort(TaskTableModel::StatusColumn, Qt::AscendingOrder); });
    timed("sort by title",
          [&](TaskTableModel &m) { m.sort(TaskTableModel::TitleColumn, Qt::AscendingOrder); });
    timed("sort by last change desc",
          [&](TaskTableModel &m) { m.sort(TaskTableModel::LastChangeColumn, Qt::DescendingOrder); });
    // Scrolling: twenty more pages by code, up to row 5376 (each page skips the rows before it).
    timed("20 more pages (scrolling)", [&](TaskTableModel &m) {
        for (int i = 0; i < 20 && m.canFetchMore(QModelIndex()); ++i)
            m.fetchMore(QModelIndex());
    });

    // The summary line for the whole register, which the first page counted.
    TaskTableModel model;
    TaskFilter f;
    f.asOf = asOf;
    model.setFilter(f);
    model.setDatabase(&db);
    const TaskSummary sum = model.summary();
    std::printf(
        "summary: %d tasks, %d completed (%d late), %d within (%d due soon), %d overdue, %d standing; "
        "%d/%d pilot models\n",
        sum.total, sum.completed(), sum.completedLate, sum.openWithinDeadline, sum.dueSoon, sum.openOverdue,
        sum.standing, sum.pilotModelsCompleted, sum.pilotModels);
    return 0;
}
