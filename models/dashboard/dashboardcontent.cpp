// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/dashboardcontent.h"

#include <algorithm>
#include <cmath>

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include "models/commands/editsupport.h"
#include "models/communes/communeassessor.h"
#include "models/communes/communestore.h"
#include "models/indicators/colourrules.h"
#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstatus.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"

namespace {

const QString TasksByProgramme = QStringLiteral("tasks-by-programme");
const QString OverdueByUnit = QStringLiteral("overdue-by-unit");
const QString CompletedVsDue = QStringLiteral("completed-vs-due");
const QString IndicatorVsTarget = QStringLiteral("indicator-vs-target");
const QString IndicatorByCommune = QStringLiteral("indicator-by-commune");
const QString CommunesByColour = QStringLiteral("communes-by-colour");
const QString RankOverTime = QStringLiteral("rank-over-time");

struct ChartTitle
{
    const QString *id;
    const char *title;
};

const ChartTitle ChartTitles[] = {
    {&TasksByProgramme, QT_TRANSLATE_NOOP("DashboardContent", "Tasks by status and programme")},
    {&OverdueByUnit, QT_TRANSLATE_NOOP("DashboardContent", "Open and overdue tasks by lead unit")},
    {&CompletedVsDue, QT_TRANSLATE_NOOP("DashboardContent", "Tasks completed and tasks fallen due")},
    {&IndicatorVsTarget, QT_TRANSLATE_NOOP("DashboardContent", "Indicators against their targets")},
    {&IndicatorByCommune, QT_TRANSLATE_NOOP("DashboardContent", "One indicator across communes")},
    {&CommunesByColour, QT_TRANSLATE_NOOP("DashboardContent", "Communes by colour")},
    {&RankOverTime, QT_TRANSLATE_NOOP("DashboardContent", "Rank over time")},
};

//! The statuses a task chart shows, in the order of the status legend.
const TaskStatus ChartStatuses[] = {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate,
                                    TaskStatus::OpenWithinDeadline, TaskStatus::OpenOverdue,
                                    TaskStatus::Standing};

int countOf(const TaskStatistics::Counts &counts, TaskStatus status)
{
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return counts.completedOnTime;
    case TaskStatus::CompletedLate:
        return counts.completedLate;
    case TaskStatus::OpenWithinDeadline:
        return counts.openWithinDeadline;
    case TaskStatus::OpenOverdue:
        return counts.openOverdue;
    case TaskStatus::Standing:
        return counts.standing;
    case TaskStatus::NotYetAssigned:
        break;
    }
    return 0;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

QString numberText(int n)
{
    return QLocale().toString(n);
}

//! Everything the charts are computed from, read once.
struct Sources
{
    DashboardContent::Options options;
    const QVector<TaskRecord> *tasks = nullptr; //!< the register, not archived
    TaskStatistics stats;
    IndicatorStatus indicators;
    ColourRuleBook colours;
    QString communePeriod;
    QVector<StoredAssessment> communes;
    QVector<ReferenceData::Programme> programmes;
    int province = -1; //!< index of the province in indicators.units()
};

ChartData chartShell(const QString &id, ChartData::Kind kind, const QString &subtitle, const QString &source)
{
    ChartData chart;
    chart.id = id;
    chart.kind = kind;
    chart.title = DashboardContent::chartTitle(id);
    chart.subtitle = subtitle;
    chart.source = source;
    return chart;
}

QString asOfSubtitle(const QDate &asOf)
{
    return DashboardContent::tr("As of %1").arg(dateText(asOf));
}

QString taskSource()
{
    return DashboardContent::tr("Source: the committee's task register (SteerDesk)");
}

QString indicatorSource()
{
    return DashboardContent::tr("Source: indicator figures reported to the committee (SteerDesk)");
}

//! A value axis of whole tasks from 0.
void countAxis(ChartData::Axis *axis, const QString &title)
{
    axis->title = title;
    axis->integers = true;
    axis->min = 0;
}

ChartData::Series taskSeries(TaskStatus status, int size)
{
    ChartData::Series series;
    series.name = TaskStatusRules::displayName(status);
    series.key = TaskStatusRules::code(status);
    series.values.reserve(size);
    return series;
}

ChartData tasksByProgramme(const Sources &s)
{
    ChartData chart =
        chartShell(TasksByProgramme, ChartData::Kind::StackedBar, asOfSubtitle(s.options.asOf), taskSource());
    countAxis(&chart.axis, DashboardContent::tr("Tasks"));
    // The programmes in the order the lists show them, those without tasks left out; tasks without a
    // programme last.
    for (const ReferenceData::Programme &p : s.programmes) {
        if (s.stats.byProgramme.contains(p.code)) {
            chart.categories << ReferenceData::localName(p.name, p.nameEn);
            chart.categoryKeys << p.code;
        }
    }
    for (auto it = s.stats.byProgramme.constBegin(); it != s.stats.byProgramme.constEnd(); ++it) {
        if (!it.key().isEmpty() && !chart.categoryKeys.contains(it.key())) {
            chart.categories << it.key();
            chart.categoryKeys << it.key();
        }
    }
    if (s.stats.byProgramme.contains(QString())) {
        chart.categories << DashboardContent::tr("No programme");
        chart.categoryKeys << QString();
    }
    for (const TaskStatus status : ChartStatuses) {
        ChartData::Series series = taskSeries(status, int(chart.categoryKeys.size()));
        for (const QString &code : std::as_const(chart.categoryKeys))
            series.values << double(countOf(s.stats.byProgramme.value(code), status));
        chart.series << series;
    }
    return chart;
}

ChartData overdueByUnit(const Sources &s)
{
    ChartData chart =
        chartShell(OverdueByUnit, ChartData::Kind::HorizontalBar, asOfSubtitle(s.options.asOf), taskSource());
    countAxis(&chart.axis, DashboardContent::tr("Open tasks"));

    QHash<QString, QString> names;
    for (const UnitNode &u : s.indicators.units()) // every unit of the file, as stored
        names.insert(u.code, ReferenceData::localName(u.name, u.nameEn));
    struct Entry
    {
        QString code;
        QString name;
        TaskStatistics::Counts counts;
        int open() const { return counts.openOverdue + counts.openWithinDeadline + counts.standing; }
    };
    QVector<Entry> entries;
    for (auto it = s.stats.byLeadUnit.constBegin(); it != s.stats.byLeadUnit.constEnd(); ++it) {
        Entry e{it.key(), names.value(it.key(), it.key()), it.value()};
        if (e.open() > 0)
            entries << e;
    }
    QCollator collator;
    // Worst first: most overdue, then most open, then by name.
    std::sort(entries.begin(), entries.end(), [&collator](const Entry &a, const Entry &b) {
        if (a.counts.openOverdue != b.counts.openOverdue)
            return a.counts.openOverdue > b.counts.openOverdue;
        if (a.open() != b.open())
            return a.open() > b.open();
        return collator.compare(a.name, b.name) < 0;
    });

    const int shown =
        std::min(int(entries.size()), std::max(1, std::min(s.options.topUnits, s.options.maxPoints - 1)));
    const int summed = int(entries.size()) - shown;
    TaskStatistics::Counts others;
    for (int i = shown; i < entries.size(); ++i) {
        const TaskStatistics::Counts &c = entries.at(i).counts;
        others.openOverdue += c.openOverdue;
        others.openWithinDeadline += c.openWithinDeadline;
        others.standing += c.standing;
    }
    entries.resize(shown);
    if (summed > 0) {
        entries << Entry{QStringLiteral("others"), DashboardContent::tr("Others"), others};
        chart.note =
            DashboardContent::tr("%n other unit(s) with open tasks are summed under Others.", "", summed);
    }
    for (const Entry &e : std::as_const(entries)) {
        chart.categories << e.name;
        chart.categoryKeys << e.code;
    }
    for (const TaskStatus status :
         {TaskStatus::OpenOverdue, TaskStatus::OpenWithinDeadline, TaskStatus::Standing}) {
        ChartData::Series series = taskSeries(status, int(entries.size()));
        for (const Entry &e : std::as_const(entries))
            series.values << double(countOf(e.counts, status));
        chart.series << series;
    }
    return chart;
}

ChartData completedVsDue(const Sources &s, const Period &from, const Period &to)
{
    const QDate asOf = s.options.asOf;
    ChartData chart = chartShell(
        CompletedVsDue, ChartData::Kind::Line,
        DashboardContent::tr("%1 – %2, as of %3").arg(from.displayText(), to.displayText(), dateText(asOf)),
        taskSource());
    countAxis(&chart.axis, DashboardContent::tr("Tasks"));

    QHash<QString, int> column;
    for (Period p = from;
         p.isValid() && p.firstDay() <= to.firstDay() && chart.categories.size() < s.options.maxPoints;
         p = p.next()) {
        column.insert(p.code(), int(chart.categories.size()));
        chart.categories << p.displayText();
        chart.categoryKeys << p.code();
    }
    QVector<int> completed(chart.categories.size(), 0);
    QVector<int> due(chart.categories.size(), 0);
    const Period::Kind kind = from.kind();
    // Occurrences as the register lists them: a recurring task falls due once per period.
    for (const TaskOccurrence &o : TaskStore::occurrences(*s.tasks, asOf, s.options.dueSoonDays)) {
        if (o.task->isPilotModel())
            continue;
        if (o.completedOn.isValid() && o.completedOn <= asOf) {
            if (const auto it = column.constFind(Period::containing(kind, o.completedOn).code());
                it != column.cend())
                ++completed[*it];
        }
        if (o.deadline.isValid() && o.deadline <= asOf) {
            if (const auto it = column.constFind(Period::containing(kind, o.deadline).code());
                it != column.cend())
                ++due[*it];
        }
    }
    ChartData::Series done;
    done.name = DashboardContent::tr("Completed");
    done.key = TaskStatusRules::code(TaskStatus::CompletedOnTime);
    ChartData::Series fallen;
    fallen.name = DashboardContent::tr("Fallen due");
    for (int i = 0; i < chart.categoryKeys.size(); ++i) {
        // Periods after the as-of date have no figures yet: no point rather than a zero.
        const bool future = Period::parse(chart.categoryKeys.at(i)).firstDay() > asOf;
        done.values << (future ? std::nullopt : std::optional<double>(completed.at(i)));
        fallen.values << (future ? std::nullopt : std::optional<double>(due.at(i)));
    }
    chart.series << done << fallen;
    return chart;
}

QString indicatorName(const IndicatorRecord &indicator)
{
    return ReferenceData::localName(indicator.name, indicator.nameEn);
}

int indicatorIndex(const IndicatorStatus &status, const QString &code)
{
    for (int i = 0; i < status.indicators().size(); ++i) {
        if (status.indicators().at(i).code == code)
            return i;
    }
    return -1;
}

//! The province's row of indicator \a indicator, or nullptr.
const IndicatorStatus::Row *provinceRow(const Sources &s, int indicator)
{
    if (s.province < 0 || indicator < 0)
        return nullptr;
    return s.indicators.find(s.indicators.indicators().at(indicator).code,
                             s.indicators.units().at(s.province).code);
}

//! A percent axis that ends above the largest value, so that achievement over 100 % shows as such.
void percentAxis(ChartData::Axis *axis, double largest)
{
    axis->percent = true;
    axis->min = 0;
    axis->max = std::ceil(std::max(100.0, largest) * 1.1 / 10.0) * 10.0;
}

ChartData indicatorVsTarget(const Sources &s)
{
    ChartData chart =
        chartShell(IndicatorVsTarget, ChartData::Kind::Bar, asOfSubtitle(s.options.asOf), indicatorSource());
    chart.axis.title = DashboardContent::tr("Achievement of the target (%)");
    QStringList codes = s.options.indicators;
    if (codes.isEmpty()) {
        for (int i = 0; i < s.indicators.indicators().size(); ++i) {
            const IndicatorStatus::Row *row = provinceRow(s, i);
            if (row && row->hasValue() && row->hasTarget() && row->achievementPct)
                codes << s.indicators.indicators().at(i).code;
        }
        // A slide stays readable with a dozen bars; the others are chosen by code.
        if (codes.size() > s.options.defaultIndicators) {
            chart.note = DashboardContent::tr("The first %1 of %2 indicators with a target are shown.")
                             .arg(numberText(s.options.defaultIndicators), numberText(int(codes.size())));
            codes = codes.mid(0, s.options.defaultIndicators);
        }
    }
    ChartData::Series series;
    series.name = DashboardContent::tr("Achievement");
    double largest = 0;
    for (const QString &code : std::as_const(codes)) {
        const int i = indicatorIndex(s.indicators, code);
        if (i < 0 || chart.categories.size() >= s.options.maxPoints)
            continue;
        const IndicatorRecord &indicator = s.indicators.indicators().at(i);
        const IndicatorStatus::Row *row = provinceRow(s, i);
        chart.categories << indicatorName(indicator);
        chart.categoryKeys << indicator.code;
        std::optional<double> pct = row && row->hasValue() ? row->achievementPct : std::nullopt;
        series.values << pct;
        series.pointKeys << (row ? ColourRules::code(row->colour) : QString());
        const QString value = row && row->hasValue()
                                  ? IndicatorRules::figureText(indicator, row->value.value, row->value.peers)
                                  : QStringLiteral("–");
        const QString target = row && row->hasTarget()
                                   ? IndicatorRules::figureText(indicator, row->target.value)
                                   : QStringLiteral("–");
        series.labels << DashboardContent::tr("%1 against %2").arg(value, target);
        if (pct)
            largest = std::max(largest, *pct);
    }
    chart.series << series;
    chart.targetLine = 100.0;
    chart.targetLabel = DashboardContent::tr("Target");
    percentAxis(&chart.axis, largest);
    return chart;
}

ChartData indicatorByCommune(const Sources &s)
{
    const QVector<IndicatorRecord> &indicators = s.indicators.indicators();
    auto isCommuneRow = [&s](const IndicatorStatus::Row &row) {
        return row.hasValue() && CommuneAssessor::isCommuneKind(s.indicators.unitOf(row).kind);
    };
    int indicator = indicatorIndex(s.indicators, s.options.communeIndicator);
    if (s.options.communeIndicator.isEmpty()) {
        for (const IndicatorStatus::Row &row : s.indicators.rows()) {
            if (isCommuneRow(row)) {
                indicator = row.indicator;
                break;
            }
        }
    }
    ChartData chart =
        chartShell(IndicatorByCommune, ChartData::Kind::Bar, asOfSubtitle(s.options.asOf), indicatorSource());
    if (indicator < 0)
        return chart;
    const IndicatorRecord &ind = indicators.at(indicator);
    chart.subtitle = DashboardContent::tr("%1, as of %2").arg(indicatorName(ind), dateText(s.options.asOf));
    chart.axis.title = indicatorName(ind);

    QVector<const IndicatorStatus::Row *> rows;
    for (const IndicatorStatus::Row &row : s.indicators.rows()) {
        if (row.indicator == indicator && isCommuneRow(row))
            rows << &row;
    }
    // Best first: the largest value, the smallest for an indicator where lower is better.
    QCollator collator;
    const bool lower = ind.lowerIsBetter();
    std::sort(rows.begin(), rows.end(), [&](const IndicatorStatus::Row *a, const IndicatorStatus::Row *b) {
        if (a->value.value != b->value.value)
            return lower ? a->value.value < b->value.value : a->value.value > b->value.value;
        return collator.compare(s.indicators.unitOf(*a).name, s.indicators.unitOf(*b).name) < 0;
    });
    if (rows.size() > s.options.maxPoints && s.options.maxPoints > 1) {
        // Evenly along the sorted order, the best and the worst kept: the shape of the distribution stays.
        QVector<const IndicatorStatus::Row *> sampled;
        const int n = s.options.maxPoints;
        for (int i = 0; i < n; ++i)
            sampled << rows.at(int(std::llround(double(i) * double(rows.size() - 1) / double(n - 1))));
        chart.note = DashboardContent::tr("%1 of %2 communes shown, evenly along the order.")
                         .arg(numberText(n), numberText(int(rows.size())));
        rows = sampled;
    }

    const IndicatorStatus::Row *province = provinceRow(s, indicator);
    if (province && province->hasTarget()) {
        chart.targetLine = province->target.value;
        chart.targetLabel = DashboardContent::tr("Province target: %1")
                                .arg(IndicatorRules::figureText(ind, province->target.value));
    }
    ChartData::Series series;
    series.name = indicatorName(ind);
    bool ownTargets = false;
    bool againstProvince = false;
    for (const IndicatorStatus::Row *row : std::as_const(rows)) {
        const UnitNode &unit = s.indicators.unitOf(*row);
        chart.categories << ReferenceData::localName(unit.name, unit.nameEn);
        chart.categoryKeys << unit.code;
        series.values << row->value.value;
        series.labels << IndicatorRules::figureText(ind, row->value.value, row->value.peers);
        chart.targetMarkers << (row->hasTarget() ? std::optional<double>(row->target.value) : std::nullopt);
        ownTargets = ownTargets || row->hasTarget();
        TrafficLight colour = row->colour;
        if (!row->hasTarget() && chart.targetLine) {
            // Without a target of its own a commune is shown against the line drawn: the province's
            // target, under the indicator's colour rule.
            if (const auto pct = IndicatorRules::achievementPct(row->value.value, *chart.targetLine, lower)) {
                colour = s.colours.forIndicator(ind.id).colourFor(*pct);
                againstProvince = true;
            }
        }
        series.pointKeys << ColourRules::code(colour);
    }
    if (!ownTargets)
        chart.targetMarkers.clear();
    if (againstProvince) {
        const QString note =
            DashboardContent::tr("Communes without a target of their own are coloured against "
                                 "the province's target.");
        chart.note = chart.note.isEmpty() ? note : chart.note + QLatin1Char(' ') + note;
    }
    chart.series << series;
    if (ind.measure == QLatin1String("percent")) {
        double largest = 0;
        for (const auto &v : std::as_const(series.values))
            largest = std::max(largest, v.value_or(0));
        percentAxis(&chart.axis, largest);
    }
    return chart;
}

ChartData communesByColour(const Sources &s)
{
    const Period period = Period::parse(s.communePeriod);
    ChartData chart = chartShell(
        CommunesByColour, ChartData::Kind::Donut,
        period.isValid()
            ? DashboardContent::tr("%1, as of %2").arg(period.displayText(), dateText(s.options.asOf))
            : asOfSubtitle(s.options.asOf),
        DashboardContent::tr("Source: commune assessments (SteerDesk)"));
    if (!period.isValid()) {
        chart.note = DashboardContent::tr("No commune was assessed by %1.").arg(dateText(s.options.asOf));
        return chart;
    }
    const ColourCounts counts = CommuneStore::counts(s.communes);
    ChartData::Series series;
    series.name = DashboardContent::tr("Communes");
    for (const TrafficLight colour : {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red}) {
        chart.categories << ColourRules::displayName(colour);
        chart.categoryKeys << ColourRules::code(colour);
        series.values << double(counts.of(colour));
        series.pointKeys << ColourRules::code(colour);
        series.labels << numberText(counts.of(colour));
    }
    chart.series << series;
    return chart;
}

ChartData rankOverTime(const Database &database, const Sources &s, const Period &from, const Period &to,
                       QString *error)
{
    const QDate asOf = s.options.asOf;
    ChartData chart = chartShell(
        RankOverTime, ChartData::Kind::Line,
        DashboardContent::tr("%1 – %2, as of %3").arg(from.displayText(), to.displayText(), dateText(asOf)),
        indicatorSource());
    chart.axis.inverted = true;
    chart.axis.integers = true;
    chart.axis.min = 1;
    int indicator = indicatorIndex(s.indicators, s.options.rankIndicator);
    if (s.options.rankIndicator.isEmpty()) {
        for (int i = 0; i < s.indicators.indicators().size(); ++i) {
            const IndicatorStatus::Row *row = provinceRow(s, i);
            if (s.indicators.indicators().at(i).isRank() && row && row->hasValue()) {
                indicator = i;
                break;
            }
        }
    }
    if (indicator < 0 || s.province < 0)
        return chart;
    const IndicatorRecord &ind = s.indicators.indicators().at(indicator);
    const UnitNode &province = s.indicators.units().at(s.province);
    chart.subtitle = DashboardContent::tr("%1, %2 – %3, as of %4")
                         .arg(indicatorName(ind), from.displayText(), to.displayText(), dateText(asOf));
    chart.axis.title = DashboardContent::tr("Rank (1 is best)");

    // The figure in force at the end of each period of the range (IndicatorStore's reading of "as of"),
    // one point per period observed within the range.
    ChartData::Series series;
    series.name = indicatorName(ind);
    int peers = 0;
    for (Period p = from; p.isValid() && p.firstDay() <= to.firstDay() && p.firstDay() <= asOf &&
                          chart.categories.size() < s.options.maxPoints;
         p = p.next()) {
        const IndicatorStore::Figure figure =
            IndicatorStore::valueAsOf(database, ind.id, province.id, std::min(p.lastDay(), asOf), error);
        if (error && !error->isEmpty())
            return chart;
        const IndicatorValue &v = figure.latest;
        if (!v.isValid() || v.periodStart < from.firstDay() || chart.categoryKeys.contains(v.period))
            continue;
        chart.categories << Period::parse(v.period).displayText();
        chart.categoryKeys << v.period;
        series.values << v.value;
        series.labels << IndicatorRules::figureText(ind, v.value, v.peers);
        peers = std::max(peers, v.peers);
    }
    chart.series << series;
    if (peers > 0)
        chart.axis.max = peers;
    if (const IndicatorStatus::Row *row = provinceRow(s, indicator); row && row->hasTarget()) {
        chart.targetLine = row->target.value;
        chart.targetLabel =
            DashboardContent::tr("Target: %1").arg(IndicatorRules::figureText(ind, row->target.value));
    }
    if (chart.categories.isEmpty())
        chart.note = DashboardContent::tr("No figure of %1 in this range.").arg(indicatorName(ind));
    return chart;
}

DashboardContent::Tile makeTile(const QString &id, const QString &label, int value, int total,
                                const QString &key)
{
    DashboardContent::Tile t;
    t.id = id;
    t.label = label;
    t.value = value;
    t.total = total;
    t.text =
        total < 0 ? numberText(value) : QStringLiteral("%1/%2").arg(numberText(value), numberText(total));
    t.statusKey = key;
    return t;
}

bool computeFailed(QString *errorMessage, const QDate &asOf, const QString &why)
{
    return EditSupport::fail(
        errorMessage,
        DashboardContent::tr("The dashboard as of %1 could not be computed: %2").arg(dateText(asOf), why));
}

} // namespace

