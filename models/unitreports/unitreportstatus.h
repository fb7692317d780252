// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Period;

/*!
 * The status of a unit's monthly report as of a date, derived — never stored. Only what was known on
 * the as-of date counts: a report received after it is "not received" then, so figures "as of
 * 26/05/2026" stay the same tomorrow. A report is due on a day of its own month (UnitReportStore reads
 * the day from the file's settings); a due day past the month's end means its last day (31 → 28/02).
 */
enum class UnitReportStatus {
    NotDue,  //!< not received, the due date is today or later
    OnTime,  //!< received on or before the due date
    Late,    //!< received after it
    Missing, //!< not received, the due date has passed
};

class UnitReportRules final
{
    Q_DECLARE_TR_FUNCTIONS(UnitReportRules)

public:
    //! The day of the month a report is due when the file does not say (the demo's reports are due on the
    //! 20th).
    static constexpr int DefaultDueDay = 20;

    static UnitReportStatus derive(const QDate &dueOn, const QDate &receivedOn, const QDate &asOf);
    //! Day \a dueDay (1-31) of \a month, or the month's last day when it is shorter; invalid for a non-month.
    static QDate dueDate(const Period &month, int dueDay);
    //! Days after the due date: of receipt when late, up to \a asOf when missing; 0 otherwise.
    static int daysLate(const QDate &dueOn, const QDate &receivedOn, const QDate &asOf);

    //! The code used in exports: "on_time", "late", "missing", "not_due".
    static QString code(UnitReportStatus status);
    static UnitReportStatus fromCode(const QString &code, bool *ok = nullptr);
    //! The name shown to the user in the current language.
    static QString displayName(UnitReportStatus status);
};
