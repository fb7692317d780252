// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/taskcreation.h"

#include <QSqlQuery>

#include <algorithm>

#include "models/commands/editsupport.h"
#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/tasks/taskvalidator.h"

namespace TaskCreation {

using EditSupport::nullable;
using EditSupport::nullableId;

QStringList suggestCodes(const Database &database, int count)
{
    int highest = 0;
    if (database.isOpen()) {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral(
            "SELECT max(CAST(substr(code, 4) AS INTEGER)) FROM tasks WHERE code GLOB 'NV-[0-9]*'"));
        if (q.next())
            highest = q.value(0).toInt();
    }
    QStringList codes;
    for (int i = 1; i <= count; ++i)
        codes << QStringLiteral("NV-%1").arg(highest + i, 4, 10, QLatin1Char('0'));
    return codes;
}

QDate deadlineOf(const TaskDraft &draft)
{
    bool ok = true;
    return draft.recurrence == QLatin1String("none")
               ? TaskValidator::deadlineFromText(draft.deadlineText, &ok)
               : QDate();
}

void applyDraft(const TaskDraft &draft, qint64 documentId, TaskRows *rows)
{
    QVariantMap &t = rows->task;
    t.insert(QStringLiteral("code"), draft.code.trimmed());
    t.insert(QStringLiteral("title"), draft.title.trimmed());
    t.insert(QStringLiteral("kind"), draft.kind);
    t.insert(QStringLiteral("programme_id"), nullableId(draft.programmeId));
    t.insert(QStringLiteral("source_document_id"), nullableId(documentId));
    t.insert(QStringLiteral("assigned_by"), draft.assignedBy);
    t.insert(QStringLiteral("lead_unit_id"), draft.leadUnitId);
    t.insert(QStringLiteral("assigned_on"), nullable(draft.assignedOn));
    t.insert(QStringLiteral("deadline_text"), nullable(draft.deadlineText));
    t.insert(QStringLiteral("recurrence"), draft.recurrence);
    t.insert(QStringLiteral("completed_on"), nullable(draft.completedOn));
    t.insert(QStringLiteral("result"), nullable(draft.result));
    t.insert(QStringLiteral("progress_notes"), nullable(draft.progressNotes));
    t.insert(QStringLiteral("search_text"),
             TextFold::fold(draft.code.trimmed() + QLatin1Char(' ') + draft.title.trimmed()));
    QList<qint64> units = draft.coordinatorIds;
    units.removeAll(draft.leadUnitId); // the lead unit does not coordinate with itself
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    rows->coordinators = units;
}

ChangeSet newTaskChanges(const TaskDraft &draft, qint64 id, qint64 documentId)
{
    TaskRows after;
    after.id = id;
    applyDraft(draft, documentId, &after);
    after.task.insert(QStringLiteral("deadline_date"), nullable(deadlineOf(draft)));
    after.task.insert(QStringLiteral("archived"), 0);
    after.task.insert(QStringLiteral("archived_at"), QVariant(QMetaType::fromType<QString>()));
    after.task.insert(QStringLiteral("created_at"), EditSupport::nowText());
    after.task.insert(QStringLiteral("updated_at"), EditSupport::nowText());
    return TaskRowStore::diff(TaskRows(), false, after, true);
}

} // namespace TaskCreation
