// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QVector>

#include "models/indicators/colourrules.h"
#include "models/indicators/indicatorrecord.h"
#include "models/indicators/indicatorstore.h"

class Database;

/*!
 * IndicatorStatus states every indicator for every unit as of a date, the way the report reads it:
 * the latest figure and its period, the target in force, achievement (never capped), whether it is
 * achieved, the colour of the indicator's rule and the change since the previous period.
 *
 * The target a figure is judged against ("the main target") is the unit's own target in force, never a
 * parent's; when several assigners set one, the provincial steering committee's comes first, then the
 * Provincial People's Committee's, the Government's, the central steering committee's and any other:
 * the province reports against the aim it set itself (where it differs, usually the stricter one), and
 * the others stay visible in Row::targets. Without a target there is no achievement and no colour.
 *
 * Rows are the units that exist on the date and have a figure or a target in force, indicators in
 * catalogue order, units in the order of the hierarchy (the province, then its units by position).
 */
class IndicatorStatus final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStatus)

public:
    struct Row
    {
        int indicator = -1;      //!< index in indicators()
        int unit = -1;           //!< index in units()
        IndicatorValue value;    //!< the latest figure (own or rolled up); invalid when only a target exists
        IndicatorValue previous; //!< the figure of the period before
        TargetRecord target;     //!< the main target in force; !isValid() without one
        QVector<TargetRecord> targets; //!< every assigner's target in force, the main one first
        std::optional<double> achievementPct;
        bool achieved = false;
        TrafficLight colour = TrafficLight::None;
        std::optional<double> change; //!< value − previous value (points for a percentage, places for a rank)

        bool hasValue() const { return value.valid; }
        bool hasTarget() const { return target.isValid(); }
    };

    //! The figures of the report: targets in force and how many are achieved, by colour.
    struct Figures
    {
        int withTarget = 0; //!< rows with a target in force (with or without a figure)
        int achieved = 0;
        int green = 0;
        int yellow = 0;
        int red = 0;
        QJsonObject toJson() const;
    };

    //! Everything as of \a asOf in a fixed handful of queries; on failure \a errorMessage says why.
    static IndicatorStatus compute(const Database &database, const QDate &asOf,
                                   QString *errorMessage = nullptr);

    //! Assembles the rows from what was read (no SQL): what compute() does after reading.
    static IndicatorStatus assemble(const QDate &asOf, const QVector<IndicatorRecord> &indicators,
                                    const QVector<UnitNode> &units, const QVector<TargetRecord> &targets,
                                    const QHash<IndicatorStore::Key, IndicatorStore::Figure> &figures,
                                    const ColourRuleBook &colours);

    /*!
     * The order in which targets of different assigners are preferred: provincial_sc, ppc, government,
     * central, then anything else. Lower comes first.
     */
    static int assignerPreference(const QString &assignedBy);
    //! The main target among one unit's targets in force (see the class comment); nullptr when empty.
    static const TargetRecord *mainTarget(const QVector<TargetRecord> &targets);

    QDate asOf() const { return m_asOf; }
    const QVector<IndicatorRecord> &indicators() const { return m_indicators; }
    const QVector<UnitNode> &units() const { return m_units; }
    const QVector<Row> &rows() const { return m_rows; }
    const IndicatorRecord &indicatorOf(const Row &row) const { return m_indicators.at(row.indicator); }
    const UnitNode &unitOf(const Row &row) const { return m_units.at(row.unit); }
    //! The row of an indicator and a unit by code, or nullptr.
    const Row *find(const QString &indicatorCode, const QString &unitCode) const;

    Figures figures() const;

private:
    QDate m_asOf;
    QVector<IndicatorRecord> m_indicators;
    QVector<UnitNode> m_units;
    QVector<Row> m_rows;
};
