// SPDX-License-Identifier: GPL-3.0-or-later
// Indicators as of a date on the demo database written to a real file: which observation and which
// target are in force, the seeds' figures, and roll-ups of a unit's children.
#include <cmath>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "demofixture.h"

#include "models/demo/demobuilder.h"
#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

class TestIndicatorStore : public QObject
{
    Q_OBJECT

private:
    qint64 idOf(const Database &db, const char *table, const QString &code)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    qint64 indicator(const Database &db, const char *code)
    {
        return idOf(db, "indicators", QLatin1String(code));
    }
    qint64 unit(const Database &db, const char *code) { return idOf(db, "units", QLatin1String(code)); }

    DemoFixture m_demo;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        m_path = m_demo.path();
    }

    void catalogue()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QString error;
        const QVector<IndicatorRecord> list = IndicatorStore::loadCatalogue(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 17);
        QHash<QString, IndicatorRecord> byCode;
        for (const IndicatorRecord &r : list)
            byCode.insert(r.code, r);
        const IndicatorRecord sohoa = byCode.value(QStringLiteral("HS-SOHOA"));
        QCOMPARE(sohoa.measure, QStringLiteral("percent"));
        QVERIFY(sohoa.isRate);
        QVERIFY(!sohoa.lowerIsBetter());
        QVERIFY(!sohoa.isCumulative());
        QCOMPARE(sohoa.decimals, 2);
        QCOMPARE(sohoa.programmeCode, QStringLiteral("DA06"));
        QCOMPARE(sohoa.level, QStringLiteral("commune"));
        QCOMPARE(sohoa.unitLabel, QStringLiteral("hồ sơ"));
        QCOMPARE(sohoa.nameEn, QStringLiteral("Share of records and results digitized"));
        const IndicatorRecord dti = byCode.value(QStringLiteral("DTI-XEPHANG"));
        QVERIFY(dti.isRank());
        QVERIFY(dti.lowerIsBetter());
        QCOMPARE(dti.programmeCode, QStringLiteral("CDS"));
        const IndicatorRecord accounts = byCode.value(QStringLiteral("DDDT-TAIKHOAN"));
        QCOMPARE(accounts.measure, QStringLiteral("count"));
        QVERIFY(accounts.isCumulative());
        QVERIFY(!accounts.isRate);

        const QVector<UnitNode> units = ReferenceData::storedUnits(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto province = std::find_if(units.cbegin(), units.cend(), [](const UnitNode &u) {
            return u.code == QLatin1String("AN-GIANG");
        });
        QVERIFY(province != units.cend());
        QCOMPARE(province->parentId, 0);
        QVERIFY(std::any_of(units.cbegin(), units.cend(), [&](const UnitNode &u) {
            return u.parentId == province->id && u.closedOn.isValid() && !u.existsOn(QDate(2026, 5, 26)) &&
                   u.existsOn(QDate(2024, 12, 31));
        }));
    }

    void valueAsOfSelectsTheLatestInOrBefore_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("previousPeriod");
        QTest::newRow("the report's date")
            << QDate(2026, 5, 26) << QStringLiteral("2026-05") << QStringLiteral("2026-04");
        QTest::newRow("first day of May")
            << QDate(2026, 5, 1) << QStringLiteral("2026-05") << QStringLiteral("2026-04");
        QTest::newRow("last day of April")
            << QDate(2026, 4, 30) << QStringLiteral("2026-04") << QStringLiteral("2026-03");
        QTest::newRow("January") << QDate(2026, 1, 15) << QStringLiteral("2026-01") << QString();
        QTest::newRow("before any") << QDate(2025, 12, 31) << QString() << QString();
        QTest::newRow("after, nothing newer")
            << QDate(2027, 3, 1) << QStringLiteral("2026-05") << QStringLiteral("2026-04");
    }

    void valueAsOfSelectsTheLatestInOrBefore()
    {
        QFETCH(QDate, asOf);
        QFETCH(QString, period);
        QFETCH(QString, previousPeriod);
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QString error;
        const IndicatorStore::Figure f =
            IndicatorStore::valueAsOf(db, indicator(db, "HS-SOHOA"), unit(db, "AN-GIANG"), asOf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.latest.valid, !period.isEmpty());
        QCOMPARE(f.latest.period, period);
        QCOMPARE(f.previous.period, previousPeriod);
        if (f.latest.valid) {
            QVERIFY(!f.latest.rolledUp);
            QVERIFY(f.latest.periodStart <= asOf);
            QVERIFY(f.latest.hasRatio);
            QVERIFY(std::fabs(f.latest.value - 100.0 * f.latest.numerator / f.latest.denominator) < 0.005);
        }
        if (period == QLatin1String("2026-05")) {
            // seed 002: "the rate of digitization of records reached 99.88%"
            QCOMPARE(f.latest.value, 99.88);
            QCOMPARE(f.latest.numerator, 152317.0);
            QCOMPARE(f.latest.denominator, 152500.0);
        }
    }

    void aLaterObservationIsNotSeenBefore()
    {
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral(
                "INSERT INTO observations (indicator_id, unit_id, period, period_start, value, entered_at) "
                "SELECT i.id, u.id, '2026-06', '2026-06-01', 99.95, '2026-07-02T09:00:00Z' "
                "FROM indicators i, units u WHERE i.code = 'HS-SOHOA' AND u.code = 'AN-GIANG'")}));
        const qint64 ind = indicator(db, "HS-SOHOA"), province = unit(db, "AN-GIANG");
        QCOMPARE(IndicatorStore::valueAsOf(db, ind, province, QDate(2026, 5, 31)).latest.value, 99.88);
        const IndicatorStore::Figure june = IndicatorStore::valueAsOf(db, ind, province, QDate(2026, 6, 1));
        QCOMPARE(june.latest.period, QStringLiteral("2026-06"));
        QCOMPARE(june.latest.value, 99.95);
        // A rate entered without its ratio keeps no ratio; the previous period is May.
        QVERIFY(!june.latest.hasRatio);
        QCOMPARE(june.previous.period, QStringLiteral("2026-05"));
        QCOMPARE(june.previous.value, 99.88);
    }

    void periodNoteSaysWhichPeriod()
    {
        IndicatorRecord periodic;
        periodic.accumulation = QStringLiteral("periodic");
        IndicatorRecord cumulative;
        cumulative.accumulation = QStringLiteral("cumulative");
        IndicatorValue v;
        v.valid = true;
        v.period = QStringLiteral("2026-05");
        const QString p = IndicatorStore::periodNote(periodic, v);
        const QString c = IndicatorStore::periodNote(cumulative, v);
        QVERIFY2(p.startsWith(QStringLiteral("value for ")), qPrintable(p));
        QVERIFY2(c.startsWith(QStringLiteral("value to date")), qPrintable(c));
        QVERIFY2(p.contains(QStringLiteral("2026")), qPrintable(p));
        QVERIFY(IndicatorStore::periodNote(periodic, IndicatorValue()).isEmpty());
    }

    void targetInForceChangesOnEffectiveFrom()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        const qint64 dti = indicator(db, "DTI-XEPHANG"), province = unit(db, "AN-GIANG");
        const QString sc = QStringLiteral("provincial_sc");
        // "Kế hoạch 25/KH-BCĐ ngày 28/01/2026": in the top 10, from 28/01/2026.
        QVERIFY(!IndicatorStore::targetInForce(db, dti, province, QDate(2026, 1, 27), sc).isValid());
        const TargetRecord t = IndicatorStore::targetInForce(db, dti, province, QDate(2026, 1, 28), sc);
        QVERIFY(t.isValid());
        QCOMPARE(t.value, 10.0);
        QCOMPARE(t.effectiveFrom, QDate(2026, 1, 28));
        QCOMPARE(t.document, QStringLiteral("25/KH-BCĐ ngày 28/01/2026"));
        // Another assigner has none.
        QVERIFY(!IndicatorStore::targetInForce(db, dti, province, QDate(2026, 5, 26),
                                               QStringLiteral("government"))
                     .isValid());
    }

    void targetsSideBySideAndSuperseded()
    {
        Database db;
        // The Government raises its target from 80 to 90 on 01/05/2026; the province sets 95 from 01/03.
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral("INSERT INTO targets (indicator_id, unit_id, effective_from, value, assigned_by) "
                            "SELECT i.id, u.id, '2026-05-01', 90, 'government' FROM indicators i, units u "
                            "WHERE i.code = 'HS-SOHOA' AND u.code = 'AN-GIANG'"),
             QStringLiteral("INSERT INTO targets (indicator_id, unit_id, effective_from, value, assigned_by) "
                            "SELECT i.id, u.id, '2026-03-01', 95, 'provincial_sc' FROM indicators i, units u "
                            "WHERE i.code = 'HS-SOHOA' AND u.code = 'AN-GIANG'")}));
        const qint64 ind = indicator(db, "HS-SOHOA"), province = unit(db, "AN-GIANG");
        const QString gov = QStringLiteral("government");
        QCOMPARE(IndicatorStore::targetInForce(db, ind, province, QDate(2026, 4, 30), gov).value, 80.0);
        QCOMPARE(IndicatorStore::targetInForce(db, ind, province, QDate(2026, 5, 1), gov).value, 90.0);
        QCOMPARE(IndicatorStore::targetInForce(db, ind, province, QDate(2024, 12, 31), gov).isValid(), false);

        const auto targetsOn = [&](const QDate &date) {
            QString error;
            QVector<TargetRecord> list;
            for (const TargetRecord &t : IndicatorStore::targetsInForce(db, date, ind, &error))
                if (t.unitId == province)
                    list << t;
            return list;
        };
        QVector<TargetRecord> may = targetsOn(QDate(2026, 5, 26));
        QCOMPARE(may.size(), 2);
        QCOMPARE(may.at(0).assignedBy, QStringLiteral("government"));
        QCOMPARE(may.at(0).value, 90.0);
        QCOMPARE(may.at(1).assignedBy, QStringLiteral("provincial_sc"));
        QCOMPARE(may.at(1).value, 95.0);
        QVector<TargetRecord> february = targetsOn(QDate(2026, 2, 28));
        QCOMPARE(february.size(), 1);
        QCOMPARE(february.at(0).value, 80.0);
        // Every indicator at once: the seeds' seven targets on the report's date.
        QString error;
        QVERIFY(IndicatorStore::targetsInForce(db, QDate(2026, 5, 26), 0, &error).size() == 8);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void seedFigures()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        const QDate asOf(2026, 5, 26);
        const qint64 province = unit(db, "AN-GIANG");
        const QString gov = QStringLiteral("government");

        // "99.88% (the Government assigned 80%)"
        const IndicatorStore::Figure sohoa =
            IndicatorStore::valueAsOf(db, indicator(db, "HS-SOHOA"), province, asOf);
        const TargetRecord sohoaTarget =
            IndicatorStore::targetInForce(db, indicator(db, "HS-SOHOA"), province, asOf, gov);
        QCOMPARE(sohoa.latest.value, 99.88);
        QCOMPARE(sohoaTarget.value, 80.0);
        QCOMPARE(QString::number(
                     *IndicatorRules::achievementPct(sohoa.latest.value, sohoaTarget.value, false), 'f', 2),
                 QStringLiteral("124.85"));

        // "958,367 out of 794,301 … 120.7% of the target"
        const qint64 accounts = indicator(db, "DDDT-TAIKHOAN");
        const IndicatorStore::Figure a = IndicatorStore::valueAsOf(db, accounts, province, asOf);
        const TargetRecord at = IndicatorStore::targetInForce(db, accounts, province, asOf, gov);
        QCOMPARE(a.latest.value, 958367.0);
        QCOMPARE(at.value, 794301.0);
        QCOMPARE(QString::number(*IndicatorRules::achievementPct(a.latest.value, at.value, false), 'f', 1),
                 QStringLiteral("120.7"));

        // "ranked 6/63" against the top 10: achieved
        const qint64 dti = indicator(db, "DTI-XEPHANG");
        const IndicatorStore::Figure d = IndicatorStore::valueAsOf(db, dti, province, asOf);
        QCOMPARE(d.latest.value, 6.0);
        QCOMPARE(d.latest.peers, 63);
        QCOMPARE(d.latest.period, QStringLiteral("2024"));
        QCOMPARE(IndicatorRules::rankText(d.latest.value, d.latest.peers), QStringLiteral("6/63"));
        const TargetRecord dt =
            IndicatorStore::targetInForce(db, dti, province, asOf, QStringLiteral("provincial_sc"));
        QVERIFY(IndicatorRules::isAchieved(d.latest.value, dt.value, true));
        // "95.99 points, 16th out of 34"
        const IndicatorStore::Figure rank =
            IndicatorStore::valueAsOf(db, indicator(db, "PVND-XEPHANG"), province, asOf);
        QCOMPARE(IndicatorRules::rankText(rank.latest.value, rank.latest.peers), QStringLiteral("16/34"));
    }

    void provinceWideInOneQuery()
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly));
        QString error;
        const QVector<IndicatorStore::Observed> observed =
            IndicatorStore::latestObservations(db, QDate(2026, 5, 26), 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(DISTINCT indicator_id || '/' || unit_id) FROM observations "
                                  "WHERE period_start <= '2026-05-26'")));
        QVERIFY(q.next());
        QCOMPARE(observed.size(), q.value(0).toInt());
        for (const IndicatorStore::Observed &o : observed) {
            QVERIFY(o.latest.valid);
            QVERIFY(!o.previous.valid || o.previous.periodStart < o.latest.periodStart);
        }
    }

    void rollUpOfTheChildren()
    {
        Database db;
        // The province's own rows removed: its figure is the roll-up of its communes, wards and zones.
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral(
                "DELETE FROM observations WHERE unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG') "
                "AND indicator_id IN (SELECT id FROM indicators WHERE code IN ('HS-SOHOA', 'DDDT-TAIKHOAN', "
                "'HS-TRUCTUYEN'))")}));
        const QDate asOf(2026, 5, 26);
        const qint64 province = unit(db, "AN-GIANG");
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM units WHERE kind IN ('commune', 'ward', 'special_zone') "
                           "AND closed_on IS NULL")));
        QVERIFY(q.next());
        const int communes = q.value(0).toInt();
        QCOMPARE(communes, 102);

        // A rate: summed numerators over summed denominators, 152,317 / 152,500 = 99.88%.
        const IndicatorStore::Figure sohoa =
            IndicatorStore::valueAsOf(db, indicator(db, "HS-SOHOA"), province, asOf);
        QVERIFY(sohoa.latest.valid);
        QVERIFY(sohoa.latest.rolledUp);
        QCOMPARE(sohoa.latest.unitCount, communes);
        QCOMPARE(sohoa.latest.leftOut, 0);
        QCOMPARE(sohoa.latest.period, QStringLiteral("2026-05"));
        QCOMPARE(sohoa.latest.numerator, 152317.0);
        QCOMPARE(sohoa.latest.denominator, 152500.0);
        QCOMPARE(QString::number(sohoa.latest.value, 'f', 2), QStringLiteral("99.88"));
        QVERIFY2(sohoa.latest.note.contains(QStringLiteral("Roll-up of 102 unit")),
                 qPrintable(sohoa.latest.note));
        // The previous period rolls up the same way: April's sums.
        QVERIFY(sohoa.previous.valid && sohoa.previous.rolledUp);
        QCOMPARE(sohoa.previous.period, QStringLiteral("2026-04"));
        QVERIFY(
            q.exec(QStringLiteral("SELECT sum(numerator), sum(denominator), avg(value) FROM observations o "
                                  "JOIN indicators i ON i.id = o.indicator_id "
                                  "WHERE i.code = 'HS-SOHOA' AND o.period = '2026-04'")));
        QVERIFY(q.next());
        QCOMPARE(sohoa.previous.numerator, q.value(0).toDouble());
        QCOMPARE(sohoa.previous.denominator, q.value(1).toDouble());

        // Averaging the communes' percentages would not give the province's rate.
        const IndicatorStore::Figure online =
            IndicatorStore::valueAsOf(db, indicator(db, "HS-TRUCTUYEN"), province, asOf);
        QVERIFY(q.exec(
            QStringLiteral("SELECT avg(value) FROM observations o JOIN indicators i ON i.id = o.indicator_id "
                           "WHERE i.code = 'HS-TRUCTUYEN' AND o.period = '2026-05'")));
        QVERIFY(q.next());
        QCOMPARE(QString::number(online.latest.value, 'f', 2), QStringLiteral("85.00"));
        QVERIFY(std::fabs(q.value(0).toDouble() - 85.0) > 0.01);

        // A count: the communes' values to date summed, 958,367 accounts.
        const IndicatorStore::Figure accounts =
            IndicatorStore::valueAsOf(db, indicator(db, "DDDT-TAIKHOAN"), province, asOf);
        QVERIFY(accounts.latest.rolledUp);
        QCOMPARE(accounts.latest.value, 958367.0);
        QCOMPARE(accounts.latest.unitCount, communes);
        QVERIFY2(accounts.latest.note.contains(QStringLiteral("sum")), qPrintable(accounts.latest.note));
    }

    void rollUpRespectsPeriodsAndUnits()
    {
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral(
                 "DELETE FROM observations WHERE unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG') "
                 "AND indicator_id IN (SELECT id FROM indicators WHERE code IN ('HS-SOHOA', "
                 "'DDDT-TAIKHOAN'))"),
             // One commune has not reported May yet.
             QStringLiteral("DELETE FROM observations WHERE period = '2026-05' "
                            "AND unit_id = (SELECT id FROM units WHERE code = 'XA-ANPHU') "
                            "AND indicator_id IN (SELECT id FROM indicators WHERE code IN ('HS-SOHOA', "
                            "'DDDT-TAIKHOAN'))"),
             // A district closed by the merger still holds an old figure: it no longer counts.
             QStringLiteral(
                 "INSERT INTO observations (indicator_id, unit_id, period, period_start, value, "
                 "numerator, denominator, entered_at) "
                 "SELECT i.id, u.id, '2025-05', '2025-05-01', 50, 500, 1000, '2025-06-01T00:00:00Z' "
                 "FROM indicators i, units u WHERE i.code = 'HS-SOHOA' AND u.kind = 'district' "
                 "AND u.closed_on IS NOT NULL ORDER BY u.id LIMIT 1"),
             QStringLiteral(
                 "INSERT INTO observations (indicator_id, unit_id, period, period_start, value, "
                 "entered_at) "
                 "SELECT i.id, u.id, '2025-05', '2025-05-01', 100000, '2025-06-01T00:00:00Z' "
                 "FROM indicators i, units u WHERE i.code = 'DDDT-TAIKHOAN' AND u.kind = 'district' "
                 "AND u.closed_on IS NOT NULL ORDER BY u.id LIMIT 1")}));
        const QDate asOf(2026, 5, 26);
        const qint64 province = unit(db, "AN-GIANG"), anphu = unit(db, "XA-ANPHU");
        QSqlQuery q(db.connection());
        const auto scalar = [&](const QString &sql) {
            return q.exec(sql) && q.next() ? q.value(0).toDouble() : std::nan("");
        };

        // Periodic: May's roll-up sums the 101 communes that reported May, and says one is left out.
        const qint64 sohoa = indicator(db, "HS-SOHOA");
        const IndicatorStore::Figure rate = IndicatorStore::valueAsOf(db, sohoa, province, asOf);
        QCOMPARE(rate.latest.period, QStringLiteral("2026-05"));
        QCOMPARE(rate.latest.unitCount, 101);
        QCOMPARE(rate.latest.leftOut, 1);
        QVERIFY2(rate.latest.note.contains(QStringLiteral("1 unit")), qPrintable(rate.latest.note));
        QCOMPARE(rate.latest.denominator,
                 scalar(QStringLiteral("SELECT sum(denominator) FROM observations WHERE indicator_id = %1 "
                                       "AND period = '2026-05'")
                            .arg(sohoa)));
        // April: all 102 (An Phú's April is its latest figure now).
        QCOMPARE(rate.previous.period, QStringLiteral("2026-04"));
        QCOMPARE(rate.previous.unitCount, 102);
        QCOMPARE(IndicatorStore::valueAsOf(db, sohoa, anphu, asOf).latest.period, QStringLiteral("2026-04"));

        // Cumulative: An Phú's value to date is its April figure, summed with the others' May figures.
        const qint64 accounts = indicator(db, "DDDT-TAIKHOAN");
        const IndicatorStore::Figure sum = IndicatorStore::valueAsOf(db, accounts, province, asOf);
        QCOMPARE(sum.latest.unitCount, 102);
        QCOMPARE(
            sum.latest.value,
            scalar(QStringLiteral(
                       "SELECT sum(value) FROM observations WHERE indicator_id = %1 AND period = '2026-05'")
                       .arg(accounts)) +
                scalar(
                    QStringLiteral("SELECT value FROM observations WHERE indicator_id = %1 AND unit_id = %2 "
                                   "AND period = '2026-04'")
                        .arg(accounts)
                        .arg(anphu)));
        QVERIFY(sum.latest.value < 958367.0);

        // Before the merger the district existed and the new communes did not: only the district counts.
        const IndicatorStore::Figure before =
            IndicatorStore::valueAsOf(db, sohoa, province, QDate(2025, 6, 15));
        QVERIFY(before.latest.rolledUp);
        QCOMPARE(before.latest.unitCount, 1);
        QCOMPARE(before.latest.value, 50.0);
        QCOMPARE(IndicatorStore::valueAsOf(db, accounts, province, QDate(2025, 6, 15)).latest.value,
                 100000.0);
    }

    void noRollUpForScoresAndRanks()
    {
        Database db;
        // Two communes with a score and a rank, the province without its own: nothing is made up.
        QVERIFY(m_demo.openChangedCopy(
            db,
            {QStringLiteral(
                 "DELETE FROM observations WHERE unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG') "
                 "AND indicator_id IN (SELECT id FROM indicators WHERE code IN ('PVND-DIEM', "
                 "'PVND-XEPHANG'))"),
             QStringLiteral(
                 "INSERT INTO observations (indicator_id, unit_id, period, period_start, value, peers, "
                 "entered_at) SELECT i.id, u.id, '2026-05', '2026-05-01', 90, "
                 "CASE WHEN i.measure = 'rank' THEN 102 END, '2026-05-26T00:00:00Z' "
                 "FROM indicators i, units u WHERE i.code IN ('PVND-DIEM', 'PVND-XEPHANG') "
                 "AND u.code IN ('XA-ANPHU', 'XA-PHUTAN')")}));
        const QDate asOf(2026, 5, 26);
        for (const char *code : {"PVND-DIEM", "PVND-XEPHANG"}) {
            const IndicatorStore::Figure f =
                IndicatorStore::valueAsOf(db, indicator(db, code), unit(db, "AN-GIANG"), asOf);
            QVERIFY2(!f.latest.valid, code);
            QVERIFY2(f.latest.note.startsWith(QStringLiteral("No roll-up")), qPrintable(f.latest.note));
            QVERIFY(
                IndicatorStore::valueAsOf(db, indicator(db, code), unit(db, "XA-ANPHU"), asOf).latest.valid);
        }
    }
};

QTEST_GUILESS_MAIN(TestIndicatorStore)
#include "tst_indicatorstore.moc"
