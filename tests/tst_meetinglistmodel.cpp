// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's meetings listed newest first under QAbstractItemModelTester, each with its directives and
// what became of their tasks as of a date, counted here again from the tasks themselves.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include "demofixture.h"

#include "models/i18n/language.h"
#include "models/meetings/meetinglistmodel.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

class TestMeetingListModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;

    //! Completed and overdue tasks of meeting \a meetingId as of \a asOf, from the register's own rules.
    void expectedCounts(qint64 meetingId, const QDate &asOf, int *tasks, int *completed, int *overdue)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT d.task_id FROM directive_tasks d JOIN meeting_outcomes o ON o.id = d.outcome_id "
                                 "WHERE o.meeting_id = ?"));
        q.addBindValue(meetingId);
        QVERIFY(q.exec());
        QSet<qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        *tasks = int(ids.size());
        *completed = 0;
        *overdue = 0;
        for (const TaskRecord &t : TaskStore::load(m_db, true)) {
            if (!ids.contains(t.id))
                continue;
            const TaskStatus s = TaskStore::overallStatus(t, asOf);
            *completed += TaskStatusRules::isCompleted(s) ? 1 : 0;
            *overdue += s == TaskStatus::OpenOverdue ? 1 : 0;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
    }

    void listsTheDemoNewestFirst()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QDate asOf(2026, 5, 28);
        model.load(&m_db, asOf);
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(MeetingListModel::ColumnCount));
        QCOMPARE(model.index(0, MeetingListModel::DateColumn).data().toString(), QStringLiteral("28/05/2026 08:00"));
        QCOMPARE(model.index(4, MeetingListModel::DateColumn).data().toString(), QStringLiteral("09/08/2022 08:00"));
        QCOMPARE(model.index(0, MeetingListModel::ChairColumn).data().toString(), QStringLiteral("Hồ Văn Mừng"));
        QCOMPARE(model.index(0, MeetingListModel::KindColumn).data().toString(), QStringLiteral("Regular review"));
        QCOMPARE(model.index(4, MeetingListModel::KindColumn).data().toString(), QStringLiteral("Online conference"));
        QCOMPARE(model.index(0, MeetingListModel::DirectivesColumn).data().toString(), QStringLiteral("11"));
        QVERIFY(model.index(0, MeetingListModel::TitleColumn).data().toString().startsWith(QStringLiteral("Hội nghị đánh giá")));
        QVERIFY(model.headerData(MeetingListModel::TasksColumn, Qt::Horizontal).toString().contains(QStringLiteral("28/05/2026")));

        const qint64 latest = model.index(0, 0).data(MeetingListModel::IdRole).toLongLong();
        QCOMPARE(model.rowOf(latest), 0);
        QCOMPARE(model.rowOf(-5), -1);
        int tasks = 0, completed = 0, overdue = 0;
        expectedCounts(latest, asOf, &tasks, &completed, &overdue);
        QVERIFY(tasks > 0);
        QCOMPARE(model.meetingAt(0).tasks, tasks);
        QCOMPARE(model.meetingAt(0).tasksCompleted, completed);
        QCOMPARE(model.meetingAt(0).tasksOverdue, overdue);
        QString expected = QStringLiteral("%1/%2 completed").arg(completed).arg(tasks);
        if (overdue > 0)
            expected += QStringLiteral(" · %1 overdue").arg(overdue);
        QCOMPARE(model.index(0, MeetingListModel::TasksColumn).data().toString(), expected);
        // Sorting uses raw values: dates sort as dates, counts as numbers.
        QVERIFY(model.index(0, MeetingListModel::DateColumn).data(MeetingListModel::SortRole).toString()
                > model.index(1, MeetingListModel::DateColumn).data(MeetingListModel::SortRole).toString());
        QCOMPARE(model.index(0, MeetingListModel::DirectivesColumn).data(MeetingListModel::SortRole).toInt(), 11);
    }

    void countsFollowTheAsOfDate()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Years later more of the 2024 meeting's tasks have fallen due than right after it.
        model.load(&m_db, QDate(2024, 2, 1));
        int early = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.meetingAt(r).heldOn == QDate(2024, 1, 25))
                early = r;
        }
        QVERIFY(early >= 0);
        const qint64 id = model.meetingAt(early).id;
        int tasks = 0, completed = 0, overdue = 0;
        expectedCounts(id, QDate(2024, 2, 1), &tasks, &completed, &overdue);
        QCOMPARE(model.meetingAt(early).tasksCompleted, completed);
        QCOMPARE(model.meetingAt(early).tasksOverdue, overdue);
        model.load(&m_db, QDate(2026, 5, 28));
        expectedCounts(id, QDate(2026, 5, 28), &tasks, &completed, &overdue);
        QCOMPARE(model.meetingAt(model.rowOf(id)).tasksCompleted, completed);
        QCOMPARE(model.meetingAt(model.rowOf(id)).tasksOverdue, overdue);
    }

    void vietnamese()
    {
        ScopedLanguage vi(QStringLiteral("vi"));
        MeetingListModel model;
        model.load(&m_db, QDate(2026, 5, 28));
        QCOMPARE(model.index(0, MeetingListModel::KindColumn).data().toString(), QStringLiteral("Họp định kỳ"));
        QVERIFY(model.index(0, MeetingListModel::TasksColumn).data().toString().contains(QStringLiteral("hoàn thành")));
        QCOMPARE(model.headerData(MeetingListModel::ChairColumn, Qt::Horizontal).toString(), QStringLiteral("Chủ trì"));
    }

    void noDatabaseIsEmpty()
    {
        MeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(nullptr, QDate(2026, 5, 28));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeetingListModel)
#include "tst_meetinglistmodel.moc"
