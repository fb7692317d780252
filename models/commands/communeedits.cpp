// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/communeedits.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include "models/commands/editsupport.h"
#include "models/communes/communeassessor.h"
#include "models/communes/communerules.h"
#include "models/communes/communestore.h"
#include "models/domain/period.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

namespace {

using namespace EditSupport;

const QLatin1String ColourColumn(Schema::Column::Colour);

//! A commune_assessments row change, filed so that the commune's history finds it.
RowChange assessmentChange(qint64 id)
{
    RowChange c;
    c.table = QLatin1String(Schema::CommuneAssessments);
    c.key.insert(QLatin1String(Schema::Column::Id), id);
    c.auditField = ColourColumn;
    c.auditValueColumn = ColourColumn;
    return c;
}


//! The stored rows of \a period by unit id: (id, columns without id).
QHash<qint64, QPair<qint64, QVariantMap>> storedRows(const Database &database, const QString &period)
{
    QHash<qint64, QPair<qint64, QVariantMap>> rows;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, unit_id, period, colour, source, reason, score, rule_colour, assessed_at, "
                       "assessed_by FROM commune_assessments WHERE period = ?"));
    q.addBindValue(period);
    if (!q.exec())
        return rows;
    while (q.next()) {
        QVariantMap row;
        for (int i = 1; i < q.record().count(); ++i)
            row.insert(q.record().fieldName(i), q.value(i));
        rows.insert(q.value(1).toLongLong(), {q.value(0).toLongLong(), row});
    }
    return rows;
}

//! The commune-level unit \a unitId's name, or false.
bool communeName(const Database &database, qint64 unitId, QString *name)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT name, kind FROM units WHERE id = ?"));
    q.addBindValue(unitId);
    if (!q.exec() || !q.next() || !CommuneAssessor::isCommuneKind(q.value(1).toString()))
        return false;
    *name = q.value(0).toString();
    return true;
}

/*!
 * The change that brings the stored row \a stored (absent: \a hasStored false) in line with the rule's
 * \a assessment; a colour set by hand keeps its colour and reason. False when nothing differs.
 */
bool ruleChange(const Database &database, const CommuneAssessment &assessment, const QString &period,
                bool hasStored, qint64 id, const QVariantMap &stored, RowChange *change)
{
    QVariantMap after = stored;
    const bool manual = hasStored && stored.value(QLatin1String(Schema::Column::Source)).toString() ==
                                         QLatin1String(Schema::ColourSource::Manual);
    const QString colour = ColourRules::code(assessment.colour);
    after.insert(QLatin1String(Schema::Column::UnitId), assessment.facts.unitId);
    after.insert(QLatin1String(Schema::Column::Period), period);
    after.insert(QLatin1String(Schema::Column::Score),
                 assessment.score ? QVariant(*assessment.score) : QVariant(QMetaType::fromType<double>()));
    after.insert(QStringLiteral("rule_colour"), colour);
    if (!manual) {
        after.insert(ColourColumn, colour);
        after.insert(QLatin1String(Schema::Column::Source), QLatin1String(Schema::ColourSource::Rule));
    }
    // The explanation is written in the language of whoever assesses. A row whose colour and score the
    // rules leave as they were keeps its explanation, so assessing again in another language changes
    // nothing; the page always shows the current explanation in the user's language.
    if (hasStored && RowChanges::sameRow(stored, after))
        return false;
    if (!manual)
        after.insert(QLatin1String(Schema::Column::Reason), assessment.explanation);
    after.insert(QStringLiteral("assessed_at"), nowText());
    after.insert(QStringLiteral("assessed_by"), nullable(database.userName()));
    *change = assessmentChange(id);
    change->before = stored;
    change->after = after;
    change->existsBefore = hasStored;
    return true;
}

