// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/editcommands.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

#include "models/domain/period.h"
#include "models/commands/editsupport.h"
#include "models/commands/communeedits.h"
#include "models/commands/indicatoredits.h"
#include "models/commands/meetingedits.h"
#include "models/commands/taskcreation.h"
#include "models/meetings/meetingfigures.h"
#include "models/commands/unitreportedits.h"
#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/tasks/taskrows.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/taskvalidator.h"

namespace {

using namespace EditSupport;

const QString TasksEntity = QStringLiteral("tasks");
const QString UnitsEntity = QStringLiteral("units");
const QString ProgrammesEntity = QStringLiteral("programmes");

QString joinProblems(const QVector<TaskValidator::Problem> &problems)
{
    QStringList messages;
    for (const TaskValidator::Problem &p : problems)
        messages << p.message;
    return messages.join(QLatin1Char('\n'));
}

//! The deadline as the form shows it: the wording if there is one, else the date.
QString deadlineWording(const TaskRows &rows)
{
    const QString text = rows.task.value(QStringLiteral("deadline_text")).toString();
    if (!text.isEmpty())
        return text;
    const QDate date = dateOf(rows.task.value(QStringLiteral("deadline_date")));
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

/*!
 * One undo step: the row changes of an edit. The edit is written by EditCommands before the command is
 * pushed, so the first redo() (which QUndoStack::push calls) does nothing. When an undo or redo cannot
 * be written, the command steps the stack back to where it was on the next event-loop turn, skipping the
 * write, so the stack keeps telling the truth about the file.
 */
class EditCommands::ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(EditCommands *owner, const QString &text, const QString &entity, const ChangeSet &changes)
        : QUndoCommand(text)
        , m_owner(owner)
        , m_entity(entity)
        , m_changes(changes)
    {
    }

    void redo() override { write(RowChanges::Direction::Forward); }
    void undo() override { write(RowChanges::Direction::Backward); }

private:
    void write(RowChanges::Direction direction)
    {
        if (m_skipNext) {
            m_skipNext = false;
            return;
        }
        if (m_owner && !m_owner->replay(m_changes, direction, m_entity))
            stepBack(direction == RowChanges::Direction::Backward);
    }

    void stepBack(bool wasUndo)
    {
        m_skipNext = true;
        QPointer<QUndoStack> stack = m_owner->m_undoStack;
        QMetaObject::invokeMethod(
            m_owner,
            [stack, wasUndo] {
                if (!stack)
                    return;
                if (wasUndo)
                    stack->redo();
                else
                    stack->undo();
            },
            Qt::QueuedConnection);
    }

    QPointer<EditCommands> m_owner;
    QString m_entity;
    ChangeSet m_changes;
    bool m_skipNext = true; // the edit was written before the push
};

EditCommands::EditCommands(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
}

EditCommands::~EditCommands() = default;

bool EditCommands::checkWritable(QString *errorMessage) const
{
    if (!m_database || !m_database->isOpen())
        return fail(errorMessage, tr("No file is open."));
    if (m_database->isReadOnly()) {
        const QString reason = m_database->readOnlyReason();
        return fail(errorMessage, reason.isEmpty() ? tr("The file is open read-only; nothing was changed.")
                                                   : tr("The file is open read-only (%1); nothing was changed.")
                                                         .arg(reason));
    }
    return true;
}

bool EditCommands::commit(const QString &text, const QString &entity, const ChangeSet &changes, QString *errorMessage)
{
    if (changes.isEmpty())
        return true; // nothing differs: no write, no undo step
    QString error;
    if (!RowChanges::apply(*m_database, changes, RowChanges::Direction::Forward, RowChanges::Reason::Edit, &error))
        return fail(errorMessage, tr("Nothing was saved: %1").arg(error));
    m_undoStack->push(new ChangeCommand(this, text, entity, changes));
    Q_EMIT changed(entity);
    return true;
}

bool EditCommands::replay(const ChangeSet &changes, RowChanges::Direction direction, const QString &entity)
{
    QString error;
    if (!m_database) {
        Q_EMIT failed(tr("No file is open."));
        return false;
    }
    const auto reason = direction == RowChanges::Direction::Forward ? RowChanges::Reason::Redo : RowChanges::Reason::Undo;
    if (!RowChanges::apply(*m_database, changes, direction, reason, &error)) {
        Q_EMIT failed(direction == RowChanges::Direction::Forward ? tr("Could not redo: %1").arg(error)
                                                                  : tr("Could not undo: %1").arg(error));
        return false;
    }
    Q_EMIT changed(entity);
    return true;
}

// Tasks -------------------------------------------------------------------------------------------

namespace {

// Shared with MeetingEdits::createTasks, which adds tasks the same way.
using TaskCreation::applyDraft;
using TaskCreation::deadlineOf;

} // namespace

bool EditCommands::createTask(const TaskDraft &draft, qint64 *newId, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    const auto problems = TaskValidator::validate(draft, today(), codeTaken(*m_database, Schema::Tasks, draft.code, 0));
    if (!problems.isEmpty())
        return fail(errorMessage, joinProblems(problems));
    if (!exists(*m_database, Schema::Units, draft.leadUnitId))
        return fail(errorMessage, tr("The lead unit is not in the unit list."));

    ChangeSet changes;
    const qint64 documentId = resolveDocument(*m_database, draft.documentNumber, draft.documentDate, &changes);
    const qint64 id = RowChanges::nextId(*m_database, Schema::Tasks);
    changes += TaskCreation::newTaskChanges(draft, id, documentId);
    if (!commit(tr("add task '%1'").arg(shortTitle(draft.title)), TasksEntity, changes, errorMessage))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool EditCommands::updateTask(const TaskDraft &draft, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    TaskRows before;
    if (!TaskRowStore::load(*m_database, draft.id, &before))
        return fail(errorMessage, tr("The task no longer exists."));
    const bool deadlineChanged = draft.deadlineText.trimmed() != deadlineWording(before)
                                 || draft.recurrence != before.task.value(QStringLiteral("recurrence")).toString();
    // A wording kept as recorded ("Trước năm học 2026 - 2027") is not re-read: the date stored with it stands.
    TaskDraft checked = draft;
    if (!deadlineChanged) {
        const QDate stored = dateOf(before.task.value(QStringLiteral("deadline_date")));
        checked.deadlineText = stored.isValid() ? stored.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    }
    const auto problems =
        TaskValidator::validate(checked, today(), codeTaken(*m_database, Schema::Tasks, draft.code, draft.id));
    if (!problems.isEmpty())
        return fail(errorMessage, joinProblems(problems));
    if (!exists(*m_database, Schema::Units, draft.leadUnitId))
        return fail(errorMessage, tr("The lead unit is not in the unit list."));
    ChangeSet changes;
    const qint64 documentId = resolveDocument(*m_database, draft.documentNumber, draft.documentDate, &changes);
    TaskRows after = before;
    applyDraft(draft, documentId, &after);

    if (deadlineChanged) {
        if (before.hasExtensions())
            return fail(errorMessage, tr("The deadline of '%1' has been extended before: record the new deadline "
                                         "with Extend deadline, so that its history is kept.")
                                          .arg(shortTitle(before.title())));
        after.task.insert(QStringLiteral("deadline_date"), nullable(deadlineOf(draft)));
    } else {
        after.task.insert(QStringLiteral("deadline_text"), before.task.value(QStringLiteral("deadline_text")));
    }
    changes += TaskRowStore::diff(before, true, after, true);

    // Name the step after what changed when it is one thing, as the Edit menu shows it.
    QString text = tr("edit task '%1'");
    if (changes.size() == 1 && changes.first().table == TasksEntity) {
        QStringList fields;
        const RowChange &c = changes.first();
        for (auto it = c.after.cbegin(); it != c.after.cend(); ++it) {
            if (it.key() != QLatin1String("search_text") && !RowChanges::sameValue(c.before.value(it.key()), it.value()))
                fields << it.key();
        }
        fields.removeAll(QStringLiteral("deadline_text"));
        if (fields == QStringList{QStringLiteral("deadline_date")})
            text = tr("change the deadline of '%1'");
        else if (fields == QStringList{QStringLiteral("title")})
            text = tr("rename task '%1'");
        else if (fields == QStringList{QStringLiteral("lead_unit_id")})
            text = tr("change the lead unit of '%1'");
        else if (fields == QStringList{QStringLiteral("completed_on")})
            text = draft.completedOn.isValid() ? tr("mark '%1' completed") : tr("reopen '%1'");
    }
    return commit(text.arg(shortTitle(after.title())), TasksEntity, changes, errorMessage);
}

bool EditCommands::setCompleted(const QList<qint64> &ids, const QDate &date, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    if (date.isValid() && date > today())
        return fail(errorMessage, tr("The completion date (%1) is in the future; record it once the task is done.")
                                      .arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    ChangeSet changes;
    QString title;
    for (qint64 id : ids) {
        TaskRows before;
        if (!TaskRowStore::load(*m_database, id, &before))
            return fail(errorMessage, tr("A selected task no longer exists; nothing was changed."));
        const QDate assignedOn = dateOf(before.task.value(QStringLiteral("assigned_on")));
        if (date.isValid() && assignedOn.isValid() && date < assignedOn)
            return fail(errorMessage, tr("'%1' was assigned on %2, after the completion date %3; nothing was changed.")
                                          .arg(shortTitle(before.title()), assignedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                               date.toString(QStringLiteral("dd/MM/yyyy"))));
        TaskRows after = before;
        after.task.insert(QStringLiteral("completed_on"), nullable(date));
        changes += TaskRowStore::diff(before, true, after, true);
        title = before.title();
    }
    const QString text = ids.size() == 1
                             ? (date.isValid() ? tr("mark '%1' completed") : tr("reopen '%1'")).arg(shortTitle(title))
                             : (date.isValid() ? tr("mark %n task(s) completed", nullptr, int(ids.size()))
                                               : tr("reopen %n task(s)", nullptr, int(ids.size())));
    return commit(text, TasksEntity, changes, errorMessage);
}

bool EditCommands::setLeadUnit(const QList<qint64> &ids, qint64 unitId, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    if (unitId <= 0 || !exists(*m_database, Schema::Units, unitId))
        return fail(errorMessage, tr("Choose the lead unit: every task has one unit in charge."));
    ChangeSet changes;
    QString title;
    for (qint64 id : ids) {
        TaskRows before;
        if (!TaskRowStore::load(*m_database, id, &before))
            return fail(errorMessage, tr("A selected task no longer exists; nothing was changed."));
        TaskRows after = before;
        after.task.insert(QStringLiteral("lead_unit_id"), unitId);
        after.coordinators.removeAll(unitId); // the new lead unit no longer only coordinates
        changes += TaskRowStore::diff(before, true, after, true);
        title = before.title();
    }
    const QString text = ids.size() == 1 ? tr("change the lead unit of '%1'").arg(shortTitle(title))
                                         : tr("change the lead unit of %n task(s)", nullptr, int(ids.size()));
    return commit(text, TasksEntity, changes, errorMessage);
}

bool EditCommands::extendDeadlines(const QList<qint64> &ids, const ExtensionDraft &extension, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    auto problems = TaskValidator::validate(extension, QDate(), today());
    if (!problems.isEmpty())
        return fail(errorMessage, joinProblems(problems));
    bool ok = true;
    const QDate newDeadline = TaskValidator::deadlineFromText(extension.deadlineText, &ok);

    ChangeSet changes;
    const qint64 documentId = resolveDocument(*m_database, extension.documentNumber, extension.documentDate, &changes);
    qint64 nextExtensionId = RowChanges::nextId(*m_database, Schema::DeadlineExtensions);
    QString title;
    for (qint64 id : ids) {
        TaskRows before;
        if (!TaskRowStore::load(*m_database, id, &before))
            return fail(errorMessage, tr("A selected task no longer exists; nothing was changed."));
        const QString name = shortTitle(before.title());
        if (before.task.value(QStringLiteral("recurrence")).toString() != QLatin1String("none"))
            return fail(errorMessage, tr("'%1' recurs every period and has no single deadline to extend; nothing "
                                         "was changed.").arg(name));
        const QDate oldDeadline = dateOf(before.task.value(QStringLiteral("deadline_date")));
        if (!oldDeadline.isValid())
            return fail(errorMessage, tr("'%1' is a standing task without a deadline; give it one in the task form. "
                                         "Nothing was changed.").arg(name));
        problems = TaskValidator::validate(extension, dateOf(before.task.value(QStringLiteral("assigned_on"))), today());
        if (!problems.isEmpty())
            return fail(errorMessage, QStringLiteral("%1: %2").arg(name, joinProblems(problems)));
        if (!before.extensions.isEmpty()) {
            const QDate lastDecided = dateOf(before.extensions.last().value(QStringLiteral("decided_on")));
            if (extension.decidedOn < lastDecided)
                return fail(errorMessage, tr("'%1' already has an extension decided on %2; a new one must be decided "
                                             "on or after that day. Nothing was changed.")
                                              .arg(name, lastDecided.toString(QStringLiteral("dd/MM/yyyy"))));
        }
        TaskRows after = before;
        QVariantMap row;
        row.insert(QStringLiteral("id"), nextExtensionId++);
        row.insert(QStringLiteral("task_id"), id);
        row.insert(QStringLiteral("old_deadline_date"), before.task.value(QStringLiteral("deadline_date")));
        row.insert(QStringLiteral("old_deadline_text"), before.task.value(QStringLiteral("deadline_text")));
        row.insert(QStringLiteral("new_deadline_date"), newDeadline.toString(Qt::ISODate));
        row.insert(QStringLiteral("new_deadline_text"), nullable(extension.deadlineText));
        row.insert(QStringLiteral("source_document_id"), nullableId(documentId));
        row.insert(QStringLiteral("decided_on"), extension.decidedOn.toString(Qt::ISODate));
        row.insert(QStringLiteral("reason"), nullable(extension.reason));
        row.insert(QStringLiteral("created_at"), nowText());
        after.extensions.append(row);
        after.task.insert(QStringLiteral("deadline_date"), newDeadline.toString(Qt::ISODate));
        after.task.insert(QStringLiteral("deadline_text"), nullable(extension.deadlineText));
        changes += TaskRowStore::diff(before, true, after, true);
        title = before.title();
    }
    const QString text = ids.size() == 1 ? tr("change the deadline of '%1'").arg(shortTitle(title))
                                         : tr("extend the deadline of %n task(s)", nullptr, int(ids.size()));
    return commit(text, TasksEntity, changes, errorMessage);
}

bool EditCommands::setOccurrenceCompleted(qint64 taskId, const QString &periodCode, const QDate &date,
                                          QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    TaskRows before;
    if (!TaskRowStore::load(*m_database, taskId, &before))
        return fail(errorMessage, tr("The task no longer exists."));
    const QString recurrence = before.task.value(QStringLiteral("recurrence")).toString();
    const Period period = Period::parse(periodCode);
    const Period::Kind kind = TaskStore::recurrenceKind(recurrence);
    const QString name = shortTitle(before.title());
    if (kind == Period::Kind::Invalid)
        return fail(errorMessage, tr("'%1' does not recur; record its completion in the task itself.").arg(name));
    const QDate assignedOn = dateOf(before.task.value(QStringLiteral("assigned_on")));
    if (!period.isValid() || period.kind() != kind || (assignedOn.isValid() && period.lastDay() < assignedOn))
        return fail(errorMessage, tr("'%1' does not fall due in the period %2.").arg(name, periodCode));
    if (date.isValid() && date > today())
        return fail(errorMessage, tr("The completion date (%1) is in the future; record it once the task is done.")
                                      .arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    if (date.isValid() && assignedOn.isValid() && date < assignedOn)
        return fail(errorMessage, tr("'%1' was assigned on %2, after the completion date %3; nothing was changed.")
                                      .arg(name, assignedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                           date.toString(QStringLiteral("dd/MM/yyyy"))));

    ChangeSet changes;
    // An occurrence names its period, which the periods table must hold first.
    addMissingPeriods(*m_database, {period}, &changes);
    TaskRows after = before;
    auto it = std::find_if(after.occurrences.begin(), after.occurrences.end(), [&period](const QVariantMap &o) {
        return o.value(QStringLiteral("period")).toString() == period.code();
    });
    if (it == after.occurrences.end()) {
        if (!date.isValid())
            return true; // not done, and nothing recorded: nothing to change
        QVariantMap row;
        row.insert(QStringLiteral("id"), RowChanges::nextId(*m_database, Schema::TaskOccurrences));
        row.insert(QStringLiteral("task_id"), taskId);
        row.insert(QStringLiteral("period"), period.code());
        row.insert(QStringLiteral("due_on"), period.lastDay().toString(Qt::ISODate));
        row.insert(QStringLiteral("completed_on"), nullable(date));
        row.insert(QStringLiteral("note"), QVariant(QMetaType::fromType<QString>()));
        after.occurrences.append(row);
    } else {
        it->insert(QStringLiteral("completed_on"), nullable(date));
    }
    changes += TaskRowStore::diff(before, true, after, true);
    const QString text = date.isValid() ? tr("mark '%1' completed for %2").arg(name, period.displayText())
                                        : tr("reopen '%1' for %2").arg(name, period.displayText());
    return commit(text, TasksEntity, changes, errorMessage);
}

bool EditCommands::setArchived(const QList<qint64> &ids, bool archived, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    ChangeSet changes;
    QString title;
    const QString at = nowText();
    for (qint64 id : ids) {
        TaskRows before;
        if (!TaskRowStore::load(*m_database, id, &before))
            return fail(errorMessage, tr("A selected task no longer exists; nothing was changed."));
        TaskRows after = before;
        after.task.insert(QStringLiteral("archived"), archived ? 1 : 0);
        after.task.insert(QStringLiteral("archived_at"), archived ? QVariant(at) : QVariant(QMetaType::fromType<QString>()));
        changes += TaskRowStore::diff(before, true, after, true);
        title = before.title();
    }
    QString text;
    if (ids.size() == 1)
        text = (archived ? tr("archive '%1'") : tr("restore '%1'")).arg(shortTitle(title));
    else
        text = archived ? tr("archive %n task(s)", nullptr, int(ids.size()))
                        : tr("restore %n task(s)", nullptr, int(ids.size()));
    return commit(text, TasksEntity, changes, errorMessage);
}

bool EditCommands::loadDraft(qint64 id, TaskDraft *draft, QString *errorMessage) const
{
    if (!m_database || !m_database->isOpen())
        return fail(errorMessage, tr("No file is open."));
    TaskRows rows;
    if (!TaskRowStore::load(*m_database, id, &rows))
        return fail(errorMessage, tr("The task no longer exists."));
    const QVariantMap &t = rows.task;
    TaskDraft d;
    d.id = id;
    d.code = t.value(QStringLiteral("code")).toString();
    d.title = t.value(QStringLiteral("title")).toString();
    d.kind = t.value(QStringLiteral("kind")).toString();
    d.programmeId = t.value(QStringLiteral("programme_id")).toLongLong();
    d.assignedBy = t.value(QStringLiteral("assigned_by")).toString();
    d.leadUnitId = t.value(QStringLiteral("lead_unit_id")).toLongLong();
    d.coordinatorIds = rows.coordinators;
    d.assignedOn = dateOf(t.value(QStringLiteral("assigned_on")));
    d.deadlineText = deadlineWording(rows);
    d.recurrence = t.value(QStringLiteral("recurrence")).toString();
    d.completedOn = dateOf(t.value(QStringLiteral("completed_on")));
    d.result = t.value(QStringLiteral("result")).toString();
    d.progressNotes = t.value(QStringLiteral("progress_notes")).toString();
    const qint64 documentId = t.value(QStringLiteral("source_document_id")).toLongLong();
    if (documentId > 0) {
        QSqlQuery q(m_database->connection());
        q.prepare(QStringLiteral("SELECT number, issued_on FROM source_documents WHERE id = ?"));
        q.addBindValue(documentId);
        if (q.exec() && q.next()) {
            d.documentNumber = q.value(0).toString();
            d.documentDate = dateOf(q.value(1));
        }
    }
    *draft = d;
    return true;
}

QString EditCommands::suggestTaskCode() const
{
    return m_database ? TaskCreation::suggestCodes(*m_database).constFirst() : QStringLiteral("NV-0001");
}

// Units and programmes ----------------------------------------------------------------------------

bool EditCommands::addUnit(const UnitDraft &draft, qint64 *newId, QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    qint64 id = 0;
    if (!checkWritable(errorMessage) || !UnitEdits::add(*m_database, draft, &id, &changes, &text, errorMessage)
        || !commit(text, UnitsEntity, changes, errorMessage))
        return false;
    if (newId)
        *newId = id;
    return true;
}

namespace {

//! A rename of the units or programmes row \a id, or an error.
bool renameChange(const Database &database, const char *table, qint64 id, const QString &name, const QString &nameEn,
                  RowChange *change, QString *oldName)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT name, name_en FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    change->table = QLatin1String(table);
    change->key.insert(QStringLiteral("id"), id);
    change->before = {{QStringLiteral("name"), q.value(0)}, {QStringLiteral("name_en"), q.value(1)}};
    change->after = {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("name_en"), nullable(nameEn)}};
    *oldName = q.value(0).toString();
    return true;
}

} // namespace

bool EditCommands::renameUnit(qint64 id, const QString &name, const QString &nameEn, QString *errorMessage)
{
    return renameRecord(Schema::Units, UnitsEntity, id, name, nameEn,
                        {tr("Enter the unit's name."), tr("The unit no longer exists."), tr("rename unit '%1'")},
                        errorMessage);
}

bool EditCommands::renameRecord(const char *table, const QString &entity, qint64 id, const QString &name,
                                const QString &nameEn, const RenameTexts &texts, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    if (name.trimmed().isEmpty())
        return fail(errorMessage, texts.nameRequired);
    RowChange c;
    QString oldName;
    if (!renameChange(*m_database, table, id, name, nameEn, &c, &oldName))
        return fail(errorMessage, texts.gone);
    if (RowChanges::sameRow(c.before, c.after))
        return true;
    return commit(texts.step.arg(shortTitle(oldName)), entity, {c}, errorMessage);
}

bool EditCommands::addProgramme(const ProgrammeDraft &draft, qint64 *newId, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    if (draft.code.trimmed().isEmpty() || draft.name.trimmed().isEmpty())
        return fail(errorMessage, tr("Enter the programme's code and name."));
    if (codeTaken(*m_database, Schema::Programmes, draft.code, 0))
        return fail(errorMessage, tr("Another programme already has the code %1.").arg(draft.code.trimmed()));
    RowChange c;
    c.table = QLatin1String(Schema::Programmes);
    const qint64 id = RowChanges::nextId(*m_database, Schema::Programmes);
    c.key.insert(QStringLiteral("id"), id);
    QSqlQuery q(m_database->connection());
    q.exec(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM programmes"));
    const int position = q.next() ? q.value(0).toInt() : 1;
    c.after = {{QStringLiteral("code"), draft.code.trimmed()},
               {QStringLiteral("name"), draft.name.trimmed()},
               {QStringLiteral("name_en"), nullable(draft.nameEn)},
               {QStringLiteral("position"), position}};
    c.existsBefore = false;
    c.auditValueColumn = QStringLiteral("name");
    if (!commit(tr("add programme '%1'").arg(shortTitle(draft.name)), ProgrammesEntity, {c}, errorMessage))
        return false;
    if (newId)
        *newId = id;
    return true;
}

bool EditCommands::renameProgramme(qint64 id, const QString &name, const QString &nameEn, QString *errorMessage)
{
    return renameRecord(Schema::Programmes, ProgrammesEntity, id, name, nameEn,
                        {tr("Enter the programme's name."), tr("The programme no longer exists."),
                         tr("rename programme '%1'")},
                        errorMessage);
}

// Indicator catalogue and targets -----------------------------------------------------------------

bool EditCommands::saveIndicator(const IndicatorDraft &draft, qint64 *newId, QString *errorMessage)
{
    IndicatorEdits::Edit edit;
    if (!checkWritable(errorMessage) || !IndicatorEdits::saveIndicator(*m_database, draft, &edit, errorMessage))
        return false;
    if (!edit.changes.isEmpty() && !commit(edit.text, QStringLiteral("indicators"), edit.changes, errorMessage))
        return false;
    if (newId)
        *newId = edit.id;
    return true;
}

bool EditCommands::addTarget(const TargetDraft &draft, qint64 *newId, QString *errorMessage)
{
    IndicatorEdits::Edit edit;
    if (!checkWritable(errorMessage) || !IndicatorEdits::addTarget(*m_database, draft, &edit, errorMessage) ||
        !commit(edit.text, QStringLiteral("targets"), edit.changes, errorMessage))
        return false;
    if (newId)
        *newId = edit.id;
    return true;
}

bool EditCommands::removeTarget(qint64 targetId, QString *errorMessage)
{
    IndicatorEdits::Edit edit;
    return checkWritable(errorMessage) && IndicatorEdits::removeTarget(*m_database, targetId, &edit, errorMessage) &&
           commit(edit.text, QStringLiteral("targets"), edit.changes, errorMessage);
}

// Observations (indicator data entry) -------------------------------------------------------------

bool EditCommands::setObservations(qint64 indicatorId, const QList<ObservationDraft> &drafts, QString *errorMessage)
{
    if (!checkWritable(errorMessage))
        return false;
    ChangeSet changes;
    QString text;
    if (!ObservationEdits::build(*m_database, indicatorId, drafts, nowText(), &changes, &text, errorMessage))
        return false;
    return commit(text, QStringLiteral("observations"), changes, errorMessage);
}

// Units tree and colour rules ---------------------------------------------------------------------

UnitUsage EditCommands::unitUsage(qint64 id) const
{
    return m_database && m_database->isOpen() ? UnitEdits::usage(*m_database, id) : UnitUsage();
}

bool EditCommands::closeUnit(qint64 id, const QDate &closedOn, qint64 successorId, bool acknowledged,
                             QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage)
           && UnitEdits::close(*m_database, id, closedOn, successorId, acknowledged, &changes, &text, errorMessage)
           && commit(text, UnitsEntity, changes, errorMessage);
}

bool EditCommands::reopenUnit(qint64 id, QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage) && UnitEdits::reopen(*m_database, id, &changes, &text, errorMessage)
           && commit(text, UnitsEntity, changes, errorMessage);
}

bool EditCommands::setSuccessor(qint64 id, qint64 successorId, QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage)
           && UnitEdits::setSuccessor(*m_database, id, successorId, &changes, &text, errorMessage)
           && commit(text, UnitsEntity, changes, errorMessage);
}

