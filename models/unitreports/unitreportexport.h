// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

struct UnitReportRow;

/*!
 * The unit-reports table of the command line for one month: unit (code), due and received (ISO dates,
 * received empty when not received as of the date) and status (on_time, late, missing, not_due).
 */
namespace UnitReportExport {
QStringList header();
QVector<QStringList> rows(const QVector<UnitReportRow> &reports);
} // namespace UnitReportExport
