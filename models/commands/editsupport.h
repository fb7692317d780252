// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include "models/storage/rowchange.h"

class Database;
class Period;

/*!
 * Small pieces every edit builder shares (EditCommands and the per-domain builders such as
 * ObservationEdits): how an empty text or date is stored (NULL), the time stamp of a change, the short
 * title that names an undo step, and lookups that validation needs.
 */
namespace EditSupport {

//! NULL for an empty (trimmed) text, else the trimmed text.
QVariant nullable(const QString &text);
//! NULL for an invalid date, else the ISO date.
QVariant nullable(const QDate &date);
//! NULL for an id ≤ 0.
QVariant nullableId(qint64 id);
QDate dateOf(const QVariant &value);
//! The current time as stored (UTC, ISO with milliseconds).
QString nowText();
//! A title short enough for a menu item: "Undo: change the deadline of 'Số hóa dữ liệu …'".
QString shortTitle(const QString &title);
//! Sets \a errorMessage (when given) and returns false.
bool fail(QString *errorMessage, const QString &message);
//! Whether \a table has a row with \a id.
bool exists(const Database &database, const char *table, qint64 id);
//! Whether another row than \a exceptId of \a table has \a code (case-insensitive).
bool codeTaken(const Database &database, const char *table, const QString &code, qint64 exceptId);
/*!
 * The source document named \a number of \a date: its id if the file has it, else a new row added to
 * \a changes (so that undoing the edit removes it too). 0 for no document.
 */
qint64 resolveDocument(const Database &database, const QString &number, const QDate &date, ChangeSet *changes);

/*!
 * Adds to \a changes the periods rows that \a periods need and the file lacks (an observation, an
 * occurrence or an assessment names its period, which the periods table must hold first), so that
 * undoing the edit removes them too.
 */
void addMissingPeriods(const Database &database, const QList<Period> &periods, ChangeSet *changes);

} // namespace EditSupport
