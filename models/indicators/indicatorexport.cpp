// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorexport.h"

#include <cmath>

#include <QLocale>

#include "models/indicators/indicatorstatus.h"

namespace IndicatorExport {

QStringList header()
{
    return {QStringLiteral("indicator"), QStringLiteral("unit"),   QStringLiteral("period"),
            QStringLiteral("value"),     QStringLiteral("target"), QStringLiteral("achievement_pct"),
            QStringLiteral("status")};
}

QString plainNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    // Computed figures (ratios of sums, achievement) are cut to six decimals so that a spreadsheet does
    // not show floating-point tails; stored figures have fewer anyway. Huge amounts are whole already.
    if (std::fabs(value) < 1e9)
        value = std::round(value * 1e6) / 1e6;
    if (value == 0)
        value = 0; // no "-0"
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QVector<QStringList> rows(const IndicatorStatus &status)
{
    QVector<QStringList> out;
    out.reserve(status.rows().size());
    for (const IndicatorStatus::Row &row : status.rows()) {
        if (!row.hasValue())
            continue;
        out << QStringList{status.indicatorOf(row).code,
                           status.unitOf(row).code,
                           row.value.period,
                           plainNumber(row.value.value),
                           row.hasTarget() ? plainNumber(row.target.value) : QString(),
                           row.achievementPct ? plainNumber(*row.achievementPct) : QString(),
                           row.hasTarget() ? ColourRules::code(row.colour) : QString()};
    }
    return out;
}

} // namespace IndicatorExport
