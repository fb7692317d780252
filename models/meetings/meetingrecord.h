// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QVector>

//! One person at a meeting, in the order the minutes list them.
struct MeetingAttendee
{
    QString personName; //!< "Trần Thị Bích Hằng", or a group: "Lãnh đạo các sở, ban, ngành"
    QString jobTitle;   //!< "Phó Chủ tịch UBND tỉnh"; may be empty
    qint64 unitId = 0;  //!< 0: none
};

/*!
 * A meeting as its form edits it and the store reads it: when, what, who chaired, who attended and
 * where; the conclusion notice issued afterwards, by number and date (found or created on save). id 0 is
 * a new meeting. Its outcomes are separate (MeetingOutcome), edited one at a time.
 */
struct Meeting
{
    qint64 id = 0;
    QDate heldOn;
    QTime startsAt; //!< invalid: not recorded
    QString title;
    QString kind = QStringLiteral("regular"); //!< regular, thematic, online_conference
    int connectedPoints = -1;                 //!< online conference: points connected; -1 not recorded
    QString chair;
    QString chairTitle;
    QString location;
    QString notes;
    QString documentNumber; //!< the conclusion notice, e.g. "145/TB-VPUBND"; empty: none
    QDate documentDate;
    QVector<MeetingAttendee> attendees;
};

/*!
 * One agenda item's outcome: information, a decision, or a directive. A directive assigns work to one or
 * more lead units (with coordinating units) by a deadline that is a date, a period as worded ("Quý
 * III/2026" → 30/09/2026, the wording kept), or standing ("Thường xuyên"); "Create tasks" turns it into
 * one task per lead unit, listed in taskIds. id 0 is a new outcome.
 */
struct MeetingOutcome
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0; //!< order within the meeting (0-based); a new outcome goes last
    QString kind = QStringLiteral("directive"); //!< information, decision, directive
    QString text;
    QString deadlineText; //!< the wording: "Quý III/2026", "30/09/2026", "Thường xuyên", "Hằng tháng"; empty: none
    QDate deadlineDate;   //!< the date the wording means; invalid when standing or none (directives only)
    bool standing = false; //!< no deadline: ongoing and regular (directives only)
    qint64 programmeId = 0;
    QList<qint64> leadUnitIds;         //!< in the order chosen
    QList<qint64> coordinatingUnitIds;
    QList<qint64> taskIds; //!< tasks created from it (read by the store; ignored when saving)

    bool isDirective() const { return kind == QLatin1String("directive"); }
};

//! A task's origin: the directive (and its meeting) it was created from.
struct TaskOrigin
{
    qint64 meetingId = 0;
    QDate heldOn;
    QString meetingTitle;
    qint64 outcomeId = 0;
    int outcomeNumber = 0; //!< 1-based position among the meeting's outcomes
    QString outcomeText;
    bool isValid() const { return meetingId > 0; }
};
