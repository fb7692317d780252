// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/indicatoredits.h"

#include <cmath>

#include <QLocale>
#include <QSqlQuery>

#include "models/commands/editsupport.h"
#include "models/indicators/indicatorrules.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

using namespace EditSupport;

namespace {

bool listed(const QVector<ReferenceData::Choice> &choices, const QString &code)
{
    for (const ReferenceData::Choice &c : choices) {
        if (c.code == code)
            return true;
    }
    return false;
}

//! The stored columns of an indicator draft, as the schema spells them.
QVariantMap indicatorColumns(const IndicatorDraft &d)
{
    const bool rank = d.measure == QLatin1String(Schema::Measure::Rank);
    return {
        {QStringLiteral("code"), d.code.trimmed()},
        {QStringLiteral("name"), d.name.trimmed()},
        {QStringLiteral("name_en"), nullable(d.nameEn)},
        {QStringLiteral("measure"), d.measure},
        // a rank is always lower-is-better (the schema insists): 6th of 63 beats 10th
        {QStringLiteral("direction"), rank ? QStringLiteral("down") : d.direction},
        {QStringLiteral("is_rate"), d.isRate && d.measure == QLatin1String(Schema::Measure::Percent) ? 1 : 0},
        {QStringLiteral("accumulation"), d.accumulation},
        {QStringLiteral("decimals"), rank ? 0 : d.decimals},
        {QStringLiteral("programme_id"), nullableId(d.programmeId)},
        {QStringLiteral("level"), d.level},
        {QStringLiteral("unit_label"), nullable(d.unitLabel)}};
}

} // namespace

bool IndicatorEdits::saveIndicator(const Database &database, const IndicatorDraft &draft, Edit *edit,
                                   QString *errorMessage)
{
    if (draft.code.trimmed().isEmpty())
        return fail(errorMessage, tr("Enter the indicator's code."));
    if (draft.name.trimmed().isEmpty())
        return fail(errorMessage, tr("Enter the indicator's name."));
    if (codeTaken(database, Schema::Indicators, draft.code, draft.id))
        return fail(errorMessage, tr("Another indicator already has the code %1.").arg(draft.code.trimmed()));
    if (!listed(ReferenceData::measures(), draft.measure))
        return fail(errorMessage, tr("Choose what the indicator measures."));
    if (!listed(ReferenceData::directions(), draft.direction))
        return fail(errorMessage, tr("Choose whether higher or lower is better."));
    if (!listed(ReferenceData::accumulations(), draft.accumulation))
        return fail(errorMessage, tr("Choose whether a value is for the period or to date."));
    if (!listed(ReferenceData::indicatorLevels(), draft.level))
        return fail(errorMessage, tr("Choose the level the indicator is observed at."));
    if (draft.decimals < 0 || draft.decimals > 6)
        return fail(errorMessage, tr("Decimals must be between 0 and 6."));
    if (draft.isRate && draft.measure != QLatin1String(Schema::Measure::Percent))
        return fail(errorMessage, tr("Only a percentage can be a rate (numerator / denominator)."));
    if (draft.programmeId > 0 && !exists(database, Schema::Programmes, draft.programmeId))
        return fail(errorMessage, tr("The programme is not in the list."));

    RowChange c;
    c.table = QLatin1String(Schema::Indicators);
    c.after = indicatorColumns(draft);
    c.auditValueColumn = QStringLiteral("code");
    if (draft.id <= 0) {
        const qint64 id = RowChanges::nextId(database, Schema::Indicators);
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM indicators"));
        c.after.insert(QStringLiteral("position"), q.next() ? q.value(0).toInt() : 1);
        c.key.insert(QStringLiteral("id"), id);
        c.existsBefore = false;
        edit->changes = {c};
        edit->text = tr("add indicator '%1'").arg(shortTitle(draft.code.trimmed()));
        edit->id = id;
        return true;
    }
    QSqlQuery q(database.connection());
    const QStringList columns = c.after.keys();
    q.prepare(
        QStringLiteral("SELECT %1 FROM indicators WHERE id = ?").arg(columns.join(QStringLiteral(", "))));
    q.addBindValue(draft.id);
    if (!q.exec() || !q.next())
        return fail(errorMessage, tr("The indicator no longer exists."));
    for (int i = 0; i < columns.size(); ++i)
        c.before.insert(columns.at(i), q.value(i));
    c.key.insert(QStringLiteral("id"), draft.id);
    edit->id = draft.id;
    edit->changes.clear();
    if (RowChanges::sameRow(c.before, c.after))
        return true;
    edit->changes = {c};
    edit->text = tr("edit indicator '%1'").arg(shortTitle(c.before.value(QStringLiteral("code")).toString()));
    return true;
}