bool EditCommands::moveUnit(qint64 id, qint64 parentId, QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage) && UnitEdits::move(*m_database, id, parentId, &changes, &text, errorMessage)
           && commit(text, UnitsEntity, changes, errorMessage);
}

bool EditCommands::setColourRules(const QString &scope, qint64 indicatorId, const QVector<ColourRange> &ranges,
                                  QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage)
           && ColourRuleEdits::build(*m_database, scope, indicatorId, ranges, &changes, &text, errorMessage)
           && commit(text, QStringLiteral("colour_rules"), changes, errorMessage);
}

// Commune traffic lights --------------------------------------------------------------------------

namespace {
const QString CommunesEntity = QStringLiteral("communes");
} // namespace

bool EditCommands::assessCommunes(const QString &periodCode, int *changedCount, QString *errorMessage)
{
    CommuneEdits::Edit edit;
    if (!checkWritable(errorMessage) || !CommuneEdits::assess(*m_database, periodCode, today(), &edit, errorMessage))
        return false;
    if (changedCount)
        *changedCount = edit.rows;
    return commit(edit.text, CommunesEntity, edit.changes, errorMessage);
}

bool EditCommands::overrideCommune(qint64 unitId, const QString &periodCode, const QString &colour,
                                   const QString &reason, QString *errorMessage)
{
    CommuneEdits::Edit edit;
    if (!checkWritable(errorMessage)
        || !CommuneEdits::setManual(*m_database, unitId, periodCode, colour, reason, &edit, errorMessage))
        return false;
    return commit(edit.text, CommunesEntity, edit.changes, errorMessage);
}

