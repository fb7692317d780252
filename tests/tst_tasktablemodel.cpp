// SPDX-License-Identifier: GPL-3.0-or-later
// The register read from SQL must say exactly what the status rules say, for every task and date.
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/demo/demobuilder.h"
#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"

namespace {
void fetchAll(TaskTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

// What the filter lets through, decided in C++ from the records: the independent side of the comparison.
bool matches(const TaskRecord &task, const TaskFilter &filter)
{
    if (filter.leadUnitId > 0 && task.leadUnitId != filter.leadUnitId)
        return false;
    if (!filter.kind.isEmpty() && task.kind != filter.kind)
        return false;
    const QString folded = TextFold::fold(task.code + QLatin1Char(' ') + task.title);
    for (const QString &word : TextFold::fold(filter.search).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!folded.contains(word))
            return false;
    }
    if (filter.deadlineFrom.isValid() || filter.deadlineTo.isValid()) {
        const QDate deadline = task.isRecurring() ? QDate() : task.deadlineOn(filter.asOf);
        if (!deadline.isValid() || (filter.deadlineFrom.isValid() && deadline < filter.deadlineFrom)
            || (filter.deadlineTo.isValid() && deadline > filter.deadlineTo))
            return false;
    }
    return filter.statuses.isEmpty() || filter.statuses.contains(TaskStore::overallStatus(task, filter.asOf));
}
} // namespace

