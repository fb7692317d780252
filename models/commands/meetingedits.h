// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/meetings/meetingrecord.h"
#include "models/storage/rowchange.h"

class Database;

/*!
 * MeetingEdits builds the changes of meetings for EditCommands, which writes them as one undo step with
 * their audit rows (entity "meetings", or "tasks" for creating tasks): the meeting and its attendees,
 * one outcome with its units, removing them, and turning a directive into tasks. Nothing here writes.
 *
 * SQLite's ON DELETE CASCADE would remove children behind the undo stack's back, so a removal lists
 * every child row itself (attendees, outcomes, their units, their task links, frozen figures), children
 * first: undo puts back exactly what was there. Tasks created from a directive are never removed with it;
 * they stay in the register and only lose the link.
 */
class MeetingEdits final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEdits)

public:
    struct Edit
    {
        ChangeSet changes;
        QString text; //!< the undo step's name
        qint64 id = 0; //!< the saved meeting or outcome
        int count = 0; //!< tasks created
    };

    //! Adds (meeting.id 0) or saves a meeting and replaces its attendees. Date and title are required.
    static bool saveMeeting(const Database &database, const Meeting &meeting, Edit *edit, QString *errorMessage);
    //! Removes a meeting with its attendees, outcomes and frozen figures (its tasks stay).
    static bool removeMeeting(const Database &database, qint64 meetingId, Edit *edit, QString *errorMessage);
    /*!
     * Adds (outcome.id 0, last in the meeting) or saves one outcome and replaces its units. A directive
     * needs its text and at least one lead unit; its deadline wording must be understood
     * (TaskValidator::deadlineFromText) unless standing; a lead unit is not also coordinating.
     */
    static bool saveOutcome(const Database &database, const MeetingOutcome &outcome, Edit *edit,
                            QString *errorMessage);
    static bool removeOutcome(const Database &database, qint64 outcomeId, Edit *edit, QString *errorMessage);
    /*!
     * One task per lead unit of directive \a outcomeId that has none from it yet, linked in
     * directive_tasks: title the directive's text, assigned on the meeting's date by the provincial
     * steering committee, the directive's deadline wording (standing: none; "Hằng tháng"/"Hằng quý"/"Hằng
     * năm": a recurring task), programme and coordinating units, the meeting's conclusion notice as source
     * document, codes following suggestTaskCode. Refused when every lead unit already has its task.
     */
    static bool createTasks(const Database &database, qint64 outcomeId, const QDate &today, Edit *edit,
                            QString *errorMessage);
    /*!
     * The kind of task a recurring deadline wording means: "Hằng tháng" (or "hàng tháng", with or without
     * accents, or "monthly") → "monthly", likewise quarterly and yearly; empty for any other wording.
     */
    static QString recurrenceOf(const QString &wording);
};
