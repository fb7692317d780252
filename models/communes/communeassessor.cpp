// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/communes/communeassessor.h"

#include <cmath>

#include <QHash>
#include <QLocale>
#include <QPair>

#include "models/commands/editsupport.h"
#include "models/domain/period.h"
#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstatus.h"
#include "models/reference/referencedata.h"
#include "models/storage/schema.h"
#include "models/tasks/taskstore.h"

namespace {

double roundedScore(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString points(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

//! A province's target applies to a commune for what does not add up over communes: shares and scores.
bool inheritsProvinceTarget(const IndicatorRecord &indicator)
{
    return indicator.level == QLatin1String(Schema::UnitKind::Commune) &&
           (indicator.measure == QLatin1String(Schema::Measure::Percent) ||
            indicator.measure == QLatin1String(Schema::Measure::Score));
}

} // namespace

int CommuneFacts::count(TaskStatus status) const
{
    int n = 0;
    for (const CommuneTaskFact &t : tasks)
        n += t.status == status ? 1 : 0;
    return n;
}

int CommuneFacts::achieved() const
{
    int n = 0;
    for (const CommuneIndicatorFact &i : indicators)
        n += i.achieved ? 1 : 0;
    return n;
}

QDate CommuneAssessor::asOfFor(const Period &period, const QDate &assessedOn)
{
    const QDate last = period.lastDay();
    return assessedOn.isValid() && assessedOn < last ? assessedOn : last;
}

QStringList CommuneAssessor::communeKinds()
{
    return {QLatin1String(Schema::UnitKind::Commune), QLatin1String(Schema::UnitKind::Ward),
            QLatin1String(Schema::UnitKind::SpecialZone)};
}

bool CommuneAssessor::isCommuneKind(const QString &kind)
{
    return communeKinds().contains(kind);
}

QVector<CommuneFacts> CommuneAssessor::loadFacts(const Database &database, const CommuneRules &rules,
                                                 const Period &period, const QDate &asOf,
                                                 QString *errorMessage)
{
    QString error;
    const auto failed = [&]() {
        if (errorMessage)
            *errorMessage = error;
        return QVector<CommuneFacts>();
    };
    // Units: the communes open at some time during the period, and every unit's parent for targets.
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database, &error);
    if (!error.isEmpty())
        return failed();
    QVector<CommuneFacts> facts;
    QHash<qint64, int> indexOf;
    QHash<qint64, qint64> parentOf;
    for (const ReferenceData::Unit &u : units) {
        parentOf.insert(u.id, u.parentId);
        const bool open = (!u.openedOn.isValid() || u.openedOn <= period.lastDay()) &&
                          (!u.closedOn.isValid() || u.closedOn > period.firstDay());
        if (!isCommuneKind(u.kind) || !open)
            continue;
        CommuneFacts f;
        f.unitId = u.id;
        f.code = u.code;
        f.name = u.name;
        f.nameEn = u.nameEn;
        f.kind = u.kind;
        indexOf.insert(u.id, int(facts.size()));
        facts.append(f);
    }

    // Tasks: the register's own derivation, one row per task or occurrence as of the date.
    // Only the tasks communes lead: in a register of thousands, most are the departments'.
    const QVector<TaskRecord> tasks = TaskStore::loadLedBy(database, communeKinds(), &error);
    if (!error.isEmpty())
        return failed();
    for (const TaskOccurrence &o : TaskStore::occurrences(tasks, asOf, 0)) {
        const auto it = indexOf.constFind(o.task->leadUnitId);
        if (it == indexOf.cend())
            continue;
        if (o.status != TaskStatus::CompletedOnTime && o.status != TaskStatus::CompletedLate &&
            o.status != TaskStatus::OpenOverdue)
            continue;
        CommuneTaskFact t;
        t.taskId = o.task->id;
        t.code = o.task->code;
        t.title = o.task->title;
        t.period = o.period;
        t.deadline = o.deadline;
        t.completedOn = o.completedOn;
        t.status = o.status;
        facts[*it].tasks.append(t);
    }

    // Indicators: every figure and target in force as of the date, in one computation.
    const IndicatorStatus status = IndicatorStatus::compute(database, asOf, &error);
    if (!error.isEmpty())
        return failed();
    QHash<QPair<qint64, qint64>, const IndicatorStatus::Row *> rowOf;
    for (const IndicatorStatus::Row &row : status.rows())
        rowOf.insert({status.indicatorOf(row).id, status.unitOf(row).id}, &row);
    const auto targetAbove = [&](qint64 indicatorId, qint64 unitId) -> const IndicatorStatus::Row * {
        for (qint64 up = parentOf.value(unitId); up > 0; up = parentOf.value(up)) {
            const IndicatorStatus::Row *row = rowOf.value({indicatorId, up});
            if (row && row->hasTarget())
                return row;
        }
        return nullptr;
    };
    for (CommuneFacts &f : facts) {
        for (const IndicatorRecord &indicator : status.indicators()) {
            const IndicatorStatus::Row *own = rowOf.value({indicator.id, f.unitId});
            CommuneIndicatorFact fact;
            fact.indicator = indicator;
            if (own && own->hasTarget()) {
                fact.target = own->target.value;
                fact.achieved = own->achieved;
            } else if (rules.provinceTargets && inheritsProvinceTarget(indicator)) {
                const IndicatorStatus::Row *above = targetAbove(indicator.id, f.unitId);
                if (!above)
                    continue;
                fact.target = above->target.value;
                fact.inherited = true;
                fact.achieved =
                    own && own->hasValue() &&
                    IndicatorRules::isAchieved(own->value.value, fact.target, indicator.lowerIsBetter());
            } else {
                continue;
            }
            if (own && own->hasValue()) {
                fact.hasValue = true;
                fact.value = own->value.value;
                fact.peers = own->value.peers;
                fact.period = own->value.period;
            }
            f.indicators.append(fact);
        }
    }
    return facts;
}

CommuneAssessment CommuneAssessor::assess(const CommuneRules &rules, const CommuneFacts &facts)
{
    CommuneAssessment a;
    a.facts = facts;
    const int onTime = facts.count(TaskStatus::CompletedOnTime);
    const int overdue = facts.count(TaskStatus::OpenOverdue);
    const int due = int(facts.tasks.size());
    const int withTarget = int(facts.indicators.size());
    const int achieved = facts.achieved();

    // Each share weighs in only when there is something to count.
    double weights = 0, earned = 0;
    const bool countsTasks = due > 0 && rules.taskWeight > 0;
    const bool countsIndicators = withTarget > 0 && rules.indicatorWeight > 0;
    if (countsTasks) {
        weights += rules.taskWeight;
        earned += rules.taskWeight * onTime / due;
    }
    if (countsIndicators) {
        weights += rules.indicatorWeight;
        earned += rules.indicatorWeight * achieved / withTarget;
    }
    if (weights > 0)
        a.score = roundedScore(100.0 * earned / weights);

    // Nothing to count is no evidence of green.
    a.scoreColour = a.score ? rules.scoreRanges.colourFor(*a.score) : TrafficLight::Yellow;
    if (a.scoreColour == TrafficLight::None)
        a.scoreColour = TrafficLight::Yellow;
    a.colour = a.scoreColour;
    const bool capped = overdue > rules.greenMaxOverdue && a.colour == TrafficLight::Green;
    if (capped)
        a.colour = TrafficLight::Yellow;
    const bool redByOverdue =
        rules.redMinOverdue > 0 && overdue >= rules.redMinOverdue && a.colour != TrafficLight::Red;
    if (redByOverdue)
        a.colour = TrafficLight::Red;

    // The explanation: "Score 72.5: 3/4 tasks on time; 2/3 indicators achieved; 1 task overdue → yellow".
    QStringList parts;
    parts << (due > 0 ? tr("%1/%2 tasks on time").arg(onTime).arg(due) : tr("no task fell due"));
    parts << (withTarget > 0 ? tr("%1/%2 indicators achieved").arg(achieved).arg(withTarget)
                             : tr("no indicator with a target"));
    if (overdue > 0) {
        QString text = tr("%n task(s) overdue", nullptr, overdue);
        if (redByOverdue)
            text = tr("%1 (red from %n)", nullptr, rules.redMinOverdue).arg(text);
        else if (capped)
            text = tr("%1 (green allows at most %n)", nullptr, rules.greenMaxOverdue).arg(text);
        parts << text;
    }
    const QString colourName = ColourRules::displayName(a.colour).toLower();
    a.explanation =
        a.score ? tr("Score %1: %2 → %3").arg(points(*a.score), parts.join(QStringLiteral("; ")), colourName)
                : tr("Nothing to score: %1 → %2").arg(parts.join(QStringLiteral("; ")), colourName);

    // What makes it green: the overdue tasks to complete, the indicators to achieve, the points missing.
    if (a.colour == TrafficLight::Green)
        return a;
    if (!a.score) {
        a.toGreen << tr(
            "Nothing fell due and no indicator has a target: record the commune's tasks or targets, "
            "or set its colour by hand with a reason.");
        return a;
    }
    const double greenFrom = rules.greenFrom();
    const double missing = greenFrom - *a.score;
    if (overdue > rules.greenMaxOverdue) {
        if (rules.greenMaxOverdue > 0)
            a.toGreen << tr("A green commune has at most %n overdue task(s).", nullptr,
                            rules.greenMaxOverdue);
        for (const CommuneTaskFact &t : facts.tasks) {
            if (t.status != TaskStatus::OpenOverdue)
                continue;
            a.toGreen << (t.period.isEmpty()
                              ? tr("Complete %1 “%2”, overdue since %3")
                                    .arg(t.code, EditSupport::shortTitle(t.title), dateText(t.deadline))
                              : tr("Complete %1 “%2” for %3, overdue since %4")
                                    .arg(t.code, EditSupport::shortTitle(t.title),
                                         Period::parse(t.period).displayText(), dateText(t.deadline)));
        }
    }
    if (missing > 0) {
        a.toGreen << tr("%1 points short of green (%2 needed).").arg(points(missing), points(greenFrom));
        const double each = countsIndicators ? 100.0 * rules.indicatorWeight / weights / withTarget : 0;
        const int open = withTarget - achieved;
        if (each <= 0 || *a.score + each * open < greenFrom - 1e-9) {
            a.toGreen
                << tr("Green cannot be reached in this period: with every indicator achieved the score would "
                      "be %1, and tasks completed late or overdue stay so.")
                       .arg(points(roundedScore(*a.score + each * open)));
        } else {
            const int needed = int(std::ceil(missing / each - 1e-9));
            a.toGreen
                << tr("Achieve %n more indicator(s), %1 points each:", nullptr, needed).arg(points(each));
        }
        for (const CommuneIndicatorFact &i : facts.indicators) {
            if (i.achieved)
                continue;
            const QString name = ReferenceData::localName(i.indicator.name, i.indicator.nameEn);
            const QString target = IndicatorRules::figureText(i.indicator, i.target, i.peers);
            a.toGreen << (i.hasValue
                              ? tr("%1: %2 against a target of %3")
                                    .arg(name, IndicatorRules::figureText(i.indicator, i.value, i.peers),
                                         target)
                              : tr("%1: no figure reported, target %2").arg(name, target));
        }
    }
    return a;
}

QVector<CommuneAssessment> CommuneAssessor::assessAll(const Database &database, const CommuneRules &rules,
                                                      const Period &period, const QDate &asOf,
                                                      QString *errorMessage)
{
    QVector<CommuneAssessment> list;
    const QVector<CommuneFacts> facts = loadFacts(database, rules, period, asOf, errorMessage);
    list.reserve(facts.size());
    for (const CommuneFacts &f : facts)
        list.append(assess(rules, f));
    return list;
}
