// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "models/storage/rowchange.h"
#include "models/tasks/taskdraft.h"
#include "models/tasks/taskrows.h"

class Database;

/*!
 * What a new task gets, wherever it is created (the task form through EditCommands::createTask, a
 * directive through MeetingEdits::createTasks): its code, and its rows built from a draft the caller has
 * validated (TaskValidator), so that both write the same columns the same way.
 */
namespace TaskCreation {

//! The codes of \a count new tasks: "NV-0272", "NV-0273" … when the highest NV number is 271 (one query).
QStringList suggestCodes(const Database &database, int count = 1);
//! The date \a draft's deadline means; invalid for a standing or recurring task. The draft is valid.
QDate deadlineOf(const TaskDraft &draft);
//! Writes the form's fields into the tasks row (the deadline date is set by the caller).
void applyDraft(const TaskDraft &draft, qint64 documentId, TaskRows *rows);
//! The row changes that add task \a id from the valid \a draft, its source document \a documentId (0: none).
ChangeSet newTaskChanges(const TaskDraft &draft, qint64 id, qint64 documentId);

} // namespace TaskCreation
