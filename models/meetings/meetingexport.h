// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

class Database;

/*!
 * The meetings table of the command line: one row per task created from a directive (a directive
 * without tasks gives one row with an empty task code and status), with the meeting's title, date and
 * chair, the directive's text, the lead unit (the task's, else the directive's lead units by code,
 * separated by ";"), the task's code and its status as of a date (completed_on_time, open_overdue …;
 * empty for a task assigned after it). Meetings oldest first, outcomes in order, tasks by code.
 * Information and decisions are not exported: the table is about directives.
 */
namespace MeetingExport {
QStringList header();
QVector<QStringList> rows(const Database &database, const QDate &asOf, QString *errorMessage);
} // namespace MeetingExport