bool IndicatorEdits::addTarget(const Database &database, const TargetDraft &draft, Edit *edit,
                               QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT code, measure FROM indicators WHERE id = ?"));
    q.addBindValue(draft.indicatorId);
    if (!q.exec() || !q.next())
        return fail(errorMessage, tr("The indicator no longer exists."));
    const QString indicatorCode = q.value(0).toString();
    const bool rank = q.value(1).toString() == QLatin1String(Schema::Measure::Rank);
    if (draft.unitId <= 0 || !exists(database, Schema::Units, draft.unitId))
        return fail(errorMessage, tr("Choose the unit the target is set for."));
    if (!draft.effectiveFrom.isValid())
        return fail(errorMessage, tr("Enter the date from which the target applies."));
    if (!std::isfinite(draft.value) || draft.value < 0 || (rank && draft.value < 1))
        return fail(errorMessage, rank ? tr("A target rank is a place of 1 or more.")
                                       : tr("A target is a number of 0 or more."));
    if (!listed(ReferenceData::assigningLevels(), draft.assignedBy))
        return fail(errorMessage, tr("Choose who assigned the target."));
    if (!draft.documentNumber.trimmed().isEmpty() && !draft.documentDate.isValid())
        return fail(errorMessage, tr("Enter the date of document %1.").arg(draft.documentNumber.trimmed()));

    q.prepare(
        QStringLiteral("SELECT value FROM targets WHERE indicator_id = ? AND unit_id = ? AND assigned_by = ? "
                       "AND effective_from = ?"));
    q.addBindValue(draft.indicatorId);
    q.addBindValue(draft.unitId);
    q.addBindValue(draft.assignedBy);
    q.addBindValue(draft.effectiveFrom.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return fail(errorMessage,
                    tr("%1 already set a target of %2 from %3 for this unit; remove it first to set another.")
                        .arg(ReferenceData::assigningLevelName(draft.assignedBy),
                             QLocale().toString(q.value(0).toDouble(), 'f', QLocale::FloatingPointShortest),
                             QLocale().toString(draft.effectiveFrom, QStringLiteral("dd/MM/yyyy"))));

    ChangeSet changes;
    const qint64 documentId = resolveDocument(database, draft.documentNumber, draft.documentDate, &changes);
    RowChange c;
    c.table = QLatin1String(Schema::Targets);
    const qint64 id = RowChanges::nextId(database, Schema::Targets);
    c.key.insert(QStringLiteral("id"), id);
    c.after = {{QStringLiteral("indicator_id"), draft.indicatorId},
               {QStringLiteral("unit_id"), draft.unitId},
               {QStringLiteral("effective_from"), draft.effectiveFrom.toString(Qt::ISODate)},
               {QStringLiteral("value"), draft.value},
               {QStringLiteral("assigned_by"), draft.assignedBy},
               {QStringLiteral("source_document_id"), nullableId(documentId)},
               {QStringLiteral("note"), nullable(draft.note)}};
    c.existsBefore = false;
    // filed under the indicator, so that its history shows who set which target
    c.auditEntity = QLatin1String(Schema::Indicators);
    c.auditRecordId = draft.indicatorId;
    c.auditField = QStringLiteral("target");
    c.auditValueColumn = QStringLiteral("value");
    changes.append(c);
    edit->changes = changes;
    edit->text = tr("set a target for '%1'").arg(shortTitle(indicatorCode));
    edit->id = id;
    return true;
}

bool IndicatorEdits::removeTarget(const Database &database, qint64 targetId, Edit *edit,
                                  QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT t.indicator_id, t.unit_id, t.effective_from, t.value, t.assigned_by, "
                             "t.source_document_id, t.note, i.code FROM targets t "
                             "JOIN indicators i ON i.id = t.indicator_id WHERE t.id = ?"));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return fail(errorMessage, tr("The target no longer exists."));
    RowChange c;
    c.table = QLatin1String(Schema::Targets);
    c.key.insert(QStringLiteral("id"), targetId);
    const char *const columns[] = {"indicator_id",       "unit_id", "effective_from", "value", "assigned_by",
                                   "source_document_id", "note"};
    for (int i = 0; i < int(std::size(columns)); ++i)
        c.before.insert(QLatin1String(columns[i]), q.value(i));
    c.existsAfter = false;
    c.auditEntity = QLatin1String(Schema::Indicators);
    c.auditRecordId = q.value(0).toLongLong();
    c.auditField = QStringLiteral("target");
    c.auditValueColumn = QStringLiteral("value");
    edit->changes = {c};
    edit->text = tr("remove a target of '%1'").arg(shortTitle(q.value(7).toString()));
    edit->id = targetId;
    return true;
}
