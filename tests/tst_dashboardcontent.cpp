// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's content on the demo: every tile and every chart states the figures the task, indicator
// and commune stores state (TaskStatistics, IndicatorStatus, CommuneStore), the chart ids are stable, no
// series exceeds the point limit (units beyond the top ones summed as "Others", communes sampled), and
// titles follow the language.
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include "demofixture.h"

#include "models/communes/communeassessor.h"
#include "models/communes/communestore.h"
#include "models/dashboard/dashboardcontent.h"
#include "models/i18n/language.h"
#include "models/reference/referencedata.h"
#include "models/indicators/colourrules.h"
#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstatus.h"
#include "models/storage/database.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"

namespace {

const QDate AsOf(2026, 5, 28);

const QStringList ExpectedIds = {
    QStringLiteral("tasks-by-programme"),   QStringLiteral("overdue-by-unit"),
    QStringLiteral("completed-vs-due"),     QStringLiteral("indicator-vs-target"),
    QStringLiteral("indicator-by-commune"), QStringLiteral("communes-by-colour"),
    QStringLiteral("rank-over-time"),
};

int statusCount(const TaskStatistics::Counts &c, const QString &key)
{
    const TaskStatus status = TaskStatusRules::fromCode(key);
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return c.completedOnTime;
    case TaskStatus::CompletedLate:
        return c.completedLate;
    case TaskStatus::OpenWithinDeadline:
        return c.openWithinDeadline;
    case TaskStatus::OpenOverdue:
        return c.openOverdue;
    case TaskStatus::Standing:
        return c.standing;
    case TaskStatus::NotYetAssigned:
        break;
    }
    return -1;
}

} // namespace

