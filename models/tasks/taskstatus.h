// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

/*!
 * The status of a task (or of one occurrence of a recurring task) as of a date, derived — never typed —
 * the way the Government Office's task-tracking regulation counts. Only what was known on the as-of
 * date counts: a completion or an extension decided after it is ignored, so a report "as of 26/05/2026"
 * gives the same figures tomorrow.
 */
enum class TaskStatus {
    NotYetAssigned,     //!< assigned after the as-of date: not counted
    CompletedOnTime,    //!< completed on or before the deadline in force
    CompletedLate,      //!< completed after it
    OpenWithinDeadline, //!< not completed, the deadline is today or later
    OpenOverdue,        //!< not completed, the deadline has passed
    Standing,           //!< no deadline: ongoing and regular
};

//! One deadline change: from which date the new deadline applies is when it was decided.
struct DeadlineExtension
{
    QDate decidedOn;
    QDate newDeadline;
};

class TaskStatusRules final
{
    Q_DECLARE_TR_FUNCTIONS(TaskStatusRules)

public:
    /*!
     * The deadline in force on \a asOf: the newest extension decided on or before it, else the deadline
     * as first assigned. Extensions need not be sorted.
     */
    static QDate deadlineInForce(const QDate &assignedDeadline, const QVector<DeadlineExtension> &extensions,
                                 const QDate &asOf);

    static TaskStatus derive(const QDate &assignedOn, const QDate &deadline, const QDate &completedOn,
                             const QDate &asOf);

    //! Open, within its deadline, and due within \a days of \a asOf (today counts as due soon).
    static bool isDueSoon(TaskStatus status, const QDate &deadline, const QDate &asOf, int days);

    //! The code used in exports: "completed_on_time", "open_overdue", … (empty for NotYetAssigned).
    static QString code(TaskStatus status);
    static TaskStatus fromCode(const QString &code, bool *ok = nullptr);
    //! The name shown to the user in the current language.
    static QString displayName(TaskStatus status);
    static bool isCompleted(TaskStatus status)
    {
        return status == TaskStatus::CompletedOnTime || status == TaskStatus::CompletedLate;
    }
};
