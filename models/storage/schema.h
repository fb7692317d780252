// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/*!
 * The names of the SteerDesk schema in one place: tables, the columns that queries join or filter on,
 * the enumeration values the CHECK constraints accept (spelled as in INTERCHANGE.md), and the keys of
 * the per-database settings table. The schema itself is resources/sql/vNNN_*.sql.
 *
 * Two meanings worth knowing before writing a query:
 *  - tasks.deadline_date is the deadline in force after extensions; the deadline as first assigned is
 *    the oldest deadline_extensions.old_deadline_date of the task (or deadline_date when never
 *    extended). A task with no deadline_date and recurrence 'none' is standing.
 *  - observations.period_start repeats periods.starts_on of the row's period (a trigger enforces it):
 *    "latest observation in or before D" is `period_start <= D ORDER BY period_start DESC LIMIT 1`.
 *
 * QT_NO_CAST_FROM_ASCII is on: wrap these in QLatin1String / QStringLiteral at the use site.
 */
namespace Schema {

// Tables (v1)
inline constexpr char Units[] = "units";
inline constexpr char Programmes[] = "programmes";
inline constexpr char SourceDocuments[] = "source_documents";
inline constexpr char Periods[] = "periods";
inline constexpr char Tasks[] = "tasks";
inline constexpr char TaskCoordinators[] = "task_coordinators";
inline constexpr char DeadlineExtensions[] = "deadline_extensions";
inline constexpr char TaskOccurrences[] = "task_occurrences";
inline constexpr char Indicators[] = "indicators";
inline constexpr char Targets[] = "targets";
inline constexpr char Observations[] = "observations";
inline constexpr char ColourRules[] = "colour_rules";
inline constexpr char CommuneAssessments[] = "commune_assessments";
inline constexpr char Meetings[] = "meetings";
inline constexpr char MeetingAttendees[] = "meeting_attendees";
inline constexpr char MeetingOutcomes[] = "meeting_outcomes";
inline constexpr char OutcomeUnits[] = "outcome_units";
inline constexpr char DirectiveTasks[] = "directive_tasks";
inline constexpr char UnitReports[] = "unit_reports";
inline constexpr char ReportSnapshots[] = "report_snapshots";
inline constexpr char AuditLog[] = "audit_log";
// Tables (v2)
inline constexpr char Settings[] = "settings";
inline constexpr char SavedFilters[] = "saved_filters";

//! Every table, in an order that satisfies the foreign keys when filling (parents first).
inline constexpr const char *AllTables[] = {
    Units, Programmes, SourceDocuments, Periods, Tasks, TaskCoordinators, DeadlineExtensions,
    TaskOccurrences, Indicators, Targets, Observations, ColourRules, CommuneAssessments, Meetings,
    MeetingAttendees, MeetingOutcomes, OutcomeUnits, DirectiveTasks, UnitReports, ReportSnapshots,
    AuditLog, Settings, SavedFilters,
};

//! Column names shared by several tables mean the same thing everywhere.
namespace Column {
inline constexpr char Id[] = "id";
inline constexpr char Code[] = "code";
inline constexpr char Name[] = "name";
inline constexpr char NameEn[] = "name_en";
inline constexpr char Kind[] = "kind";
inline constexpr char Position[] = "position";
inline constexpr char ParentId[] = "parent_id";
inline constexpr char SuccessorId[] = "successor_id";
inline constexpr char OpenedOn[] = "opened_on";
inline constexpr char ClosedOn[] = "closed_on";
inline constexpr char ReportsMonthly[] = "reports_monthly";
inline constexpr char Title[] = "title";
inline constexpr char ProgrammeId[] = "programme_id";
inline constexpr char SourceDocumentId[] = "source_document_id";
inline constexpr char AssignedBy[] = "assigned_by";
inline constexpr char LeadUnitId[] = "lead_unit_id";
inline constexpr char AssignedOn[] = "assigned_on";
inline constexpr char DeadlineDate[] = "deadline_date";
inline constexpr char DeadlineText[] = "deadline_text";
inline constexpr char Recurrence[] = "recurrence";
inline constexpr char CompletedOn[] = "completed_on";
inline constexpr char Archived[] = "archived";
inline constexpr char ArchivedAt[] = "archived_at";
inline constexpr char CreatedAt[] = "created_at";
inline constexpr char CreatedBy[] = "created_by";
inline constexpr char UpdatedAt[] = "updated_at";
inline constexpr char TaskId[] = "task_id";
inline constexpr char UnitId[] = "unit_id";
inline constexpr char IndicatorId[] = "indicator_id";
inline constexpr char MeetingId[] = "meeting_id";
inline constexpr char OutcomeId[] = "outcome_id";
inline constexpr char Period[] = "period";
inline constexpr char PeriodStart[] = "period_start";
inline constexpr char StartsOn[] = "starts_on";
inline constexpr char EndsOn[] = "ends_on";
inline constexpr char EffectiveFrom[] = "effective_from";
inline constexpr char Value[] = "value";
inline constexpr char Numerator[] = "numerator";
inline constexpr char Denominator[] = "denominator";
inline constexpr char Peers[] = "peers";
inline constexpr char Colour[] = "colour";
inline constexpr char Source[] = "source";
inline constexpr char Reason[] = "reason";
inline constexpr char Score[] = "score";
inline constexpr char DueOn[] = "due_on";
inline constexpr char ReceivedOn[] = "received_on";
inline constexpr char HeldOn[] = "held_on";
inline constexpr char AsOf[] = "as_of";
inline constexpr char Payload[] = "payload";
// meetings, meeting_attendees, meeting_outcomes, outcome_units, source_documents
inline constexpr char StartsAt[] = "starts_at";
inline constexpr char ConnectedPoints[] = "connected_points";
inline constexpr char Chair[] = "chair";
inline constexpr char ChairTitle[] = "chair_title";
inline constexpr char Location[] = "location";
inline constexpr char Notes[] = "notes";
inline constexpr char PersonName[] = "person_name";
inline constexpr char JobTitle[] = "job_title";
inline constexpr char Text[] = "text";
inline constexpr char Standing[] = "standing";
inline constexpr char Role[] = "role";
inline constexpr char Number[] = "number";
inline constexpr char IssuedOn[] = "issued_on";
// audit_log
inline constexpr char At[] = "at";
inline constexpr char User[] = "user";
inline constexpr char Action[] = "action";
inline constexpr char Entity[] = "entity";
inline constexpr char RecordId[] = "record_id";
inline constexpr char Field[] = "field";
inline constexpr char OldValue[] = "old_value";
inline constexpr char NewValue[] = "new_value";
// colour_rules
inline constexpr char Scope[] = "scope";
inline constexpr char LowerBound[] = "lower_bound";
inline constexpr char LowerInclusive[] = "lower_inclusive";
inline constexpr char UpperBound[] = "upper_bound";
inline constexpr char UpperInclusive[] = "upper_inclusive";
inline constexpr char Label[] = "label";
// settings
inline constexpr char Key[] = "key";
} // namespace Column

//! units.kind
namespace UnitKind {
inline constexpr char Province[] = "province";
inline constexpr char District[] = "district";
inline constexpr char Commune[] = "commune";
inline constexpr char Ward[] = "ward";
inline constexpr char SpecialZone[] = "special_zone";
inline constexpr char Department[] = "department";
inline constexpr char Agency[] = "agency";
inline constexpr char Other[] = "other";
} // namespace UnitKind

//! tasks.kind
namespace TaskKind {
inline constexpr char Task[] = "task";
inline constexpr char Model[] = "model";
} // namespace TaskKind

//! tasks.assigned_by and targets.assigned_by
namespace AssignedBy {
inline constexpr char Central[] = "central";
inline constexpr char Government[] = "government";
inline constexpr char ProvincialSc[] = "provincial_sc";
inline constexpr char Ppc[] = "ppc";
inline constexpr char Other[] = "other";
} // namespace AssignedBy

//! tasks.recurrence
namespace Recurrence {
inline constexpr char None[] = "none";
inline constexpr char Monthly[] = "monthly";
inline constexpr char Quarterly[] = "quarterly";
inline constexpr char Yearly[] = "yearly";
} // namespace Recurrence

//! periods.kind
namespace PeriodKind {
inline constexpr char Month[] = "month";
inline constexpr char Quarter[] = "quarter";
inline constexpr char Half[] = "half";
inline constexpr char Year[] = "year";
} // namespace PeriodKind

//! indicators.measure, .direction, .accumulation
namespace Measure {
inline constexpr char Percent[] = "percent";
inline constexpr char Count[] = "count";
inline constexpr char Money[] = "money";
inline constexpr char Score[] = "score";
inline constexpr char Rank[] = "rank";
} // namespace Measure
namespace Direction {
inline constexpr char Up[] = "up";
inline constexpr char Down[] = "down";
} // namespace Direction
namespace Accumulation {
inline constexpr char Cumulative[] = "cumulative";
inline constexpr char Periodic[] = "periodic";
} // namespace Accumulation

//! colour_rules.colour, commune_assessments.colour / .source, colour_rules.scope
namespace Colour {
inline constexpr char Green[] = "green";
inline constexpr char Yellow[] = "yellow";
inline constexpr char Red[] = "red";
} // namespace Colour
namespace ColourSource {
inline constexpr char Rule[] = "rule";
inline constexpr char Manual[] = "manual";
} // namespace ColourSource
namespace RuleScope {
inline constexpr char Indicator[] = "indicator";
inline constexpr char CommuneScore[] = "commune_score";
} // namespace RuleScope

//! meetings.kind, meeting_outcomes.kind, outcome_units.role
namespace MeetingKind {
inline constexpr char Regular[] = "regular";
inline constexpr char Thematic[] = "thematic";
inline constexpr char OnlineConference[] = "online_conference";
} // namespace MeetingKind
namespace OutcomeKind {
inline constexpr char Information[] = "information";
inline constexpr char Decision[] = "decision";
inline constexpr char Directive[] = "directive";
} // namespace OutcomeKind
namespace OutcomeRole {
inline constexpr char Lead[] = "lead";
inline constexpr char Coordinating[] = "coordinating";
} // namespace OutcomeRole

//! report_snapshots.kind
namespace SnapshotKind {
//! A meeting's figures frozen as of its date (MeetingFigures), JSON in payload.
inline constexpr char MeetingFigures[] = "meeting_figures";
} // namespace SnapshotKind

//! Keys of the settings table (v2).
namespace Setting {
inline constexpr char ReportIssuingBody[] = "report.issuing_body";
inline constexpr char ReportNumber[] = "report.number";
inline constexpr char ReportSignatory[] = "report.signatory";
inline constexpr char ReportSignatoryTitle[] = "report.signatory_title";
inline constexpr char ReportPlace[] = "report.place";
//! "1" in a database written by DemoBuilder: the app shows the content as illustrative.
inline constexpr char DemoIllustrative[] = "demo.illustrative";
//! The as-of date the demo figures are stated at ("2026-05-26").
inline constexpr char DemoAsOf[] = "demo.as_of";
inline constexpr char DemoNote[] = "demo.note";
//! How many days before its deadline an open task is marked "due soon" (default 7).
inline constexpr char TasksDueSoonDays[] = "tasks.due_soon_days";
//! The commune traffic-light rule set's weights and overdue thresholds, as JSON (CommuneRules).
inline constexpr char CommunesRules[] = "communes.rules";
//! The day of the month units' monthly reports are due, "1"-"31" (default 20; 31 means the last day).
inline constexpr char UnitReportsDueDay[] = "unit_reports.due_day";
} // namespace Setting

} // namespace Schema
