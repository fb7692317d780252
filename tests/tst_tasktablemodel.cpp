// SPDX-License-Identifier: GPL-3.0-or-later
// The register read from SQL must say exactly what the status rules say, for every task and date.
#include <QAbstractItemModelTester>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/demo/demobuilder.h"
#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"

namespace {
void fetchAll(TaskTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}
} // namespace

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

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
