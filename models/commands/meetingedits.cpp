// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/meetingedits.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <functional>

#include "models/commands/editsupport.h"
#include "models/commands/taskcreation.h"
#include "models/domain/textfold.h"
#include "models/meetings/meetingstore.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/tasks/taskvalidator.h"

namespace {

using namespace EditSupport;

const QString MeetingsEntity = QStringLiteral("meetings");
const QString TasksEntity = QStringLiteral("tasks");

QString name(const char *schemaName)
{
    return QString::fromLatin1(schemaName);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QVariant nullableInt(int value, bool isNull)
{
    return isNull ? QVariant(QMetaType::fromType<int>()) : QVariant(value);
}

//! The rows \a sql selects with \a id bound, each as column → value (every column it names).
bool rowsOf(const Database &database, const QString &sql, qint64 id, QVector<QVariantMap> *rows,
            QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec())
        return fail(errorMessage, q.lastError().text());
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows->append(row);
    }
    return true;
}

//! A change of a row of \a table filed in meeting \a meetingId's history.
RowChange childChange(const char *table, qint64 meetingId, const QString &field, const char *valueColumn)
{
    RowChange c;
    c.table = name(table);
    c.auditEntity = MeetingsEntity;
    c.auditRecordId = meetingId;
    c.auditField = field;
    c.auditValueColumn = name(valueColumn);
    return c;
}

//! How an outcome unit is named in the meeting's history: "lead_unit" or "coordinating_unit".
QString unitField(const QString &role)
{
    return role + QStringLiteral("_unit");
}

/*!
 * Appends the removal of every row \a sql selects for \a id (all columns, so that undo puts each back
 * exactly), keyed by \a keyColumns and filed under meeting \a meetingId as \a field (a function of the row).
 */
bool addRemovals(const Database &database, const QString &sql, qint64 id, const char *table,
                 const QStringList &keyColumns, qint64 meetingId,
                 const std::function<QString(const QVariantMap &)> &field, const char *valueColumn,
                 ChangeSet *changes, QString *errorMessage)
{
    QVector<QVariantMap> rows;
    if (!rowsOf(database, sql, id, &rows, errorMessage))
        return false;
    for (QVariantMap row : std::as_const(rows)) {
        RowChange c = childChange(table, meetingId, field(row), valueColumn);
        for (const QString &column : keyColumns)
            c.key.insert(column, row.take(column));
        c.before = row;
        c.existsAfter = false;
        changes->append(c);
    }
    return true;
}

//! The removal of the task links and units of the outcomes \a where selects ("outcome_id = ?" …), children
//! first.
bool addOutcomeChildRemovals(const Database &database, const QString &where, qint64 id, qint64 meetingId,
                             ChangeSet *changes, QString *errorMessage)
{
    const auto fixed = [](const QString &field) {
        return [field](const QVariantMap &) {
            return field;
        };
    };
    return addRemovals(database, QStringLiteral("SELECT * FROM directive_tasks WHERE ") + where, id,
                       Schema::DirectiveTasks,
                       {name(Schema::Column::OutcomeId), name(Schema::Column::TaskId)}, meetingId,
                       fixed(QStringLiteral("task")), Schema::Column::TaskId, changes, errorMessage) &&
           addRemovals(
               database, QStringLiteral("SELECT * FROM outcome_units WHERE ") + where, id,
               Schema::OutcomeUnits, {name(Schema::Column::OutcomeId), name(Schema::Column::UnitId)},
               meetingId,
               [](const QVariantMap &row) {
                   return unitField(row.value(name(Schema::Column::Role)).toString());
               },
               Schema::Column::UnitId, changes, errorMessage);
}

enum class Step { Add, Edit, Remove };

