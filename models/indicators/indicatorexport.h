// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

class IndicatorStatus;

/*!
 * The indicators table of INTERCHANGE.md ("On export (--table indicators)") as of a date: one row per
 * indicator and unit with a figure in or before the date — indicator, unit, period, value, target,
 * achievement_pct, status. Numbers are plain (dot decimal, no thousands separator); the target is the
 * main one (IndicatorStatus); achievement is never capped; status is empty without a target.
 */
namespace IndicatorExport {
QStringList header();
QVector<QStringList> rows(const IndicatorStatus &status);
//! \a value as the CSV writes it: "99.88", "958367", "24100000000", "120.655424"; at most six decimals.
QString plainNumber(double value);
} // namespace IndicatorExport
