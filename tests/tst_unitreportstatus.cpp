// SPDX-License-Identifier: GPL-3.0-or-later
// The status of a unit's monthly report as of a date: on time, late, missing, not yet due — across month
// ends, February, a due date that is today, a report received on its due date or after the as-of date.
#include <QTest>

#include "models/domain/period.h"
#include "models/unitreports/unitreportstatus.h"

Q_DECLARE_METATYPE(UnitReportStatus)

class TestUnitReportStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<UnitReportStatus>("status");
        QTest::addColumn<int>("daysLate");
        const QDate may20(2026, 5, 20);
        QTest::newRow("received before due")
            << may20 << QDate(2026, 5, 15) << QDate(2026, 5, 26) << UnitReportStatus::OnTime << 0;
        QTest::newRow("received on the due date")
            << may20 << may20 << QDate(2026, 5, 26) << UnitReportStatus::OnTime << 0;
        QTest::newRow("received a day after")
            << may20 << QDate(2026, 5, 21) << QDate(2026, 5, 26) << UnitReportStatus::Late << 1;
        QTest::newRow("not received, due today")
            << may20 << QDate() << may20 << UnitReportStatus::NotDue << 0;
        QTest::newRow("not received, due yesterday")
            << may20 << QDate() << QDate(2026, 5, 21) << UnitReportStatus::Missing << 1;
        QTest::newRow("not received, before due")
            << may20 << QDate() << QDate(2026, 5, 1) << UnitReportStatus::NotDue << 0;
        QTest::newRow("received after the as-of date: not known then")
            << may20 << QDate(2026, 5, 28) << QDate(2026, 5, 26) << UnitReportStatus::Missing << 6;
        QTest::newRow("received after as-of, before due")
            << may20 << QDate(2026, 5, 18) << QDate(2026, 5, 10) << UnitReportStatus::NotDue << 0;
        QTest::newRow("due 31/05, missing on 01/06")
            << QDate(2026, 5, 31) << QDate() << QDate(2026, 6, 1) << UnitReportStatus::Missing << 1;
        QTest::newRow("due 31/12, received 02/01 next year")
            << QDate(2026, 12, 31) << QDate(2027, 1, 2) << QDate(2027, 1, 10) << UnitReportStatus::Late << 2;
        QTest::newRow("due 28/02, missing on 01/03")
            << QDate(2026, 2, 28) << QDate() << QDate(2026, 3, 1) << UnitReportStatus::Missing << 1;
        QTest::newRow("due 29/02 leap year, due today")
            << QDate(2028, 2, 29) << QDate() << QDate(2028, 2, 29) << UnitReportStatus::NotDue << 0;
        QTest::newRow("missing a whole month later")
            << QDate(2026, 4, 20) << QDate() << QDate(2026, 5, 26) << UnitReportStatus::Missing << 36;
    }

    void derive()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, received);
        QFETCH(QDate, asOf);
        QFETCH(UnitReportStatus, status);
        QFETCH(int, daysLate);
        QCOMPARE(UnitReportRules::derive(due, received, asOf), status);
        QCOMPARE(UnitReportRules::daysLate(due, received, asOf), daysLate);
    }

    void dueDate_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QDate>("due");
        QTest::newRow("20 May") << QStringLiteral("2026-05") << 20 << QDate(2026, 5, 20);
        QTest::newRow("31 in April is the 30th") << QStringLiteral("2026-04") << 31 << QDate(2026, 4, 30);
        QTest::newRow("30 in February 2026 is the 28th")
            << QStringLiteral("2026-02") << 30 << QDate(2026, 2, 28);
        QTest::newRow("30 in February 2028 is the 29th")
            << QStringLiteral("2028-02") << 30 << QDate(2028, 2, 29);
        QTest::newRow("31 December") << QStringLiteral("2026-12") << 31 << QDate(2026, 12, 31);
        QTest::newRow("day 0 is the first") << QStringLiteral("2026-05") << 0 << QDate(2026, 5, 1);
        QTest::newRow("a quarter has no due date") << QStringLiteral("2026Q2") << 20 << QDate();
    }

    void dueDate()
    {
        QFETCH(QString, month);
        QFETCH(int, day);
        QFETCH(QDate, due);
        QCOMPARE(UnitReportRules::dueDate(Period::parse(month), day), due);
    }

    void codesRoundTrip()
    {
        const QStringList codes = {QStringLiteral("on_time"), QStringLiteral("late"),
                                   QStringLiteral("missing"), QStringLiteral("not_due")};
        for (const QString &code : codes) {
            bool ok = false;
            const UnitReportStatus status = UnitReportRules::fromCode(code, &ok);
            QVERIFY(ok);
            QCOMPARE(UnitReportRules::code(status), code);
            QVERIFY(!UnitReportRules::displayName(status).isEmpty());
        }
        bool ok = true;
        UnitReportRules::fromCode(QStringLiteral("overdue"), &ok);
        QVERIFY(!ok);
        QCOMPARE(UnitReportRules::displayName(UnitReportStatus::Missing), QStringLiteral("Missing"));
    }
};

QTEST_GUILESS_MAIN(TestUnitReportStatus)
#include "tst_unitreportstatus.moc"
