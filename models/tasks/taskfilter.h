// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "models/tasks/taskstatus.h"

/*!
 * What the Tasks page shows: the as-of date the statuses are derived at, and the filters. Empty or
 * zero members do not filter. Every filter runs in SQL, so it stays instant on 100k tasks.
 */
struct TaskFilter
{
    QDate asOf = QDate::currentDate();
    QString search;              //!< matched against code and title, ignoring case and diacritics
    QString kind;                //!< "task", "model", or empty for both
    QList<TaskStatus> statuses;  //!< empty: every status
    qint64 programmeId = 0;
    qint64 leadUnitId = 0;
    QString assignedBy;
    QDate deadlineFrom;
    QDate deadlineTo;
    bool archived = false;       //!< show archived tasks instead of current ones
    int dueSoonDays = 7;
};
