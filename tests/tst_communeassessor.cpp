// SPDX-License-Identifier: GPL-3.0-or-later
// The commune traffic-light rules: score from tasks on time and indicators achieved, the score ranges
// with their edges, the overdue rule, the explanation and what moves a commune to green; and the facts
// read from the demo (one task each, the province's rate targets applied to the communes).
#include <QTest>

#include "demofixture.h"

#include "models/communes/communeassessor.h"
#include "models/communes/communerules.h"
#include "models/domain/period.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

Q_DECLARE_METATYPE(TrafficLight)

namespace {

//! A commune with \a onTime, \a late and \a overdue tasks and \a achieved of \a withTarget indicators.
CommuneFacts facts(int onTime, int late, int overdue, int achieved, int withTarget)
{
    CommuneFacts f;
    f.unitId = 7;
    f.code = QStringLiteral("XA-THU");
    f.name = QStringLiteral("Xã Thử");
    int n = 0;
    const auto add = [&](int count, TaskStatus status) {
        for (int i = 0; i < count; ++i) {
            CommuneTaskFact t;
            t.taskId = ++n;
            t.code = QStringLiteral("NV-%1").arg(n, 4, 10, QLatin1Char('0'));
            t.title = QStringLiteral("Nhiệm vụ %1").arg(n);
            t.deadline = QDate(2026, 3, 31);
            t.status = status;
            f.tasks.append(t);
        }
    };
    add(onTime, TaskStatus::CompletedOnTime);
    add(late, TaskStatus::CompletedLate);
    add(overdue, TaskStatus::OpenOverdue);
    for (int i = 0; i < withTarget; ++i) {
        CommuneIndicatorFact c;
        c.indicator.id = i + 1;
        c.indicator.code = QStringLiteral("CT-%1").arg(i + 1);
        c.indicator.name = QStringLiteral("Chỉ tiêu %1").arg(i + 1);
        c.indicator.measure = QLatin1String(Schema::Measure::Percent);
        c.indicator.direction = QLatin1String(Schema::Direction::Up);
        c.indicator.decimals = 2;
        c.hasValue = true;
        c.target = 80;
        c.achieved = i < achieved;
        c.value = c.achieved ? 85 : 76.2;
        f.indicators.append(c);
    }
    return f;
}

} // namespace