bool EditCommands::clearCommuneOverride(qint64 unitId, const QString &periodCode, QString *errorMessage)
{
    CommuneEdits::Edit edit;
    if (!checkWritable(errorMessage)
        || !CommuneEdits::clearOverride(*m_database, unitId, periodCode, today(), &edit, errorMessage))
        return false;
    return commit(edit.text, CommunesEntity, edit.changes, errorMessage);
}

bool EditCommands::setCommuneRules(const CommuneRules &rules, QString *errorMessage)
{
    CommuneEdits::Edit edit;
    if (!checkWritable(errorMessage) || !CommuneEdits::saveRules(*m_database, rules, &edit, errorMessage))
        return false;
    return commit(edit.text, CommunesEntity, edit.changes, errorMessage);
}

// Unit reports ------------------------------------------------------------------------------------

namespace {
const QString UnitReportsEntity = QStringLiteral("unit_reports");
} // namespace

bool EditCommands::recordUnitReport(qint64 unitId, const QString &periodCode, const QDate &receivedOn,
                                    const QString &documentNumber, const QString &note, QString *errorMessage)
{
    UnitReportEdits::Edit edit;
    if (!checkWritable(errorMessage)
        || !UnitReportEdits::record(*m_database, unitId, periodCode, receivedOn, documentNumber, note, today(), &edit,
                                    errorMessage))
        return false;
    return commit(edit.text, UnitReportsEntity, edit.changes, errorMessage);
}