Q_DECLARE_METATYPE(TaskFilter)

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_dir.filePath(QStringLiteral("demo.sqlite")), false, &error), qPrintable(error));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("demo.sqlite")), Database::Access::ReadOnly));
    }

    void statusesEqualTheRules_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::newRow("report date") << QDate(2026, 5, 26);
        QTest::newRow("end of Q1") << QDate(2026, 3, 31);
        QTest::newRow("new year") << QDate(2026, 1, 1);
        QTest::newRow("autumn 2024") << QDate(2024, 10, 11);
        QTest::newRow("after the plan") << QDate(2027, 1, 15);
    }

    void statusesEqualTheRules()
    {
        QFETCH(QDate, asOf);
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_db);
        TaskFilter filter;
        filter.asOf = asOf;
        model.setFilter(filter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        fetchAll(model);

        QHash<qint64, TaskStatus> expected;
        for (const TaskRecord &t : TaskStore::load(m_db, false)) {
            const TaskStatus s = TaskStore::overallStatus(t, asOf);
            if (s != TaskStatus::NotYetAssigned)
                expected.insert(t.id, s);
        }
        QCOMPARE(model.totalCount(), int(expected.size()));
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, TaskTableModel::StatusColumn);
            const qint64 id = index.data(TaskTableModel::IdRole).toLongLong();
            QVERIFY(expected.contains(id));
            QCOMPARE(TaskStatus(index.data(TaskTableModel::StatusRole).toInt()), expected.value(id));
        }
    }

    void unusualRecordsAgreeWithTheRules()
    {
        // Data an import may bring: completions recorded for periods before a recurring task was assigned
        // and after it was closed, and a standing task that an extension later gave a deadline. The table
        // must say what TaskStore says, at every date.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("odd.sqlite"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(db.open(copy));
        {
            WriteTransaction tx(db);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, assigned_on FROM tasks WHERE recurrence = 'monthly' LIMIT 1")) && q.next());
            const qint64 monthly = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO periods (code, kind, starts_on, ends_on) VALUES "
                                          "('2025-11', 'month', '2025-11-01', '2025-11-30')")));
            QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO task_occurrences (task_id, period, due_on, completed_on) "
                                          "VALUES (%1, '2025-11', '2025-11-30', '2025-11-20')").arg(monthly)));
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET completed_on = '2026-03-15' WHERE id = %1").arg(monthly)));
            QVERIFY(q.exec(QStringLiteral("UPDATE task_occurrences SET completed_on = '2026-05-02' WHERE task_id = %1 "
                                          "AND period = '2026-04'").arg(monthly)));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM task_occurrences WHERE task_id = %1 AND period IN ('2026-02', '2026-03')")
                               .arg(monthly)));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE recurrence = 'none' AND deadline_date IS NULL "
                                          "AND assigned_on <= '2026-01-01' LIMIT 1")) && q.next());
            const qint64 standing = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("INSERT INTO deadline_extensions (task_id, old_deadline_date, new_deadline_date, "
                                          "decided_on, created_at) VALUES (%1, NULL, '2026-04-30', '2026-04-01', '2026-04-01')")
                               .arg(standing)));
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET deadline_date = '2026-04-30' WHERE id = %1").arg(standing)));
            QVERIFY(tx.commit());
        }
        for (const QDate &asOf : {QDate(2026, 1, 10), QDate(2026, 3, 1), QDate(2026, 4, 10), QDate(2026, 5, 26)}) {
            TaskTableModel model;
            model.setDatabase(&db);
            TaskFilter filter;
            filter.asOf = asOf;
            model.setFilter(filter);
            fetchAll(model);
            QHash<qint64, TaskStatus> expected;
            for (const TaskRecord &t : TaskStore::load(db, false))
                expected.insert(t.id, TaskStore::overallStatus(t, asOf));
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, TaskTableModel::StatusColumn);
                const qint64 id = index.data(TaskTableModel::IdRole).toLongLong();
                QVERIFY2(TaskStatus(index.data(TaskTableModel::StatusRole).toInt()) == expected.value(id),
                         qPrintable(QStringLiteral("%1 as of %2").arg(model.index(row, 0).data().toString(),
                                                                       asOf.toString(Qt::ISODate))));
            }
        }
    }

    void closedRecurringTaskStopsFallingDue()
    {
        // "Submit monthly reports" is closed on 15/03/2026: April and May never fall due, so as of
        // 15/06/2026 it is done, not overdue, in SQL, in the C++ rules and in the export alike.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("closed.sqlite"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("demo.sqlite")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY(db.open(copy));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE recurrence = 'monthly' LIMIT 1")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        {
            WriteTransaction tx(db);
            QSqlQuery update(db.connection());
            QVERIFY(update.exec(QStringLiteral("UPDATE tasks SET completed_on = '2026-03-15' WHERE id = %1").arg(id)));
            QVERIFY(update.exec(QStringLiteral("DELETE FROM task_occurrences WHERE task_id = %1 AND period >= '2026-04'").arg(id)));
            QVERIFY(tx.commit());
        }
        const QDate asOf(2026, 6, 15);
        const QVector<TaskRecord> tasks = TaskStore::load(db, false);
        const auto task = std::find_if(tasks.cbegin(), tasks.cend(), [id](const TaskRecord &t) { return t.id == id; });
        QVERIFY(task != tasks.cend());
        QCOMPARE(TaskStore::overallStatus(*task, asOf), TaskStatus::CompletedOnTime);
        int occurrences = 0;
        for (const TaskOccurrence &o : TaskStore::occurrences(tasks, asOf, 7))
            occurrences += o.task->id == id ? 1 : 0;
        QCOMPARE(occurrences, 3); // January to March

        TaskTableModel model;
        model.setDatabase(&db);
        TaskFilter filter;
        filter.asOf = asOf;
        model.setFilter(filter);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, TaskTableModel::StatusColumn);
            if (index.data(TaskTableModel::IdRole).toLongLong() == id) {
                QCOMPARE(TaskStatus(index.data(TaskTableModel::StatusRole).toInt()), TaskStatus::CompletedOnTime);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void searchIgnoresAccentsAndWordOrder()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_db);
        TaskFilter filter;
        filter.asOf = QDate(2026, 5, 26);
        filter.search = QStringLiteral("so hoa dat dai");
        model.setFilter(filter);
        fetchAll(model);
        int expected = 0;
        for (const TaskRecord &t : TaskStore::load(m_db, false)) {
            const QString folded = TextFold::fold(t.code + QLatin1Char(' ') + t.title);
            if (folded.contains(QLatin1String("so")) && folded.contains(QLatin1String("hoa"))
                && folded.contains(QLatin1String("dat")) && folded.contains(QLatin1String("dai")))
                ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), expected);
        bool foundLandData = false;
        for (int row = 0; row < model.rowCount(); ++row)
            foundLandData |= model.index(row, TaskTableModel::TitleColumn).data().toString().contains(
                QStringLiteral("đất đai"));
        QVERIFY(foundLandData);
        // A search for something absent empties the table, and "%" is text, not a wildcard.
        filter.search = QStringLiteral("100%");
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, TaskTableModel::TitleColumn).data().toString().contains(QStringLiteral("100%")));
    }

    void filtersAndSortsInSql()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_db);
        TaskFilter filter;
        filter.asOf = QDate(2026, 5, 26);
        filter.kind = QStringLiteral("task");
        filter.statuses = {TaskStatus::OpenOverdue};
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 12);
        filter.statuses = {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate};
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 198);
        filter.kind = QStringLiteral("model");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 24);

        filter = TaskFilter();
        filter.asOf = QDate(2026, 5, 26);
        model.setFilter(filter);
        model.sort(TaskTableModel::DeadlineColumn, Qt::AscendingOrder);
        fetchAll(model);
        QString previous;
        bool seenStanding = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString deadline = model.index(row, TaskTableModel::DeadlineColumn).data(TaskTableModel::RawValueRole).toString();
            if (deadline.isEmpty()) {
                seenStanding = true; // tasks without a deadline come last
                continue;
            }
            QVERIFY(!seenStanding);
            QVERIFY(previous <= deadline);
            previous = deadline;
        }
        QVERIFY(seenStanding);
    }

    void summaryEqualsTheStatistics_data()
    {
        QTest::addColumn<TaskFilter>("filter");
        // The unit that leads the most tasks, so that its figures are not all zero.
        QHash<qint64, int> tasksOfUnit;
        qint64 busiest = 0;
        for (const TaskRecord &t : TaskStore::load(m_db, false)) {
            if (++tasksOfUnit[t.leadUnitId] > tasksOfUnit.value(busiest))
                busiest = t.leadUnitId;
        }
        QVERIFY(busiest > 0);
        TaskFilter filter;
        filter.asOf = QDate(2026, 5, 26);
        QTest::newRow("everything") << filter;
        TaskFilter f = filter;
        f.asOf = QDate(2026, 12, 31);
        QTest::newRow("end of the year") << f;
        f = filter;
        f.leadUnitId = busiest;
        QTest::newRow("lead unit") << f;
        f = filter;
        f.search = QStringLiteral("so hoa");
        QTest::newRow("search") << f;
        f = filter;
        f.statuses = {TaskStatus::OpenOverdue, TaskStatus::Standing};
        QTest::newRow("overdue or standing") << f;
        f = filter;
        f.deadlineFrom = QDate(2026, 4, 1);
        f.deadlineTo = QDate(2026, 12, 31);
        QTest::newRow("deadline April to December") << f;
    }

    void summaryEqualsTheStatistics()
    {
        QFETCH(TaskFilter, filter);
        const QDate asOf = filter.asOf;

        QVector<TaskRecord> records;
        for (const TaskRecord &t : TaskStore::load(m_db, false)) {
            if (matches(t, filter))
                records << t;
        }
        const TaskStatistics expected = TaskStatistics::compute(records, asOf, filter.dueSoonDays);
        QVERIFY(expected.tasks.total > 0);

        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_db);
        model.setFilter(filter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        const TaskSummary summary = model.summary();
        QCOMPARE(summary.total, expected.tasks.total);
        QCOMPARE(summary.completedOnTime, expected.tasks.completedOnTime);
        QCOMPARE(summary.completedLate, expected.tasks.completedLate);
        QCOMPARE(summary.completed(), expected.tasks.completed());
        QCOMPARE(summary.openWithinDeadline, expected.tasks.openWithinDeadline);
        QCOMPARE(summary.openOverdue, expected.tasks.openOverdue);
        QCOMPARE(summary.standing, expected.tasks.standing);
        QCOMPARE(summary.dueSoon, expected.tasks.dueSoon);
        QCOMPARE(summary.pilotModels, expected.modelsTotal);
        QCOMPARE(summary.pilotModelsCompleted, expected.modelsCompleted);
        QCOMPARE(model.totalCount(), summary.total + summary.pilotModels);

        // The rows say the same as the aggregate over them.
        fetchAll(model);
        QCOMPARE(model.rowCount(), model.totalCount());
        TaskStatistics::Counts rows;
        int models = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, TaskTableModel::StatusColumn);
            if (model.index(row, TaskTableModel::KindColumn).data(TaskTableModel::RawValueRole) ==
                QLatin1String("model"))
                ++models;
            else
                rows.add(TaskStatus(index.data(TaskTableModel::StatusRole).toInt()),
                         index.data(TaskTableModel::DueSoonRole).toBool());
        }
        QCOMPARE(rows.total, summary.total);
        QCOMPARE(rows.openOverdue, summary.openOverdue);
        QCOMPARE(rows.dueSoon, summary.dueSoon);
        QCOMPARE(models, summary.pilotModels);
    }

    void summaryFollowsTheFilterNotTheOrder()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &TaskTableModel::summaryChanged);
        model.setDatabase(&m_db);
        QCOMPARE(changed.size(), 1);
        TaskFilter filter;
        filter.asOf = QDate(2026, 5, 26);
        model.setFilter(filter);
        QCOMPARE(changed.size(), 2);
        const TaskSummary all = model.summary();
        QVERIFY(all.total > 0 && all.pilotModels > 0);

        // A new order shows the same rows: no recount.
        model.sort(TaskTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.totalCount(), all.total + all.pilotModels);

        filter.kind = QStringLiteral("model");
        model.setFilter(filter);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(model.summary().total, 0);
        QCOMPARE(model.summary().pilotModels, all.pilotModels);
        QCOMPARE(model.totalCount(), all.pilotModels);

        model.refresh();
        QCOMPARE(changed.size(), 4);
        QCOMPARE(model.summary().pilotModelsCompleted, all.pilotModelsCompleted);

        model.setDatabase(nullptr);
        QCOMPARE(changed.size(), 5);
        QCOMPARE(model.summary().pilotModels, 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void descendingOrderReversesAscending()
    {
        // Pages are cut by LIMIT and OFFSET: an order with ties broken the same way both ways round
        // must give every row once, and descending must be ascending reversed.
        for (int column : {int(TaskTableModel::DeadlineColumn), int(TaskTableModel::StatusColumn),
                           int(TaskTableModel::LeadUnitColumn), int(TaskTableModel::ProgrammeColumn),
                           int(TaskTableModel::CompletedOnColumn)}) {
            TaskTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setDatabase(&m_db);
            TaskFilter filter;
            filter.asOf = QDate(2026, 5, 26);
            model.setFilter(filter);
            QList<qint64> ids[2];
            for (int i = 0; i < 2; ++i) {
                model.sort(column, i == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
                fetchAll(model);
                for (int row = 0; row < model.rowCount(); ++row)
                    ids[i] << model.index(row, 0).data(TaskTableModel::IdRole).toLongLong();
            }
            QCOMPARE(ids[0].size(), model.totalCount());
            QCOMPARE(QSet<qint64>(ids[0].cbegin(), ids[0].cend()).size(), ids[0].size());
            std::reverse(ids[1].begin(), ids[1].end());
            QCOMPARE(ids[1], ids[0]);
        }
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
