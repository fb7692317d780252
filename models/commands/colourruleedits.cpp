// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/colourruleedits.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "models/commands/editsupport.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace {

using namespace EditSupport;
using namespace Schema::Column;

QVariant bound(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

//! A stored row (without its id) for \a range at \a position of the set.
QVariantMap rowOf(const QString &scope, qint64 indicatorId, int position, const ColourRange &range)
{
    return {{QLatin1String(Scope), scope},
            {QLatin1String(IndicatorId), nullableId(indicatorId)},
            {QLatin1String(Position), position},
            {QLatin1String(LowerBound), bound(range.lower)},
            {QLatin1String(LowerInclusive), range.lowerInclusive ? 1 : 0},
            {QLatin1String(UpperBound), bound(range.upper)},
            {QLatin1String(UpperInclusive), range.upperInclusive ? 1 : 0},
            {QLatin1String(Colour), ColourRules::code(range.colour)},
            {QLatin1String(Label), nullable(range.label)}};
}

ColourRange rangeOf(const QVariantMap &row)
{
    ColourRange r;
    const QVariant lower = row.value(QLatin1String(LowerBound));
    const QVariant upper = row.value(QLatin1String(UpperBound));
    if (!lower.isNull())
        r.lower = lower.toDouble();
    if (!upper.isNull())
        r.upper = upper.toDouble();
    r.lowerInclusive = row.value(QLatin1String(LowerInclusive)).toBool();
    r.upperInclusive = row.value(QLatin1String(UpperInclusive)).toBool();
    r.colour = ColourRules::fromCode(row.value(QLatin1String(Colour)).toString());
    r.label = row.value(QLatin1String(Label)).toString();
    return r;
}

//! The stored rows of one set, each with its id, in order.
QVector<QVariantMap> storedRows(const Database &database, const QString &scope, qint64 indicatorId, bool *ok,
                                QString *errorMessage)
{
    QVector<QVariantMap> rows;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, scope, indicator_id, position, lower_bound, lower_inclusive, upper_bound, "
                             "upper_inclusive, colour, label FROM colour_rules "
                             "WHERE scope = ? AND ifnull(indicator_id, 0) = ? ORDER BY position"));
    q.addBindValue(scope);
    q.addBindValue(qMax<qint64>(indicatorId, 0));
    *ok = q.exec();
    if (!*ok) {
        fail(errorMessage, q.lastError().text());
        return rows;
    }
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

} // namespace

QVector<ColourRange> ColourRuleEdits::stored(const Database &database, const QString &scope, qint64 indicatorId,
                                             QString *errorMessage)
{
    bool ok = false;
    QVector<ColourRange> ranges;
    for (const QVariantMap &row : storedRows(database, scope, indicatorId, &ok, errorMessage))
        ranges.append(rangeOf(row));
    return ranges;
}

bool ColourRuleEdits::build(const Database &database, const QString &scope, qint64 indicatorId,
                            const QVector<ColourRange> &ranges, ChangeSet *changes, QString *text,
                            QString *errorMessage)
{
    const bool communeScore = scope == QLatin1String(Schema::RuleScope::CommuneScore);
    if (!communeScore && scope != QLatin1String(Schema::RuleScope::Indicator))
        return fail(errorMessage, tr("Unknown kind of colour rules: %1.").arg(scope));
    if (communeScore && indicatorId > 0)
        return fail(errorMessage, tr("The commune score rules do not belong to an indicator."));
    QString indicatorName;
    if (indicatorId > 0) {
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT name, name_en FROM indicators WHERE id = ?"));
        q.addBindValue(indicatorId);
        if (!q.exec() || !q.next())
            return fail(errorMessage, tr("The indicator no longer exists."));
        indicatorName = ReferenceData::localName(q.value(0).toString(), q.value(1).toString());
    }
    if (!ranges.isEmpty()) {
        const QStringList problems = ColourRules::validate(ranges);
        if (!problems.isEmpty())
            return fail(errorMessage, tr("The colour rules were not saved:") + QLatin1Char('\n')
                                          + problems.join(QLatin1Char('\n')));
    }

    bool ok = false;
    QString error;
    const QVector<QVariantMap> old = storedRows(database, scope, indicatorId, &ok, &error);
    if (!ok)
        return fail(errorMessage, tr("The colour rules could not be read: %1").arg(error));

    // Filed under the indicator when the set is its own, so that the indicator's history shows it.
    const auto prepare = [&](RowChange *c) {
        c->table = QLatin1String(Schema::ColourRules);
        c->auditField = QStringLiteral("colour_rule");
        c->auditValueColumn = QLatin1String(Colour);
        if (indicatorId > 0) {
            c->auditEntity = QLatin1String(Schema::Indicators);
            c->auditRecordId = indicatorId;
        }
    };
    bool same = old.size() == ranges.size();
    for (int i = 0; same && i < ranges.size(); ++i) {
        QVariantMap stored = old.at(i);
        stored.remove(QLatin1String(Id));
        same = RowChanges::sameRow(stored, rowOf(scope, indicatorId, i, ranges.at(i)));
    }
    changes->clear();
    if (!same) {
        for (const QVariantMap &row : old) {
            RowChange c;
            prepare(&c);
            c.key.insert(QLatin1String(Id), row.value(QLatin1String(Id)));
            c.before = row;
            c.before.remove(QLatin1String(Id));
            c.existsAfter = false;
            changes->append(c);
        }
        qint64 id = RowChanges::nextId(database, Schema::ColourRules);
        for (int i = 0; i < ranges.size(); ++i) {
            RowChange c;
            prepare(&c);
            c.key.insert(QLatin1String(Id), id++);
            c.after = rowOf(scope, indicatorId, i, ranges.at(i));
            c.existsBefore = false;
            changes->append(c);
        }
    }

    if (communeScore)
        *text = tr("change the commune colour rules");
    else if (indicatorId <= 0)
        *text = tr("change the default colour rules");
    else if (ranges.isEmpty())
        *text = tr("use the default colour rules for '%1'").arg(shortTitle(indicatorName));
    else
        *text = tr("change the colour rules of '%1'").arg(shortTitle(indicatorName));
    return true;
}
