// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPair>
#include <QVector>

#include "models/indicators/indicatorrecord.h"

class Database;

/*!
 * IndicatorStore reads the indicator catalogue, the unit hierarchy, targets and observations, and
 * states every indicator for every unit as of a date:
 *
 *  - the value as of D is the latest observation whose period starts on or before D (two periods
 *    starting on the same day, a month and its quarter: the row written last); for a cumulative indicator that is the value to date, for a periodic one the value
 *    of that period; IndicatorValue::period always says which period it is;
 *  - the previous value, for "change since the previous period", is the unit's observation before that
 *    one (the latest whose period starts earlier);
 *  - a unit with children and no observation of its own gets the roll-up of its children that exist on
 *    D (recursively): rates sum numerators and denominators, counts and money sum values, other
 *    measures do not roll up. The roll-up belongs to the latest period among the children's figures; for
 *    a periodic indicator only the children with a figure for that same period are summed (the others
 *    are counted as left out), for a cumulative one each child's value to date is summed. A unit's own
 *    observation always wins over the roll-up of its children;
 *  - the target in force for (indicator, unit, assigner) is the one with the latest effective_from on
 *    or before D, so that the Government's and the province's targets can be shown side by side.
 *
 * The province-wide computation is a handful of queries whatever the size: one for the latest and
 * previous observation of every indicator and unit (index seeks on observations_latest, see
 * latestObservationsSql()), one for the targets in force, one each for the catalogue and the units;
 * roll-ups are then computed in memory. All values are bound.
 */
class IndicatorStore final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorStore)

public:
    //! (indicator id, unit id)
    using Key = QPair<qint64, qint64>;

    //! The latest figure of an indicator for a unit as of a date, and the one before it.
    struct Figure
    {
        IndicatorValue latest;
        IndicatorValue previous;
    };

    //! A unit's own observations of one indicator (no roll-up).
    struct Observed
    {
        qint64 indicatorId = 0;
        qint64 unitId = 0;
        IndicatorValue latest;
        IndicatorValue previous;
    };

    //! The catalogue, by position then code.
    static QVector<IndicatorRecord> loadCatalogue(const Database &database, QString *errorMessage = nullptr);

    /*!
     * The targets in force on \a date: for each indicator, unit and assigner the one with the latest
     * effective_from on or before \a date. \a indicatorId 0 means every indicator.
     */
    static QVector<TargetRecord> targetsInForce(const Database &database, const QDate &date,
                                                qint64 indicatorId = 0, QString *errorMessage = nullptr);
    /*!
     * The SQL targetsInForce() runs, with its four positional parameters: the date, the indicator id
     * twice (0 for all), the date again. The benchmark runs the same text in the sqlite3 tool.
     */
    static QString targetsInForceSql();
    //! Every target ever set for \a indicatorId, by unit, then effective date, then assigner.
    static QVector<TargetRecord> targets(const Database &database, qint64 indicatorId,
                                         QString *errorMessage = nullptr);
    //! The target of one indicator, unit and assigner in force on \a date; !isValid() when there is none.
    static TargetRecord targetInForce(const Database &database, qint64 indicatorId, qint64 unitId,
                                      const QDate &date, const QString &assignedBy,
                                      QString *errorMessage = nullptr);

    /*!
     * Every unit's own latest and previous observation as of \a date, in one query;
     * \a indicatorId 0 means every indicator.
     */
    static QVector<Observed> latestObservations(const Database &database, const QDate &date,
                                                qint64 indicatorId = 0, QString *errorMessage = nullptr);
    /*!
     * The SQL latestObservations() runs, with its three positional parameters: the as-of date
     * ('YYYY-MM-DD') and the indicator id twice (0 for all). The benchmark runs the same text in the
     * sqlite3 tool.
     */
    static QString latestObservationsSql();

    /*!
     * The figures of every indicator for every unit as of \a date from what was read: own observations,
     * else roll-ups of the children that exist on \a date. Pure; no SQL.
     */
    static QHash<Key, Figure> resolve(const QVector<IndicatorRecord> &indicators,
                                      const QVector<UnitNode> &units, const QVector<Observed> &observed,
                                      const QDate &date);

    //! The figure of one indicator for one unit as of \a date (its own, or the roll-up of its children).
    static Figure valueAsOf(const Database &database, qint64 indicatorId, qint64 unitId, const QDate &date,
                            QString *errorMessage = nullptr);

    //! "value to date reported for Tháng 5/2026" / "value for Tháng 5/2026": what a figure is.
    static QString periodNote(const IndicatorRecord &indicator, const IndicatorValue &value);
};
