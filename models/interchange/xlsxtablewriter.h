// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

//! One column of an .xlsx table: its header text, the kind of cell it holds and, for numbers and
//! percents, the digits after the decimal point (-1: Excel's "General", as many as the value has).
struct XlsxColumn
{
    enum Type { Text, Number, Percent, Date };
    QString title;
    Type type = Text;
    int decimals = -1;
};

/*!
 * Writes one table to an .xlsx workbook of one sheet with libxlsxwriter: a bold header row frozen at the
 * top, an autofilter over the table, columns as wide as their content (at most 60 characters) and typed
 * cells, so that Excel and LibreOffice sort and sum them: a QString is a text cell; a double or integer a
 * number (in a Percent column a fraction, 0.9988 shown as 99,88% in a Vietnamese Excel); a QDate a real
 * date cell shown dd/mm/yyyy; a null or invalid QVariant an empty cell. A text in a Date or Number column
 * (a deadline worded "Quý III/2026") stays text. The workbook is written beside the target and renamed
 * into place, so a failed export never leaves half a file.
 */
class XlsxTableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    static constexpr int MaxColumnWidth = 60;

    static bool write(const QString &path, const QString &sheetName, const QVector<XlsxColumn> &columns,
                      const QVector<QVector<QVariant>> &rows, QString *errorMessage);
};
