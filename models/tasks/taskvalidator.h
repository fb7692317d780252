// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include "models/tasks/taskdraft.h"

/*!
 * Checks a task draft the way the secretary would, with messages in the user's language, before anything
 * is written: the schema's CHECKs are the last line, not the user interface.
 */
class TaskValidator final
{
    Q_DECLARE_TR_FUNCTIONS(TaskValidator)

public:
    enum class Field { Code, Title, LeadUnit, AssignedOn, Deadline, Recurrence, CompletedOn, Document };
    struct Problem
    {
        Field field;
        QString message;
    };

    /*!
     * The deadline \a text means: a period wording or code ("Quý III/2026", "2026Q3", "tháng 5/2026")
     * means the period's last day; a date is read as d/M/yyyy (or ISO yyyy-MM-dd). Empty text is a
     * standing task (invalid date, *ok true), as is
     * "Thường xuyên" (standing). *ok is false when the text is neither.
     */
    static QDate deadlineFromText(const QString &text, bool *ok);
    //! A date typed by the user: d/M/yyyy, dd/MM/yyyy or yyyy-MM-dd.
    static QDate parseDate(const QString &text);

    /*!
     * Every problem of \a draft as of \a today: code and title required, a lead unit required,
     * assignment not after the deadline, completion not before assignment nor in the future, the
     * deadline wording understood, a recurring task has an assignment date, a document number has a
     * date. \a codeTaken tells whether the code is used by another task.
     */
    static QVector<Problem> validate(const TaskDraft &draft, const QDate &today, bool codeTaken);

    //! Problems of an extension for a task assigned on \a assignedOn (may be invalid).
    static QVector<Problem> validate(const ExtensionDraft &extension, const QDate &assignedOn, const QDate &today);
};
