// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorstatus.h"

#include <algorithm>
#include <iterator>

#include "models/indicators/indicatorrules.h"
#include "models/storage/schema.h"

namespace {

//! Units depth first from the top-level ones, siblings in \a units' order (position, code).
QVector<int> hierarchyOrder(const QVector<UnitNode> &units)
{
    QHash<qint64, int> indexOf;
    for (int i = 0; i < units.size(); ++i)
        indexOf.insert(units.at(i).id, i);
    QHash<qint64, QVector<int>> children;
    QVector<int> roots;
    for (int i = 0; i < units.size(); ++i) {
        const qint64 parent = units.at(i).parentId;
        if (parent != 0 && indexOf.contains(parent))
            children[parent] << i;
        else
            roots << i;
    }
    QVector<int> order;
    order.reserve(units.size());
    QVector<bool> seen(units.size(), false);
    QVector<int> stack;
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack << *it;
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        if (seen.at(i))
            continue;
        seen[i] = true;
        order << i;
        const QVector<int> kids = children.value(units.at(i).id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack << *it;
    }
    // Units caught in a parent cycle (which the editor refuses) still appear, last.
    for (int i = 0; i < units.size(); ++i)
        if (!seen.at(i))
            order << i;
    return order;
}

} // namespace

int IndicatorStatus::assignerPreference(const QString &assignedBy)
{
    static const char *const order[] = {Schema::AssignedBy::ProvincialSc, Schema::AssignedBy::Ppc,
                                        Schema::AssignedBy::Government, Schema::AssignedBy::Central};
    for (int i = 0; i < int(std::size(order)); ++i)
        if (assignedBy == QLatin1String(order[i]))
            return i;
    return int(std::size(order));
}

const TargetRecord *IndicatorStatus::mainTarget(const QVector<TargetRecord> &targets)
{
    const TargetRecord *best = nullptr;
    for (const TargetRecord &t : targets)
        if (!best || assignerPreference(t.assignedBy) < assignerPreference(best->assignedBy) ||
            (assignerPreference(t.assignedBy) == assignerPreference(best->assignedBy) &&
             t.effectiveFrom > best->effectiveFrom))
            best = &t;
    return best;
}

IndicatorStatus IndicatorStatus::compute(const Database &database, const QDate &asOf, QString *errorMessage)
{
    QString error;
    const QVector<IndicatorRecord> indicators = IndicatorStore::loadCatalogue(database, &error);
    QVector<UnitNode> units;
    QVector<TargetRecord> targets;
    QVector<IndicatorStore::Observed> observed;
    ColourRuleBook colours;
    if (error.isEmpty())
        units = ReferenceData::storedUnits(database, &error);
    if (error.isEmpty())
        targets = IndicatorStore::targetsInForce(database, asOf, 0, &error);
    if (error.isEmpty())
        observed = IndicatorStore::latestObservations(database, asOf, 0, &error);
    if (error.isEmpty())
        colours = ColourRules::load(database, &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        IndicatorStatus empty;
        empty.m_asOf = asOf;
        return empty;
    }
    return assemble(asOf, indicators, units, targets,
                    IndicatorStore::resolve(indicators, units, observed, asOf), colours);
}

IndicatorStatus IndicatorStatus::assemble(const QDate &asOf, const QVector<IndicatorRecord> &indicators,
                                          const QVector<UnitNode> &units,
                                          const QVector<TargetRecord> &targets,
                                          const QHash<IndicatorStore::Key, IndicatorStore::Figure> &figures,
                                          const ColourRuleBook &colours)
{
    IndicatorStatus status;
    status.m_asOf = asOf;
    status.m_indicators = indicators;
    status.m_units = units;

    QHash<IndicatorStore::Key, QVector<TargetRecord>> targetsOf;
    for (const TargetRecord &t : targets)
        targetsOf[IndicatorStore::Key(t.indicatorId, t.unitId)] << t;

    const QVector<int> unitOrder = hierarchyOrder(units);
    for (int i = 0; i < indicators.size(); ++i) {
        const IndicatorRecord &indicator = indicators.at(i);
        const ColourRules &rules = colours.forIndicator(indicator.id);
        for (int u : unitOrder) {
            const UnitNode &unit = units.at(u);
            if (!unit.existsOn(asOf))
                continue;
            const IndicatorStore::Key key(indicator.id, unit.id);
            const IndicatorStore::Figure figure = figures.value(key);
            QVector<TargetRecord> inForce = targetsOf.value(key);
            if (!figure.latest.valid && inForce.isEmpty())
                continue;
            Row row;
            row.indicator = i;
            row.unit = u;
            row.value = figure.latest;
            row.previous = figure.previous;
            if (const TargetRecord *main = mainTarget(inForce))
                row.target = *main;
            std::stable_sort(inForce.begin(), inForce.end(),
                             [](const TargetRecord &a, const TargetRecord &b) {
                                 return assignerPreference(a.assignedBy) < assignerPreference(b.assignedBy);
                             });
            row.targets = inForce;
            if (row.hasValue() && row.hasTarget()) {
                row.achievementPct = IndicatorRules::achievementPct(row.value.value, row.target.value,
                                                                    indicator.lowerIsBetter());
                row.achieved =
                    IndicatorRules::isAchieved(row.value.value, row.target.value, indicator.lowerIsBetter());
                if (row.achievementPct)
                    row.colour = rules.colourFor(*row.achievementPct);
            }
            if (row.hasValue() && row.previous.valid)
                row.change = row.value.value - row.previous.value;
            status.m_rows << row;
        }
    }
    return status;
}

const IndicatorStatus::Row *IndicatorStatus::find(const QString &indicatorCode, const QString &unitCode) const
{
    for (const Row &row : m_rows)
        if (indicatorOf(row).code.compare(indicatorCode, Qt::CaseInsensitive) == 0 &&
            unitOf(row).code.compare(unitCode, Qt::CaseInsensitive) == 0)
            return &row;
    return nullptr;
}

IndicatorStatus::Figures IndicatorStatus::figures() const
{
    Figures f;
    for (const Row &row : m_rows) {
        if (!row.hasTarget())
            continue;
        ++f.withTarget;
        if (row.hasValue() && row.achieved)
            ++f.achieved;
        switch (row.colour) {
        case TrafficLight::Green:
            ++f.green;
            break;
        case TrafficLight::Yellow:
            ++f.yellow;
            break;
        case TrafficLight::Red:
            ++f.red;
            break;
        case TrafficLight::None:
            break;
        }
    }
    return f;
}

QJsonObject IndicatorStatus::Figures::toJson() const
{
    return QJsonObject{
        {QStringLiteral("with_target"), withTarget},
        {QStringLiteral("achieved"), achieved},
        {QStringLiteral("by_colour"), QJsonObject{{ColourRules::code(TrafficLight::Green), green},
                                                  {ColourRules::code(TrafficLight::Yellow), yellow},
                                                  {ColourRules::code(TrafficLight::Red), red}}},
    };
}
