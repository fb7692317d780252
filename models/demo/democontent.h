// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/*!
 * DemoContent is the illustrative An Giang database as plain values: the static tables drawn from the
 * five meeting reports in shared/seeds (units, programmes, documents, indicators with the reports' exact
 * figures and targets, meetings and their directives) and the rows generated from them by a fixed,
 * seeded procedure (271 tasks with a deliberate mix of statuses as of 26/05/2026, 42 pilot models,
 * commune observations whose numerators and denominators add up to the province's (tuned so that the
 * commune rules find 55 communes yellow in May), commune colours by hand,
 * units' monthly reports). It knows nothing about SQL; DemoBuilder writes it. The same call always
 * returns the same content, so tests can assert exact figures.
 *
 * The data is Vietnamese content, not UI text, and is therefore not translated.
 */
namespace DemoContent {

//! The date the demo's figures are stated at ("as of May 26, 2026", seed 000).
QDate asOf();
//! The code of the province unit.
QString provinceCode();

struct Unit
{
    QString code;
    QString name;
    QString nameEn;
    QString kind;
    QString parent;    //!< code, empty for the province
    QString successor; //!< code, for units closed by the 2025 merger
    QDate openedOn;
    QDate closedOn;
    bool reportsMonthly = false;
    int position = 0;
};

struct Programme
{
    QString code;
    QString name;
    QString nameEn;
};

struct Document
{
    QString key; //!< internal reference used by the other tables
    QString number;
    QDate issuedOn;
    QString issuer;
    QString title;
};

struct Extension
{
    QDate oldDate;
    QString oldText;
    QDate newDate;
    QString newText;
    QString document; //!< Document::key
    QDate decidedOn;
    QString reason;
};

struct Occurrence
{
    QString period;
    QDate dueOn;
    QDate completedOn;
};

struct Task
{
    QString code;
    QString templateKey; //!< the directive or plan item it was generated from
    QString title;
    QString kind; //!< "task" or "model"
    QString programme;
    QString document; //!< Document::key
    QString assignedBy;
    QString leadUnit;
    QStringList coordinators;
    QDate assignedOn;
    QDate deadline; //!< in force, after extensions
    QString deadlineText;
    QString recurrence;
    QDate completedOn;
    QString result;
    QString progressNotes;
    QList<Extension> extensions;
    QList<Occurrence> occurrences;
};

struct Period
{
    QString code;
    QString kind;
    QDate startsOn;
    QDate endsOn;
};

struct Indicator
{
    QString code;
    QString name;
    QString nameEn;
    QString measure;
    QString direction;
    bool isRate = false;
    QString accumulation;
    int decimals = 0;
    QString programme;
    QString level;
    QString unitLabel;
};

struct Target
{
    QString indicator;
    QString unit;
    QDate effectiveFrom;
    double value = 0;
    QString assignedBy;
    QString document; //!< Document::key, may be empty
    QString note;
};

struct Observation
{
    QString indicator;
    QString unit;
    QString period;
    double value = 0;
    bool hasRatio = false;
    qint64 numerator = 0;
    qint64 denominator = 0;
    int peers = 0; //!< 0 when not a rank
    QString comment;
};

struct ColourRule
{
    QString scope;
    int position = 0;
    bool hasLower = false;
    double lower = 0;
    bool hasUpper = false;
    double upper = 0;
    QString colour;
    QString label;
};

//! A round of commune colours by the rules (CommuneAssessor, default CommuneRules): the period, the day
//! it was assessed (the period's colours are as of that day when it is earlier than the period's end).
struct AssessmentRound
{
    QString period;
    QDate assessedOn;
    QString assessedAt; //!< the time stamp stored
};

//! A colour the secretary set by hand over the rules' one, with the reason.
struct ColourOverride
{
    QString unit;
    QString period;
    QString colour;
    QString reason;
    QString assessedAt;
};

struct Attendee
{
    QString name;
    QString jobTitle;
    QString unit; //!< may be empty
};

struct Outcome
{
    QString kind;
    QString text;
    QDate deadline;
    QString deadlineText;
    bool standing = false;
    QString programme;
    QStringList leadUnits;
    QStringList coordinatingUnits;
    QStringList taskTemplates; //!< the tasks this directive produced or concerns (Task::templateKey)
};

struct Meeting
{
    QDate heldOn;
    QString startsAt;
    QString title;
    QString kind;
    int connectedPoints = 0;
    QString chair;
    QString chairTitle;
    QString location;
    QString notes;
    QString document; //!< Document::key of the conclusion notice
    QList<Attendee> attendees;
    QList<Outcome> outcomes;
};

struct UnitReport
{
    QString unit;
    QString period;
    QDate dueOn;
    QDate receivedOn;
    QString documentNumber;
};

struct Setting
{
    QString key;
    QString value;
};

QList<Unit> units();
QList<Programme> programmes();
QList<Document> documents();
QList<Period> periods();
//! The 271 tasks and the 42 pilot models.
QList<Task> tasks();
QList<Indicator> indicators();
QList<Target> targets();
QList<Observation> observations();
QList<ColourRule> colourRules();
QList<AssessmentRound> assessmentRounds();
QList<ColourOverride> colourOverrides();
//! Stands, in an outcome's units, for the communes the builder finds yellow in \a period.
inline QString yellowCommunesOf(const QString &period) { return QStringLiteral("@YELLOW:") + period; }
QList<Meeting> meetings();
QList<UnitReport> unitReports();
QList<Setting> settings();

} // namespace DemoContent
