// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/indicators/indicatorrecord.h"

/*!
 * IndicatorRules holds the arithmetic of indicators as the committee reads it, as pure functions
 * (no SQL, no state), so that the screen, the command line, the export and the printed report agree:
 *
 *  - achievement = value / target × 100, and target / value × 100 for lower-is-better indicators
 *    (ranks); never capped: 958,367 accounts against 794,301 is 120.66 %;
 *  - a target is achieved at 100 % and above: equality achieves, rank 6 against a target of 10 achieves;
 *  - ranks are shown with their peer count, "6/63";
 *  - a unit's children roll up by summing numerators and denominators for rates (never by averaging
 *    percentages), by summing values for counts and money; scores, ranks and percentages entered
 *    without numerator and denominator do not roll up, and the result says so.
 */
class IndicatorRules final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRules)

public:
    /*!
     * value / target × 100, or target / value × 100 when \a lowerIsBetter. Undefined (nullopt) where
     * the quotient means nothing: a target that is not positive, a negative value, a lower-is-better
     * value of 0 (nothing to divide by), or a value that is not a number. The result is rounded to
     * 1e-9 so that a value equal to its target after floating-point sums is exactly 100.
     */
    static std::optional<double> achievementPct(double value, double target, bool lowerIsBetter);

    /*!
     * Whether \a value meets \a target: achievement of 100 % or more; where achievement is undefined,
     * the plain comparison (value >= target, or <= when lower is better), so that "0 overdue against a
     * target of 0" is achieved.
     */
    static bool isAchieved(double value, double target, bool lowerIsBetter);

    //! "6/63"; "6" when the peer count is unknown (0).
    static QString rankText(double rank, int peers);
    /*!
     * A figure as the report writes it, in the user's locale: "1.623.297", "99,81%", "6/63". Ranks show
     * their peer count when known; percentages get the sign; the indicator's decimals otherwise.
     */
    static QString figureText(const IndicatorRecord &indicator, double value, int peers = 0);

    enum class RollUpKind {
        RatioOfSums, //!< rates: Σ numerators / Σ denominators × 100
        Sum,         //!< counts and money: Σ values
        None,        //!< scores, ranks, percentages without numerator and denominator
    };
    static RollUpKind rollUpKind(const IndicatorRecord &indicator);

    //! One child's figure in a roll-up.
    struct Part
    {
        double value = 0;
        bool hasRatio = false;
        double numerator = 0;
        double denominator = 0;
    };

    //! What a roll-up gives: a value (or none, and why), and of how many units.
    struct RollUp
    {
        RollUpKind kind = RollUpKind::None;
        bool valid = false;
        double value = 0;
        bool hasRatio = false;
        double numerator = 0;
        double denominator = 0;
        int unitCount = 0;    //!< the parts summed
        int withoutRatio = 0; //!< rate parts left out: a percentage without numerator and denominator
        QString reason;       //!< for kind None: why this measure does not roll up

        /*!
         * What the figure is, in the user's language: "Roll-up of 102 units: summed numerators over
         * summed denominators", "Roll-up of 3 units: sum of their values", or why there is none.
         */
        QString description() const;
    };

    /*!
     * Rolls \a parts up the way \a indicator's measure allows. A rate part without numerator and
     * denominator cannot be weighed, so it is left out and counted rather than averaged in.
     */
    static RollUp rollUp(const IndicatorRecord &indicator, const QVector<Part> &parts);

    //! Why \a indicator does not roll up; empty when it does.
    static QString noRollUpReason(const IndicatorRecord &indicator);
};