class TestCommuneAssessor : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void rules_data()
    {
        QTest::addColumn<int>("onTime");
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("overdue");
        QTest::addColumn<int>("achieved");
        QTest::addColumn<int>("withTarget");
        QTest::addColumn<int>("greenMaxOverdue");
        QTest::addColumn<int>("redMinOverdue");
        QTest::addColumn<double>("score"); // -1: no score
        QTest::addColumn<TrafficLight>("colour");
        QTest::addColumn<QString>("explanation");

        const auto G = TrafficLight::Green, Y = TrafficLight::Yellow, R = TrafficLight::Red;
        QTest::newRow("all on time, all achieved")
            << 4 << 0 << 0 << 3 << 3 << 0 << 3 << 100.0 << G
            << QStringLiteral("Score 100.0: 4/4 tasks on time; 3/3 indicators achieved → green");
        QTest::newRow("3/4 on time, 2/3 achieved")
            << 3 << 1 << 0 << 2 << 3 << 0 << 3 << 70.8 << Y
            << QStringLiteral("Score 70.8: 3/4 tasks on time; 2/3 indicators achieved → yellow");
        QTest::newRow("late counts as not on time")
            << 0 << 2 << 0 << 1 << 1 << 0 << 3 << 50.0 << Y << QStringLiteral("0/2 tasks on time");
        QTest::newRow("no task fell due: indicators carry it")
            << 0 << 0 << 0 << 2 << 2 << 0 << 3 << 100.0 << G
            << QStringLiteral("no task fell due; 2/2 indicators");
        QTest::newRow("no indicator: tasks carry it")
            << 1 << 1 << 0 << 0 << 0 << 0 << 3 << 50.0 << Y
            << QStringLiteral("1/2 tasks on time; no indicator with a target");
        QTest::newRow("nothing to count is not green")
            << 0 << 0 << 0 << 0 << 0 << 0 << 3 << -1.0 << Y << QStringLiteral("Nothing to score");
        // Edges as the ranges say: [80, ∞) green, [50, 80) yellow, below 50 red.
        QTest::newRow("80 exactly is green")
            << 3 << 2 << 0 << 1 << 1 << 0 << 3 << 80.0 << G << QStringLiteral("→ green");
        QTest::newRow("50 exactly is yellow")
            << 0 << 1 << 0 << 2 << 2 << 0 << 3 << 50.0 << Y << QStringLiteral("→ yellow");
        QTest::newRow("under 50 is red")
            << 0 << 1 << 0 << 2 << 3 << 0 << 3 << 33.3 << R << QStringLiteral("→ red");
        QTest::newRow("79.96 is shown and judged as 80.0")
            << 1999 << 501 << 0 << 0 << 0 << 0 << 3 << 80.0 << G
            << QStringLiteral("Score 80.0: 1999/2500 tasks on time");
        // The overdue rule.
        QTest::newRow("one overdue caps green")
            << 4 << 0 << 1 << 3 << 3 << 0 << 3 << 90.0 << Y
            << QStringLiteral("1 task(s) overdue (green allows at most 0) → yellow");
        QTest::newRow("one overdue allowed")
            << 4 << 0 << 1 << 3 << 3 << 1 << 3 << 90.0 << G << QStringLiteral("1 task(s) overdue → green");
        QTest::newRow("three overdue is red") << 10 << 0 << 3 << 3 << 3 << 0 << 3 << 88.5 << R
                                              << QStringLiteral("3 task(s) overdue (red from 3) → red");
        QTest::newRow("red rule off")
            << 10 << 0 << 3 << 3 << 3 << 0 << 0 << 88.5 << Y << QStringLiteral("→ yellow");
    }

    void rules()
    {
        QFETCH(int, onTime);
        QFETCH(int, late);
        QFETCH(int, overdue);
        QFETCH(int, achieved);
        QFETCH(int, withTarget);
        QFETCH(int, greenMaxOverdue);
        QFETCH(int, redMinOverdue);
        QFETCH(double, score);
        QFETCH(TrafficLight, colour);
        QFETCH(QString, explanation);
        CommuneRules rules;
        rules.greenMaxOverdue = greenMaxOverdue;
        rules.redMinOverdue = redMinOverdue;
        QVERIFY(rules.validate().isEmpty());
        const CommuneAssessment a =
            CommuneAssessor::assess(rules, facts(onTime, late, overdue, achieved, withTarget));
        if (score < 0) {
            QVERIFY(!a.score);
        } else {
            QVERIFY(a.score);
            QCOMPARE(*a.score, score);
        }
        QCOMPARE(a.colour, colour);
        QVERIFY2(a.explanation.contains(explanation), qPrintable(a.explanation));
        QCOMPARE(a.toGreen.isEmpty(), colour == TrafficLight::Green);
    }

    void weightsAreData()
    {
        // Tasks only: 3/4 on time is 75, yellow; indicators only: 3/3 is 100, green.
        CommuneRules tasksOnly;
        tasksOnly.indicatorWeight = 0;
        const CommuneAssessment a = CommuneAssessor::assess(tasksOnly, facts(3, 1, 0, 3, 3));
        QCOMPARE(*a.score, 75.0);
        QCOMPARE(a.colour, TrafficLight::Yellow);
        CommuneRules weighted;
        weighted.taskWeight = 20;
        weighted.indicatorWeight = 80;
        QCOMPARE(*CommuneAssessor::assess(weighted, facts(3, 1, 0, 3, 3)).score, 95.0);
        // Ranges come from the colour rules: with green from 70, 70.8 is green.
        CommuneRules lenient;
        ColourRange green, yellow, red;
        green.lower = 70;
        green.colour = TrafficLight::Green;
        yellow.lower = 40;
        yellow.upper = 70;
        yellow.colour = TrafficLight::Yellow;
        red.upper = 40;
        red.colour = TrafficLight::Red;
        lenient.scoreRanges = ColourRules({green, yellow, red});
        QCOMPARE(CommuneAssessor::assess(lenient, facts(3, 1, 0, 2, 3)).colour, TrafficLight::Green);
    }

    void validation()
    {
        CommuneRules r;
        QVERIFY(r.validate().isEmpty());
        r.taskWeight = -1;
        QVERIFY(r.validate().join(QLatin1Char(' ')).contains(QStringLiteral("negative")));
        r = CommuneRules();
        r.taskWeight = 0;
        r.indicatorWeight = 0;
        QVERIFY(r.validate().join(QLatin1Char(' ')).contains(QStringLiteral("more than 0")));
        r = CommuneRules();
        r.greenMaxOverdue = 3;
        r.redMinOverdue = 2;
        QVERIFY(r.validate().join(QLatin1Char(' ')).contains(QStringLiteral("Red from 2")));
        r = CommuneRules();
        ColourRange green;
        green.lower = 80;
        green.colour = TrafficLight::Green;
        r.scoreRanges = ColourRules({green});
        QVERIFY(r.validate().join(QLatin1Char(' ')).contains(QStringLiteral("Nothing covers")));
        // JSON round trip; unknown text leaves the defaults.
        CommuneRules stored;
        stored.taskWeight = 30;
        stored.redMinOverdue = 5;
        stored.provinceTargets = false;
        CommuneRules read;
        QVERIFY(read.fromJson(stored.toJson()));
        QVERIFY(read == stored);
        QVERIFY(!read.fromJson(QStringLiteral("not json")));
    }

    void toGreen()
    {
        // 1 on time, 1 overdue, 1 of 3 indicators: 25 + 16.7 = 41.7, red; complete the task and achieve 3
        // more is impossible: only 2 are open, so the best is 75: out of reach.
        CommuneRules rules;
        const CommuneAssessment stuck = CommuneAssessor::assess(rules, facts(1, 0, 1, 1, 3));
        QCOMPARE(*stuck.score, 41.7);
        QCOMPARE(stuck.colour, TrafficLight::Red);
        const QString steps = stuck.toGreen.join(QLatin1Char('\n'));
        QVERIFY2(steps.contains(QStringLiteral("Complete NV-0002 “Nhiệm vụ 2”, overdue since 31/03/2026")),
                 qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("38.3 points short of green (80.0 needed)")),
                 qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("Green cannot be reached in this period")), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("Chỉ tiêu 2: 76.20% against a target of 80.00%")),
                 qPrintable(steps));

        // On time, 1 of 3 indicators: 66.7; one more indicator (16.7 points) makes 83.3.
        const CommuneAssessment close = CommuneAssessor::assess(rules, facts(1, 0, 0, 1, 3));
        const QString more = close.toGreen.join(QLatin1Char('\n'));
        QVERIFY2(more.contains(QStringLiteral("13.3 points short of green")), qPrintable(more));
        QVERIFY2(more.contains(QStringLiteral("Achieve 1 more indicator(s), 16.7 points each:")),
                 qPrintable(more));
        QVERIFY(!more.contains(QStringLiteral("Complete")));
    }

    void demoFacts()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        const CommuneRules rules = CommuneRules::load(db);
        QCOMPARE(rules.greenFrom(), 80.0);
        const Period may = Period::parse(QStringLiteral("2026-05"));
        QCOMPARE(CommuneAssessor::asOfFor(may, QDate(2026, 5, 26)), QDate(2026, 5, 26));
        QCOMPARE(CommuneAssessor::asOfFor(may, QDate(2026, 7, 1)), QDate(2026, 5, 31));
        QString error;
        const QVector<CommuneFacts> all =
            CommuneAssessor::loadFacts(db, rules, may, QDate(2026, 5, 26), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 102); // 14 wards, 85 communes, 3 special zones; the closed districts are not
        for (const CommuneFacts &f : all) {
            QCOMPARE(f.tasks.size(), 1);
            // The province's rate targets apply: online records 80%, digitization 80%, electronic results
            // 100%.
            QCOMPARE(f.indicators.size(), 3);
            for (const CommuneIndicatorFact &i : f.indicators)
                QVERIFY(i.inherited && i.hasValue && i.period == QLatin1String("2026-05"));
        }
        // Without the province's targets the communes have none of their own: the tasks alone decide.
        CommuneRules own = rules;
        own.provinceTargets = false;
        for (const CommuneFacts &f : CommuneAssessor::loadFacts(db, own, may, QDate(2026, 5, 26)))
            QVERIFY(f.indicators.isEmpty());

        // The rules give 55 yellow in May (two of them later set by hand, see tst_demobuilder).
        QHash<TrafficLight, int> colours;
        for (const CommuneAssessment &a : CommuneAssessor::assessAll(db, rules, may, QDate(2026, 5, 26)))
            ++colours[a.colour];
        QCOMPARE(colours.value(TrafficLight::Yellow), 55);
        QCOMPARE(colours.value(TrafficLight::Green) + colours.value(TrafficLight::Red), 47);

        // Before the task fell due nothing counts: as of 15/03/2026 only the indicators decide.
        const QVector<CommuneFacts> march = CommuneAssessor::loadFacts(
            db, rules, Period::parse(QStringLiteral("2026-03")), QDate(2026, 3, 15));
        int due = 0;
        for (const CommuneFacts &f : march)
            due += int(f.tasks.size());
        QVERIFY(due < 102);
    }
};

QTEST_GUILESS_MAIN(TestCommuneAssessor)
#include "tst_communeassessor.moc"