//! The undo step's name for an outcome of \a kind: "add directive '…'", "remove decision '…'" …
QString stepText(const QString &kind, Step step, const QString &text)
{
    static const char *const formats[][3] = {
        {QT_TRANSLATE_NOOP("MeetingEdits", "add directive '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "edit directive '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "remove directive '%1'")},
        {QT_TRANSLATE_NOOP("MeetingEdits", "add decision '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "edit decision '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "remove decision '%1'")},
        {QT_TRANSLATE_NOOP("MeetingEdits", "add information '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "edit information '%1'"),
         QT_TRANSLATE_NOOP("MeetingEdits", "remove information '%1'")},
    };
    const int row = kind == QLatin1String(Schema::OutcomeKind::Directive)  ? 0
                    : kind == QLatin1String(Schema::OutcomeKind::Decision) ? 1
                                                                           : 2;
    return MeetingEdits::tr(formats[row][int(step)]).arg(shortTitle(text));
}

//! The units of \a ids in order, each once and > 0.
QList<qint64> uniqueIds(const QList<qint64> &ids)
{
    QList<qint64> list;
    for (qint64 id : ids) {
        if (id > 0 && !list.contains(id))
            list.append(id);
    }
    return list;
}

//! Checks a meeting as the form gives it; false with the first problem.
bool validateMeeting(const Database &database, const Meeting &meeting, QString *errorMessage)
{
    if (!meeting.heldOn.isValid())
        return fail(errorMessage, MeetingEdits::tr("Enter the date of the meeting."));
    if (meeting.title.trimmed().isEmpty())
        return fail(errorMessage, MeetingEdits::tr("Enter the title of the meeting."));
    if (meeting.kind != QLatin1String(Schema::MeetingKind::Regular) &&
        meeting.kind != QLatin1String(Schema::MeetingKind::Thematic) &&
        meeting.kind != QLatin1String(Schema::MeetingKind::OnlineConference))
        return fail(errorMessage,
                    MeetingEdits::tr("Choose the kind of meeting: regular review, thematic meeting or "
                                     "online conference."));
    if (meeting.connectedPoints < -1)
        return fail(errorMessage, MeetingEdits::tr("The number of connected points cannot be negative."));
    // QTime has no invalid-but-set state: an invalid start time is "not recorded".
    for (int i = 0; i < meeting.attendees.size(); ++i) {
        const MeetingAttendee &a = meeting.attendees.at(i);
        if (a.personName.trimmed().isEmpty())
            return fail(errorMessage,
                        MeetingEdits::tr("Attendee %1 has no name: enter the person or the group, or "
                                         "remove the row.")
                            .arg(i + 1));
        if (a.unitId > 0 && !exists(database, Schema::Units, a.unitId))
            return fail(errorMessage,
                        MeetingEdits::tr("The unit of attendee %1 is not in the unit list.").arg(i + 1));
    }
    const QString number = meeting.documentNumber.trimmed();
    if (!number.isEmpty() && !meeting.documentDate.isValid())
        return fail(errorMessage, MeetingEdits::tr("Give the date of the conclusion notice %1.").arg(number));
    if (!number.isEmpty() && meeting.documentDate < meeting.heldOn)
        return fail(errorMessage,
                    MeetingEdits::tr("The conclusion notice %1 is dated %2, before the meeting (%3).")
                        .arg(number, shortDate(meeting.documentDate), shortDate(meeting.heldOn)));
    return true;
}

//! The meeting's date and conclusion notice (source document id, 0: none); false when there is no meeting.
bool meetingOf(const Database &database, qint64 meetingId, QDate *heldOn, qint64 *documentId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT held_on, source_document_id FROM meetings WHERE id = ?"));
    q.addBindValue(meetingId);
    if (!q.exec() || !q.next())
        return false;
    *heldOn = dateOf(q.value(0));
    if (documentId)
        *documentId = q.value(1).toLongLong();
    return true;
}

//! The stored row of \a table with \a id, without its id; false when there is none.
bool storedRow(const Database &database, const char *table, qint64 id, QVariantMap *row)
{
    QVector<QVariantMap> rows;
    if (!rowsOf(database, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(name(table)), id, &rows,
                nullptr) ||
        rows.isEmpty())
        return false;
    *row = rows.first();
    row->remove(name(Schema::Column::Id));
    return true;
}

/*!
 * The attendee rows of meeting \a meetingId turned into \a attendees, by position: a row whose values are
 * the same is left alone, others are updated, extra rows removed and missing ones added.
 */
bool addAttendeeChanges(const Database &database, qint64 meetingId, bool meetingExists,
                        const QVector<MeetingAttendee> &attendees, ChangeSet *changes, QString *errorMessage)
{
    QVector<QVariantMap> stored;
    if (meetingExists &&
        !rowsOf(database,
                QStringLiteral("SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY position, id"),
                meetingId, &stored, errorMessage))
        return false;
    const QString idColumn = name(Schema::Column::Id);
    const QString field = QStringLiteral("attendee");
    qint64 nextId = 0;
    for (int i = 0; i < attendees.size(); ++i) {
        const MeetingAttendee &a = attendees.at(i);
        QVariantMap row;
        row.insert(name(Schema::Column::MeetingId), meetingId);
        row.insert(name(Schema::Column::Position), i);
        row.insert(name(Schema::Column::PersonName), a.personName.trimmed());
        row.insert(name(Schema::Column::JobTitle), nullable(a.jobTitle));
        row.insert(name(Schema::Column::UnitId), nullableId(a.unitId));
        RowChange c = childChange(Schema::MeetingAttendees, meetingId, field, Schema::Column::PersonName);
        if (i < stored.size()) {
            QVariantMap before = stored.at(i);
            c.key.insert(idColumn, before.take(idColumn));
            if (RowChanges::sameRow(before, row))
                continue;
            c.before = before;
        } else {
            if (nextId == 0)
                nextId = RowChanges::nextId(database, Schema::MeetingAttendees);
            c.key.insert(idColumn, nextId++);
            c.existsBefore = false;
        }
        c.after = row;
        changes->append(c);
    }
    for (int i = int(attendees.size()); i < stored.size(); ++i) {
        QVariantMap before = stored.at(i);
        RowChange c = childChange(Schema::MeetingAttendees, meetingId, field, Schema::Column::PersonName);
        c.key.insert(idColumn, before.take(idColumn));
        c.before = before;
        c.existsAfter = false;
        changes->append(c);
    }
    return true;
}

//! The deadline columns of a directive, as stored.
struct Deadline
{
    QVariant text;
    QVariant date;
    bool standing = false;
};

//! Reads a directive's deadline wording (see MeetingEdits::saveOutcome); false with a message.
bool directiveDeadline(const MeetingOutcome &outcome, const QDate &heldOn, Deadline *deadline,
                       QString *errorMessage)
{
    const QString wording = outcome.deadlineText.trimmed();
    deadline->text = nullable(wording);
    deadline->date = nullable(QDate());
    if (!MeetingEdits::recurrenceOf(wording).isEmpty()) {
        deadline->standing = true; // falls due every period: no single deadline
        return true;
    }
    bool ok = true;
    const QDate date = TaskValidator::deadlineFromText(wording, &ok);
    if (!ok)
        return fail(errorMessage,
                    MeetingEdits::tr("\"%1\" is not a deadline. Write a date (30/09/2026), a period "
                                     "(Quý III/2026), \"Thường xuyên\" for a standing directive or "
                                     "\"Hằng tháng\" for a monthly one.")
                        .arg(wording));
    if (!date.isValid()) { // empty, or the committee's word for standing
        if (wording.isEmpty() && !outcome.standing)
            return fail(errorMessage,
                        MeetingEdits::tr("Give the directive a deadline, or mark it standing."));
        deadline->standing = true;
        return true;
    }
    if (outcome.standing)
        return fail(errorMessage,
                    MeetingEdits::tr("A standing directive has no deadline: clear \"%1\" or untick "
                                     "Standing.")
                        .arg(wording));
    if (date < heldOn)
        return fail(errorMessage, MeetingEdits::tr("The deadline %1 is before the meeting (%2).")
                                      .arg(shortDate(date), shortDate(heldOn)));
    deadline->date = nullable(date);
    return true;
}

//! Checks that every unit of \a ids is in the unit list.
bool unitsExist(const Database &database, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!exists(database, Schema::Units, id))
            return false;
    }
    return true;
}

} // namespace

bool MeetingEdits::saveMeeting(const Database &database, const Meeting &meeting, Edit *edit,
                               QString *errorMessage)
{
    if (!validateMeeting(database, meeting, errorMessage))
        return false;
    Edit result;
    const bool isNew = meeting.id <= 0;
    QVariantMap before;
    if (!isNew && !storedRow(database, Schema::Meetings, meeting.id, &before))
        return fail(errorMessage, tr("The meeting no longer exists."));
    const qint64 id = isNew ? RowChanges::nextId(database, Schema::Meetings) : meeting.id;
    const qint64 documentId =
        resolveDocument(database, meeting.documentNumber, meeting.documentDate, &result.changes);

    QVariantMap after = before; // keeps created_at; updated_at is set when something changed
    after.insert(name(Schema::Column::HeldOn), meeting.heldOn.toString(Qt::ISODate));
    after.insert(name(Schema::Column::StartsAt),
                 meeting.startsAt.isValid() ? QVariant(meeting.startsAt.toString(QStringLiteral("HH:mm")))
                                            : QVariant(QMetaType::fromType<QString>()));
    after.insert(name(Schema::Column::Title), meeting.title.trimmed());
    after.insert(name(Schema::Column::Kind), meeting.kind);
    after.insert(name(Schema::Column::ConnectedPoints),
                 nullableInt(meeting.connectedPoints, meeting.connectedPoints < 0));
    after.insert(name(Schema::Column::Chair), nullable(meeting.chair));
    after.insert(name(Schema::Column::ChairTitle), nullable(meeting.chairTitle));
    after.insert(name(Schema::Column::Location), nullable(meeting.location));
    after.insert(name(Schema::Column::Notes), nullable(meeting.notes));
    after.insert(name(Schema::Column::SourceDocumentId), nullableId(documentId));
    if (isNew) {
        after.insert(name(Schema::Column::CreatedAt), nowText());
        after.insert(name(Schema::Column::UpdatedAt), nowText());
    }
    RowChange row;
    row.table = name(Schema::Meetings);
    row.key.insert(name(Schema::Column::Id), id);
    row.before = before;
    row.after = after;
    row.existsBefore = !isNew;
    row.auditValueColumn = name(Schema::Column::Title);
    if (isNew || !RowChanges::sameRow(before, after))
        result.changes.append(row);
    if (!addAttendeeChanges(database, id, !isNew, meeting.attendees, &result.changes, errorMessage))
        return false;

    result.id = id;
    result.text = (isNew ? tr("add meeting '%1'") : tr("edit meeting '%1'")).arg(shortTitle(meeting.title));
    *edit = result;
    return true;
}

bool MeetingEdits::removeMeeting(const Database &database, qint64 meetingId, Edit *edit,
                                 QString *errorMessage)
{
    QVariantMap before;
    if (!storedRow(database, Schema::Meetings, meetingId, &before))
        return fail(errorMessage, tr("The meeting no longer exists."));
    Edit result;
    ChangeSet &changes = result.changes;
    const auto fixed = [](const char *field) {
        return [field](const QVariantMap &) {
            return name(field);
        };
    };
    // Children first, every row listed: ON DELETE CASCADE is left nothing to remove behind undo's back.
    const QString ofOutcomes =
        QStringLiteral("outcome_id IN (SELECT id FROM meeting_outcomes WHERE meeting_id = ?)");
    if (!addOutcomeChildRemovals(database, ofOutcomes, meetingId, meetingId, &changes, errorMessage) ||
        !addRemovals(
            database,
            QStringLiteral("SELECT * FROM meeting_outcomes WHERE meeting_id = ? ORDER BY position, id"),
            meetingId, Schema::MeetingOutcomes, {name(Schema::Column::Id)}, meetingId, fixed("outcome"),
            Schema::Column::Text, &changes, errorMessage) ||
        !addRemovals(
            database,
            QStringLiteral("SELECT * FROM meeting_attendees WHERE meeting_id = ? ORDER BY position, id"),
            meetingId, Schema::MeetingAttendees, {name(Schema::Column::Id)}, meetingId, fixed("attendee"),
            Schema::Column::PersonName, &changes, errorMessage) ||
        !addRemovals(database,
                     QStringLiteral("SELECT * FROM report_snapshots WHERE meeting_id = ? ORDER BY id"),
                     meetingId, Schema::ReportSnapshots, {name(Schema::Column::Id)}, meetingId,
                     fixed("frozen_figures"), Schema::Column::AsOf, &changes, errorMessage))
        return false;
    RowChange row;
    row.table = name(Schema::Meetings);
    row.key.insert(name(Schema::Column::Id), meetingId);
    row.before = before;
    row.existsAfter = false;
    row.auditValueColumn = name(Schema::Column::Title);
    changes.append(row);

    const QString title = before.value(name(Schema::Column::Title)).toString();
    result.id = meetingId;
    result.text = tr("remove meeting '%1'").arg(shortTitle(title));
    *edit = result;
    return true;
}

bool MeetingEdits::saveOutcome(const Database &database, const MeetingOutcome &outcome, Edit *edit,
                               QString *errorMessage)
{
    const bool isNew = outcome.id <= 0;
    QVariantMap before;
    if (!isNew && !storedRow(database, Schema::MeetingOutcomes, outcome.id, &before))
        return fail(errorMessage, tr("The outcome no longer exists."));
    qint64 meetingId = outcome.meetingId;
    if (!isNew) {
        const qint64 storedMeeting = before.value(name(Schema::Column::MeetingId)).toLongLong();
        if (meetingId <= 0)
            meetingId = storedMeeting;
        else if (meetingId != storedMeeting)
            return fail(errorMessage, tr("An outcome cannot be moved to another meeting."));
    }
    QDate heldOn;
    if (!meetingOf(database, meetingId, &heldOn, nullptr))
        return fail(errorMessage, tr("The meeting no longer exists."));

    const QString kind = outcome.kind;
    const bool directive = kind == QLatin1String(Schema::OutcomeKind::Directive);
    if (!directive && kind != QLatin1String(Schema::OutcomeKind::Decision) &&
        kind != QLatin1String(Schema::OutcomeKind::Information))
        return fail(errorMessage, tr("Choose the kind of outcome: information, decision or directive."));
    if (outcome.text.trimmed().isEmpty())
        return fail(errorMessage,
                    directive ? tr("Enter what the directive asks.") : tr("Enter the text of the outcome."));
    if (outcome.programmeId > 0 && !exists(database, Schema::Programmes, outcome.programmeId))
        return fail(errorMessage, tr("The programme is not in the programme list."));
    MeetingOutcome stored;
    if (!isNew && !directive && MeetingStore::outcome(database, outcome.id, &stored) &&
        !stored.taskIds.isEmpty())
        return fail(errorMessage, tr("Tasks were created from this directive: it stays a directive."));

    Deadline deadline;
    deadline.text = nullable(QString());
    deadline.date = nullable(QDate());
    QList<qint64> leads, coordinating;
    if (directive) {
        leads = uniqueIds(outcome.leadUnitIds);
        if (leads.isEmpty())
            return fail(errorMessage, tr("Choose at least one lead unit for the directive."));
        if (!unitsExist(database, leads))
            return fail(errorMessage, tr("A lead unit of the directive is not in the unit list."));
        for (qint64 id : uniqueIds(outcome.coordinatingUnitIds)) {
            if (!leads.contains(id)) // a lead unit does not also coordinate
                coordinating.append(id);
        }
        if (!unitsExist(database, coordinating))
            return fail(errorMessage, tr("A coordinating unit of the directive is not in the unit list."));
        if (!directiveDeadline(outcome, heldOn, &deadline, errorMessage))
            return false;
    }

    Edit result;
    const qint64 id = isNew ? RowChanges::nextId(database, Schema::MeetingOutcomes) : outcome.id;
    int position = before.value(name(Schema::Column::Position)).toInt();
    if (isNew) { // last in the meeting; positions may have gaps after a removal
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral(
            "SELECT coalesce(max(position) + 1, 0) FROM meeting_outcomes WHERE meeting_id = ?"));
        q.addBindValue(meetingId);
        position = q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    QVariantMap after;
    after.insert(name(Schema::Column::MeetingId), meetingId);
    after.insert(name(Schema::Column::Position), position);
    after.insert(name(Schema::Column::Kind), kind);
    after.insert(name(Schema::Column::Text), outcome.text.trimmed());
    after.insert(name(Schema::Column::DeadlineDate), deadline.date);
    after.insert(name(Schema::Column::DeadlineText), deadline.text);
    after.insert(name(Schema::Column::Standing), deadline.standing ? 1 : 0);
    after.insert(name(Schema::Column::ProgrammeId), nullableId(outcome.programmeId));
    RowChange row =
        childChange(Schema::MeetingOutcomes, meetingId, QStringLiteral("outcome"), Schema::Column::Text);
    row.key.insert(name(Schema::Column::Id), id);
    row.before = before;
    row.after = after;
    row.existsBefore = !isNew;
    if (isNew || !RowChanges::sameRow(before, after))
        result.changes.append(row);

    // The units: same unit and role is left alone, a changed role is updated, others added or removed.
    QHash<qint64, QString> wanted;
    for (qint64 unit : std::as_const(leads))
        wanted.insert(unit, name(Schema::OutcomeRole::Lead));
    for (qint64 unit : std::as_const(coordinating))
        wanted.insert(unit, name(Schema::OutcomeRole::Coordinating));
    QVector<QVariantMap> storedUnits;
    if (!isNew &&
        !rowsOf(database, QStringLiteral("SELECT unit_id, role FROM outcome_units WHERE outcome_id = ?"), id,
                &storedUnits, errorMessage))
        return false;
    QHash<qint64, QString> had;
    for (const QVariantMap &u : std::as_const(storedUnits))
        had.insert(u.value(name(Schema::Column::UnitId)).toLongLong(),
                   u.value(name(Schema::Column::Role)).toString());
    const QString roleColumn = name(Schema::Column::Role);
    const auto unitChange = [&](qint64 unit, const QString &role) {
        RowChange c = childChange(Schema::OutcomeUnits, meetingId, unitField(role), Schema::Column::UnitId);
        c.key = {{name(Schema::Column::OutcomeId), id}, {name(Schema::Column::UnitId), unit}};
        return c;
    };
    for (qint64 unit : leads + coordinating) {
        const QString role = wanted.value(unit);
        if (had.value(unit) == role)
            continue;
        RowChange c = unitChange(unit, role);
        c.after = {{roleColumn, role}};
        if (had.contains(unit))
            c.before = {{roleColumn, had.value(unit)}};
        else
            c.existsBefore = false;
        result.changes.append(c);
    }
    for (const QVariantMap &u : std::as_const(storedUnits)) {
        const qint64 unit = u.value(name(Schema::Column::UnitId)).toLongLong();
        if (wanted.contains(unit))
            continue;
        RowChange c = unitChange(unit, had.value(unit));
        c.before = {{roleColumn, had.value(unit)}};
        c.existsAfter = false;
        result.changes.append(c);
    }

    result.id = id;
    result.text = stepText(kind, isNew ? Step::Add : Step::Edit, outcome.text);
    *edit = result;
    return true;
}

bool MeetingEdits::removeOutcome(const Database &database, qint64 outcomeId, Edit *edit,
                                 QString *errorMessage)
{
    QVariantMap before;
    if (!storedRow(database, Schema::MeetingOutcomes, outcomeId, &before))
        return fail(errorMessage, tr("The outcome no longer exists."));
    const qint64 meetingId = before.value(name(Schema::Column::MeetingId)).toLongLong();
    Edit result;
    // The others keep their positions: a gap is left, the order stays.
    if (!addOutcomeChildRemovals(database, QStringLiteral("outcome_id = ?"), outcomeId, meetingId,
                                 &result.changes, errorMessage))
        return false;
    RowChange row =
        childChange(Schema::MeetingOutcomes, meetingId, QStringLiteral("outcome"), Schema::Column::Text);
    row.key.insert(name(Schema::Column::Id), outcomeId);
    row.before = before;
    row.existsAfter = false;
    result.changes.append(row);
    result.id = outcomeId;
    result.text = stepText(before.value(name(Schema::Column::Kind)).toString(), Step::Remove,
                           before.value(name(Schema::Column::Text)).toString());
    *edit = result;
    return true;
}

bool MeetingEdits::createTasks(const Database &database, qint64 outcomeId, const QDate &today, Edit *edit,
                               QString *errorMessage)
{
    MeetingOutcome outcome;
    QString error;
    if (!MeetingStore::outcome(database, outcomeId, &outcome, &error))
        return fail(errorMessage, error.isEmpty() ? tr("The directive no longer exists.") : error);
    if (!outcome.isDirective())
        return fail(errorMessage, tr("Only a directive becomes tasks."));
    QDate heldOn;
    qint64 documentId = 0;
    if (!meetingOf(database, outcome.meetingId, &heldOn, &documentId))
        return fail(errorMessage, tr("The meeting no longer exists."));

    // The lead units that already have their task from this directive (archived ones count).
    QSet<qint64> covered;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT t.lead_unit_id FROM directive_tasks dt JOIN tasks t ON t.id = dt.task_id "
        "WHERE dt.outcome_id = ?"));
    q.addBindValue(outcomeId);
    if (!q.exec())
        return fail(errorMessage, q.lastError().text());
    while (q.next())
        covered.insert(q.value(0).toLongLong());
    QList<qint64> missing;
    for (qint64 unit : std::as_const(outcome.leadUnitIds)) {
        if (!covered.contains(unit))
            missing.append(unit);
    }
    if (missing.isEmpty())
        return fail(errorMessage, tr("Every lead unit of this directive already has its task."));

    // The task's deadline: the wording when it says the directive's date, else that date; none when standing.
    TaskDraft draft;
    draft.title = outcome.text;
    draft.programmeId = outcome.programmeId;
    draft.assignedBy = name(Schema::AssignedBy::ProvincialSc);
    draft.coordinatorIds = outcome.coordinatingUnitIds;
    draft.assignedOn = heldOn;
    const QString recurrence = MeetingEdits::recurrenceOf(outcome.deadlineText);
    if (!recurrence.isEmpty()) {
        draft.recurrence = recurrence;
    } else {
        bool ok = true;
        const QDate date = TaskValidator::deadlineFromText(outcome.deadlineText, &ok);
        if (ok && date == outcome.deadlineDate)
            draft.deadlineText = outcome.deadlineText.trimmed();
        else if (outcome.deadlineDate.isValid())
            draft.deadlineText = outcome.deadlineDate.toString(QStringLiteral("dd/MM/yyyy"));
    }

    Edit result;
    const qint64 firstId = RowChanges::nextId(database, Schema::Tasks);
    const QStringList codes = TaskCreation::suggestCodes(database, int(missing.size()));
    for (int i = 0; i < missing.size(); ++i) {
        const qint64 taskId = firstId + i;
        draft.leadUnitId = missing.at(i);
        draft.code = codes.at(i);
        // The problems are the directive's (its date, its deadline), the same for every lead unit.
        const auto problems =
            TaskValidator::validate(draft, today, codeTaken(database, Schema::Tasks, draft.code, 0));
        if (!problems.isEmpty()) {
            QStringList messages;
            for (const TaskValidator::Problem &p : problems)
                messages << p.message;
            return fail(errorMessage, messages.join(QLatin1Char('\n')));
        }
        result.changes += TaskCreation::newTaskChanges(draft, taskId, documentId);
        RowChange link;
        link.table = name(Schema::DirectiveTasks);
        link.key = {{name(Schema::Column::OutcomeId), outcomeId}, {name(Schema::Column::TaskId), taskId}};
        link.existsBefore = false;
        link.auditEntity = TasksEntity; // the task's History says which directive it came from
        link.auditRecordId = taskId;
        link.auditField = QStringLiteral("directive");
        link.auditValueColumn = name(Schema::Column::OutcomeId);
        result.changes.append(link);
    }
    result.id = outcomeId;
    result.count = int(missing.size());
    result.text =
        tr("create %n task(s) from directive '%1'", nullptr, result.count).arg(shortTitle(outcome.text));
    *edit = result;
    return true;
}

QString MeetingEdits::recurrenceOf(const QString &wording)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("hang thang"), name(Schema::Recurrence::Monthly)},
        {QStringLiteral("monthly"), name(Schema::Recurrence::Monthly)},
        {QStringLiteral("hang quy"), name(Schema::Recurrence::Quarterly)},
        {QStringLiteral("quarterly"), name(Schema::Recurrence::Quarterly)},
        {QStringLiteral("hang nam"), name(Schema::Recurrence::Yearly)},
        {QStringLiteral("yearly"), name(Schema::Recurrence::Yearly)},
    };
    return words.value(TextFold::fold(wording).simplified());
}
