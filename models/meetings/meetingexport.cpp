// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/meetingexport.h"

#include <algorithm>

#include <QHash>

#include "models/meetings/meetingstore.h"
#include "models/reference/referencedata.h"
#include "models/tasks/taskstore.h"

namespace MeetingExport {

QStringList header()
{
    return {QStringLiteral("meeting"),   QStringLiteral("date"),      QStringLiteral("chair"),
            QStringLiteral("directive"), QStringLiteral("lead_unit"), QStringLiteral("task_code"),
            QStringLiteral("task_status")};
}

QVector<QStringList> rows(const Database &database, const QDate &asOf, QString *errorMessage)
{
    QString error;
    QVector<MeetingSummary> meetings = MeetingStore::list(database, asOf, &error);
    QHash<qint64, QString> unitCodes;
    for (const ReferenceData::Unit &u : ReferenceData::storedUnits(database, &error))
        unitCodes.insert(u.id, u.code);
    std::reverse(meetings.begin(), meetings.end()); // the list is newest first; the table reads oldest first
    // The tasks of every meeting's directives in one read, not one per meeting.
    const QVector<TaskRecord> tasks = error.isEmpty() ? TaskStore::loadOfMeeting(database, 0, &error) : QVector<TaskRecord>();
    QHash<qint64, const TaskRecord *> byId;
    for (const TaskRecord &t : tasks)
        byId.insert(t.id, &t);
    QVector<QStringList> result;
    for (const MeetingSummary &m : meetings) {
        if (!error.isEmpty())
            break;
        const QVector<MeetingOutcome> outcomes = MeetingStore::outcomes(database, m.id, &error);
        const QStringList meetingColumns = {m.title, m.heldOn.toString(Qt::ISODate), m.chair};
        for (const MeetingOutcome &o : outcomes) {
            if (!o.isDirective())
                continue;
            bool any = false;
            for (qint64 id : o.taskIds) {
                const TaskRecord *t = byId.value(id);
                if (!t)
                    continue;
                any = true;
                result.append(meetingColumns
                              + QStringList{o.text, t->leadUnitCode, t->code,
                                            TaskStatusRules::code(TaskStore::overallStatus(*t, asOf))});
            }
            if (!any) {
                QStringList leads;
                for (qint64 unit : o.leadUnitIds)
                    leads << unitCodes.value(unit);
                result.append(meetingColumns + QStringList{o.text, leads.join(QLatin1Char(';')), QString(), QString()});
            }
        }
    }
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    return result;
}

} // namespace MeetingExport
