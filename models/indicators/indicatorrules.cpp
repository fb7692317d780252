// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorrules.h"

#include <cmath>

#include <QLocale>

#include "models/storage/schema.h"

std::optional<double> IndicatorRules::achievementPct(double value, double target, bool lowerIsBetter)
{
    if (!std::isfinite(value) || !std::isfinite(target) || target <= 0)
        return std::nullopt;
    double pct = 0;
    if (lowerIsBetter) {
        if (value <= 0)
            return std::nullopt;
        pct = target / value * 100.0;
    } else {
        if (value < 0)
            return std::nullopt;
        pct = value / target * 100.0;
    }
    // Only floating-point noise is removed (sums of numerators, 0.1 + 0.2): never a cap.
    if (std::fabs(pct) < 1e6)
        pct = std::round(pct * 1e9) / 1e9;
    return pct;
}

bool IndicatorRules::isAchieved(double value, double target, bool lowerIsBetter)
{
    if (const std::optional<double> pct = achievementPct(value, target, lowerIsBetter))
        return *pct >= 100.0;
    if (!std::isfinite(value) || !std::isfinite(target))
        return false;
    return lowerIsBetter ? value <= target : value >= target;
}

QString IndicatorRules::figureText(const IndicatorRecord &indicator, double value, int peers)
{
    const QLocale locale;
    if (indicator.isRank() && peers > 0)
        return QStringLiteral("%1/%2").arg(locale.toString(value, 'f', 0), locale.toString(peers));
    const QString text = locale.toString(value, 'f', indicator.isRank() ? 0 : qMax(0, indicator.decimals));
    return indicator.measure == QLatin1String("percent") ? text + QLatin1Char('%') : text;
}

QString IndicatorRules::rankText(double rank, int peers)
{
    const QString place = QString::number(qint64(std::llround(rank)));
    if (peers <= 0)
        return place;
    //: A rank among its peers: "6/63" (6th of 63 provinces)
    return tr("%1/%2").arg(place).arg(peers);
}

IndicatorRules::RollUpKind IndicatorRules::rollUpKind(const IndicatorRecord &indicator)
{
    if (indicator.isRate)
        return RollUpKind::RatioOfSums;
    if (indicator.measure == QLatin1String(Schema::Measure::Count) ||
        indicator.measure == QLatin1String(Schema::Measure::Money))
        return RollUpKind::Sum;
    return RollUpKind::None;
}

QString IndicatorRules::noRollUpReason(const IndicatorRecord &indicator)
{
    if (rollUpKind(indicator) != RollUpKind::None)
        return {};
    if (indicator.measure == QLatin1String(Schema::Measure::Rank))
        return tr("No roll-up: ranks do not add up.");
    if (indicator.measure == QLatin1String(Schema::Measure::Score))
        return tr("No roll-up: scores do not add up.");
    return tr("No roll-up: percentages without numerator and denominator cannot be combined.");
}

IndicatorRules::RollUp IndicatorRules::rollUp(const IndicatorRecord &indicator, const QVector<Part> &parts)
{
    RollUp r;
    r.kind = rollUpKind(indicator);
    switch (r.kind) {
    case RollUpKind::None:
        r.reason = noRollUpReason(indicator);
        return r;
    case RollUpKind::Sum:
        for (const Part &p : parts) {
            r.value += p.value;
            ++r.unitCount;
        }
        r.valid = r.unitCount > 0;
        return r;
    case RollUpKind::RatioOfSums:
        for (const Part &p : parts) {
            if (!p.hasRatio || p.denominator <= 0) {
                ++r.withoutRatio;
                continue;
            }
            r.numerator += p.numerator;
            r.denominator += p.denominator;
            ++r.unitCount;
        }
        r.hasRatio = r.unitCount > 0;
        r.valid = r.hasRatio;
        if (r.valid)
            r.value = r.numerator / r.denominator * 100.0;
        return r;
    }
    return r;
}

QString IndicatorRules::RollUp::description() const
{
    // IndicatorRules::tr names the translation context that lupdate and the runtime share.
    QString text;
    switch (kind) {
    case RollUpKind::None:
        return reason;
    case RollUpKind::Sum:
        text = IndicatorRules::tr("Roll-up of %n unit(s): sum of their values.", nullptr, unitCount);
        break;
    case RollUpKind::RatioOfSums:
        text = IndicatorRules::tr("Roll-up of %n unit(s): summed numerators over summed denominators.",
                                  nullptr, unitCount);
        break;
    }
    if (withoutRatio > 0)
        text +=
            QLatin1Char(' ') + IndicatorRules::tr("%n unit(s) without numerator and denominator left out.",
                                                  nullptr, withoutRatio);
    return text;
}
