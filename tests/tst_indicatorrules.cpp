// SPDX-License-Identifier: GPL-3.0-or-later
// The arithmetic of indicators: achievement, direction, ranks and roll-ups, as tables of cases.
#include <cmath>

#include <QTest>

#include "models/indicators/indicatorrules.h"

namespace {

IndicatorRecord indicator(const char *measure, bool isRate = false, const char *direction = "up")
{
    IndicatorRecord r;
    r.code = QStringLiteral("TEST");
    r.measure = QLatin1String(measure);
    r.isRate = isRate;
    r.direction = QLatin1String(direction);
    r.accumulation = QStringLiteral("periodic");
    return r;
}

IndicatorRules::Part ratio(double numerator, double denominator)
{
    return IndicatorRules::Part{100.0 * numerator / denominator, true, numerator, denominator};
}

IndicatorRules::Part plain(double value)
{
    return IndicatorRules::Part{value, false, 0, 0};
}

} // namespace

Q_DECLARE_METATYPE(IndicatorRecord)
Q_DECLARE_METATYPE(QVector<IndicatorRules::Part>)

class TestIndicatorRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void achievement_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("lowerIsBetter");
        QTest::addColumn<bool>("defined");
        QTest::addColumn<double>("pct");
        QTest::addColumn<bool>("achieved");

        // seed 002: "99.88% (the Government assigned 80%)"
        QTest::newRow("rate above target") << 99.88 << 80.0 << false << true << 124.85 << true;
        // seed 002: "95.58% (assigned 100%)"
        QTest::newRow("rate below target") << 95.58 << 100.0 << false << true << 95.58 << false;
        // seed 004: "958,367 out of 794,301 … 120.7%": never capped at 100
        QTest::newRow("never capped") << 958367.0 << 794301.0 << false << true << 120.65539386202 << true;
        QTest::newRow("far above target") << 3000.0 << 1000.0 << false << true << 300.0 << true;
        QTest::newRow("equality achieves") << 80.0 << 80.0 << false << true << 100.0 << true;
        QTest::newRow("just below") << 79.99 << 80.0 << false << true << 99.9875 << false;
        QTest::newRow("zero value, up") << 0.0 << 80.0 << false << true << 0.0 << false;
        // rank 6/63 against "in the top 10": lower is better, target / value
        QTest::newRow("rank 6 vs 10") << 6.0 << 10.0 << true << true << 100.0 * 10.0 / 6.0 << true;
        QTest::newRow("rank 10 vs 10") << 10.0 << 10.0 << true << true << 100.0 << true;
        QTest::newRow("rank 16 vs 10") << 16.0 << 10.0 << true << true << 62.5 << false;
        // guards: nothing to divide by, or a quotient that means nothing
        QTest::newRow("zero target, up") << 5.0 << 0.0 << false << false << 0.0 << true;
        QTest::newRow("negative target") << 5.0 << -10.0 << false << false << 0.0 << true;
        QTest::newRow("negative value, up") << -5.0 << 10.0 << false << false << 0.0 << false;
        QTest::newRow("zero value, down") << 0.0 << 5.0 << true << false << 0.0 << true;
        QTest::newRow("zero overdue vs zero") << 0.0 << 0.0 << true << false << 0.0 << true;
        QTest::newRow("not a number") << std::nan("") << 80.0 << false << false << 0.0 << false;
        // floating-point sums equal to the target achieve it: (0.1 + 0.2) / 0.3
        QTest::newRow("sum noise") << 0.1 + 0.2 << 0.3 << false << true << 100.0 << true;
    }

    void achievement()
    {
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(bool, lowerIsBetter);
        QFETCH(bool, defined);
        QFETCH(double, pct);
        QFETCH(bool, achieved);
        const std::optional<double> got = IndicatorRules::achievementPct(value, target, lowerIsBetter);
        QCOMPARE(got.has_value(), defined);
        if (defined)
            QVERIFY2(std::fabs(*got - pct) < 1e-8, qPrintable(QString::number(*got, 'f', 10)));
        QCOMPARE(IndicatorRules::isAchieved(value, target, lowerIsBetter), achieved);
    }

    void sevenOneDecimal()
    {
        // What the report prints: 120.7%, not 100%.
        const double pct = *IndicatorRules::achievementPct(958367, 794301, false);
        QCOMPARE(QString::number(pct, 'f', 1), QStringLiteral("120.7"));
        QCOMPARE(QString::number(pct, 'f', 2), QStringLiteral("120.66"));
    }

    void rankText_data()
    {
        QTest::addColumn<double>("rank");
        QTest::addColumn<int>("peers");
        QTest::addColumn<QString>("text");
        QTest::newRow("DTI 6/63") << 6.0 << 63 << QStringLiteral("6/63");
        QTest::newRow("PVND 16/34") << 16.0 << 34 << QStringLiteral("16/34");
        QTest::newRow("no peer count") << 12.0 << 0 << QStringLiteral("12");
    }

    void rankText()
    {
        QFETCH(double, rank);
        QFETCH(int, peers);
        QFETCH(QString, text);
        QCOMPARE(IndicatorRules::rankText(rank, peers), text);
    }

    void rollUp_data()
    {
        QTest::addColumn<IndicatorRecord>("indicator");
        QTest::addColumn<QVector<IndicatorRules::Part>>("parts");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("unitCount");
        QTest::addColumn<int>("withoutRatio");

        // 90/100 and 10/100: 100/200 = 50%, whatever the commune sizes would suggest.
        QTest::newRow("rate, equal sizes")
            << indicator("percent", true) << QVector<IndicatorRules::Part>{ratio(90, 100), ratio(10, 100)}
            << true << 50.0 << 2 << 0;
        // Averaging the percentages would give (99 + 10) / 2 = 54.5%; the records say 1000/1100 = 90.9%.
        QTest::newRow("rate, averaging counter-example")
            << indicator("percent", true) << QVector<IndicatorRules::Part>{ratio(990, 1000), ratio(10, 100)}
            << true << 100.0 * 1000.0 / 1100.0 << 2 << 0;
        QTest::newRow("rate, a part without ratio is left out")
            << indicator("percent", true)
            << QVector<IndicatorRules::Part>{ratio(80, 100), plain(10), ratio(20, 100)} << true << 50.0 << 2
            << 1;
        QTest::newRow("rate, no ratio at all")
            << indicator("percent", true) << QVector<IndicatorRules::Part>{plain(10), plain(20)} << false
            << 0.0 << 0 << 2;
        QTest::newRow("count sums") << indicator("count")
                                    << QVector<IndicatorRules::Part>{plain(958367 - 1000), plain(600),
                                                                     plain(400)}
                                    << true << 958367.0 << 3 << 0;
        QTest::newRow("money sums") << indicator("money")
                                    << QVector<IndicatorRules::Part>{plain(24e9), plain(1e8)} << true
                                    << 24.1e9 << 2 << 0;
        QTest::newRow("no parts") << indicator("count") << QVector<IndicatorRules::Part>{} << false << 0.0
                                  << 0 << 0;
        QTest::newRow("score: no roll-up")
            << indicator("score") << QVector<IndicatorRules::Part>{plain(95.99), plain(90)} << false << 0.0
            << 0 << 0;
        QTest::newRow("rank: no roll-up")
            << indicator("rank", false, "down") << QVector<IndicatorRules::Part>{plain(6), plain(12)} << false
            << 0.0 << 0 << 0;
        QTest::newRow("percent without ratio: no roll-up")
            << indicator("percent") << QVector<IndicatorRules::Part>{plain(12.52), plain(10)} << false << 0.0
            << 0 << 0;
    }

    void rollUp()
    {
        QFETCH(IndicatorRecord, indicator);
        QFETCH(QVector<IndicatorRules::Part>, parts);
        QFETCH(bool, valid);
        QFETCH(double, value);
        QFETCH(int, unitCount);
        QFETCH(int, withoutRatio);
        const IndicatorRules::RollUp r = IndicatorRules::rollUp(indicator, parts);
        QCOMPARE(r.valid, valid);
        if (valid)
            QVERIFY2(std::fabs(r.value - value) < 1e-9 * std::max(1.0, value),
                     qPrintable(QString::number(r.value)));
        QCOMPARE(r.unitCount, unitCount);
        QCOMPARE(r.withoutRatio, withoutRatio);
        QVERIFY(!r.description().isEmpty());
    }

    void rollUpSaysWhatItIs()
    {
        const IndicatorRules::RollUp rate =
            IndicatorRules::rollUp(indicator("percent", true), {ratio(990, 1000), ratio(10, 100), plain(5)});
        QCOMPARE(rate.kind, IndicatorRules::RollUpKind::RatioOfSums);
        QVERIFY(rate.hasRatio);
        QCOMPARE(rate.numerator, 1000.0);
        QCOMPARE(rate.denominator, 1100.0);
        QVERIFY2(rate.description().contains(QStringLiteral("Roll-up of 2 unit")),
                 qPrintable(rate.description()));
        QVERIFY2(rate.description().contains(QStringLiteral("numerators")), qPrintable(rate.description()));
        QVERIFY2(rate.description().contains(QStringLiteral("1 unit")), qPrintable(rate.description()));

        const IndicatorRules::RollUp sum =
            IndicatorRules::rollUp(indicator("count"), {plain(1), plain(2), plain(3)});
        QCOMPARE(sum.kind, IndicatorRules::RollUpKind::Sum);
        QVERIFY2(sum.description().contains(QStringLiteral("Roll-up of 3 unit")),
                 qPrintable(sum.description()));

        const IndicatorRules::RollUp rank =
            IndicatorRules::rollUp(indicator("rank", false, "down"), {plain(6)});
        QCOMPARE(rank.kind, IndicatorRules::RollUpKind::None);
        QVERIFY(!rank.valid);
        QVERIFY2(rank.description().startsWith(QStringLiteral("No roll-up")), qPrintable(rank.description()));
        QVERIFY(IndicatorRules::rollUp(indicator("score"), {plain(1)})
                    .description()
                    .startsWith(QStringLiteral("No roll-up")));
        QVERIFY(IndicatorRules::noRollUpReason(indicator("count")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRules)
#include "tst_indicatorrules.moc"
