// SPDX-License-Identifier: GPL-3.0-or-later
// bench_communes FILE [--period 2026-05] [--as-of YYYY-MM-DD]: the commune traffic lights of every commune
// of a generated database (steerdesk_generate: a province's ~100 communes, or the national 3,321 with
// --scale national), timed in their parts: reading the facts (tasks with their status, every indicator and
// target as of the date), scoring, building the changes "Assess by rules" writes, and writing them with
// their audit rows into a copy of the file. Prints; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QVector>

#include "benchtiming.h"
#include "models/commands/communeedits.h"
#include "models/communes/communeassessor.h"
#include "models/communes/communerules.h"
#include "models/domain/period.h"
#include "models/indicators/indicatorstatus.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

constexpr int Runs = 5;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_communes FILE [--period 2026-05] [--as-of YYYY-MM-DD]\n", stderr);
        return 2;
    }
    const QString file = args.at(1);
    Period period = Period::parse(QStringLiteral("2026-05"));
    QDate asOf;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--period"))
            period = Period::parse(args.at(i + 1));
        else if (args.at(i) == QLatin1String("--as-of"))
            asOf = QDate::fromString(args.at(i + 1), Qt::ISODate);
    }
    if (!period.isValid()) {
        std::fputs("bench_communes: --period takes a period code such as 2026-05\n", stderr);
        return 2;
    }
    if (!asOf.isValid())
        asOf = period.lastDay();

    Database db;
    if (!db.open(file, Database::Access::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    std::printf("file %s, period %s as of %s\n", qPrintable(file), qPrintable(period.code()),
                qPrintable(asOf.toString(Qt::ISODate)));
    const CommuneRules rules = CommuneRules::load(db);

    QVector<double> facts, scoring, changes;
    QVector<CommuneFacts> read;
    QVector<CommuneAssessment> assessed;
    CommuneEdits::Edit edit;
    QString error;
    for (int run = 0; run < Runs; ++run) {
        facts << timeMs([&] { read = CommuneAssessor::loadFacts(db, rules, period, asOf, &error); });
        scoring << timeMs([&] {
            assessed.clear();
            for (const CommuneFacts &f : std::as_const(read))
                assessed << CommuneAssessor::assess(rules, f);
        });
        changes << timeMs([&] { CommuneEdits::assess(db, period.code(), asOf, &edit, &error); });
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QHash<TrafficLight, int> colours;
    qint64 tasks = 0, indicators = 0;
    for (const CommuneAssessment &a : std::as_const(assessed)) {
        ++colours[a.colour];
        tasks += a.facts.tasks.size();
        indicators += a.facts.indicators.size();
    }
    std::printf("communes %lld: %d green, %d yellow, %d red; %lld tasks due, %lld indicators with a target\n",
                qint64(assessed.size()), colours.value(TrafficLight::Green),
                colours.value(TrafficLight::Yellow), colours.value(TrafficLight::Red), tasks, indicators);
    std::printf("read facts          %8.1f ms  (median of %d)\n", median(facts), Runs);
    QString ignored;
    const double tasksMs = timeMs([&] { TaskStore::occurrences(TaskStore::load(db, false, &ignored), asOf, 0); });
    const double indicatorsMs = timeMs([&] { IndicatorStatus::compute(db, asOf, &ignored); });
    std::printf("  of which tasks and their status      %8.1f ms (once)\n", tasksMs);
    std::printf("  of which every indicator as of date  %8.1f ms (once; see bench_indicators)\n", indicatorsMs);
    std::printf("score and explain   %8.1f ms\n", median(scoring));
    std::printf("assess (changes)    %8.1f ms  (%d rows to write)\n", median(changes), edit.rows);

    // Writing: the same changes into a copy, in one transaction with their audit rows.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(file, copy)) {
        std::fputs("write: the file could not be copied\n", stderr);
        return 1;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Database writable(QStringLiteral("bench_communes_write"));
    if (!writable.open(copy)) {
        std::fprintf(stderr, "%s\n", qPrintable(writable.errorString()));
        return 1;
    }
    CommuneEdits::Edit toWrite;
    CommuneEdits::assess(writable, period.code(), asOf, &toWrite, &error);
    const double write = timeMs([&] {
        RowChanges::apply(writable, toWrite.changes, RowChanges::Direction::Forward, RowChanges::Reason::Edit,
                          &error);
    });
    std::printf("write with audit    %8.1f ms  (%d rows)%s\n", write, toWrite.rows,
                error.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + error));
    return 0;
}
