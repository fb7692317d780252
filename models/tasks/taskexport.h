// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

#include "models/tasks/taskrecord.h"

/*!
 * The tasks table of INTERCHANGE.md as of a date: the stored columns, then occurrence, effective
 * deadline, status and due-soon, one row per task and one per occurrence of a recurring task.
 */
namespace TaskExport {
QStringList header();
QVector<QStringList> rows(const QVector<TaskRecord> &tasks, const QDate &asOf, int dueSoonDays = 7);
} // namespace TaskExport
