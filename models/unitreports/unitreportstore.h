// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include "models/unitreports/unitreportstatus.h"

class Database;
class Period;

//! One unit's report for one month as of a date: the stored unit_reports row if any, and its status.
struct UnitReportRow
{
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    QString unitNameEn;
    QString period; //!< "2026-05"
    QDate dueOn;    //!< stored with the report, else from the file's due day
    QDate receivedOn;
    QString documentNumber;
    QString note;
    qint64 reportId = 0; //!< 0: the file holds no row for the month
    UnitReportStatus status = UnitReportStatus::NotDue;
    int daysLate = 0; //!< UnitReportRules::daysLate

    //! The unit's name in the current language.
    QString displayName() const;
};

//! How many reports of a month have each status.
struct UnitReportCounts
{
    int onTime = 0;
    int late = 0;
    int missing = 0;
    int notDue = 0;

    int total() const { return onTime + late + missing + notDue; }
    int received() const { return onTime + late; }
    int of(UnitReportStatus status) const;
    void add(UnitReportStatus status);
};

/*!
 * UnitReportStore reads the units' monthly reports: for each month of a range, every unit that owes a
 * report (units.reports_monthly = 1 and open during the month, or any unit with a stored row for it)
 * with its unit_reports row if any — a unit without a row is "missing" once the due date has passed.
 * The due day comes from the file's settings (Schema::Setting::UnitReportsDueDay, default 20). Two
 * queries whatever the range; statuses are derived as of the date given.
 */
class UnitReportStore final
{
    Q_DECLARE_TR_FUNCTIONS(UnitReportStore)

public:
    //! The day of the month reports are due in this file (1-31).
    static int dueDay(const Database &database);
    //! The due date of a report of \a month in this file.
    static QDate dueDate(const Database &database, const Period &month);

    //! The reports of the months \a first to \a last (both months), by month then unit name.
    static QVector<UnitReportRow> load(const Database &database, const Period &first, const Period &last,
                                       const QDate &asOf, QString *errorMessage = nullptr);
    //! The reports of one month, by unit name.
    static QVector<UnitReportRow> load(const Database &database, const Period &month, const QDate &asOf,
                                       QString *errorMessage = nullptr);

    static UnitReportCounts counts(const QVector<UnitReportRow> &rows);
    //! The rows not received as of their as-of date (missing, then not yet due), most days late first.
    static QVector<UnitReportRow> notYetReported(const QVector<UnitReportRow> &rows);
    /*!
     * "Units that have not yet reported for 05/2026 (as of 26/05/2026):" and one numbered line per unit
     * with its due date and days late, in the user's language: ready to paste into a reminder.
     */
    static QString notYetReportedText(const QVector<UnitReportRow> &rows, const Period &month,
                                      const QDate &asOf);
};