//! The rule's assessments of \a period as of \a today, or false with a message.
bool ruleAssessments(const Database &database, const Period &period, const QDate &today,
                     QVector<CommuneAssessment> *list, QString *errorMessage)
{
    if (!period.isValid())
        return fail(errorMessage, CommuneEdits::tr("Choose the period to assess."));
    if (period.firstDay() > today)
        return fail(
            errorMessage,
            CommuneEdits::tr("%1 has not begun yet: it cannot be assessed.").arg(period.displayText()));
    QString error;
    const CommuneRules rules = CommuneRules::load(database, &error);
    const QStringList problems = rules.validate();
    if (!problems.isEmpty())
        return fail(
            errorMessage,
            CommuneEdits::tr("The commune rules cannot be applied: %1").arg(problems.join(QLatin1Char(' '))));
    *list =
        CommuneAssessor::assessAll(database, rules, period, CommuneAssessor::asOfFor(period, today), &error);
    if (!error.isEmpty())
        return fail(errorMessage, CommuneEdits::tr("The communes could not be assessed: %1").arg(error));
    return true;
}

} // namespace

bool CommuneEdits::assess(const Database &database, const QString &periodCode, const QDate &today, Edit *edit,
                          QString *errorMessage)
{
    const Period period = Period::parse(periodCode);
    QVector<CommuneAssessment> assessments;
    if (!ruleAssessments(database, period, today, &assessments, errorMessage))
        return false;
    if (assessments.isEmpty())
        return fail(errorMessage,
                    tr("There is no commune, ward or special zone open in %1.").arg(period.displayText()));
    Edit result;
    addMissingPeriods(database, {period}, &result.changes);
    const auto stored = storedRows(database, period.code());
    qint64 nextId = RowChanges::nextId(database, Schema::CommuneAssessments);
    for (const CommuneAssessment &a : std::as_const(assessments)) {
        const auto it = stored.constFind(a.facts.unitId);
        const bool hasStored = it != stored.cend();
        RowChange change;
        if (ruleChange(database, a, period.code(), hasStored, hasStored ? it->first : nextId,
                       hasStored ? it->second : QVariantMap(), &change)) {
            if (!hasStored)
                ++nextId;
            result.changes.append(change);
            ++result.rows;
        }
    }
    if (result.rows == 0)
        result.changes.clear(); // nothing differs: no period row alone
    result.text = tr("assess %n commune(s) for %1", nullptr, result.rows).arg(period.displayText());
    *edit = result;
    return true;
}

bool CommuneEdits::setManual(const Database &database, qint64 unitId, const QString &periodCode,
                             const QString &colourCode, const QString &reason, Edit *edit,
                             QString *errorMessage)
{
    const Period period = Period::parse(periodCode);
    QString name;
    if (!communeName(database, unitId, &name))
        return fail(errorMessage, tr("Only a commune, ward or special zone has a traffic light."));
    if (!period.isValid())
        return fail(errorMessage, tr("Choose the period."));
    const TrafficLight colour = ColourRules::fromCode(colourCode);
    if (colour == TrafficLight::None)
        return fail(errorMessage, tr("Choose the colour: green, yellow or red."));
    if (reason.trimmed().isEmpty())
        return fail(errorMessage,
                    tr("Give the reason for setting the colour by hand: it is kept in the history."));
    Edit result;
    qint64 id = 0;
    QVariantMap before;
    const bool hasStored = CommuneStore::row(database, unitId, period.code(), &id, &before);
    if (!hasStored) {
        addMissingPeriods(database, {period}, &result.changes);
        id = RowChanges::nextId(database, Schema::CommuneAssessments);
    }
    QVariantMap after = before;
    after.insert(QLatin1String(Schema::Column::UnitId), unitId);
    after.insert(QLatin1String(Schema::Column::Period), period.code());
    after.insert(ColourColumn, colourCode);
    after.insert(QLatin1String(Schema::Column::Source), QLatin1String(Schema::ColourSource::Manual));
    after.insert(QLatin1String(Schema::Column::Reason), reason.trimmed());
    if (hasStored && RowChanges::sameRow(before, after)) {
        *edit = Edit();
        return true;
    }
    after.insert(QStringLiteral("assessed_at"), nowText());
    after.insert(QStringLiteral("assessed_by"), nullable(database.userName()));
    RowChange change = assessmentChange(id);
    change.before = before;
    change.after = after;
    change.existsBefore = hasStored;
    result.changes.append(change);
    result.rows = 1;
    result.text =
        tr("set %1 %2 for %3")
            .arg(shortTitle(name), ColourRules::displayName(colour).toLower(), period.displayText());
    *edit = result;
    return true;
}

