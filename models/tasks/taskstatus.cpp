// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskstatus.h"

QDate TaskStatusRules::deadlineInForce(const QDate &assignedDeadline, const QVector<DeadlineExtension> &extensions,
                                       const QDate &asOf)
{
    QDate inForce = assignedDeadline;
    QDate newestDecision;
    for (const DeadlineExtension &e : extensions) {
        if (!e.decidedOn.isValid() || e.decidedOn > asOf)
            continue;
        if (!newestDecision.isValid() || e.decidedOn >= newestDecision) {
            newestDecision = e.decidedOn;
            inForce = e.newDeadline;
        }
    }
    return inForce;
}

TaskStatus TaskStatusRules::derive(const QDate &assignedOn, const QDate &deadline, const QDate &completedOn,
                                   const QDate &asOf)
{
    if (assignedOn.isValid() && assignedOn > asOf)
        return TaskStatus::NotYetAssigned;
    // A completion recorded for a later date was not yet known on the as-of date.
    const bool completed = completedOn.isValid() && completedOn <= asOf;
    if (!deadline.isValid())
        return completed ? TaskStatus::CompletedOnTime : TaskStatus::Standing;
    if (completed)
        return completedOn <= deadline ? TaskStatus::CompletedOnTime : TaskStatus::CompletedLate;
    return asOf <= deadline ? TaskStatus::OpenWithinDeadline : TaskStatus::OpenOverdue;
}

bool TaskStatusRules::isDueSoon(TaskStatus status, const QDate &deadline, const QDate &asOf, int days)
{
    return status == TaskStatus::OpenWithinDeadline && deadline.isValid() && asOf.daysTo(deadline) <= days;
}

QString TaskStatusRules::code(TaskStatus status)
{
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return QStringLiteral("completed_on_time");
    case TaskStatus::CompletedLate:
        return QStringLiteral("completed_late");
    case TaskStatus::OpenWithinDeadline:
        return QStringLiteral("open_within_deadline");
    case TaskStatus::OpenOverdue:
        return QStringLiteral("open_overdue");
    case TaskStatus::Standing:
        return QStringLiteral("standing");
    case TaskStatus::NotYetAssigned:
        break;
    }
    return {};
}

TaskStatus TaskStatusRules::fromCode(const QString &code, bool *ok)
{
    for (TaskStatus s : {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate, TaskStatus::OpenWithinDeadline,
                         TaskStatus::OpenOverdue, TaskStatus::Standing}) {
        if (TaskStatusRules::code(s) == code) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return TaskStatus::NotYetAssigned;
}

QString TaskStatusRules::displayName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return tr("Completed on time");
    case TaskStatus::CompletedLate:
        return tr("Completed late");
    case TaskStatus::OpenWithinDeadline:
        return tr("In progress, within deadline");
    case TaskStatus::OpenOverdue:
        return tr("Overdue");
    case TaskStatus::Standing:
        return tr("Standing");
    case TaskStatus::NotYetAssigned:
        return tr("Not yet assigned");
    }
    return {};
}
