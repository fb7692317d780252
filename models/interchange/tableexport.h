// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include "models/interchange/xlsxtablewriter.h"

/*!
 * Writes an exported table (the header and rows of strings that TaskExport, IndicatorExport … give, as
 * INTERCHANGE.md documents them) to .csv or .xlsx, the format following the file's extension. For .xlsx
 * the cells are typed: the one table in tableexport.cpp says which columns of which table are dates,
 * numbers or percents, and their CSV strings ("2026-05-26", "99.88") are parsed back into typed values
 * ("achievement_pct" 99.88 becomes the fraction 0.9988 shown as a percent). A string that does not parse
 * (a deadline worded "Quý III/2026") stays text.
 */
namespace TableExport {
enum class Format { Unknown, Csv, Xlsx };
//! The format of \a path by its extension, case-insensitively.
Format formatOf(const QString &path);
//! The extensions written, for messages: ".csv, .xlsx".
QString extensions();
//! The typed columns of \a table ("tasks", "indicators" …) for its \a header; unknown columns are text.
QVector<XlsxColumn> columns(const QString &table, const QStringList &header);
//! \a rows of CSV strings as typed values for \a columns: QDate, double, QString, or null when empty.
QVector<QVector<QVariant>> typedRows(const QVector<XlsxColumn> &columns, const QVector<QStringList> &rows);
bool write(const QString &path, const QString &table, const QStringList &header,
           const QVector<QStringList> &rows, QString *errorMessage);
} // namespace TableExport
