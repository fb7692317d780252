// SPDX-License-Identifier: GPL-3.0-or-later
// A meeting's figures on the demo: computed as of its date exactly as the task, indicator, commune and
// monthly-report stores state them; frozen once through EditCommands (audited, undoable), never changed by
// later edits, refused a second time; the JSON payload read back exactly.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/communes/communestore.h"
#include "models/domain/period.h"
#include "models/indicators/indicatorstatus.h"
#include "models/meetings/meetingfigures.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/unitreports/unitreportstore.h"

namespace {

const QDate LastMeeting(2026, 5, 28);

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

class TestMeetingFigures : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    static QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    static qint64 meetingOn(const Database &db, const QDate &date)
    {
        return scalar(db, QStringLiteral("SELECT id FROM meetings WHERE held_on = ?"),
                      {date.toString(Qt::ISODate)})
            .toLongLong();
    }

    static MeetingFigures computed(const Database &db, const QDate &asOf)
    {
        MeetingFigures figures;
        QString error;
        if (!MeetingFigures::compute(db, asOf, &figures, &error))
            qWarning("%s", qPrintable(error));
        return figures;
    }

    static const MeetingFigures::IndicatorFigure *find(const MeetingFigures &f, const QString &indicator,
                                                       const QString &unit)
    {
        for (const MeetingFigures::IndicatorFigure &row : f.indicators) {
            if (row.indicator == indicator && row.unit == unit)
                return &row;
        }
        return nullptr;
    }

    static void compareFigures(const MeetingFigures &a, const MeetingFigures &b)
    {
        QCOMPARE(a.asOf, b.asOf);
        QCOMPARE(a.tasks, b.tasks);
        QCOMPARE(a.indicatorSummary, b.indicatorSummary);
        QCOMPARE(a.indicators.size(), b.indicators.size());
        for (int i = 0; i < a.indicators.size(); ++i) {
            const MeetingFigures::IndicatorFigure &x = a.indicators.at(i);
            const MeetingFigures::IndicatorFigure &y = b.indicators.at(i);
            QCOMPARE(x.indicator, y.indicator);
            QCOMPARE(x.unit, y.unit);
            QCOMPARE(x.period, y.period);
            QCOMPARE(x.value.has_value(), y.value.has_value());
            QCOMPARE(x.target.has_value(), y.target.has_value());
            QCOMPARE(x.achievementPct.has_value(), y.achievementPct.has_value());
            // Exactly the same doubles, not merely close ones: the printed figure must come back the same.
            QCOMPARE(x.value.value_or(-1), y.value.value_or(-1));
            QCOMPARE(x.target.value_or(-1), y.target.value_or(-1));
            QCOMPARE(x.achievementPct.value_or(-1), y.achievementPct.value_or(-1));
            QCOMPARE(x.colour, y.colour);
            QCOMPARE(x.peers, y.peers);
        }
        QCOMPARE(a.communePeriod, b.communePeriod);
        QCOMPARE(a.communesGreen, b.communesGreen);
        QCOMPARE(a.communesYellow, b.communesYellow);
        QCOMPARE(a.communesRed, b.communesRed);
        QCOMPARE(a.unitReportsReceived, b.unitReportsReceived);
        QCOMPARE(a.unitReportsOwed, b.unitReportsOwed);
    }

