// SPDX-License-Identifier: GPL-3.0-or-later
// Named filters kept in the file: saved, listed, replaced by name, removed, audited.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/storage/database.h"
#include "models/tasks/savedfilters.h"

class TestSavedFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        TaskFilter f;
        f.asOf = QDate(2020, 1, 1);
        f.search = QStringLiteral("số hóa");
        f.kind = QStringLiteral("task");
        f.statuses = {TaskStatus::OpenOverdue, TaskStatus::CompletedLate};
        f.programmeId = 3;
        f.leadUnitId = 17;
        f.assignedBy = QStringLiteral("ppc");
        f.deadlineFrom = QDate(2026, 1, 1);
        f.deadlineTo = QDate(2026, 6, 30);
        const TaskFilter back = SavedFilters::fromJson(SavedFilters::toJson(f));
        QCOMPARE(back.search, f.search);
        QCOMPARE(back.kind, f.kind);
        QCOMPARE(back.statuses, f.statuses);
        QCOMPARE(back.programmeId, f.programmeId);
        QCOMPARE(back.leadUnitId, f.leadUnitId);
        QCOMPARE(back.assignedBy, f.assignedBy);
        QCOMPARE(back.deadlineFrom, f.deadlineFrom);
        QCOMPARE(back.deadlineTo, f.deadlineTo);
        QCOMPARE(back.asOf, QDate::currentDate()); // the as-of date is today's question, not the filter's
    }

    void savedInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            TaskFilter overdue;
            overdue.statuses = {TaskStatus::OpenOverdue};
            overdue.leadUnitId = 4;
            QString error;
            QVERIFY2(SavedFilters::saveTaskFilter(db, QStringLiteral("Quá hạn — Sở KH&CN"), overdue, &error), qPrintable(error));
            QVERIFY(SavedFilters::saveTaskFilter(db, QStringLiteral("Mô hình điểm"), TaskFilter(), &error));
            overdue.leadUnitId = 5; // same name again: replaces
            QVERIFY(SavedFilters::saveTaskFilter(db, QStringLiteral("  Quá hạn — Sở KH&CN "), overdue, &error));
            QVERIFY(!SavedFilters::saveTaskFilter(db, QStringLiteral("   "), overdue, &error));
            QVERIFY(!error.isEmpty());
        }
        Database db;
        QVERIFY(db.open(path));
        auto entries = SavedFilters::taskFilters(db);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).name, QStringLiteral("Quá hạn — Sở KH&CN"));
        QCOMPARE(entries.at(1).filter.leadUnitId, 5);
        QString error;
        QVERIFY(SavedFilters::remove(db, entries.at(1).id, &error));
        QCOMPARE(SavedFilters::taskFilters(db).size(), 1);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'saved_filters'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSavedFilters)
#include "tst_savedfilters.moc"
