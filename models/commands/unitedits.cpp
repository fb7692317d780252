// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/unitedits.h"

#include <QLocale>
#include <QSqlQuery>

#include "models/commands/editsupport.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/tasks/taskdraft.h"

namespace {

using namespace EditSupport;

const QString IdKey = QLatin1String(Schema::Column::Id);

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString nameOf(const ReferenceData::Unit &unit)
{
    return ReferenceData::localName(unit.name, unit.nameEn);
}

const ReferenceData::Unit *find(const QVector<ReferenceData::Unit> &units, qint64 id)
{
    for (const ReferenceData::Unit &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

//! An update of the units row \a unit: \a after holds the changed columns, before is read from \a unit.
RowChange unitUpdate(const ReferenceData::Unit &unit, const QVariantMap &after)
{
    const QVariantMap stored{
        {QLatin1String(Schema::Column::ClosedOn), nullable(unit.closedOn)},
        {QLatin1String(Schema::Column::SuccessorId), nullableId(unit.successorId)},
        {QLatin1String(Schema::Column::ParentId), nullableId(unit.parentId)},
        {QLatin1String(Schema::Column::Position), unit.position},
    };
    RowChange c;
    c.table = QLatin1String(Schema::Units);
    c.key.insert(IdKey, unit.id);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        c.before.insert(it.key(), stored.value(it.key()));
    c.after = after;
    return c;
}

//! The next position among the children of \a parentId, so that a new or moved unit comes last.
int nextPosition(const QVector<ReferenceData::Unit> &units, qint64 parentId)
{
    int highest = -1;
    for (const ReferenceData::Unit &u : units) {
        if (u.parentId == parentId)
            highest = qMax(highest, u.position);
    }
    return highest + 1;
}

} // namespace

bool UnitEdits::isWithin(const QVector<ReferenceData::Unit> &units, qint64 candidate, qint64 ancestor)
{
    // Walk up from the candidate; the step limit guards against a cycle in a damaged file.
    qint64 id = candidate;
    for (int steps = 0; id > 0 && steps <= units.size(); ++steps) {
        if (id == ancestor)
            return true;
        const ReferenceData::Unit *u = find(units, id);
        id = u ? u->parentId : 0;
    }
    return false;
}

UnitUsage UnitEdits::usage(const Database &database, qint64 unitId)
{
    UnitUsage result;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT count(*), total(completed_on IS NULL) FROM tasks "
                             "WHERE lead_unit_id = ? AND archived = 0"));
    q.addBindValue(unitId);
    if (q.exec() && q.next()) {
        result.tasks = q.value(0).toInt();
        result.openTasks = q.value(1).toInt();
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM units WHERE parent_id = ? AND closed_on IS NULL"));
    q.addBindValue(unitId);
    if (q.exec() && q.next())
        result.openChildren = q.value(0).toInt();
    return result;
}

QString UnitEdits::usageWarning(const ReferenceData::Unit &unit, const UnitUsage &usage)
{
    QStringList parts;
    if (usage.openTasks > 0)
        parts << tr("%1 still leads %n open task(s).", nullptr, usage.openTasks).arg(nameOf(unit));
    if (usage.openChildren > 0)
        parts << tr("%1 still has %n open unit(s) under it.", nullptr, usage.openChildren).arg(nameOf(unit));
    return parts.join(QLatin1Char(' '));
}

bool UnitEdits::add(const Database &database, const UnitDraft &draft, qint64 *newId, ChangeSet *changes,
                    QString *text, QString *errorMessage)
{
    if (draft.code.trimmed().isEmpty() || draft.name.trimmed().isEmpty())
        return fail(errorMessage, tr("Enter the unit's code and name."));
    if (codeTaken(database, Schema::Units, draft.code, 0))
        return fail(errorMessage, tr("Another unit already has the code %1.").arg(draft.code.trimmed()));
    bool knownKind = false;
    for (const ReferenceData::Choice &kind : ReferenceData::unitKinds())
        knownKind = knownKind || kind.code == draft.kind;
    if (!knownKind)
        return fail(errorMessage, tr("Choose what kind of unit it is."));
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database);
    const ReferenceData::Unit *parent = draft.parentId > 0 ? find(units, draft.parentId) : nullptr;
    if (draft.parentId > 0 && !parent)
        return fail(errorMessage, tr("The parent unit is not in the unit list."));
    if (parent && parent->isClosed())
        return fail(errorMessage, tr("%1 closed on %2: place the new unit under an open unit.")
                                      .arg(nameOf(*parent), dateText(parent->closedOn)));

    RowChange c;
    c.table = QLatin1String(Schema::Units);
    const qint64 id = RowChanges::nextId(database, Schema::Units);
    c.key.insert(IdKey, id);
    c.after = {{QLatin1String(Schema::Column::Code), draft.code.trimmed()},
               {QLatin1String(Schema::Column::Name), draft.name.trimmed()},
               {QLatin1String(Schema::Column::NameEn), nullable(draft.nameEn)},
               {QLatin1String(Schema::Column::Kind), draft.kind},
               {QLatin1String(Schema::Column::ParentId), nullableId(draft.parentId)},
               {QLatin1String(Schema::Column::OpenedOn), nullable(draft.openedOn)},
               {QLatin1String(Schema::Column::Position), nextPosition(units, draft.parentId)}};
    c.existsBefore = false;
    c.auditValueColumn = QLatin1String(Schema::Column::Name);
    *changes = {c};
    *text = tr("add unit '%1'").arg(shortTitle(draft.name));
    if (newId)
        *newId = id;
    return true;
}

