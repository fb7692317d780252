// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/tasks/taskstatus.h"

/*!
 * One task (or pilot model) as stored, with what its status derives from: the deadline as first
 * assigned and its extensions, the completion date, and for a recurring task the completion of each
 * occurrence. Statuses are computed from it as of a date; nothing here is a stored status.
 */
struct TaskRecord
{
    qint64 id = 0;
    QString code;
    QString title;
    QString kind;           //!< "task" or "model"
    QString programmeCode;
    QString programmeName;
    QString sourceDocument; //!< "120/KH-UBND ngày 10/02/2026" style reference
    QString assignedBy;     //!< central, government, provincial_sc, ppc, other
    qint64 leadUnitId = 0;
    QString leadUnitCode;
    QString leadUnitName;
    QStringList coordinatingUnitCodes;
    QDate assignedOn;
    QDate assignedDeadline; //!< the deadline as first assigned (before any extension)
    QString deadlineText;   //!< the wording as assigned, e.g. "Quý III/2026"
    QString recurrence;     //!< none, monthly, quarterly, yearly
    QDate completedOn;
    bool archived = false;
    QVector<DeadlineExtension> extensions;
    QHash<QString, QDate> occurrenceCompletions; //!< period code → completion date (recurring tasks)

    bool isRecurring() const { return recurrence != QLatin1String("none") && !recurrence.isEmpty(); }
    bool isPilotModel() const { return kind == QLatin1String("model"); }
    QDate deadlineOn(const QDate &asOf) const
    {
        return TaskStatusRules::deadlineInForce(assignedDeadline, extensions, asOf);
    }
};

//! One row of the register as of a date: a task, or one occurrence of a recurring task.
struct TaskOccurrence
{
    const TaskRecord *task = nullptr;
    QString period;      //!< period code of the occurrence; empty for a non-recurring task
    QDate deadline;      //!< deadline in force on the as-of date (invalid: standing)
    QDate completedOn;
    TaskStatus status = TaskStatus::NotYetAssigned;
    bool dueSoon = false;
};
