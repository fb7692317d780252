// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/*!
 * Writes the documented CSV format (INTERCHANGE.md): UTF-8 with a BOM so that Excel shows Vietnamese,
 * comma-separated, one header row, fields quoted when they hold a comma, quote or line break. The file
 * is written beside the target and renamed into place, so a failed export never leaves half a file.
 */
namespace CsvWriter {
QByteArray encode(const QStringList &header, const QVector<QStringList> &rows);
bool write(const QString &path, const QStringList &header, const QVector<QStringList> &rows, QString *errorMessage);
} // namespace CsvWriter
