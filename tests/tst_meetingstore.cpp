// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings read back from a copy of the demo written to a real file: the list with what became of each
// meeting's directives as of a date, one meeting with its attendees, outcomes with their units and tasks,
// the directive a task came from, the meeting before another, and how a meeting is named.
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include "demofixture.h"

#include "models/meetings/meetingstore.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

class TestMeetingStore : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db; // the demo as written, read-only

    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    static qint64 unitId(const Database &db, const char *code)
    {
        return scalar(db, QStringLiteral("SELECT id FROM units WHERE code = '%1'").arg(QLatin1String(code)))
            .toLongLong();
    }

    //! The id of the demo's outcome whose text begins with \a start.
    static qint64 outcomeId(const Database &db, const QString &start)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM meeting_outcomes WHERE substr(text, 1, length(?)) = ?"));
        q.addBindValue(start);
        q.addBindValue(start);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static const MeetingSummary *find(const QVector<MeetingSummary> &list, const QDate &heldOn)
    {
        for (const MeetingSummary &m : list) {
            if (m.heldOn == heldOn)
                return &m;
        }
        return nullptr;
    }

    //! The meeting of 28/05/2026 (seed 000).
    qint64 mayMeeting() const
    {
        return scalar(m_db, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'"))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
    }

    void listNewestFirstWithTasksAsOfADate()
    {
        QString error;
        const QVector<MeetingSummary> list = MeetingStore::list(m_db, QDate(2026, 5, 26), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.first().heldOn, QDate(2026, 5, 28));
        QCOMPARE(list.last().heldOn, QDate(2022, 8, 9));
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).heldOn > list.at(i).heldOn);

        const MeetingSummary &may = list.first();
        QCOMPARE(may.id, mayMeeting());
        QCOMPARE(may.startsAt, QTime(8, 0));
        QCOMPARE(may.kind, QStringLiteral("regular"));
        QCOMPARE(may.chair, QStringLiteral("Hồ Văn Mừng"));
        QCOMPARE(may.outcomes, 15);
        QCOMPARE(may.directives, 11);
        QCOMPARE(may.tasks, 152);
        QCOMPARE(may.tasksCompleted, 109);
        QCOMPARE(may.tasksOverdue, 7);

        const MeetingSummary *online = find(list, QDate(2022, 8, 9));
        QVERIFY(online);
        QCOMPARE(online->kind, QStringLiteral("online_conference"));
        QCOMPARE(online->outcomes, 6);
        QCOMPARE(online->directives, 3);
        QCOMPARE(online->tasks, 4);
        QCOMPARE(online->tasksCompleted, 3);
        QCOMPARE(online->tasksOverdue, 0);

        // Every task linked to a directive is counted once per meeting it came from.
        int linked = 0;
        for (const MeetingSummary &m : list)
            linked += m.tasks;
        QCOMPARE(linked,
                 scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT o.meeting_id, dt.task_id "
                                             "FROM directive_tasks dt JOIN meeting_outcomes o "
                                             "ON o.id = dt.outcome_id)"))
                     .toInt());
    }

    void listAsOfAnEarlierDate()
    {
        // On 24/01/2024 the May 2026 meeting's tasks were not yet assigned: counted, neither done nor
        // overdue.
        const QVector<MeetingSummary> list = MeetingStore::list(m_db, QDate(2024, 1, 24));
        const MeetingSummary *may = find(list, QDate(2026, 5, 28));
        QVERIFY(may);
        QCOMPARE(may->tasks, 152);
        QCOMPARE(may->tasksCompleted, 0);
        QCOMPARE(may->tasksOverdue, 0);
        // The 2022 conference's tasks: on 01/12/2022 two of the three with a deadline were done; the day
        // before they were assigned (15/08/2022), none counts.
        const MeetingSummary *december =
            find(MeetingStore::list(m_db, QDate(2022, 12, 1)), QDate(2022, 8, 9));
        QVERIFY(december);
        QCOMPARE(december->tasksCompleted, 2);
        QCOMPARE(december->tasksOverdue, 0);
        const MeetingSummary *before = find(MeetingStore::list(m_db, QDate(2022, 8, 14)), QDate(2022, 8, 9));
        QVERIFY(before);
        QCOMPARE(before->tasks, 4);
        QCOMPARE(before->tasksCompleted, 0);
    }

    void listShowsFrozenFigures()
    {
        Database db;
        const qint64 may = mayMeeting();
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("DELETE FROM report_snapshots"),
                 QStringLiteral("INSERT INTO report_snapshots (meeting_id, as_of, kind, payload, created_at) "
                                "VALUES (%1, '2026-05-28', 'meeting_figures', '{}', '2026-05-28T10:00:00Z')")
                     .arg(may),
                 // another kind of snapshot is not the meeting's frozen figures
                 QStringLiteral("INSERT INTO report_snapshots (meeting_id, as_of, kind, payload, created_at) "
                                "VALUES (%1, '2024-01-25', 'other', '{}', '2024-01-25T10:00:00Z')")
                     .arg(may - 1)}));
        const QVector<MeetingSummary> list = MeetingStore::list(db, QDate(2026, 5, 26));
        QCOMPARE(find(list, QDate(2026, 5, 28))->frozenAsOf, QDate(2026, 5, 28));
        for (const MeetingSummary &m : list) {
            if (m.id != may)
                QVERIFY(!m.frozenAsOf.isValid());
        }
    }

    void loadMeetingWithAttendees()
    {
        Meeting m;
        QString error;
        QVERIFY2(MeetingStore::load(m_db, mayMeeting(), &m, &error), qPrintable(error));
        QCOMPARE(m.id, mayMeeting());
        QCOMPARE(m.heldOn, QDate(2026, 5, 28));
        QCOMPARE(m.startsAt, QTime(8, 0));
        QVERIFY(m.title.startsWith(QStringLiteral("Hội nghị đánh giá kết quả thực hiện nhiệm vụ 5 tháng")));
        QCOMPARE(m.kind, QStringLiteral("regular"));
        QCOMPARE(m.connectedPoints, -1);
        QCOMPARE(m.chair, QStringLiteral("Hồ Văn Mừng"));
        QCOMPARE(m.documentNumber, QStringLiteral("210/TB-VPUBND"));
        QCOMPARE(m.documentDate, QDate(2026, 5, 30));
        QCOMPARE(m.attendees.size(), 3);
        QCOMPARE(m.attendees.at(0).personName, QStringLiteral("Lê Văn Phước"));
        QCOMPARE(m.attendees.at(2).personName, QStringLiteral("Lãnh đạo các sở, ban, ngành tỉnh"));
        QCOMPARE(m.attendees.at(2).unitId, 0);

        Meeting lang;
        const qint64 langSon =
            scalar(m_db, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2024-10-11'")).toLongLong();
        QVERIFY(MeetingStore::load(m_db, langSon, &lang));
        QCOMPARE(lang.kind, QStringLiteral("online_conference"));
        QCOMPARE(lang.connectedPoints, 12);

        QVERIFY(!MeetingStore::load(m_db, 9999, &m, &error));
    }

    void outcomesWithUnitsAndTasks()
    {
        QString error;
        const QVector<MeetingOutcome> outcomes = MeetingStore::outcomes(m_db, mayMeeting(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(outcomes.size(), 15);
        for (int i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).position, i);
            QCOMPARE(outcomes.at(i).meetingId, mayMeeting());
        }
        QCOMPARE(outcomes.first().kind, QStringLiteral("information"));
        QVERIFY(outcomes.first().leadUnitIds.isEmpty());

        // "55 communes currently in yellow": 55 lead communes, no task yet, due at the end of Q3.
        const MeetingOutcome &yellow = outcomes.at(5);
        QVERIFY(yellow.text.startsWith(QStringLiteral("55 xã")));
        QVERIFY(yellow.isDirective());
        QCOMPARE(yellow.leadUnitIds.size(), 55);
        QCOMPARE(yellow.coordinatingUnitIds, QList<qint64>{unitId(m_db, "SO-NV")});
        QVERIFY(yellow.taskIds.isEmpty());
        QCOMPARE(yellow.deadlineText, QStringLiteral("Quý III/2026"));
        QCOMPARE(yellow.deadlineDate, QDate(2026, 9, 30));
        QVERIFY(!yellow.standing);

        // Two lead units in the units' order (Science and Technology before the Police), one task so far.
        const MeetingOutcome &advise = outcomes.at(10);
        QCOMPARE(advise.leadUnitIds, (QList<qint64>{unitId(m_db, "SO-KHCN"), unitId(m_db, "CA-TINH")}));
        QCOMPARE(advise.coordinatingUnitIds, QList<qint64>{unitId(m_db, "SO-TC")});
        QCOMPARE(advise.taskIds.size(), 1);

        // Standing and recurring wordings.
        QCOMPARE(outcomes.at(9).deadlineText, QStringLiteral("Thường xuyên"));
        QVERIFY(outcomes.at(9).standing);
        QVERIFY(!outcomes.at(9).deadlineDate.isValid());
        QCOMPARE(outcomes.at(14).deadlineText, QStringLiteral("Hằng tháng"));
        QVERIFY(outcomes.at(14).standing);

        // Tasks by code.
        const MeetingOutcome &all = outcomes.at(4);
        QCOMPARE(all.taskIds.size(), 14);
        QStringList codes;
        for (qint64 id : all.taskIds)
            codes << scalar(m_db, QStringLiteral("SELECT code FROM tasks WHERE id = %1").arg(id)).toString();
        QStringList sorted = codes;
        sorted.sort();
        QCOMPARE(codes, sorted);

        MeetingOutcome one;
        QVERIFY(MeetingStore::outcome(m_db, yellow.id, &one, &error));
        QCOMPARE(one.text, yellow.text);
        QCOMPARE(one.leadUnitIds, yellow.leadUnitIds);
        QVERIFY(!MeetingStore::outcome(m_db, 99999, &one, &error));
        QVERIFY(MeetingStore::outcomes(m_db, 9999).isEmpty());
    }

    void tasksOfAMeeting()
    {
        QString error;
        const QVector<TaskRecord> tasks = MeetingStore::tasksOfMeeting(m_db, mayMeeting(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tasks.size(), 152);
        // The same records as the register reads, children included (coordinators, extensions, periods).
        for (const TaskRecord &t : tasks) {
            TaskRecord one;
            QVERIFY(TaskStore::loadTask(m_db, t.id, &one));
            QCOMPARE(t.code, one.code);
            QCOMPARE(t.coordinatingUnitCodes, one.coordinatingUnitCodes);
            QCOMPARE(t.extensions.size(), one.extensions.size());
            QCOMPARE(t.assignedDeadline, one.assignedDeadline);
            QCOMPARE(t.occurrenceCompletions, one.occurrenceCompletions);
        }
        // Archived tasks stay the meeting's.
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral(
                 "UPDATE tasks SET archived = 1, archived_at = '2026-05-27T00:00:00Z' WHERE id IN "
                 "(SELECT task_id FROM directive_tasks dt JOIN meeting_outcomes o ON o.id = dt.outcome_id "
                 "WHERE o.meeting_id = %1 LIMIT 3)")
                 .arg(mayMeeting())}));
        QCOMPARE(MeetingStore::tasksOfMeeting(db, mayMeeting()).size(), 152);
        QVERIFY(MeetingStore::tasksOfMeeting(m_db, 9999).isEmpty());
        QCOMPARE(
            MeetingStore::tasksOfMeeting(
                m_db, scalar(m_db, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2022-08-09'"))
                          .toLongLong())
                .size(),
            4);
    }

    void originOfATask()
    {
        const qint64 advise =
            outcomeId(m_db, QStringLiteral("Sở Khoa học và Công nghệ và Công an tỉnh tham mưu UBND"));
        QVERIFY(advise > 0);
        const qint64 task =
            scalar(m_db,
                   QStringLiteral("SELECT task_id FROM directive_tasks WHERE outcome_id = %1").arg(advise))
                .toLongLong();
        QString error;
        const QVector<TaskOrigin> origins = MeetingStore::originsOfTask(m_db, task, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(origins.size(), 1);
        QCOMPARE(origins.first().meetingId, mayMeeting());
        QCOMPARE(origins.first().heldOn, QDate(2026, 5, 28));
        QVERIFY(origins.first().meetingTitle.startsWith(QStringLiteral("Hội nghị đánh giá")));
        QCOMPARE(origins.first().outcomeId, advise);
        QCOMPARE(origins.first().outcomeNumber, 11);
        QVERIFY(origins.first().outcomeText.startsWith(QStringLiteral("Sở Khoa học và Công nghệ")));

        // A task assigned otherwise has no origin.
        const qint64 other = scalar(m_db, QStringLiteral("SELECT min(id) FROM tasks WHERE id NOT IN "
                                                         "(SELECT task_id FROM directive_tasks)"))
                                 .toLongLong();
        QVERIFY(other > 0);
        QVERIFY(MeetingStore::originsOfTask(m_db, other).isEmpty());

        // After an earlier outcome is removed, the number counts what is left; a second link lists newest
        // first.
        Database db;
        const qint64 first = outcomeId(m_db, QStringLiteral("Tỉnh triển khai nghiêm túc"));
        const qint64 older = outcomeId(m_db, QStringLiteral("Hoàn thành triển khai 25 dịch vụ công"));
        QVERIFY(first > 0 && older > 0);
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("DELETE FROM meeting_outcomes WHERE id = %1").arg(first),
                 QStringLiteral("INSERT INTO directive_tasks VALUES (%1, %2)").arg(older).arg(task)}));
        const QVector<TaskOrigin> two = MeetingStore::originsOfTask(db, task);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).outcomeNumber, 10);
        QCOMPARE(two.at(0).heldOn, QDate(2026, 5, 28));
        QCOMPARE(two.at(1).heldOn, QDate(2022, 8, 9));
        QCOMPARE(two.at(1).outcomeNumber, 4);
    }

    void previousMeeting()
    {
        const QVector<MeetingSummary> list = MeetingStore::list(m_db, QDate(2026, 5, 26));
        for (int i = 0; i + 1 < list.size(); ++i)
            QCOMPARE(MeetingStore::previousMeeting(m_db, list.at(i).id), list.at(i + 1).id);
        QCOMPARE(MeetingStore::previousMeeting(m_db, list.last().id), 0);
        QCOMPARE(MeetingStore::previousMeeting(m_db, 9999), 0);

        // The same day: the afternoon session follows the morning one; one without a time comes first.
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral("INSERT INTO meetings (id, held_on, starts_at, title, created_at, updated_at) "
                            "VALUES (100, '2026-05-28', '14:00', 'Chiều', 'x', 'x')"),
             QStringLiteral("INSERT INTO meetings (id, held_on, starts_at, title, created_at, updated_at) "
                            "VALUES (101, '2026-05-28', NULL, 'Không giờ', 'x', 'x')")}));
        QCOMPARE(MeetingStore::previousMeeting(db, 100), mayMeeting());
        QCOMPARE(MeetingStore::previousMeeting(db, mayMeeting()), 101);
        QCOMPARE(MeetingStore::list(db, QDate(2026, 5, 26)).first().id, 100);
    }

    void caption()
    {
        QCOMPARE(MeetingStore::caption(QDate(2026, 5, 28), QStringLiteral("Hội nghị")),
                 QStringLiteral("28/05/2026 — Hội nghị"));
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(MeetingStore::caption(QDate(2026, 5, 28), QStringLiteral("Hội nghị")),
                 QStringLiteral("28/05/2026 — Hội nghị"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(MeetingStore::caption(QDate(), QStringLiteral("Hội nghị")), QStringLiteral("Hội nghị"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingStore)
#include "tst_meetingstore.moc"
