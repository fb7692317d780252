// SPDX-License-Identifier: GPL-3.0-or-later
// Task figures as of a date, on the demo database written to a real file.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/demo/demobuilder.h"
#include "models/interchange/csvwriter.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"
#include "models/tasks/taskexport.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"

class TestTaskStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    }

    void demoFiguresAsOfTheReport()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QString error;
        const QVector<TaskRecord> tasks = TaskStore::load(db, false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const TaskStatistics s = TaskStatistics::compute(tasks, QDate(2026, 5, 26));
        // "271 tasks … no task should be overdue" — and the register's own figures.
        QCOMPARE(s.tasks.total, 271);
        QCOMPARE(s.tasks.completedOnTime, 180);
        QCOMPARE(s.tasks.completedLate, 18);
        QCOMPARE(s.tasks.openOverdue, 12);
        QCOMPARE(s.tasks.openWithinDeadline + s.tasks.standing, 61);
        // "24/42 pilot models completed (57%)"
        QCOMPARE(s.modelsCompleted, 24);
        QCOMPARE(s.modelsTotal, 42);
        int byProgramme = 0;
        for (const auto &c : s.byProgramme)
            byProgramme += c.total;
        QCOMPARE(byProgramme, 271);
        // Resolution 57: "no tasks falling behind schedule".
        QCOMPARE(s.byProgramme.value(QStringLiteral("NQ57")).openOverdue, 0);
        QCOMPARE(s.byProgramme.value(QStringLiteral("NQ57")).completedLate, 0);
    }

    void tasksLedByCommunesOnly()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QString error;
        const QStringList communeKinds{QStringLiteral("commune"), QStringLiteral("ward"), QStringLiteral("special_zone")};
        const QVector<TaskRecord> led = TaskStore::loadLedBy(db, communeKinds, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The same tasks as the whole register filtered by its lead unit's kind, and not none.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks t JOIN units u ON u.id = t.lead_unit_id "
                                      "WHERE t.archived = 0 AND u.kind IN ('commune', 'ward', 'special_zone')")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(led.size(), q.value(0).toInt());
        QCOMPARE(TaskStore::loadLedBy(db, {QStringLiteral("district")}).size(), 0);
        QCOMPARE(TaskStore::loadLedBy(db, {}).size(), TaskStore::load(db, false).size());
    }

    void reportAsOfADateNeverChanges()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(m_path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        QVERIFY2(db.open(copy), qPrintable(db.errorString()));
        const QDate asOf(2026, 5, 26);
        const QJsonObject before = TaskStatistics::compute(TaskStore::load(db, false), asOf).toJson();
        // The next day every overdue task is reported completed, and one deadline is extended.
        {
            WriteTransaction tx(db);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE tasks SET completed_on = '2026-05-27' WHERE completed_on IS NULL "
                                          "AND deadline_date < '2026-05-26'")));
            QVERIFY(q.numRowsAffected() > 0);
            QVERIFY(tx.commit());
        }
        const QJsonObject after = TaskStatistics::compute(TaskStore::load(db, false), asOf).toJson();
        QCOMPARE(after, before);
        const TaskStatistics tomorrow = TaskStatistics::compute(TaskStore::load(db, false), asOf.addDays(1));
        QCOMPARE(tomorrow.tasks.openOverdue, 0);
    }

    void extendedTaskKeepsItsAssignedDeadline()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT t.code, e.old_deadline_date, e.decided_on, t.deadline_date "
                                      "FROM deadline_extensions e JOIN tasks t ON t.id = e.task_id "
                                      "ORDER BY e.task_id, e.decided_on, e.id LIMIT 1")));
        QVERIFY2(q.next(), "the demo has extended tasks");
        const QString code = q.value(0).toString();
        const QDate assigned = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate decided = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QDate inForce = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        QVERIFY(assigned != inForce);
        const QVector<TaskRecord> tasks = TaskStore::load(db, false);
        const auto it = std::find_if(tasks.cbegin(), tasks.cend(), [&](const TaskRecord &t) { return t.code == code; });
        QVERIFY(it != tasks.cend());
        QCOMPARE(it->assignedDeadline, assigned);
        // Before the extension was decided, the assigned deadline was the one in force.
        QCOMPARE(it->deadlineOn(decided.addDays(-1)), assigned);
        QCOMPARE(it->deadlineOn(QDate(2026, 5, 26)), inForce);
    }

    void exportHasTheDocumentedColumnsAndOccurrences()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        const QVector<TaskRecord> tasks = TaskStore::load(db, false);
        const QDate asOf(2026, 5, 26);
        const QStringList header = TaskExport::header();
        QCOMPARE(header,
                 (QStringList{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("kind"),
                              QStringLiteral("programme"), QStringLiteral("source_document"), QStringLiteral("assigned_by"),
                              QStringLiteral("lead_unit"), QStringLiteral("coordinating_units"), QStringLiteral("assigned_on"),
                              QStringLiteral("deadline"), QStringLiteral("recurrence"), QStringLiteral("completed_on"),
                              QStringLiteral("occurrence"), QStringLiteral("effective_deadline"), QStringLiteral("status"),
                              QStringLiteral("due_soon")}));
        const QVector<QStringList> rows = TaskExport::rows(tasks, asOf);
        const int statusColumn = int(header.indexOf(QStringLiteral("status")));
        const int occurrenceColumn = int(header.indexOf(QStringLiteral("occurrence")));
        int recurringRows = 0, oneOffRows = 0;
        QSet<QString> statuses;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), header.size());
            statuses.insert(row.at(statusColumn));
            if (row.at(occurrenceColumn).isEmpty())
                ++oneOffRows;
            else
                ++recurringRows;
        }
        QCOMPARE(oneOffRows, 271 + 42 - 2);
        // The monthly report from January (5 months) and the quarterly review (2 quarters).
        QCOMPARE(recurringRows, 7);
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("completed_on_time"), QStringLiteral("completed_late"),
                                          QStringLiteral("open_within_deadline"), QStringLiteral("open_overdue"),
                                          QStringLiteral("standing")}));
        const QByteArray csv = CsvWriter::encode(header, rows);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "code,title,kind,"));
        QVERIFY(csv.contains(QStringLiteral("Quý III/2026").toUtf8()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
