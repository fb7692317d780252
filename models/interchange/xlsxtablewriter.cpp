// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/interchange/xlsxtablewriter.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace {

// Excel's limits: a sheet has at most 1 048 576 rows and 16 384 columns.
constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;
// …and a cell at most 32 767 characters.
constexpr int MaxCellCharacters = 32767;

QByteArray numberFormat(const XlsxColumn &column)
{
    if (column.type == XlsxColumn::Date)
        return QByteArrayLiteral("dd/mm/yyyy");
    const bool percent = column.type == XlsxColumn::Percent;
    if (column.decimals < 0)
        return percent ? QByteArrayLiteral("0.##%") : QByteArrayLiteral("General");
    // The file always spells formats the English way; Excel shows them in the reader's locale.
    QByteArray format = percent ? QByteArrayLiteral("0") : QByteArrayLiteral("#,##0");
    if (column.decimals > 0)
        format += '.' + QByteArray(qMin(column.decimals, 15), '0');
    return percent ? format + '%' : format;
}

//! The number of characters a cell shows, to fit the column to it.
int shownLength(const QVariant &value, XlsxColumn::Type type)
{
    if (value.typeId() == QMetaType::QDate)
        return 10;
    if (value.typeId() == QMetaType::QString)
        return int(value.toString().size());
    if (!value.isValid() || value.isNull())
        return 0;
    const double number = value.toDouble() * (type == XlsxColumn::Percent ? 100.0 : 1.0);
    // Thousands separators and a percent sign take room too.
    const QString plain = QString::number(number, 'f', number == std::floor(number) ? 0 : 2);
    return int(plain.size() + plain.size() / 3 + (type == XlsxColumn::Percent ? 1 : 0));
}

//! A column's width for \a characters: Excel's unit is the width of a digit, and letters (capitals
//! above all: unit codes) are wider, so text needs about a fifth more.
int fitted(int characters)
{
    return int(std::ceil(characters * 1.2)) + 1;
}

//! Owns the workbook: close() writes and frees it; on a failure before that it is only freed.
struct WorkbookCloser
{
    lxw_workbook *workbook = nullptr;
    lxw_error close()
    {
        lxw_workbook *open = workbook;
        workbook = nullptr;
        return open ? workbook_close(open) : LXW_NO_ERROR;
    }
    ~WorkbookCloser()
    {
        if (workbook)
            lxw_workbook_free(workbook);
    }
};

bool syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
}

} // namespace

bool XlsxTableWriter::write(const QString &path, const QString &sheetName, const QVector<XlsxColumn> &columns,
                            const QVector<QVector<QVariant>> &rows, QString *errorMessage)
{
    const auto fail = [&](const QString &reason) {
        if (errorMessage)
            *errorMessage = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (columns.isEmpty() || columns.size() > MaxColumns)
        return fail(tr("a sheet holds from 1 to %L1 columns.").arg(MaxColumns));
    if (rows.size() + 1 > MaxRows)
        return fail(tr("a sheet holds at most %L1 rows.").arg(MaxRows));

    // libxlsxwriter writes by path, so QSaveFile cannot be used: it writes to a temporary file in the
    // target's folder (same file system), which is renamed over the target only once complete.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QLatin1String("/.") + target.fileName() +
                             QLatin1String(".XXXXXX"));
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close();
    const QByteArray temporaryPath = QFile::encodeName(temporary.fileName());

    WorkbookCloser closer;
    closer.workbook = workbook_new(temporaryPath.constData());
    if (!closer.workbook)
        return fail(tr("the workbook cannot be created."));
    lxw_workbook *workbook = closer.workbook;
    const QByteArray sheet = sheetName.toUtf8();
    if (const lxw_error error = workbook_validate_sheet_name(workbook, sheet.constData());
        error != LXW_NO_ERROR)
        return fail(tr("the sheet name \"%1\" is not allowed by Excel.").arg(sheetName));
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.constData());
    if (!worksheet)
        return fail(tr("the sheet cannot be created."));

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    QVector<lxw_format *> formats;
    QVector<int> widths;
    for (const XlsxColumn &column : columns) {
        lxw_format *format = nullptr;
        if (column.type != XlsxColumn::Text) {
            format = workbook_add_format(workbook);
            format_set_num_format(format, numberFormat(column).constData());
        }
        formats << format;
        widths << int(column.title.size()) + 2; // room for the autofilter's button
    }

    const auto check = [&](lxw_error error) {
        return error == LXW_NO_ERROR;
    };
    for (int c = 0; c < columns.size(); ++c) {
        if (!check(worksheet_write_string(worksheet, 0, lxw_col_t(c),
                                          columns.at(c).title.toUtf8().constData(), header)))
            return fail(tr("the header of column %1 cannot be written.").arg(c + 1));
    }
    for (int r = 0; r < rows.size(); ++r) {
        const QVector<QVariant> &row = rows.at(r);
        const lxw_row_t sheetRow = lxw_row_t(r + 1);
        for (int c = 0; c < qMin(row.size(), columns.size()); ++c) {
            const QVariant &value = row.at(c);
            const lxw_col_t sheetColumn = lxw_col_t(c);
            lxw_error error = LXW_NO_ERROR;
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                continue;
            case QMetaType::QString: {
                const QString text = value.toString();
                if (text.isEmpty())
                    continue;
                error = worksheet_write_string(worksheet, sheetRow, sheetColumn, text.toUtf8().constData(),
                                               nullptr);
                break;
            }
            case QMetaType::QDate: {
                const QDate date = value.toDate();
                if (!date.isValid())
                    continue;
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
                error = worksheet_write_datetime(worksheet, sheetRow, sheetColumn, &when, formats.at(c));
                break;
            }
            default: {
                if (value.isNull())
                    continue;
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok || !std::isfinite(number))
                    return fail(
                        tr("row %L1, column %2 is not a number.").arg(r + 2).arg(columns.at(c).title));
                error = worksheet_write_number(worksheet, sheetRow, sheetColumn, number, formats.at(c));
                break;
            }
            }
            if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
                return fail(tr("row %L1, column %2 is longer than the %L3 characters a cell holds.")
                                .arg(r + 2)
                                .arg(columns.at(c).title)
                                .arg(MaxCellCharacters));
            if (!check(error))
                return fail(QString::fromUtf8(lxw_strerror(error)));
            widths[c] = qMax(widths.at(c), shownLength(value, columns.at(c).type));
        }
    }

    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c),
                             qMin(fitted(widths.at(c)), MaxColumnWidth), nullptr);
    worksheet_freeze_panes(worksheet, 1, 0);
    worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1));

    if (const lxw_error error = closer.close(); error != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(error)));
    if (!syncToDisk(temporary.fileName()))
        return fail(tr("the file cannot be saved to disk."));
    // QTemporaryFile made the file readable by its owner only; an export is an ordinary document.
    const QFileDevice::Permissions permissions =
        target.exists() ? QFile::permissions(target.absoluteFilePath())
                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                              QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(temporary.fileName(), permissions);
    // rename(2) replaces the target atomically: a reader sees the old file or the new one, never half.
    if (std::rename(temporaryPath.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false);
    return true;
}
