// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include "models/tasks/taskrecord.h"

/*!
 * The task figures of a report as of a date: tasks by status, by programme and by lead unit, and pilot
 * models completed out of total. Computed from TaskRecords so that the screen, the command line and the
 * printed report count the same way. Tasks assigned after the as-of date are not counted.
 */
struct TaskStatistics
{
    struct Counts
    {
        int total = 0;
        int completedOnTime = 0;
        int completedLate = 0;
        int openWithinDeadline = 0;
        int openOverdue = 0;
        int standing = 0;
        int dueSoon = 0;

        int completed() const { return completedOnTime + completedLate; }
        void add(TaskStatus status, bool dueSoon);
        QJsonObject toJson() const;
    };

    QDate asOf;
    int dueSoonDays = 7;
    Counts tasks;                    //!< kind "task" only
    QMap<QString, Counts> byProgramme; //!< programme code ("" without programme) → tasks
    QMap<QString, Counts> byLeadUnit;  //!< lead unit code → tasks
    int modelsTotal = 0;
    int modelsCompleted = 0;

    static TaskStatistics compute(const QVector<TaskRecord> &records, const QDate &asOf, int dueSoonDays = 7);
    QJsonObject toJson() const;
};
