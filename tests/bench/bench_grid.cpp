// SPDX-License-Identifier: GPL-3.0-or-later
// bench_grid FILE [--indicator CODE] [--from 2022-01] [--to 2026-12] [--sqlite3 PATH]: how long the data-entry
// grid of one indicator takes to open (ObservationGridModel: catalogue, units, the one grid query, cells)
// over a province-size file (~1M observations; FILE is generated first when it does not exist), and the
// grid's SQL run by the sqlite3 command-line tool on the same file. Prints; asserts nothing.
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVector>

#include "generator.h"
#include "benchtiming.h"
#include "models/indicators/observationgridmodel.h"
#include "models/session.h"
#include "models/storage/database.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

constexpr int Runs = 9;

//! The grid statement \a runs times in one sqlite3 process (`.timer on`, rows to /dev/null): each run's ms.
QVector<double> sqlite3Runs(const QString &tool, const QString &file, qint64 indicatorId, const QString &first,
                            const QString &last, int runs, QString *error)
{
    QString script = QStringLiteral(".output /dev/null\n.parameter init\n"
                                    ".parameter set ?1 %1\n.parameter set ?2 \"'%2'\"\n.parameter set ?3 \"'%3'\"\n"
                                    ".timer on\n")
                         .arg(indicatorId)
                         .arg(first, last);
    for (int i = 0; i < runs; ++i)
        script += ObservationGridModel::gridSql() + QStringLiteral(";\n");
    QProcess p;
    p.start(tool, {QStringLiteral("-readonly"), file});
    if (!p.waitForStarted()) {
        *error = p.errorString();
        return {};
    }
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    QVector<double> ms;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (auto it = timer.globalMatch(QString::fromUtf8(p.readAllStandardOutput())); it.hasNext();)
        ms << it.next().captured(1).toDouble() * 1000.0;
    if (ms.size() != runs)
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_grid FILE [--indicator CODE] [--from YYYY-MM] [--to YYYY-MM] [--sqlite3 PATH]\n",
                   stderr);
        return 2;
    }
    const QString file = args.at(1);
    QString code = QStringLiteral("CT-001"), tool = QStringLiteral("sqlite3");
    Period from = Period::month(2022, 1), to = Period::month(2026, 12);
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--indicator"))
            code = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--from"))
            from = Period::parse(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--to"))
            to = Period::parse(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--sqlite3"))
            tool = args.at(i + 1);
    }
    if (!QFileInfo::exists(file)) {
        std::printf("generating %s (province: ~1M observations)…\n", qPrintable(file));
        const GeneratorResult g = generateDatabase(file, GeneratorSizes::province());
        if (!g.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(g.error));
            return 1;
        }
    }

    Session session;
    QString error;
    if (!session.open(file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery q(session.database()->connection());
    q.prepare(QStringLiteral("SELECT id FROM indicators WHERE code = ?"));
    q.addBindValue(code);
    const qint64 indicatorId = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.exec(QStringLiteral("SELECT count(*) FROM observations"));
    const qint64 observations = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (indicatorId == 0) {
        std::fprintf(stderr, "no indicator %s in %s\n", qPrintable(code), qPrintable(file));
        return 1;
    }

    // Opening the grid: a new model on the open session shows the indicator over the range.
    QVector<double> open, reload;
    int rows = 0, columns = 0, filled = 0;
    for (int run = 0; run <= Runs; ++run) {
        QElapsedTimer t;
        t.start();
        ObservationGridModel model;
        model.setRange(from, to);
        model.setSession(&session);
        model.setIndicator(indicatorId);
        const double ms = t.nsecsElapsed() / 1e6;
        t.restart();
        model.refresh();
        const double again = t.nsecsElapsed() / 1e6;
        rows = model.rowCount();
        columns = model.columnCount();
        filled = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                filled += model.cell(r, c).isEmpty() ? 0 : 1;
        if (run > 0) { // the first run warms the caches
            open << ms;
            reload << again;
        }
    }
    std::printf("file %s: %lld observations; indicator %s, %s to %s\n", qPrintable(file), observations,
                qPrintable(code), qPrintable(from.code()), qPrintable(to.code()));
    std::printf("grid %d units x %d periods, %d values\n", rows, columns, filled);
    std::printf("open grid (new model, setIndicator)  %8.2f ms  (median of %d)\n", median(open), Runs);
    std::printf("refresh (same grid read again)       %8.2f ms\n", median(reload));

    const QVector<double> cli = sqlite3Runs(tool, file, indicatorId, from.firstDay().toString(Qt::ISODate),
                                            to.firstDay().toString(Qt::ISODate), Runs + 1, &error);
    if (cli.size() == Runs + 1)
        std::printf("sqlite3 tool, the grid's SQL          %8.2f ms  (median of %d, rows to /dev/null)\n",
                    median(cli.mid(1)), Runs);
    else
        std::printf("sqlite3 tool: not measured: %s\n", qPrintable(error));
    return 0;
}
