// SPDX-License-Identifier: GPL-3.0-or-later
// The units' monthly reports of the demo read by UnitReportStore: 17 units owe a report each month, due on
// the 20th; as of 26/05/2026 four have not reported for May. Statuses follow the as-of date; a unit without
// a row is missing once due; the due day comes from the file's settings; the reminder list is text.
#include <QLocale>
#include <QTest>

#include "demofixture.h"

#include "models/domain/period.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"
#include "models/unitreports/unitreportstore.h"

class TestUnitReportStore : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;

    static const UnitReportRow *find(const QVector<UnitReportRow> &rows, const QString &code,
                                     const QString &period)
    {
        for (const UnitReportRow &r : rows) {
            if (r.unitCode == code && r.period == period)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English names and day/month/year dates: the text below is what a British user would paste.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY2(m_db.open(m_demo.path(), Database::Access::ReadOnly), qPrintable(m_db.errorString()));
    }

    void mayAsOfTheDemoDate()
    {
        QString error;
        const Period may = Period::parse(QStringLiteral("2026-05"));
        QCOMPARE(UnitReportStore::dueDay(m_db), 20);
        const QVector<UnitReportRow> rows = UnitReportStore::load(m_db, may, QDate(2026, 5, 26), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 17);
        const UnitReportCounts counts = UnitReportStore::counts(rows);
        QCOMPARE(counts.onTime, 11);
        QCOMPARE(counts.late, 2);
        QCOMPARE(counts.missing, 4);
        QCOMPARE(counts.notDue, 0);
        QCOMPARE(counts.received(), 13);
        const UnitReportRow *construction = find(rows, QStringLiteral("SO-XD"), QStringLiteral("2026-05"));
        QVERIFY(construction);
        QCOMPARE(construction->status, UnitReportStatus::Missing);
        QCOMPARE(construction->dueOn, QDate(2026, 5, 20));
        QCOMPARE(construction->daysLate, 6);
        QVERIFY(construction->reportId > 0);
    }

    void statusFollowsTheAsOfDate()
    {
        const Period may = Period::parse(QStringLiteral("2026-05"));
        // On the due date nothing is missing yet; what arrives later is not known then.
        const UnitReportCounts onDue =
            UnitReportStore::counts(UnitReportStore::load(m_db, may, QDate(2026, 5, 20)));
        QCOMPARE(onDue.missing, 0);
        QCOMPARE(onDue.late, 0);
        QCOMPARE(onDue.onTime, 11);
        QCOMPARE(onDue.notDue, 6);
        // Next month: the late ones stay late, the four stay missing, a month longer.
        const QVector<UnitReportRow> later = UnitReportStore::load(m_db, may, QDate(2026, 6, 30));
        const UnitReportCounts counts = UnitReportStore::counts(later);
        QCOMPARE(counts.missing, 4);
        QCOMPARE(counts.late, 2);
        QCOMPARE(find(later, QStringLiteral("TTRA"), QStringLiteral("2026-05"))->daysLate, 41);
    }

    void monthWithoutRowsIsMissingOnceDue()
    {
        const Period june = Period::parse(QStringLiteral("2026-06"));
        const QVector<UnitReportRow> before = UnitReportStore::load(m_db, june, QDate(2026, 6, 10));
        QCOMPARE(before.size(), 17);
        QCOMPARE(UnitReportStore::counts(before).notDue, 17);
        QCOMPARE(before.constFirst().reportId, 0);
        QCOMPARE(before.constFirst().dueOn, QDate(2026, 6, 20));
        const QVector<UnitReportRow> after = UnitReportStore::load(m_db, june, QDate(2026, 6, 21));
        QCOMPARE(UnitReportStore::counts(after).missing, 17);
    }

    void rangeOfMonths()
    {
        const QVector<UnitReportRow> rows =
            UnitReportStore::load(m_db, Period::parse(QStringLiteral("2026-01")),
                                  Period::parse(QStringLiteral("2026-06")), QDate(2026, 5, 26));
        QCOMPARE(rows.size(), 6 * 17);
        const UnitReportCounts counts = UnitReportStore::counts(rows);
        QCOMPARE(counts.late, 1 + 2 + 3 + 2 + 2);
        QCOMPARE(counts.missing, 4);
        QCOMPARE(counts.notDue, 17); // June
        QCOMPARE(rows.constFirst().period, QStringLiteral("2026-01"));
        QCOMPARE(rows.constLast().period, QStringLiteral("2026-06"));
        // A backwards range is empty.
        QVERIFY(UnitReportStore::load(m_db, Period::parse(QStringLiteral("2026-05")),
                                      Period::parse(QStringLiteral("2026-04")), QDate(2026, 5, 26))
                    .isEmpty());
    }

    void dueDayFromTheSettings()
    {
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                "('unit_reports.due_day', '31', '2026-05-26T00:00:00Z')")}));
        QCOMPARE(UnitReportStore::dueDay(db), 31);
        QCOMPARE(UnitReportStore::dueDate(db, Period::parse(QStringLiteral("2026-06"))), QDate(2026, 6, 30));
        // Stored rows keep the due date they were recorded with; months without rows use the setting.
        const QVector<UnitReportRow> rows =
            UnitReportStore::load(db, Period::parse(QStringLiteral("2026-05")),
                                  Period::parse(QStringLiteral("2026-06")), QDate(2026, 6, 25));
        QCOMPARE(find(rows, QStringLiteral("TTRA"), QStringLiteral("2026-05"))->dueOn, QDate(2026, 5, 20));
        QCOMPARE(find(rows, QStringLiteral("TTRA"), QStringLiteral("2026-06"))->dueOn, QDate(2026, 6, 30));
        QCOMPARE(find(rows, QStringLiteral("TTRA"), QStringLiteral("2026-06"))->status,
                 UnitReportStatus::NotDue);
    }

    void unitThatStopsReportingOrCloses()
    {
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("UPDATE units SET reports_monthly = 0 WHERE code = 'TTRA'"),
                 QStringLiteral("UPDATE units SET closed_on = '2026-06-01' WHERE code = 'SO-XD'")}));
        const QVector<UnitReportRow> rows =
            UnitReportStore::load(db, Period::parse(QStringLiteral("2026-05")),
                                  Period::parse(QStringLiteral("2026-06")), QDate(2026, 6, 25));
        // TTRA's stored May row still counts (it owed it then); no June report is expected of it.
        QVERIFY(find(rows, QStringLiteral("TTRA"), QStringLiteral("2026-05")));
        QVERIFY(!find(rows, QStringLiteral("TTRA"), QStringLiteral("2026-06")));
        // SO-XD closed on 01/06: it owed May, not June.
        QVERIFY(find(rows, QStringLiteral("SO-XD"), QStringLiteral("2026-05")));
        QVERIFY(!find(rows, QStringLiteral("SO-XD"), QStringLiteral("2026-06")));
        QCOMPARE(rows.size(), 17 + 15);
    }

    void notYetReportedText()
    {
        const Period may = Period::parse(QStringLiteral("2026-05"));
        const QVector<UnitReportRow> rows = UnitReportStore::load(m_db, may, QDate(2026, 5, 26));
        QCOMPARE(UnitReportStore::notYetReported(rows).size(), 4);
        // "6 day(s) late" until the English plural forms are in the translations: compare up to the plural.
        const QStringList lines =
            UnitReportStore::notYetReportedText(rows, may, QDate(2026, 5, 26)).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0),
                 QStringLiteral("Units that have not yet reported for 05/2026 (as of 26/05/2026):"));
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("1. Department of Construction — due 20/05/2026, 6 day")),
            qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(
            QStringLiteral("2. Department of Ethnic Minorities and Religion — due 20/05/2026, 6 day")));
        QVERIFY(lines.at(3).startsWith(
            QStringLiteral("3. Phu Quoc Economic Zone Authority — due 20/05/2026, 6 day")));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("4. Provincial Inspectorate — due 20/05/2026, 6 day")));
        QVERIFY(lines.at(4).endsWith(QStringLiteral(" late")));
        // Not yet due: listed without days late.
        const Period june = Period::parse(QStringLiteral("2026-06"));
        const QString june10 = UnitReportStore::notYetReportedText(
            UnitReportStore::load(m_db, june, QDate(2026, 6, 10)), june, QDate(2026, 6, 10));
        QVERIFY2(june10.contains(QStringLiteral("17. ")), qPrintable(june10));
        QVERIFY(june10.contains(QStringLiteral("Provincial Inspectorate — due 20/06/2026\n")) ||
                june10.endsWith(QStringLiteral("Provincial Inspectorate — due 20/06/2026")));
        QVERIFY(!june10.contains(QStringLiteral("late")));
        // Everyone reported: said so.
        const QString april = UnitReportStore::notYetReportedText(
            UnitReportStore::load(m_db, Period::parse(QStringLiteral("2026-04")), QDate(2026, 5, 26)),
            Period::parse(QStringLiteral("2026-04")), QDate(2026, 5, 26));
        QCOMPARE(april, QStringLiteral("Every unit has reported for 04/2026 (as of 26/05/2026)."));
    }
};

QTEST_GUILESS_MAIN(TestUnitReportStore)
#include "tst_unitreportstore.moc"
