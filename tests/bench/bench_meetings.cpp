// SPDX-License-Identifier: GPL-3.0-or-later
// bench_meetings FILE [--as-of YYYY-MM-DD]: the Meetings page on a generated database (steerdesk_generate),
// into a copy of which it first writes five years of monthly meetings (60 meetings, 20 outcomes each, 15 of
// them directives, each directive linked to 40 of the file's tasks: 36,000 links). Then it times, median of
// five runs: the meetings list with each meeting's tasks counted as of the date, "what became of the
// directives" for one meeting, the meetings export, the figures a freeze stores, and building and writing
// "Create tasks" for a directive to every commune. Prints; asserts nothing.
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVector>

#include "benchtiming.h"
#include "models/commands/meetingedits.h"
#include "models/meetings/directivereviewmodel.h"
#include "models/meetings/meetingexport.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingstore.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace {

using BenchTiming::median;
using BenchTiming::timeMs;

constexpr int Runs = 5;
constexpr int Meetings = 60;
constexpr int OutcomesPerMeeting = 20;
constexpr int DirectivesPerMeeting = 15;
constexpr int TasksPerDirective = 40;

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

//! Writes the meetings into \a db; the last meeting's first directive leads every commune (for Create tasks).
bool addMeetings(const Database &db, qint64 *lastDirective, QString *error)
{
    QSqlQuery q(db.connection());
    QVector<qint64> tasks, units, communes;
    if (!q.exec(QStringLiteral("SELECT id FROM tasks ORDER BY id")))
        return false;
    while (q.next())
        tasks << q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT id, kind FROM units ORDER BY id"));
    while (q.next()) {
        units << q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("commune"))
            communes << q.value(0).toLongLong();
    }
    if (tasks.isEmpty() || units.isEmpty()) {
        *error = QStringLiteral("the file has no tasks or units");
        return false;
    }
    WriteTransaction tx(db);
    QSqlQuery meeting(db.connection()), outcome(db.connection()), unit(db.connection()), link(db.connection());
    meeting.prepare(QStringLiteral("INSERT INTO meetings (id, held_on, starts_at, title, kind, chair, created_at, updated_at) "
                                   "VALUES (?, ?, '08:00', ?, 'regular', 'Chủ tịch UBND tỉnh', '2026-01-01', '2026-01-01')"));
    outcome.prepare(QStringLiteral("INSERT INTO meeting_outcomes (id, meeting_id, position, kind, text, deadline_date, deadline_text) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    unit.prepare(QStringLiteral("INSERT INTO outcome_units (outcome_id, unit_id, role) VALUES (?, ?, 'lead')"));
    link.prepare(QStringLiteral("INSERT INTO directive_tasks (outcome_id, task_id) VALUES (?, ?)"));
    qint64 outcomeId = 0;
    int nextTask = 0;
    for (int m = 0; m < Meetings; ++m) {
        const QDate held = QDate(2021, 6, 25).addMonths(m);
        meeting.addBindValue(m + 1);
        meeting.addBindValue(held.toString(Qt::ISODate));
        meeting.addBindValue(QStringLiteral("Họp Ban Chỉ đạo tháng %1").arg(held.toString(QStringLiteral("MM/yyyy"))));
        if (!exec(meeting, error))
            return false;
        for (int o = 0; o < OutcomesPerMeeting; ++o) {
            const bool directive = o >= OutcomesPerMeeting - DirectivesPerMeeting;
            const QDate deadline = held.addMonths(3);
            outcome.addBindValue(++outcomeId);
            outcome.addBindValue(m + 1);
            outcome.addBindValue(o);
            outcome.addBindValue(directive ? QStringLiteral("directive") : QStringLiteral("information"));
            outcome.addBindValue(QStringLiteral("Nội dung kết luận số %1 của cuộc họp").arg(o + 1));
            outcome.addBindValue(directive ? QVariant(deadline.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
            outcome.addBindValue(directive ? QVariant(deadline.toString(QStringLiteral("dd/MM/yyyy"))) : QVariant(QMetaType::fromType<QString>()));
            if (!exec(outcome, error))
                return false;
            if (!directive)
                continue;
            const bool everyCommune = m == Meetings - 1 && o == OutcomesPerMeeting - DirectivesPerMeeting;
            if (everyCommune)
                *lastDirective = outcomeId;
            const QVector<qint64> leads = everyCommune && !communes.isEmpty() ? communes : QVector<qint64>{units.at(o % units.size())};
            for (qint64 u : leads) {
                unit.addBindValue(outcomeId);
                unit.addBindValue(u);
                if (!exec(unit, error))
                    return false;
            }
            if (everyCommune)
                continue;
            for (int t = 0; t < TasksPerDirective; ++t) {
                link.addBindValue(outcomeId);
                link.addBindValue(tasks.at(nextTask++ % tasks.size()));
                if (!exec(link, error))
                    return false;
            }
        }
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_meetings FILE [--as-of YYYY-MM-DD]\n", stderr);
        return 2;
    }
    QDate asOf(2026, 5, 28);
    if (args.size() >= 4 && args.at(2) == QLatin1String("--as-of"))
        asOf = QDate::fromString(args.at(3), Qt::ISODate);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(args.at(1), copy)) {
        std::fputs("bench_meetings: the file could not be copied\n", stderr);
        return 1;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Database db;
    if (!db.open(copy)) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QString error;
    qint64 everyCommune = 0;
    const double setup = timeMs([&] { addMeetings(db, &everyCommune, &error); });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_meetings: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("file %s as of %s: %d meetings, %d outcomes, %d task links written in %.0f ms\n",
                qPrintable(args.at(1)), qPrintable(asOf.toString(Qt::ISODate)), Meetings, Meetings * OutcomesPerMeeting,
                (Meetings * DirectivesPerMeeting - 1) * TasksPerDirective, setup);

    QVector<double> list, review, exported, figures;
    int listed = 0, reviewRows = 0, exportRows = 0;
    for (int run = 0; run < Runs; ++run) {
        list << timeMs([&] { listed = int(MeetingStore::list(db, asOf, &error).size()); });
        review << timeMs([&] {
            DirectiveReviewModel model;
            model.setMeeting(&db, Meetings - 1, asOf);
            reviewRows = 0;
            for (int r = 0; r < model.rowCount(); ++r)
                reviewRows += 1 + model.rowCount(model.index(r, 0));
        });
        exported << timeMs([&] { exportRows = int(MeetingExport::rows(db, asOf, &error).size()); });
        figures << timeMs([&] {
            MeetingFigures f;
            MeetingFigures::compute(db, asOf, &f, &error);
        });
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_meetings: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("meetings list          %8.1f ms  (%d meetings, tasks counted as of the date)\n", median(list), listed);
    std::printf("directives of a meeting%8.1f ms  (%d rows: outcomes and their tasks)\n", median(review), reviewRows);
    std::printf("export --table meetings%8.1f ms  (%d rows)\n", median(exported), exportRows);
    std::printf("figures to freeze      %8.1f ms  (tasks, every indicator and unit, communes, reports)\n", median(figures));

    MeetingEdits::Edit edit;
    const double build = timeMs([&] { MeetingEdits::createTasks(db, everyCommune, asOf, &edit, &error); });
    double write = 0;
    if (error.isEmpty())
        write = timeMs([&] {
            RowChanges::apply(db, edit.changes, RowChanges::Direction::Forward, RowChanges::Reason::Edit, &error);
        });
    std::printf("create tasks (build)   %8.1f ms  (%d tasks, %lld row changes)\n", build, edit.count, qint64(edit.changes.size()));
    std::printf("create tasks (write)   %8.1f ms  (with audit)%s\n", write,
                error.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + error));
    return 0;
}