class TestDashboardContent : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;
    QVector<TaskRecord> m_tasks;
    TaskStatistics m_stats;
    IndicatorStatus m_status;

    DashboardContent compute(DashboardContent::Options options = {})
    {
        if (!options.asOf.isValid())
            options.asOf = AsOf;
        DashboardContent content;
        QString error;
        if (!DashboardContent::compute(m_db, options, &content, &error))
            qWarning("%s", qPrintable(error));
        return content;
    }

    const IndicatorStatus::Row *provinceRow(const QString &code) const
    {
        return m_status.find(code, m_status.units().constFirst().code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
        m_tasks = TaskStore::load(m_db, false, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_stats = TaskStatistics::compute(m_tasks, AsOf);
        m_status = IndicatorStatus::compute(m_db, AsOf, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_status.units().constFirst().kind, QStringLiteral("province"));
    }

    void idsAreStableAndInOrder()
    {
        QCOMPARE(DashboardContent::chartIds(), ExpectedIds);
        const DashboardContent content = compute();
        QCOMPARE(content.charts.size(), ExpectedIds.size());
        for (int i = 0; i < ExpectedIds.size(); ++i) {
            const ChartData &chart = content.charts.at(i);
            QCOMPARE(chart.id, ExpectedIds.at(i));
            QCOMPARE(content.chart(chart.id), &chart);
            QCOMPARE(chart.title, DashboardContent::chartTitle(chart.id));
            QVERIFY(!chart.title.isEmpty());
            QVERIFY(!chart.source.isEmpty());
            QVERIFY2(chart.subtitle.contains(QStringLiteral("28/05/2026")), qPrintable(chart.subtitle));
            QVERIFY2(!chart.isEmpty(), qPrintable(chart.id));
            for (const ChartData::Series &s : chart.series) {
                QCOMPARE(s.values.size(), chart.categories.size());
                QVERIFY(s.pointKeys.isEmpty() || s.pointKeys.size() == chart.categories.size());
                QVERIFY(s.labels.isEmpty() || s.labels.size() == chart.categories.size());
            }
            QCOMPARE(chart.categoryKeys.size(), chart.categories.size());
        }
        QVERIFY(DashboardContent::chartTitle(QStringLiteral("no-such-chart")).isEmpty());
        QVERIFY(content.chart(QStringLiteral("no-such-chart")) == nullptr);
        // The JSON form carries every chart.
        QCOMPARE(content.toJson().value(QStringLiteral("charts")).toArray().size(), ExpectedIds.size());
    }

    void tilesStateTheStores()
    {
        const DashboardContent content = compute();
        const IndicatorStatus::Figures figures = m_status.figures();
        QString error;
        const QString period = CommuneStore::latestPeriod(m_db, AsOf, &error);
        QCOMPARE(period, QStringLiteral("2026-05"));
        const ColourCounts counts = CommuneStore::counts(CommuneStore::load(m_db, period, &error));

        QCOMPARE(content.tiles.size(), 7);
        QCOMPARE(content.tile(QStringLiteral("tasks-done"))->value, m_stats.tasks.completed());
        QCOMPARE(content.tile(QStringLiteral("tasks-done"))->total, m_stats.tasks.total);
        QCOMPARE(content.tile(QStringLiteral("tasks-done"))->text,
                 QStringLiteral("%1/%2").arg(m_stats.tasks.completed()).arg(m_stats.tasks.total));
        QCOMPARE(content.tile(QStringLiteral("tasks-overdue"))->value, m_stats.tasks.openOverdue);
        QCOMPARE(content.tile(QStringLiteral("tasks-overdue"))->total, -1);
        QCOMPARE(content.tile(QStringLiteral("tasks-overdue"))->statusKey, QStringLiteral("open_overdue"));
        QCOMPARE(content.tile(QStringLiteral("pilot-models"))->value, m_stats.modelsCompleted);
        QCOMPARE(content.tile(QStringLiteral("pilot-models"))->total, 42);
        QCOMPARE(content.tile(QStringLiteral("indicators-achieved"))->value, figures.achieved);
        QCOMPARE(content.tile(QStringLiteral("indicators-achieved"))->total, figures.withTarget);
        QCOMPARE(content.tile(QStringLiteral("communes-green"))->value, counts.green);
        QCOMPARE(content.tile(QStringLiteral("communes-yellow"))->value, 55);
        QCOMPARE(content.tile(QStringLiteral("communes-red"))->value, counts.red);
        QCOMPARE(content.tile(QStringLiteral("communes-yellow"))->statusKey, QStringLiteral("yellow"));
    }

    void tasksByProgrammeCountsAsTaskStatistics()
    {
        const DashboardContent content = compute();
        const ChartData &chart = *content.chart(QStringLiteral("tasks-by-programme"));
        QCOMPARE(chart.kind, ChartData::Kind::StackedBar);
        QCOMPARE(chart.categoryKeys.size(), m_stats.byProgramme.size());
        QCOMPARE(chart.series.size(), 5);
        int sum = 0;
        for (const ChartData::Series &s : chart.series) {
            QVERIFY(TaskStatusRules::fromCode(s.key) != TaskStatus::NotYetAssigned);
            QCOMPARE(s.name, TaskStatusRules::displayName(TaskStatusRules::fromCode(s.key)));
            for (int i = 0; i < chart.categoryKeys.size(); ++i) {
                QVERIFY(m_stats.byProgramme.contains(chart.categoryKeys.at(i)));
                QCOMPARE(int(*s.values.at(i)),
                         statusCount(m_stats.byProgramme.value(chart.categoryKeys.at(i)), s.key));
                sum += int(*s.values.at(i));
            }
        }
        QCOMPARE(sum, m_stats.tasks.total);
    }

    void overdueByUnitWorstFirstWithOthers()
    {
        int unitsWithOpen = 0;
        int overdue = 0;
        int open = 0;
        for (const TaskStatistics::Counts &c : std::as_const(m_stats.byLeadUnit)) {
            const int o = c.openOverdue + c.openWithinDeadline + c.standing;
            unitsWithOpen += o > 0 ? 1 : 0;
            overdue += c.openOverdue;
            open += o;
        }
        QVERIFY(unitsWithOpen > 4);

        DashboardContent::Options all;
        all.topUnits = 1000;
        const ChartData full = *compute(all).chart(QStringLiteral("overdue-by-unit"));
        QCOMPARE(full.categories.size(), unitsWithOpen);
        QVERIFY(full.note.isEmpty());
        QCOMPARE(full.series.at(0).key, QStringLiteral("open_overdue"));
        for (int i = 0; i < full.categoryKeys.size(); ++i) {
            const TaskStatistics::Counts c = m_stats.byLeadUnit.value(full.categoryKeys.at(i));
            QCOMPARE(int(*full.series.at(0).values.at(i)), c.openOverdue);
            QCOMPARE(int(*full.series.at(1).values.at(i)), c.openWithinDeadline);
            QCOMPARE(int(*full.series.at(2).values.at(i)), c.standing);
            if (i > 0) // worst first
                QVERIFY(*full.series.at(0).values.at(i - 1) >= *full.series.at(0).values.at(i));
        }

        DashboardContent::Options top;
        top.topUnits = 3;
        const ChartData chart = *compute(top).chart(QStringLiteral("overdue-by-unit"));
        QCOMPARE(chart.categories.size(), 4);
        QCOMPARE(chart.categoryKeys.constLast(), QStringLiteral("others"));
        QCOMPARE(chart.categoryKeys.mid(0, 3), full.categoryKeys.mid(0, 3));
        QVERIFY(!chart.note.isEmpty());
        double overdueShown = 0;
        double openShown = 0;
        for (int i = 0; i < chart.categories.size(); ++i) {
            overdueShown += *chart.series.at(0).values.at(i);
            for (const ChartData::Series &s : chart.series)
                openShown += *s.values.at(i);
        }
        QCOMPARE(int(overdueShown), overdue);
        QCOMPARE(int(openShown), open);
    }

    void completedVsDueByMonth()
    {
        DashboardContent::Options options;
        options.from = Period::month(2020, 1);
        options.to = Period::month(2026, 12);
        const DashboardContent content = compute(options);
        const ChartData &chart = *content.chart(QStringLiteral("completed-vs-due"));
        QCOMPARE(chart.kind, ChartData::Kind::Line);
        QCOMPARE(chart.categories.size(), 7 * 12);
        QCOMPARE(chart.categoryKeys.constFirst(), QStringLiteral("2020-01"));
        QCOMPARE(chart.categories.constFirst(), Period::month(2020, 1).displayText());

        // Counted independently: every occurrence of a task (not a pilot model), its completion and its
        // deadline on or before the as-of date, in the month they fall in.
        QHash<QString, int> completed;
        QHash<QString, int> due;
        int earlierCompleted = 0;
        int earlierDue = 0;
        for (const TaskOccurrence &o : TaskStore::occurrences(m_tasks, AsOf, 7)) {
            if (o.task->kind != QLatin1String("task"))
                continue;
            if (o.completedOn.isValid() && o.completedOn <= AsOf) {
                if (o.completedOn.year() < 2020)
                    ++earlierCompleted;
                ++completed[o.completedOn.toString(QStringLiteral("yyyy-MM"))];
            }
            if (o.deadline.isValid() && o.deadline <= AsOf) {
                if (o.deadline.year() < 2020)
                    ++earlierDue;
                ++due[o.deadline.toString(QStringLiteral("yyyy-MM"))];
            }
        }
        QVERIFY(!completed.isEmpty());
        QVERIFY(!due.isEmpty());
        int completedSum = 0;
        for (int i = 0; i < chart.categoryKeys.size(); ++i) {
            const QString month = chart.categoryKeys.at(i);
            if (Period::parse(month).firstDay() > AsOf) {
                QVERIFY2(!chart.series.at(0).values.at(i).has_value(), qPrintable(month));
                QVERIFY(!chart.series.at(1).values.at(i).has_value());
                continue;
            }
            QCOMPARE(int(*chart.series.at(0).values.at(i)), completed.value(month));
            QCOMPARE(int(*chart.series.at(1).values.at(i)), due.value(month));
            completedSum += int(*chart.series.at(0).values.at(i));
        }
        int allCompleted = 0;
        for (int n : std::as_const(completed))
            allCompleted += n;
        QCOMPARE(completedSum + earlierCompleted, allCompleted);
        Q_UNUSED(earlierDue)

        // By quarter: the same occurrences, three months to a point.
        options.from = Period::quarter(2026, 1);
        options.to = Period::quarter(2026, 2);
        const ChartData quarters = *compute(options).chart(QStringLiteral("completed-vs-due"));
        QCOMPARE(quarters.categoryKeys, (QStringList{QStringLiteral("2026Q1"), QStringLiteral("2026Q2")}));
        QCOMPARE(int(*quarters.series.at(0).values.at(0)), completed.value(QStringLiteral("2026-01")) +
                                                               completed.value(QStringLiteral("2026-02")) +
                                                               completed.value(QStringLiteral("2026-03")));
    }

    void indicatorsAgainstTargetsAsIndicatorStatus()
    {
        const DashboardContent content = compute();
        const ChartData &chart = *content.chart(QStringLiteral("indicator-vs-target"));
        QCOMPARE(chart.kind, ChartData::Kind::Bar);
        QVERIFY(chart.axis.percent);
        QCOMPARE(chart.targetLine, std::optional<double>(100));
        QVERIFY(chart.categoryKeys.contains(QStringLiteral("DDDT-TAIKHOAN")));
        QVERIFY(chart.categoryKeys.contains(QStringLiteral("HS-TRUCTUYEN")));
        double largest = 0;
        for (int i = 0; i < chart.categoryKeys.size(); ++i) {
            const IndicatorStatus::Row *row = provinceRow(chart.categoryKeys.at(i));
            QVERIFY(row && row->hasTarget() && row->achievementPct);
            QCOMPARE(*chart.series.at(0).values.at(i), *row->achievementPct);
            QCOMPARE(chart.series.at(0).pointKeys.at(i), ColourRules::code(row->colour));
            const IndicatorRecord &ind = m_status.indicatorOf(*row);
            QCOMPARE(chart.series.at(0).labels.at(i),
                     DashboardContent::tr("%1 against %2")
                         .arg(IndicatorRules::figureText(ind, row->value.value, row->value.peers),
                              IndicatorRules::figureText(ind, row->target.value)));
            largest = std::max(largest, *row->achievementPct);
        }
        // 958,367 accounts against 794,301: over 100 %, and the axis shows it.
        const int accounts = int(chart.categoryKeys.indexOf(QStringLiteral("DDDT-TAIKHOAN")));
        QVERIFY(*chart.series.at(0).values.at(accounts) > 120);
        QVERIFY(*chart.axis.max > largest);

        QVERIFY(chart.note.isEmpty());
        // Not chosen: the first ones only, and the note says how many there are.
        DashboardContent::Options few;
        few.defaultIndicators = 2;
        const ChartData first = *compute(few).chart(QStringLiteral("indicator-vs-target"));
        QCOMPARE(first.categoryKeys, chart.categoryKeys.mid(0, 2));
        QVERIFY(first.note.contains(QString::number(chart.categoryKeys.size())));

        // Chosen indicators, in the order given; an unknown code is left out.
        DashboardContent::Options options;
        options.indicators = {QStringLiteral("KQ-DIENTU"), QStringLiteral("NO-SUCH"),
                              QStringLiteral("HS-SOHOA")};
        const ChartData chosen = *compute(options).chart(QStringLiteral("indicator-vs-target"));
        QCOMPARE(chosen.categoryKeys, (QStringList{QStringLiteral("KQ-DIENTU"), QStringLiteral("HS-SOHOA")}));
    }

    void oneIndicatorAcrossCommunes()
    {
        const DashboardContent content = compute();
        const ChartData &chart = *content.chart(QStringLiteral("indicator-by-commune"));
        // The first indicator with commune figures, in catalogue order.
        QCOMPARE(chart.axis.title, ReferenceData::localName(m_status.indicators().constFirst().name,
                                                            m_status.indicators().constFirst().nameEn));
        const QString code = m_status.indicators().constFirst().code;
        QHash<QString, double> values;
        for (const IndicatorStatus::Row &row : m_status.rows()) {
            if (m_status.indicatorOf(row).code == code && row.hasValue() &&
                CommuneAssessor::isCommuneKind(m_status.unitOf(row).kind))
                values.insert(m_status.unitOf(row).code, row.value.value);
        }
        QCOMPARE(chart.categories.size(), values.size());
        QVERIFY(chart.categories.size() > 90);
        for (int i = 0; i < chart.categoryKeys.size(); ++i) {
            QCOMPARE(*chart.series.at(0).values.at(i), values.value(chart.categoryKeys.at(i)));
            if (i > 0)
                QVERIFY(*chart.series.at(0).values.at(i - 1) >= *chart.series.at(0).values.at(i));
        }
        // The province's target is the line; communes without one are coloured against it.
        QCOMPARE(chart.targetLine, std::optional<double>(provinceRow(code)->target.value));
        QVERIFY(chart.targetMarkers.isEmpty());
        QVERIFY(!chart.note.isEmpty());
        const auto &keys = chart.series.at(0).pointKeys;
        QVERIFY(keys.contains(QStringLiteral("green")));
        QCOMPARE(keys.constFirst(), QStringLiteral("green"));

        // At most maxPoints points: sampled along the order, the best and the worst kept.
        DashboardContent::Options small;
        small.maxPoints = 10;
        const DashboardContent sampledContent = compute(small);
        const ChartData sampled = *sampledContent.chart(QStringLiteral("indicator-by-commune"));
        QCOMPARE(sampled.categories.size(), 10);
        QCOMPARE(sampled.categoryKeys.constFirst(), chart.categoryKeys.constFirst());
        QCOMPARE(sampled.categoryKeys.constLast(), chart.categoryKeys.constLast());
        for (const ChartData &c : sampledContent.charts)
            QVERIFY2(c.maxPoints() <= 10, qPrintable(c.id));
    }

    void communesByColourAsCommuneStore()
    {
        const ChartData chart = *compute().chart(QStringLiteral("communes-by-colour"));
        QCOMPARE(chart.kind, ChartData::Kind::Donut);
        QCOMPARE(chart.categoryKeys,
                 (QStringList{QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red")}));
        QString error;
        const ColourCounts counts =
            CommuneStore::counts(CommuneStore::load(m_db, QStringLiteral("2026-05"), &error));
        QCOMPARE(*chart.series.at(0).values.at(0), double(counts.green));
        QCOMPARE(*chart.series.at(0).values.at(1), 55.0);
        QCOMPARE(*chart.series.at(0).values.at(2), double(counts.red));
        QCOMPARE(chart.series.at(0).pointKeys, chart.categoryKeys);
        QVERIFY(chart.subtitle.contains(Period::month(2026, 5).displayText()));

        // Before any assessment: no slices, and the note says why.
        DashboardContent::Options early;
        early.asOf = QDate(2020, 1, 1);
        const ChartData none = *compute(early).chart(QStringLiteral("communes-by-colour"));
        QVERIFY(none.isEmpty());
        QVERIFY(!none.note.isEmpty());
    }

    void rankOverTime()
    {
        const ChartData chart = *compute().chart(QStringLiteral("rank-over-time"));
        QVERIFY(chart.axis.inverted);
        const IndicatorStatus::Row *row = provinceRow(QStringLiteral("PVND-XEPHANG"));
        QVERIFY(row && row->hasValue());
        QCOMPARE(chart.categoryKeys, QStringList{row->value.period});
        QCOMPARE(*chart.series.at(0).values.at(0), row->value.value);
        QCOMPARE(chart.series.at(0).labels.at(0), IndicatorRules::rankText(16, 34));
        QCOMPARE(chart.axis.max, std::optional<double>(34));

        // DTI over 2024-2026 by year: its 2024 rank, and its target in force as the line.
        DashboardContent::Options options;
        options.rankIndicator = QStringLiteral("DTI-XEPHANG");
        options.from = Period::year(2024);
        options.to = Period::year(2026);
        const ChartData dti = *compute(options).chart(QStringLiteral("rank-over-time"));
        QCOMPARE(dti.categoryKeys, QStringList{QStringLiteral("2024")});
        QCOMPARE(*dti.series.at(0).values.at(0), 6.0);
        QCOMPARE(dti.series.at(0).labels.at(0), QStringLiteral("6/63"));
        QCOMPARE(dti.targetLine, std::optional<double>(10));

        // A range without its figures: an empty chart that says so.
        options.from = Period::month(2026, 1);
        options.to = Period::month(2026, 5);
        const ChartData empty = *compute(options).chart(QStringLiteral("rank-over-time"));
        QVERIFY(empty.isEmpty());
        QVERIFY(!empty.note.isEmpty());
    }

    void defaultRangeAndRefusal()
    {
        const DashboardContent content = compute();
        QCOMPARE(content.from, Period::month(2026, 1));
        QCOMPARE(content.to, Period::month(2026, 5));
        DashboardContent::Options reversed;
        reversed.from = Period::month(2026, 5);
        reversed.to = Period::month(2026, 2);
        const DashboardContent swapped = compute(reversed);
        QCOMPARE(swapped.from, Period::month(2026, 2));
        QCOMPARE(swapped.to, Period::month(2026, 5));

        // From a register read before: the same content.
        DashboardContent kept;
        DashboardContent::Options options;
        options.asOf = AsOf;
        QVERIFY(DashboardContent::compute(m_db, options, m_tasks, &kept));
        QCOMPARE(kept.toJson(), content.toJson());

        DashboardContent none;
        QString error;
        QVERIFY(!DashboardContent::compute(m_db, DashboardContent::Options{}, &none, &error));
        QVERIFY(!error.isEmpty());
    }

    void titlesFollowTheLanguage()
    {
        {
            const ScopedLanguage english(QStringLiteral("en"));
            const DashboardContent content = compute();
            QCOMPARE(content.charts.constFirst().title, QStringLiteral("Tasks by status and programme"));
            QCOMPARE(content.charts.constFirst().subtitle, QStringLiteral("As of 28/05/2026"));
        }
        const ScopedLanguage vietnamese(QStringLiteral("vi"));
        const DashboardContent content = compute();
        const ChartData &chart = *content.chart(QStringLiteral("indicator-vs-target"));
        // Vietnamese numbers whatever the strings: "958.367".
        const int accounts = int(chart.categoryKeys.indexOf(QStringLiteral("DDDT-TAIKHOAN")));
        QVERIFY2(chart.series.at(0).labels.at(accounts).startsWith(QStringLiteral("958.367")),
                 qPrintable(chart.series.at(0).labels.at(accounts)));
        QVERIFY(content.charts.constFirst().subtitle.contains(QStringLiteral("28/05/2026")));
        QCOMPARE(content.charts.constFirst().title,
                 QStringLiteral("Nhiệm vụ theo tình trạng và chương trình"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardContent)
#include "tst_dashboardcontent.moc"