bool EditCommands::clearUnitReport(qint64 unitId, const QString &periodCode, QString *errorMessage)
{
    UnitReportEdits::Edit edit;
    if (!checkWritable(errorMessage) || !UnitReportEdits::clear(*m_database, unitId, periodCode, &edit, errorMessage))
        return false;
    return commit(edit.text, UnitReportsEntity, edit.changes, errorMessage);
}

// Meetings ----------------------------------------------------------------------------------------

namespace {
const QString MeetingsEntity = QStringLiteral("meetings");
} // namespace

bool EditCommands::saveMeeting(const Meeting &meeting, qint64 *newId, QString *errorMessage)
{
    MeetingEdits::Edit edit;
    if (!checkWritable(errorMessage) || !MeetingEdits::saveMeeting(*m_database, meeting, &edit, errorMessage)
        || !commit(edit.text, MeetingsEntity, edit.changes, errorMessage))
        return false;
    if (newId)
        *newId = edit.id;
    return true;
}

bool EditCommands::removeMeeting(qint64 meetingId, QString *errorMessage)
{
    MeetingEdits::Edit edit;
    return checkWritable(errorMessage) && MeetingEdits::removeMeeting(*m_database, meetingId, &edit, errorMessage)
           && commit(edit.text, MeetingsEntity, edit.changes, errorMessage);
}