    std::unique_ptr<Session> openCopy() { return m_demo.openCopy(LastMeeting); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void computeStatesWhatTheStoresState()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        MeetingFigures figures;
        QString error;
        QVERIFY2(MeetingFigures::compute(db, LastMeeting, &figures, &error), qPrintable(error));
        QVERIFY(figures.isValid());
        QCOMPARE(figures.asOf, LastMeeting);

        // Tasks: the counts the Tasks page and the report give on that date.
        const TaskStatistics tasks = TaskStatistics::compute(TaskStore::load(db, false), LastMeeting, 7);
        QCOMPARE(figures.tasks, tasks.toJson());
        QCOMPARE(tasks.tasks.total, 271);
        QCOMPARE(tasks.modelsCompleted, 24);
        QCOMPARE(tasks.modelsTotal, 42);

        // Indicators: the summary and every row with a figure or a target, as IndicatorStatus has them.
        const IndicatorStatus status = IndicatorStatus::compute(db, LastMeeting);
        QCOMPARE(figures.indicatorSummary, status.figures().toJson());
        int rows = 0;
        for (const IndicatorStatus::Row &row : status.rows()) {
            if (!row.hasValue() && !row.hasTarget())
                continue;
            ++rows;
            const MeetingFigures::IndicatorFigure *f =
                find(figures, status.indicatorOf(row).code, status.unitOf(row).code);
            QVERIFY(f);
            QCOMPARE(f->value.has_value(), row.hasValue());
            if (row.hasValue()) {
                QCOMPARE(*f->value, row.value.value);
                QCOMPARE(f->period, row.value.period);
            }
            QCOMPARE(f->target.has_value(), row.hasTarget());
            QCOMPARE(f->colour, ColourRules::code(row.colour));
        }
        QCOMPARE(figures.indicators.size(), rows);
        const MeetingFigures::IndicatorFigure *digitized =
            find(figures, QStringLiteral("HS-SOHOA"), QStringLiteral("AN-GIANG"));
        QVERIFY(digitized);
        QCOMPARE(*digitized->value, 99.88);
        QCOMPARE(*digitized->target, 80.0);
        QCOMPARE(digitized->colour, QStringLiteral("green"));
        const MeetingFigures::IndicatorFigure *dti =
            find(figures, QStringLiteral("DTI-XEPHANG"), QStringLiteral("AN-GIANG"));
        QVERIFY(dti);
        QCOMPARE(*dti->value, 6.0);
        QCOMPARE(dti->peers, 63); // "6/63": a rank keeps its peer count

        // Communes: the latest period assessed by the date and its colours ("55 communes in yellow").
        const QString period = CommuneStore::latestPeriod(db, LastMeeting);
        QCOMPARE(figures.communePeriod, period);
        QCOMPARE(figures.communePeriod, QStringLiteral("2026-05"));
        const ColourCounts colours = CommuneStore::counts(CommuneStore::load(db, period));
        QCOMPARE(figures.communesGreen, colours.green);
        QCOMPARE(figures.communesYellow, colours.yellow);
        QCOMPARE(figures.communesRed, colours.red);
        QCOMPARE(figures.communesYellow, 55);

        // Monthly reports: those of the month before the meeting's month.
        const UnitReportCounts reports =
            UnitReportStore::counts(UnitReportStore::load(db, Period::month(2026, 4), LastMeeting));
        QCOMPARE(figures.unitReportsReceived, reports.received());
        QCOMPARE(figures.unitReportsOwed, reports.total());
        QVERIFY(figures.unitReportsOwed > 0);

        // Nothing before the first task: a meeting of 2022 has no figures to speak of.
        const MeetingFigures early = computed(db, QDate(2022, 8, 9));
        QVERIFY(early.isValid());
        QVERIFY(early.indicators.isEmpty());
        QCOMPARE(early.communePeriod, QString());
        QVERIFY(!MeetingFigures::compute(db, QDate(), &figures, &error));
        QVERIFY(!error.isEmpty());
    }

