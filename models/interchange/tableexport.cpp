// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/interchange/tableexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include "models/interchange/csvwriter.h"

namespace {

struct TypedColumn
{
    const char *table;
    const char *column;
    XlsxColumn::Type type;
    int decimals;
};

// The columns of the exported tables that are not text (INTERCHANGE.md); every other column is text.
// Indicator values keep Excel's "General" format: each indicator has its own number of decimals.
constexpr TypedColumn typedColumns[] = {
    {"tasks", "assigned_on", XlsxColumn::Date, 0},
    {"tasks", "deadline", XlsxColumn::Date, 0},
    {"tasks", "completed_on", XlsxColumn::Date, 0},
    {"tasks", "effective_deadline", XlsxColumn::Date, 0},
    {"tasks", "due_soon", XlsxColumn::Number, 0},
    {"indicators", "value", XlsxColumn::Number, -1},
    {"indicators", "target", XlsxColumn::Number, -1},
    {"indicators", "achievement_pct", XlsxColumn::Percent, 2},
    {"unit-reports", "due", XlsxColumn::Date, 0},
    {"unit-reports", "received", XlsxColumn::Date, 0},
    {"meetings", "date", XlsxColumn::Date, 0},
};

QVariant typed(const QString &text, XlsxColumn::Type type)
{
    if (text.isEmpty())
        return {};
    bool ok = false;
    switch (type) {
    case XlsxColumn::Text:
        return text;
    case XlsxColumn::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(text);
    }
    case XlsxColumn::Number: {
        const double number = text.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    case XlsxColumn::Percent: {
        // The CSV's achievement_pct is a percentage (99.88); a percent cell holds the fraction.
        const double number = text.toDouble(&ok);
        return ok ? QVariant(number / 100.0) : QVariant(text);
    }
    }
    return text;
}

} // namespace

namespace TableExport {

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return Format::Unknown;
}

QString extensions()
{
    return QStringLiteral(".csv, .xlsx");
}

QVector<XlsxColumn> columns(const QString &table, const QStringList &header)
{
    QVector<XlsxColumn> list;
    list.reserve(header.size());
    for (const QString &title : header) {
        XlsxColumn column{title, XlsxColumn::Text, -1};
        for (const TypedColumn &typedColumn : typedColumns) {
            if (table == QLatin1String(typedColumn.table) && title == QLatin1String(typedColumn.column)) {
                column.type = typedColumn.type;
                column.decimals = typedColumn.decimals;
            }
        }
        list << column;
    }
    return list;
}

QVector<QVector<QVariant>> typedRows(const QVector<XlsxColumn> &columns, const QVector<QStringList> &rows)
{
    QVector<QVector<QVariant>> list;
    list.reserve(rows.size());
    for (const QStringList &row : rows) {
        QVector<QVariant> values;
        values.reserve(row.size());
        for (int c = 0; c < row.size(); ++c)
            values << typed(row.at(c), c < columns.size() ? columns.at(c).type : XlsxColumn::Text);
        list << values;
    }
    return list;
}

bool write(const QString &path, const QString &table, const QStringList &header,
           const QVector<QStringList> &rows, QString *errorMessage)
{
    switch (formatOf(path)) {
    case Format::Csv:
        return CsvWriter::write(path, header, rows, errorMessage);
    case Format::Xlsx: {
        const QVector<XlsxColumn> typedColumns = columns(table, header);
        return XlsxTableWriter::write(path, table, typedColumns, typedRows(typedColumns, rows), errorMessage);
    }
    case Format::Unknown:
        break;
    }
    if (errorMessage)
        *errorMessage =
            QCoreApplication::translate("TableExport", "%1 cannot be written: only %2 files can be.")
                .arg(QDir::toNativeSeparators(path), extensions());
    return false;
}

} // namespace TableExport
