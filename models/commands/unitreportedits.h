// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/storage/rowchange.h"

class Database;

/*!
 * UnitReportEdits builds the changes of the units' monthly reports for EditCommands, which writes them
 * as one undo step with their audit rows (entity "unit_reports"): the received date, document number
 * and note of a unit's report for a month, and clearing them. Nothing here writes.
 *
 * A report recorded for a month the file has no row for gets one, due on the file's due day
 * (UnitReportStore::dueDate) and with the month's periods row when missing, so that undo removes both.
 * Clearing keeps the row (the report stays owed, with its due date) and empties what was received.
 */
class UnitReportEdits final
{
    Q_DECLARE_TR_FUNCTIONS(UnitReportEdits)

public:
    struct Edit
    {
        ChangeSet changes;
        QString text; //!< the undo step's name
    };

    //! \a receivedOn must be in \a periodCode's month or later, and not after \a today.
    static bool record(const Database &database, qint64 unitId, const QString &periodCode,
                       const QDate &receivedOn, const QString &documentNumber, const QString &note,
                       const QDate &today, Edit *edit, QString *errorMessage);
    static bool clear(const Database &database, qint64 unitId, const QString &periodCode, Edit *edit,
                      QString *errorMessage);
};