    void demoMeetingsAreFrozen()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        // The demo freezes its meetings as of their dates; the first (2022) had nothing to freeze.
        for (const QDate &date : {QDate(2025, 4, 17), LastMeeting}) {
            const qint64 meeting = meetingOn(db, date);
            QVERIFY(meeting > 0);
            QString error;
            const MeetingFigures frozen = MeetingFigures::frozen(db, meeting, &error);
            QVERIFY2(frozen.isValid(), qPrintable(date.toString(Qt::ISODate) + QLatin1Char(' ') + error));
            QCOMPARE(frozen.asOf, date);
            compareFigures(frozen, computed(db, date));
        }
        QVERIFY(!MeetingFigures::frozen(db, meetingOn(db, QDate(2022, 8, 9))).isValid());
        QVERIFY(!MeetingFigures::frozen(db, 987654).isValid());
    }

    void frozenFiguresDoNotFollowLaterEdits()
    {
        auto session = openCopy();
        QVERIFY(session);
        const Database &db = *session->database();
        const qint64 meeting = meetingOn(db, LastMeeting);
        // Start from a meeting not yet frozen: take the demo's snapshot away.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM report_snapshots WHERE meeting_id = %1").arg(meeting)));
        QVERIFY(!MeetingFigures::frozen(db, meeting).isValid());

        QString error;
        QVERIFY2(session->commands()->freezeMeetingFigures(meeting, &error), qPrintable(error));
        QCOMPARE(session->undoStack()->undoText(),
                 QStringLiteral("freeze the figures of the meeting of 28/05/2026"));
        const MeetingFigures frozen = MeetingFigures::frozen(db, meeting, &error);
        QVERIFY2(frozen.isValid(), qPrintable(error));
        compareFigures(frozen, computed(db, LastMeeting));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT as_of FROM report_snapshots WHERE meeting_id = ?"), {meeting})
                .toString(),
            QStringLiteral("2026-05-28"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT created_by FROM report_snapshots WHERE meeting_id = ?"),
                        {meeting})
                     .toString(),
                 db.userName());
        // Audited under the meeting: its history says when the figures were frozen, as of which date.
        QCOMPARE(scalar(db,
                        QStringLiteral(
                            "SELECT new_value FROM audit_log WHERE entity = 'meetings' AND record_id = ? "
                            "AND field = 'figures_frozen' AND action = 'insert'"),
                        {meeting})
                     .toString(),
                 QStringLiteral("2026-05-28"));

        // Later edits: an overdue task completed, and a provincial figure corrected.
        const QVector<TaskRecord> tasks = TaskStore::load(db, false);
        qint64 overdue = 0;
        for (const TaskRecord &t : tasks) {
            if (!t.isPilotModel() && !t.isRecurring() &&
                TaskStore::overallStatus(t, LastMeeting) == TaskStatus::OpenOverdue) {
                overdue = t.id;
                break;
            }
        }
        QVERIFY(overdue > 0);
        QVERIFY2(session->commands()->setCompleted({overdue}, QDate(2026, 5, 27), &error), qPrintable(error));
        const qint64 indicator =
            scalar(db, QStringLiteral("SELECT id FROM indicators WHERE code = 'HS-SOHOA'")).toLongLong();
        ObservationDraft draft;
        draft.unitId =
            scalar(db, QStringLiteral("SELECT id FROM units WHERE code = 'AN-GIANG'")).toLongLong();
        draft.period = QStringLiteral("2026-05");
        draft.value = 99.95;
        QVERIFY2(session->commands()->setObservations(indicator, {draft}, &error), qPrintable(error));

        const MeetingFigures now = computed(db, LastMeeting);
        QCOMPARE(
            now.tasks.value(QLatin1String("tasks")).toObject().value(QLatin1String("completed_late")).toInt(),
            frozen.tasks.value(QLatin1String("tasks"))
                    .toObject()
                    .value(QLatin1String("completed_late"))
                    .toInt() +
                1);
        QCOMPARE(*find(now, QStringLiteral("HS-SOHOA"), QStringLiteral("AN-GIANG"))->value, 99.95);
        const MeetingFigures after = MeetingFigures::frozen(db, meeting);
        compareFigures(after, frozen);
        QCOMPARE(*find(after, QStringLiteral("HS-SOHOA"), QStringLiteral("AN-GIANG"))->value, 99.88);

        // Frozen once: a second freeze is refused, and says since when.
        const int steps = session->undoStack()->count();
        QVERIFY(!session->commands()->freezeMeetingFigures(meeting, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The figures of the meeting of 28/05/2026 were frozen on ")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral(" and do not change.")), qPrintable(error));
        QCOMPARE(session->undoStack()->count(), steps);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM report_snapshots WHERE meeting_id = ?"),
                        {meeting})
                     .toInt(),
                 1);
    }

    void refusals()
    {
        auto session = openCopy();
        QVERIFY(session);
        const Database &db = *session->database();
        QString error;
        // The demo froze the meeting of 17/04/2025 that afternoon.
        const qint64 april = meetingOn(db, QDate(2025, 4, 17));
        QVERIFY(!session->commands()->freezeMeetingFigures(april, &error));
        const QDate frozenOn =
            QDateTime::fromString(QStringLiteral("2025-04-17T16:00:00Z"), Qt::ISODate).toLocalTime().date();
        QCOMPARE(error, QStringLiteral(
                            "The figures of the meeting of 17/04/2025 were frozen on %1 and do not change.")
                            .arg(frozenOn.toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(!session->commands()->freezeMeetingFigures(987654, &error));
        QCOMPARE(error, QStringLiteral("The meeting no longer exists."));
        // Before the meeting's day its figures are not known yet.
        const qint64 may = meetingOn(db, LastMeeting);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM report_snapshots WHERE meeting_id = %1").arg(may)));
        session->commands()->setToday(LastMeeting.addDays(-1));
        QVERIFY(!session->commands()->freezeMeetingFigures(may, &error));
        QCOMPARE(error, QStringLiteral("The meeting of 28/05/2026 has not been held yet: its figures can be frozen "
                                       "from that day."));
        QVERIFY(!MeetingFigures::frozen(db, may).isValid());
        session->commands()->setToday(LastMeeting);
        QVERIFY2(session->commands()->freezeMeetingFigures(may, &error), qPrintable(error));
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QCOMPARE(session->undoStack()->index(), 0);
    }

    void undoRemovesTheSnapshot()
    {
        auto session = openCopy();
        QVERIFY(session);
        const Database &db = *session->database();
        // The meeting of 2022 was not frozen by the demo.
        const qint64 meeting = meetingOn(db, QDate(2022, 8, 9));
        QString error;
        QVERIFY2(session->commands()->freezeMeetingFigures(meeting, &error), qPrintable(error));
        const MeetingFigures frozen = MeetingFigures::frozen(db, meeting);
        QCOMPARE(frozen.asOf, QDate(2022, 8, 9));
        const QString payload =
            scalar(db, QStringLiteral("SELECT payload FROM report_snapshots WHERE meeting_id = ?"), {meeting})
                .toString();

        session->undoStack()->undo();
        QVERIFY(!MeetingFigures::frozen(db, meeting).isValid());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM report_snapshots WHERE meeting_id = ?"),
                        {meeting})
                     .toInt(),
                 0);
        QCOMPARE(scalar(db,
                        QStringLiteral(
                            "SELECT count(*) FROM audit_log WHERE entity = 'meetings' AND record_id = ? "
                            "AND field = 'figures_frozen' AND action = 'undo:delete'"),
                        {meeting})
                     .toInt(),
                 1);
        // Once undone, the meeting may be frozen again.
        session->undoStack()->redo();
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT payload FROM report_snapshots WHERE meeting_id = ?"), {meeting})
                .toString(),
            payload);
        session->undoStack()->undo();
        QVERIFY2(session->commands()->freezeMeetingFigures(meeting, &error), qPrintable(error));
    }

    void jsonRoundTrip()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        const MeetingFigures figures = computed(db, LastMeeting);
        QVERIFY(!figures.indicators.isEmpty());
        // Through text, as the file stores it.
        const QByteArray text = QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact);
        const MeetingFigures back = MeetingFigures::fromJson(QJsonDocument::fromJson(text).object());
        compareFigures(back, figures);
        QCOMPARE(compact(back.toJson()), compact(figures.toJson()));

        // Awkward doubles keep every bit; what is missing stays missing (no key, not a zero).
        MeetingFigures made;
        made.asOf = QDate(2025, 4, 17);
        made.communePeriod = QString();
        made.unitReportsReceived = 3;
        made.unitReportsOwed = 17;
        MeetingFigures::IndicatorFigure a;
        a.indicator = QStringLiteral("X");
        a.unit = QStringLiteral("AN-GIANG");
        a.period = QStringLiteral("2025Q1");
        a.value = 0.1 + 0.2;
        a.target = 1.0 / 3.0;
        a.achievementPct = 958367.0 / 794301.0 * 100.0;
        a.peers = 34;
        MeetingFigures::IndicatorFigure b;
        b.indicator = QStringLiteral("Y");
        b.unit = QStringLiteral("AN-GIANG");
        b.target = 1e-17;
        made.indicators = {a, b};
        const QJsonObject json =
            QJsonDocument::fromJson(QJsonDocument(made.toJson()).toJson(QJsonDocument::Compact)).object();
        const QJsonObject second = json.value(QLatin1String("indicators")).toArray().at(1).toObject();
        QVERIFY(!second.contains(QLatin1String("value")));
        QVERIFY(!second.contains(QLatin1String("period")));
        QVERIFY(!second.contains(QLatin1String("achievement_pct")));
        QVERIFY(!second.contains(QLatin1String("colour")));
        QVERIFY(!second.contains(QLatin1String("peers")));
        QVERIFY(!json.value(QLatin1String("communes")).toObject().contains(QLatin1String("period")));
        const MeetingFigures madeBack = MeetingFigures::fromJson(json);
        compareFigures(madeBack, made);
        QCOMPARE(*madeBack.indicators.at(0).value, 0.1 + 0.2);
        QVERIFY(!madeBack.indicators.at(1).value.has_value());

        QVERIFY(!MeetingFigures::fromJson(QJsonObject()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMeetingFigures)
#include "tst_meetingfigures.moc"
