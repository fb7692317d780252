// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include "models/meetings/meetingrecord.h"
#include "models/tasks/taskrecord.h"

class Database;

//! One meeting in the list, with how its directives' tasks stand as of a date.
struct MeetingSummary
{
    qint64 id = 0;
    QDate heldOn;
    QTime startsAt;
    QString title;
    QString kind;
    QString chair;
    int outcomes = 0;
    int directives = 0;
    int tasks = 0;          //!< tasks created from its directives (archived ones included)
    int tasksCompleted = 0; //!< of those, completed on the as-of date (on time or late)
    int tasksOverdue = 0;   //!< of those, open and overdue on the as-of date
    QDate frozenAsOf;       //!< the as-of date of its frozen figures; invalid: not frozen
};

/*!
 * MeetingStore reads meetings: the list (newest first) with each meeting's directive tasks counted as of
 * a date, one meeting with its attendees, its outcomes with their units and created tasks, and the
 * meeting a task came from. A fixed handful of queries, whatever the number of meetings.
 */
class MeetingStore final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    //! Every meeting, newest first (held_on, then starts_at, descending).
    static QVector<MeetingSummary> list(const Database &database, const QDate &asOf,
                                        QString *errorMessage = nullptr);
    //! Meeting \a id with its attendees; false when there is no such meeting.
    static bool load(const Database &database, qint64 id, Meeting *meeting, QString *errorMessage = nullptr);
    //! The outcomes of meeting \a meetingId in order, with their units and created tasks.
    static QVector<MeetingOutcome> outcomes(const Database &database, qint64 meetingId,
                                            QString *errorMessage = nullptr);
    //! One outcome; false when there is no such outcome.
    static bool outcome(const Database &database, qint64 outcomeId, MeetingOutcome *outcome,
                        QString *errorMessage = nullptr);
    //! The tasks created from meeting \a meetingId's directives (archived ones too), ready for status derivation.
    static QVector<TaskRecord> tasksOfMeeting(const Database &database, qint64 meetingId,
                                              QString *errorMessage = nullptr);
    //! The directives task \a taskId was created from (usually one), newest meeting first.
    static QVector<TaskOrigin> originsOfTask(const Database &database, qint64 taskId,
                                             QString *errorMessage = nullptr);
    //! The meeting held most recently before meeting \a meetingId (by date and time); 0 when none.
    static qint64 previousMeeting(const Database &database, qint64 meetingId);
    //! "28/05/2026 — Hội nghị đánh giá …": how a meeting is named in lists and messages.
    static QString caption(const QDate &heldOn, const QString &title);
};