bool EditCommands::saveOutcome(const MeetingOutcome &outcome, qint64 *newId, QString *errorMessage)
{
    MeetingEdits::Edit edit;
    if (!checkWritable(errorMessage) || !MeetingEdits::saveOutcome(*m_database, outcome, &edit, errorMessage)
        || !commit(edit.text, MeetingsEntity, edit.changes, errorMessage))
        return false;
    if (newId)
        *newId = edit.id;
    return true;
}

bool EditCommands::removeOutcome(qint64 outcomeId, QString *errorMessage)
{
    MeetingEdits::Edit edit;
    return checkWritable(errorMessage) && MeetingEdits::removeOutcome(*m_database, outcomeId, &edit, errorMessage)
           && commit(edit.text, MeetingsEntity, edit.changes, errorMessage);
}

bool EditCommands::createDirectiveTasks(qint64 outcomeId, int *created, QString *errorMessage)
{
    MeetingEdits::Edit edit;
    // Entity "tasks": the register gains rows; the Meetings page listens to "tasks" as well.
    if (!checkWritable(errorMessage) || !MeetingEdits::createTasks(*m_database, outcomeId, today(), &edit, errorMessage)
        || !commit(edit.text, TasksEntity, edit.changes, errorMessage))
        return false;
    if (created)
        *created = edit.count;
    return true;
}

bool EditCommands::freezeMeetingFigures(qint64 meetingId, QString *errorMessage)
{
    ChangeSet changes;
    QString text;
    return checkWritable(errorMessage)
           && MeetingFigures::freezeChange(*m_database, meetingId, today(), &changes, &text, errorMessage)
           && commit(text, MeetingsEntity, changes, errorMessage);
}