bool CommuneEdits::clearOverride(const Database &database, qint64 unitId, const QString &periodCode,
                                 const QDate &today, Edit *edit, QString *errorMessage)
{
    const Period period = Period::parse(periodCode);
    QString name;
    if (!communeName(database, unitId, &name))
        return fail(errorMessage, tr("Only a commune, ward or special zone has a traffic light."));
    qint64 id = 0;
    QVariantMap before;
    if (!CommuneStore::row(database, unitId, period.code(), &id, &before) ||
        before.value(QLatin1String(Schema::Column::Source)).toString() !=
            QLatin1String(Schema::ColourSource::Manual))
        return fail(errorMessage, tr("%1 has no colour set by hand for %2.").arg(name, period.displayText()));
    QVector<CommuneAssessment> assessments;
    if (!ruleAssessments(database, period, today, &assessments, errorMessage))
        return false;
    for (const CommuneAssessment &a : std::as_const(assessments)) {
        if (a.facts.unitId != unitId)
            continue;
        QVariantMap asRule = before;
        asRule.insert(QLatin1String(Schema::Column::Source), QLatin1String(Schema::ColourSource::Rule));
        Edit result;
        RowChange change;
        ruleChange(database, a, period.code(), true, id, asRule, &change);
        change.before = before;
        if (!change.after.contains(QStringLiteral("assessed_at"))) {
            // The rule says what the row already holds: only the source changes back.
            change = assessmentChange(id);
            change.before = before;
            change.after = asRule;
            change.after.insert(QStringLiteral("assessed_at"), nowText());
        }
        result.changes.append(change);
        result.rows = 1;
        result.text = tr("return %1 to the rule's colour for %2").arg(shortTitle(name), period.displayText());
        *edit = result;
        return true;
    }
    return fail(errorMessage,
                tr("%1 was not open in %2: the rules do not assess it.").arg(name, period.displayText()));
}

bool CommuneEdits::saveRules(const Database &database, const CommuneRules &rules, Edit *edit,
                             QString *errorMessage)
{
    const QStringList problems = rules.validate();
    if (!problems.isEmpty())
        return fail(errorMessage, problems.join(QLatin1Char('\n')));
    const QString key = QLatin1String(Schema::Setting::CommunesRules);
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value, updated_at FROM settings WHERE key = ?"));
    q.addBindValue(key);
    const bool hasStored = q.exec() && q.next();
    RowChange c;
    c.table = QLatin1String(Schema::Settings);
    c.key.insert(QLatin1String(Schema::Column::Key), key);
    c.auditField = key;
    c.auditValueColumn = QLatin1String(Schema::Column::Value);
    c.existsBefore = hasStored;
    if (hasStored) {
        c.before = {{QLatin1String(Schema::Column::Value), q.value(0)},
                    {QLatin1String(Schema::Column::UpdatedAt), q.value(1)}};
        CommuneRules old;
        if (old.fromJson(q.value(0).toString()) && old == rules) {
            *edit = Edit();
            return true;
        }
    } else if (rules == CommuneRules()) {
        *edit = Edit(); // the defaults, which apply anyway
        return true;
    }
    c.after = {{QLatin1String(Schema::Column::Value), rules.toJson()},
               {QLatin1String(Schema::Column::UpdatedAt), nowText()}};
    Edit result;
    result.changes.append(c);
    result.rows = 1;
    result.text = tr("change the commune rules");
    *edit = result;
    return true;
}
