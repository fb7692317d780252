// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskexport.h"

#include "models/tasks/taskstore.h"

namespace {
QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

namespace TaskExport {

QStringList header()
{
    return {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("programme"),
            QStringLiteral("source_document"), QStringLiteral("assigned_by"), QStringLiteral("lead_unit"),
            QStringLiteral("coordinating_units"), QStringLiteral("assigned_on"), QStringLiteral("deadline"),
            QStringLiteral("recurrence"), QStringLiteral("completed_on"), QStringLiteral("occurrence"),
            QStringLiteral("effective_deadline"), QStringLiteral("status"), QStringLiteral("due_soon")};
}

QVector<QStringList> rows(const QVector<TaskRecord> &tasks, const QDate &asOf, int dueSoonDays)
{
    QVector<QStringList> out;
    const QVector<TaskOccurrence> occurrences = TaskStore::occurrences(tasks, asOf, dueSoonDays);
    out.reserve(occurrences.size());
    for (const TaskOccurrence &o : occurrences) {
        const TaskRecord &t = *o.task;
        // The deadline as assigned: its wording when it was given as a period, else the date.
        const QString deadline = !t.deadlineText.isEmpty() ? t.deadlineText : isoDate(t.assignedDeadline);
        out << QStringList{t.code,
                           t.title,
                           t.kind,
                           t.programmeCode,
                           t.sourceDocument,
                           t.assignedBy,
                           t.leadUnitCode,
                           t.coordinatingUnitCodes.join(QLatin1Char(';')),
                           isoDate(t.assignedOn),
                           t.isRecurring() ? QString() : deadline,
                           t.recurrence,
                           isoDate(o.completedOn.isValid() && o.completedOn <= asOf ? o.completedOn : QDate()),
                           o.period,
                           isoDate(o.deadline),
                           TaskStatusRules::code(o.status),
                           o.dueSoon ? QStringLiteral("1") : QStringLiteral("0")};
    }
    return out;
}

} // namespace TaskExport