namespace {

//! Whether \a successorId may take over from \a unit on \a date; else the reason.
bool checkSuccessor(const QVector<ReferenceData::Unit> &units, const ReferenceData::Unit &unit, qint64 successorId,
                    const QDate &date, QString *errorMessage)
{
    if (successorId <= 0)
        return true;
    const ReferenceData::Unit *successor = find(units, successorId);
    if (!successor)
        return fail(errorMessage, UnitEdits::tr("The successor is not in the unit list."));
    if (successorId == unit.id)
        return fail(errorMessage, UnitEdits::tr("A unit cannot be its own successor."));
    if (UnitEdits::isWithin(units, successorId, unit.id))
        return fail(errorMessage, UnitEdits::tr("%1 is part of %2 and cannot take over from it.")
                                      .arg(nameOf(*successor), nameOf(unit)));
    if (!successor->existsOn(date))
        return fail(errorMessage, UnitEdits::tr("%1 is not open on %2, so it cannot take over from %3.")
                                      .arg(nameOf(*successor), dateText(date), nameOf(unit)));
    return true;
}

} // namespace

bool UnitEdits::close(const Database &database, qint64 id, const QDate &closedOn, qint64 successorId,
                      bool acknowledged, ChangeSet *changes, QString *text, QString *errorMessage)
{
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database);
    const ReferenceData::Unit *unit = find(units, id);
    if (!unit)
        return fail(errorMessage, tr("The unit no longer exists."));
    if (unit->isClosed())
        return fail(errorMessage, tr("%1 was already closed on %2.").arg(nameOf(*unit), dateText(unit->closedOn)));
    if (!closedOn.isValid())
        return fail(errorMessage, tr("Enter the date %1 closed.").arg(nameOf(*unit)));
    if (unit->openedOn.isValid() && closedOn <= unit->openedOn)
        return fail(errorMessage, tr("%1 opened on %2: it can only close after that day.")
                                      .arg(nameOf(*unit), dateText(unit->openedOn)));
    if (!checkSuccessor(units, *unit, successorId, closedOn, errorMessage))
        return false;
    if (!acknowledged) {
        const QString warning = usageWarning(*unit, usage(database, id));
        if (!warning.isEmpty())
            return fail(errorMessage, warning + QLatin1Char(' ') + tr("Confirm to close it all the same."));
    }
    *changes = {unitUpdate(*unit, {{QLatin1String(Schema::Column::ClosedOn), nullable(closedOn)},
                                   {QLatin1String(Schema::Column::SuccessorId), nullableId(successorId)}})};
    *text = tr("close unit '%1'").arg(shortTitle(nameOf(*unit)));
    return true;
}

bool UnitEdits::reopen(const Database &database, qint64 id, ChangeSet *changes, QString *text, QString *errorMessage)
{
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database);
    const ReferenceData::Unit *unit = find(units, id);
    if (!unit)
        return fail(errorMessage, tr("The unit no longer exists."));
    if (!unit->isClosed())
        return fail(errorMessage, tr("%1 is open.").arg(nameOf(*unit)));
    // A successor only means something for a closed unit: reopening clears it (undo brings it back).
    *changes = {unitUpdate(*unit, {{QLatin1String(Schema::Column::ClosedOn), nullable(QDate())},
                                   {QLatin1String(Schema::Column::SuccessorId), nullableId(0)}})};
    *text = tr("reopen unit '%1'").arg(shortTitle(nameOf(*unit)));
    return true;
}

bool UnitEdits::setSuccessor(const Database &database, qint64 id, qint64 successorId, ChangeSet *changes,
                             QString *text, QString *errorMessage)
{
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database);
    const ReferenceData::Unit *unit = find(units, id);
    if (!unit)
        return fail(errorMessage, tr("The unit no longer exists."));
    if (!unit->isClosed())
        return fail(errorMessage, tr("%1 is open: close it first, then name the unit that takes over.")
                                      .arg(nameOf(*unit)));
    if (!checkSuccessor(units, *unit, successorId, unit->closedOn, errorMessage))
        return false;
    changes->clear();
    if (qMax<qint64>(successorId, 0) != unit->successorId)
        *changes = {unitUpdate(*unit, {{QLatin1String(Schema::Column::SuccessorId), nullableId(successorId)}})};
    *text = tr("set the successor of '%1'").arg(shortTitle(nameOf(*unit)));
    return true;
}

bool UnitEdits::move(const Database &database, qint64 id, qint64 parentId, ChangeSet *changes, QString *text,
                     QString *errorMessage)
{
    const QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database);
    const ReferenceData::Unit *unit = find(units, id);
    if (!unit)
        return fail(errorMessage, tr("The unit no longer exists."));
    const ReferenceData::Unit *parent = find(units, parentId);
    if (!parent)
        return fail(errorMessage, tr("Choose the unit it belongs to."));
    if (isWithin(units, parentId, id))
        return fail(errorMessage, tr("%1 cannot be placed under itself or under one of its own units.")
                                      .arg(nameOf(*unit)));
    changes->clear();
    if (parentId != unit->parentId)
        *changes = {unitUpdate(*unit, {{QLatin1String(Schema::Column::ParentId), parentId},
                                       {QLatin1String(Schema::Column::Position), nextPosition(units, parentId)}})};
    *text = tr("move unit '%1'").arg(shortTitle(nameOf(*unit)));
    return true;
}
