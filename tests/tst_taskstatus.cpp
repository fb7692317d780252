// SPDX-License-Identifier: GPL-3.0-or-later
// Status derivation over every case the task-tracking regulation distinguishes.
#include <QTest>

#include "models/domain/period.h"
#include "models/tasks/taskstatus.h"

Q_DECLARE_METATYPE(TaskStatus)

class TestTaskStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derives_data()
    {
        QTest::addColumn<QDate>("assignedOn");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("completedOn");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<TaskStatus>("expected");
        const QDate assigned(2026, 1, 10), deadline(2026, 5, 26), asOf(2026, 5, 26);
        QTest::newRow("completed on the deadline day") << assigned << deadline << deadline << QDate(2026, 6, 30)
                                                       << TaskStatus::CompletedOnTime;
        QTest::newRow("completed a day after") << assigned << deadline << deadline.addDays(1) << QDate(2026, 6, 30)
                                               << TaskStatus::CompletedLate;
        QTest::newRow("completed early") << assigned << deadline << QDate(2026, 3, 1) << asOf << TaskStatus::CompletedOnTime;
        QTest::newRow("open, deadline yesterday") << assigned << asOf.addDays(-1) << QDate() << asOf << TaskStatus::OpenOverdue;
        QTest::newRow("open, deadline today") << assigned << asOf << QDate() << asOf << TaskStatus::OpenWithinDeadline;
        QTest::newRow("open, deadline tomorrow") << assigned << asOf.addDays(1) << QDate() << asOf
                                                 << TaskStatus::OpenWithinDeadline;
        QTest::newRow("standing") << assigned << QDate() << QDate() << asOf << TaskStatus::Standing;
        QTest::newRow("standing, marked done") << assigned << QDate() << QDate(2026, 4, 1) << asOf
                                               << TaskStatus::CompletedOnTime;
        QTest::newRow("period deadline Quý III/2026") << assigned << Period::parse(QStringLiteral("Quý III/2026")).lastDay()
                                                      << QDate() << QDate(2026, 9, 30) << TaskStatus::OpenWithinDeadline;
        QTest::newRow("period deadline passed") << assigned << Period::parse(QStringLiteral("Quý III/2026")).lastDay()
                                                << QDate() << QDate(2026, 10, 1) << TaskStatus::OpenOverdue;
        QTest::newRow("completion after as-of is not yet known") << assigned << deadline << QDate(2026, 5, 20)
                                                                 << QDate(2026, 5, 19) << TaskStatus::OpenWithinDeadline;
        QTest::newRow("late completion after as-of: overdue then") << assigned << QDate(2026, 5, 1) << QDate(2026, 5, 30)
                                                                   << asOf << TaskStatus::OpenOverdue;
        QTest::newRow("as-of before assignment") << assigned << deadline << QDate() << QDate(2026, 1, 9)
                                                 << TaskStatus::NotYetAssigned;
        QTest::newRow("as-of on assignment day") << assigned << deadline << QDate() << assigned
                                                 << TaskStatus::OpenWithinDeadline;
    }

    void derives()
    {
        QFETCH(QDate, assignedOn);
        QFETCH(QDate, deadline);
        QFETCH(QDate, completedOn);
        QFETCH(QDate, asOf);
        QFETCH(TaskStatus, expected);
        QCOMPARE(TaskStatusRules::derive(assignedOn, deadline, completedOn, asOf), expected);
    }

    void extendedDeadlineFollowsDecisionDate()
    {
        const QDate original(2026, 3, 31);
        const QVector<DeadlineExtension> extensions = {{QDate(2026, 3, 25), QDate(2026, 6, 30)},
                                                       {QDate(2026, 6, 20), QDate(2026, 9, 30)}};
        QCOMPARE(TaskStatusRules::deadlineInForce(original, extensions, QDate(2026, 3, 20)), original);
        QCOMPARE(TaskStatusRules::deadlineInForce(original, extensions, QDate(2026, 3, 25)), QDate(2026, 6, 30));
        QCOMPARE(TaskStatusRules::deadlineInForce(original, extensions, QDate(2026, 7, 1)), QDate(2026, 9, 30));
        // As of 10/04/2026 the task was within its extended deadline, though the first one had passed.
        const QDate asOf(2026, 4, 10);
        QCOMPARE(TaskStatusRules::derive(QDate(2026, 1, 5), TaskStatusRules::deadlineInForce(original, extensions, asOf),
                                         QDate(), asOf),
                 TaskStatus::OpenWithinDeadline);
        // Completed 15/06 counts on time against the extended deadline.
        QCOMPARE(TaskStatusRules::derive(QDate(2026, 1, 5),
                                         TaskStatusRules::deadlineInForce(original, extensions, QDate(2026, 6, 15)),
                                         QDate(2026, 6, 15), QDate(2026, 6, 15)),
                 TaskStatus::CompletedOnTime);
    }

    void recurringOccurrencesEachHaveTheirStatus()
    {
        // "Submit monthly reports" from January: due at the end of each month.
        const QDate asOf(2026, 5, 26);
        Period month = Period::month(2026, 1);
        const QVector<QDate> completed = {QDate(2026, 1, 30), QDate(2026, 3, 2), QDate(2026, 3, 31), QDate()};
        const QVector<TaskStatus> expected = {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate,
                                              TaskStatus::CompletedOnTime, TaskStatus::OpenOverdue,
                                              TaskStatus::OpenWithinDeadline};
        for (int i = 0; i < expected.size(); ++i, month = month.next())
            QCOMPARE(TaskStatusRules::derive(QDate(2026, 1, 1), month.lastDay(), completed.value(i), asOf), expected.at(i));
    }

    void dueSoon()
    {
        const QDate asOf(2026, 5, 26);
        QVERIFY(TaskStatusRules::isDueSoon(TaskStatus::OpenWithinDeadline, asOf, asOf, 7));
        QVERIFY(TaskStatusRules::isDueSoon(TaskStatus::OpenWithinDeadline, asOf.addDays(7), asOf, 7));
        QVERIFY(!TaskStatusRules::isDueSoon(TaskStatus::OpenWithinDeadline, asOf.addDays(8), asOf, 7));
        QVERIFY(!TaskStatusRules::isDueSoon(TaskStatus::OpenOverdue, asOf.addDays(-1), asOf, 7));
        QVERIFY(!TaskStatusRules::isDueSoon(TaskStatus::CompletedOnTime, asOf, asOf, 7));
    }

    void codesRoundTrip()
    {
        for (TaskStatus s : {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate, TaskStatus::OpenWithinDeadline,
                             TaskStatus::OpenOverdue, TaskStatus::Standing}) {
            bool ok = false;
            QCOMPARE(TaskStatusRules::fromCode(TaskStatusRules::code(s), &ok), s);
            QVERIFY(ok);
            QVERIFY(!TaskStatusRules::displayName(s).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTaskStatus)
#include "tst_taskstatus.moc"
