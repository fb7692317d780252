// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskstatistics.h"

#include <QJsonArray>

#include "models/tasks/taskstore.h"

void TaskStatistics::Counts::add(TaskStatus status, bool soon)
{
    ++total;
    switch (status) {
    case TaskStatus::CompletedOnTime:
        ++completedOnTime;
        break;
    case TaskStatus::CompletedLate:
        ++completedLate;
        break;
    case TaskStatus::OpenWithinDeadline:
        ++openWithinDeadline;
        break;
    case TaskStatus::OpenOverdue:
        ++openOverdue;
        break;
    case TaskStatus::Standing:
        ++standing;
        break;
    case TaskStatus::NotYetAssigned:
        --total;
        break;
    }
    if (soon)
        ++dueSoon;
}

QJsonObject TaskStatistics::Counts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("total"), total},
        {QStringLiteral("completed"), completed()},
        {TaskStatusRules::code(TaskStatus::CompletedOnTime), completedOnTime},
        {TaskStatusRules::code(TaskStatus::CompletedLate), completedLate},
        {TaskStatusRules::code(TaskStatus::OpenWithinDeadline), openWithinDeadline},
        {TaskStatusRules::code(TaskStatus::OpenOverdue), openOverdue},
        {TaskStatusRules::code(TaskStatus::Standing), standing},
        {QStringLiteral("due_soon"), dueSoon},
    };
}

TaskStatistics TaskStatistics::compute(const QVector<TaskRecord> &records, const QDate &asOf, int dueSoonDays)
{
    TaskStatistics stats;
    stats.asOf = asOf;
    stats.dueSoonDays = dueSoonDays;
    for (const TaskRecord &task : records) {
        const TaskStatus status = TaskStore::overallStatus(task, asOf);
        if (status == TaskStatus::NotYetAssigned)
            continue;
        if (task.isPilotModel()) {
            ++stats.modelsTotal;
            if (TaskStatusRules::isCompleted(status))
                ++stats.modelsCompleted;
            continue;
        }
        const QDate deadline = task.deadlineOn(asOf);
        const bool soon = !task.isRecurring() && TaskStatusRules::isDueSoon(status, deadline, asOf, dueSoonDays);
        stats.tasks.add(status, soon);
        stats.byProgramme[task.programmeCode].add(status, soon);
        stats.byLeadUnit[task.leadUnitCode].add(status, soon);
    }
    return stats;
}

QJsonObject TaskStatistics::toJson() const
{
    auto table = [](const QMap<QString, Counts> &map, const QString &keyName) {
        QJsonArray rows;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            QJsonObject row = it.value().toJson();
            row.insert(keyName, it.key());
            rows.append(row);
        }
        return rows;
    };
    return QJsonObject{
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("due_soon_days"), dueSoonDays},
        {QStringLiteral("tasks"), tasks.toJson()},
        {QStringLiteral("by_programme"), table(byProgramme, QStringLiteral("programme"))},
        {QStringLiteral("by_lead_unit"), table(byLeadUnit, QStringLiteral("lead_unit"))},
        {QStringLiteral("pilot_models"),
         QJsonObject{{QStringLiteral("completed"), modelsCompleted}, {QStringLiteral("total"), modelsTotal}}},
    };
}
