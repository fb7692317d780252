// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

//! One cell as the workbook stores it.
struct XlsxCell
{
    enum class Type { Empty, Text, Number, Boolean, Date, Error };
    Type type = Type::Empty;
    //! Text: QString; Number: double; Boolean: bool; Date: QDate; Error: the error's text ("#N/A").
    QVariant value;
    //! A number shown with a percent format: value keeps the stored fraction (0.9988 for 99,88%).
    bool percent = false;
};

//! The bounds a workbook must keep within to be read; a hostile file is refused, never followed.
struct XlsxLimits
{
    qint64 maxPartBytes = qint64(200) * 1024 * 1024; //!< one unpacked part (sheet, shared strings …)
    int maxSharedStrings = 2000000;
    int maxRows = 1048576; //!< Excel's own limits
    int maxColumns = 16384;
    qint64 maxCells = 20000000; //!< cells kept in memory by readSheet() into a vector, empty ones included
};

/*!
 * Reads .xlsx workbooks (Office Open XML spreadsheets) for the importer: the sheets' names, and one
 * sheet's rows of typed cells — shared and inline strings, numbers, booleans, errors; numbers whose
 * style is a date format (built-in 14–22, or a custom format with d, m or y) become QDate, numbers with
 * a percent format keep their raw value with XlsxCell::percent set. Unpacks with minizip (zlib's, the copy
 * libxlsxwriter uses) and parses with QXmlStreamReader, streaming: a sheet is never held whole in memory.
 * Bounded by XlsxLimits: a file that is not a zip, a damaged archive, a part larger than the limit unpacked
 * (a zip bomb), too many shared strings, rows or columns, or broken XML ends with a message in the user's
 * language naming the file and the part, and nothing else.
 *
 * Not QuaZip: it carries its own modified minizip under minizip's symbol names, and libxlsxwriter
 * (which links the system's minizip) then binds to QuaZip's copy when both are in one process, and
 * crashes writing. One minizip serves both here.
 */
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit XlsxReader(const QString &path, const XlsxLimits &limits = XlsxLimits());
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    //! Opens the archive and reads the workbook, its relationships, styles and shared strings.
    bool open(QString *errorMessage);
    QStringList sheetNames() const;
    //! The index of the sheet named \a name (case-insensitively), or -1.
    int sheetIndex(const QString &name) const;

    //! Called for every row that holds a cell, in order; \a rowNumber counts from 1 as Excel shows it;
    //! cells[i] is column i (A = 0), trailing empty cells left out. Return false to stop reading.
    using RowHandler = std::function<bool(int rowNumber, const QVector<XlsxCell> &cells)>;
    bool readSheet(int index, const RowHandler &handler, QString *errorMessage);
    //! The whole sheet; rows[i] is row i + 1 (rows without cells are empty vectors).
    bool readSheet(int index, QVector<QVector<XlsxCell>> *rows, QString *errorMessage);

    //! Excel's serial day number \a serial as a date (1900 system, or 1904 when \a system1904).
    static QDate dateFromSerial(double serial, bool system1904 = false);
    //! Whether the number format \a code shows a date, or a percent.
    static bool isDateFormat(const QString &code);
    static bool isPercentFormat(const QString &code);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
