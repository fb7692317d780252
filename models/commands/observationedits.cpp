// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/observationedits.h"

#include <cmath>

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include "models/commands/editsupport.h"
#include "models/domain/localenumber.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace {

using namespace EditSupport;

QVariant nullReal()
{
    return QVariant(QMetaType::fromType<double>());
}


//! The columns of an observation a draft decides; the others (ids, period, who and when) follow.
const QStringList &figureColumns()
{
    static const QStringList columns{QLatin1String(Schema::Column::Value), QLatin1String(Schema::Column::Numerator),
                                     QLatin1String(Schema::Column::Denominator), QLatin1String(Schema::Column::Peers),
                                     QStringLiteral("comment")};
    return columns;
}

} // namespace


bool ObservationEdits::build(const Database &database, qint64 indicatorId, const QList<ObservationDraft> &drafts,
                             const QString &enteredAt, ChangeSet *changes, QString *stepText, QString *errorMessage)
{
    IndicatorRecord indicator;
    for (const IndicatorRecord &r : IndicatorStore::loadCatalogue(database))
        if (r.id == indicatorId)
            indicator = r;
    if (indicator.id == 0)
        return fail(errorMessage, tr("The indicator no longer exists."));

    // The later draft of the same cell wins (a paste that names a cell twice).
    QList<ObservationDraft> list;
    QHash<QPair<qint64, QString>, qsizetype> slot;
    for (const ObservationDraft &d : drafts) {
        const Period period = Period::parse(d.period);
        ObservationDraft draft = d;
        draft.period = period.isValid() ? period.code() : d.period;
        const auto key = qMakePair(draft.unitId, draft.period);
        if (const auto it = slot.constFind(key); it != slot.constEnd()) {
            list[*it] = draft;
        } else {
            slot.insert(key, list.size());
            list.append(draft);
        }
    }

    QSqlQuery unitQuery(database.connection());
    unitQuery.prepare(QStringLiteral("SELECT name, name_en FROM units WHERE id = ?"));
    QSqlQuery existing(database.connection());
    existing.prepare(QStringLiteral("SELECT id, value, numerator, denominator, peers, comment, entered_by, entered_at, "
                                    "period_start FROM observations "
                                    "WHERE indicator_id = ? AND unit_id = ? AND period = ?"));
    QHash<qint64, QString> unitNames;
    QList<Period> periods;
    ChangeSet rows;
    qint64 nextId = 0;
    QString lastUnit, lastPeriod;
    bool lastRemoves = false;

    for (const ObservationDraft &draft : std::as_const(list)) {
        const Period period = Period::parse(draft.period);
        if (!period.isValid())
            return fail(errorMessage, tr("%1 is not a period.").arg(draft.period));
        if (!unitNames.contains(draft.unitId)) {
            unitQuery.addBindValue(draft.unitId);
            if (!unitQuery.exec() || !unitQuery.next())
                return fail(errorMessage, tr("A unit of the edit is no longer in the unit list; nothing was changed."));
            unitNames.insert(draft.unitId,
                             ReferenceData::localName(unitQuery.value(0).toString(), unitQuery.value(1).toString()));
        }
        const QString unitName = unitNames.value(draft.unitId);
        const QString where = tr("%1, %2").arg(unitName, period.displayText());

        QVariantMap after;
        if (!draft.remove) {
            double value = draft.value;
            QVariant numerator = nullReal(), denominator = nullReal();
            QVariant peers = QVariant(QMetaType::fromType<int>());
            if (draft.hasRatio) {
                if (!indicator.isRate)
                    return fail(errorMessage, tr("%1: this indicator is not a rate; enter its value only.").arg(where));
                if (!(draft.denominator > 0) || !std::isfinite(draft.denominator))
                    return fail(errorMessage, tr("%1: the denominator must be greater than zero.").arg(where));
                if (draft.numerator < 0 || !std::isfinite(draft.numerator))
                    return fail(errorMessage, tr("%1: the numerator cannot be negative.").arg(where));
                numerator = draft.numerator;
                denominator = draft.denominator;
                value = draft.numerator / draft.denominator * 100.0;
            }
            if (!std::isfinite(value))
                return fail(errorMessage, tr("%1: the value is not a number.").arg(where));
            if (indicator.isRank()) {
                if (value < 1 || value != std::floor(value))
                    return fail(errorMessage, tr("%1: a rank is a whole number from 1.").arg(where));
                if (draft.peers <= 0)
                    return fail(errorMessage, tr("%1: enter how many were ranked, e.g. 16/34.").arg(where));
                if (value > draft.peers)
                    return fail(errorMessage, tr("%1: rank %2 is beyond the %3 ranked.")
                                                  .arg(where, LocaleNumber::format(value, 0),
                                                       LocaleNumber::format(draft.peers, 0)));
                peers = draft.peers;
            } else if ((indicator.measure == QLatin1String(Schema::Measure::Count) ||
                        indicator.measure == QLatin1String(Schema::Measure::Money)) &&
                       value < 0) {
                return fail(errorMessage, tr("%1: a count or an amount cannot be negative.").arg(where));
            }
            after = {{QLatin1String(Schema::Column::Value), value},
                     {QLatin1String(Schema::Column::Numerator), numerator},
                     {QLatin1String(Schema::Column::Denominator), denominator},
                     {QLatin1String(Schema::Column::Peers), peers},
                     {QStringLiteral("comment"), nullable(draft.comment)}};
        }

        existing.addBindValue(indicatorId);
        existing.addBindValue(draft.unitId);
        existing.addBindValue(period.code());
        QVariantMap before;
        qint64 id = 0;
        if (existing.exec() && existing.next()) {
            id = existing.value(0).toLongLong();
            before = {{QLatin1String(Schema::Column::Value), existing.value(1)},
                      {QLatin1String(Schema::Column::Numerator), existing.value(2)},
                      {QLatin1String(Schema::Column::Denominator), existing.value(3)},
                      {QLatin1String(Schema::Column::Peers), existing.value(4)},
                      {QStringLiteral("comment"), existing.value(5)},
                      {QStringLiteral("entered_by"), existing.value(6)},
                      {QStringLiteral("entered_at"), existing.value(7)},
                      // the whole row, so that undoing a removal writes it back as it was
                      {QLatin1String(Schema::Column::IndicatorId), indicatorId},
                      {QLatin1String(Schema::Column::UnitId), draft.unitId},
                      {QLatin1String(Schema::Column::Period), period.code()},
                      {QLatin1String(Schema::Column::PeriodStart), existing.value(8)}};
        }
        existing.finish();

        RowChange c;
        c.table = QLatin1String(Schema::Observations);
        c.auditField = QLatin1String(Schema::Column::Value);
        c.auditValueColumn = QLatin1String(Schema::Column::Value);
        if (id == 0 && draft.remove)
            continue; // nothing recorded, nothing to remove
        if (id != 0) {
            c.key.insert(QLatin1String(Schema::Column::Id), id);
            c.before = before;
            if (draft.remove) {
                c.existsAfter = false;
            } else {
                bool same = true;
                for (const QString &column : figureColumns())
                    same = same && RowChanges::sameValue(before.value(column), after.value(column));
                if (same)
                    continue;
                c.after = before;
                for (auto it = after.cbegin(); it != after.cend(); ++it)
                    c.after.insert(it.key(), it.value());
                c.after.insert(QStringLiteral("entered_by"), nullable(database.userName()));
                c.after.insert(QStringLiteral("entered_at"), enteredAt);
            }
        } else {
            if (nextId == 0)
                nextId = RowChanges::nextId(database, Schema::Observations);
            c.key.insert(QLatin1String(Schema::Column::Id), nextId++);
            c.existsBefore = false;
            c.after = after;
            c.after.insert(QLatin1String(Schema::Column::IndicatorId), indicatorId);
            c.after.insert(QLatin1String(Schema::Column::UnitId), draft.unitId);
            c.after.insert(QLatin1String(Schema::Column::Period), period.code());
            c.after.insert(QLatin1String(Schema::Column::PeriodStart), period.firstDay().toString(Qt::ISODate));
            c.after.insert(QStringLiteral("entered_by"), nullable(database.userName()));
            c.after.insert(QStringLiteral("entered_at"), enteredAt);
            periods << period;
        }
        rows.append(c);
        lastUnit = unitName;
        lastPeriod = period.displayText();
        lastRemoves = draft.remove;
    }

    ChangeSet result;
    addMissingPeriods(database, periods, &result);
    result += rows;
    *changes = result;
    const QString name = shortTitle(ReferenceData::localName(indicator.name, indicator.nameEn));
    if (rows.size() == 1)
        *stepText = (lastRemoves ? tr("remove the value of '%1' for %2, %3") : tr("enter the value of '%1' for %2, %3"))
                        .arg(name, lastUnit, lastPeriod);
    else
        *stepText = tr("enter %n value(s) of '%1'", nullptr, int(rows.size())).arg(name);
    return true;
}