QStringList DashboardContent::chartIds()
{
    QStringList ids;
    for (const ChartTitle &t : ChartTitles)
        ids << *t.id;
    return ids;
}

QString DashboardContent::chartTitle(const QString &id)
{
    for (const ChartTitle &t : ChartTitles) {
        if (*t.id == id)
            return tr(t.title);
    }
    return {};
}

bool DashboardContent::compute(const Database &database, const Options &options, DashboardContent *content,
                               QString *errorMessage)
{
    if (!options.asOf.isValid())
        return EditSupport::fail(errorMessage, tr("Choose the date the dashboard is stated at."));
    QString error;
    const QVector<TaskRecord> tasks = TaskStore::load(database, false, &error);
    if (!error.isEmpty())
        return computeFailed(errorMessage, options.asOf, error);
    return compute(database, options, tasks, content, errorMessage);
}

bool DashboardContent::compute(const Database &database, const Options &options,
                               const QVector<TaskRecord> &tasks, DashboardContent *content,
                               QString *errorMessage)
{
    if (!options.asOf.isValid())
        return EditSupport::fail(errorMessage, tr("Choose the date the dashboard is stated at."));
    Period from = options.from.isValid() ? options.from : Period::month(options.asOf.year(), 1);
    Period to = options.to.isValid() ? Period::containing(from.kind(), options.to.firstDay())
                                     : Period::containing(from.kind(), options.asOf);
    if (to.firstDay() < from.firstDay())
        std::swap(from, to);

    Sources s;
    s.options = options;
    s.tasks = &tasks;
    QString error;
    auto failed = [&](const QString &why) {
        return computeFailed(errorMessage, options.asOf, why);
    };
    s.stats = TaskStatistics::compute(tasks, options.asOf, options.dueSoonDays);
    s.indicators = IndicatorStatus::compute(database, options.asOf, &error);
    if (!error.isEmpty())
        return failed(error);
    s.colours = ColourRules::load(database, &error);
    if (!error.isEmpty())
        return failed(error);
    s.communePeriod = CommuneStore::latestPeriod(database, options.asOf, &error);
    if (!error.isEmpty())
        return failed(error);
    if (!s.communePeriod.isEmpty()) {
        s.communes = CommuneStore::load(database, s.communePeriod, &error);
        if (!error.isEmpty())
            return failed(error);
    }
    s.programmes = ReferenceData::programmes(database);
    // The province: the top of the hierarchy (IndicatorStatus lists it first).
    for (int i = 0; i < s.indicators.units().size(); ++i) {
        if (s.indicators.units().at(i).parentId == 0) {
            s.province = i;
            break;
        }
    }

    DashboardContent result;
    result.asOf = options.asOf;
    result.from = from;
    result.to = to;

    const IndicatorStatus::Figures figures = s.indicators.figures();
    const ColourCounts communes = CommuneStore::counts(s.communes);
    result.tiles = {
        makeTile(QStringLiteral("tasks-done"), tr("Tasks completed"), s.stats.tasks.completed(),
                 s.stats.tasks.total, TaskStatusRules::code(TaskStatus::CompletedOnTime)),
        makeTile(QStringLiteral("tasks-overdue"), tr("Tasks overdue"), s.stats.tasks.openOverdue, -1,
                 TaskStatusRules::code(TaskStatus::OpenOverdue)),
        makeTile(QStringLiteral("pilot-models"), tr("Pilot models completed"), s.stats.modelsCompleted,
                 s.stats.modelsTotal, TaskStatusRules::code(TaskStatus::CompletedOnTime)),
        makeTile(QStringLiteral("indicators-achieved"), tr("Targets achieved"), figures.achieved,
                 figures.withTarget, ColourRules::code(TrafficLight::Green)),
        makeTile(QStringLiteral("communes-green"), tr("Communes in green"), communes.green, -1,
                 ColourRules::code(TrafficLight::Green)),
        makeTile(QStringLiteral("communes-yellow"), tr("Communes in yellow"), communes.yellow, -1,
                 ColourRules::code(TrafficLight::Yellow)),
        makeTile(QStringLiteral("communes-red"), tr("Communes in red"), communes.red, -1,
                 ColourRules::code(TrafficLight::Red)),
    };

    result.charts << tasksByProgramme(s) << overdueByUnit(s) << completedVsDue(s, from, to)
                  << indicatorVsTarget(s) << indicatorByCommune(s) << communesByColour(s);
    result.charts << rankOverTime(database, s, from, to, &error);
    if (!error.isEmpty())
        return failed(error);
    *content = result;
    return true;
}

const ChartData *DashboardContent::chart(const QString &id) const
{
    for (const ChartData &c : charts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const DashboardContent::Tile *DashboardContent::tile(const QString &id) const
{
    for (const Tile &t : tiles) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QJsonObject DashboardContent::toJson() const
{
    QJsonArray tileArray;
    for (const Tile &t : tiles) {
        QJsonObject object{{QStringLiteral("id"), t.id},
                           {QStringLiteral("label"), t.label},
                           {QStringLiteral("value"), t.value},
                           {QStringLiteral("text"), t.text},
                           {QStringLiteral("key"), t.statusKey}};
        if (t.total >= 0)
            object.insert(QStringLiteral("total"), t.total);
        tileArray.append(object);
    }
    QJsonArray chartArray;
    for (const ChartData &c : charts)
        chartArray.append(c.toJson());
    return QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                       {QStringLiteral("from"), from.code()},
                       {QStringLiteral("to"), to.code()},
                       {QStringLiteral("tiles"), tileArray},
                       {QStringLiteral("charts"), chartArray}};
}
