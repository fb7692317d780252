// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/communes/communestore.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "models/domain/period.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace {

const QString SelectAssessments = QStringLiteral(
    "SELECT a.id, a.unit_id, u.code, u.name, u.name_en, a.period, a.colour, a.source, a.reason, a.score, "
    "a.rule_colour, a.assessed_at, a.assessed_by FROM commune_assessments a JOIN units u ON u.id = "
    "a.unit_id ");

StoredAssessment assessmentAt(const QSqlQuery &q)
{
    StoredAssessment a;
    a.id = q.value(0).toLongLong();
    a.unitId = q.value(1).toLongLong();
    a.unitCode = q.value(2).toString();
    a.unitName = q.value(3).toString();
    a.unitNameEn = q.value(4).toString();
    a.period = q.value(5).toString();
    a.colour = ColourRules::fromCode(q.value(6).toString());
    a.source = q.value(7).toString();
    a.reason = q.value(8).toString();
    if (!q.value(9).isNull())
        a.score = q.value(9).toDouble();
    a.ruleColour = ColourRules::fromCode(q.value(10).toString());
    a.assessedAt = q.value(11).toString();
    a.assessedBy = q.value(12).toString();
    return a;
}

QVector<StoredAssessment> select(const Database &database, const QString &where, const QVariant &value,
                                 const QString &order, QString *errorMessage)
{
    QVector<StoredAssessment> list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(SelectAssessments + where + order);
    q.addBindValue(value);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(assessmentAt(q));
    return list;
}

} // namespace

int ColourCounts::of(TrafficLight colour) const
{
    switch (colour) {
    case TrafficLight::Green:
        return green;
    case TrafficLight::Yellow:
        return yellow;
    case TrafficLight::Red:
        return red;
    case TrafficLight::None:
        break;
    }
    return 0;
}

void ColourCounts::add(TrafficLight colour)
{
    switch (colour) {
    case TrafficLight::Green:
        ++green;
        break;
    case TrafficLight::Yellow:
        ++yellow;
        break;
    case TrafficLight::Red:
        ++red;
        break;
    case TrafficLight::None:
        break;
    }
}

QJsonObject ColourCounts::toJson() const
{
    return {{QLatin1String(Schema::Colour::Green), green},
            {QLatin1String(Schema::Colour::Yellow), yellow},
            {QLatin1String(Schema::Colour::Red), red}};
}

QString ColourCounts::text() const
{
    const QLocale locale;
    //: Counts of communes per colour, e.g. "55 yellow · 38 green · 9 red"
    return CommuneStore::tr("%1 yellow · %2 green · %3 red")
        .arg(locale.toString(yellow), locale.toString(green), locale.toString(red));
}

QVector<StoredAssessment> CommuneStore::load(const Database &database, const QString &period,
                                             QString *errorMessage)
{
    return select(database, QStringLiteral("WHERE a.period = ? "), period,
                  QStringLiteral("ORDER BY u.name, u.code"), errorMessage);
}

QVector<StoredAssessment> CommuneStore::ofCommune(const Database &database, qint64 unitId,
                                                  QString *errorMessage)
{
    return select(database, QStringLiteral("JOIN periods p ON p.code = a.period WHERE a.unit_id = ? "),
                  unitId, QStringLiteral("ORDER BY p.starts_on DESC, p.ends_on"), errorMessage);
}

bool CommuneStore::row(const Database &database, qint64 unitId, const QString &period, qint64 *id,
                       QVariantMap *row)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT id, unit_id, period, colour, source, reason, score, rule_colour, assessed_at, "
                       "assessed_by FROM commune_assessments WHERE unit_id = ? AND period = ?"));
    q.addBindValue(unitId);
    q.addBindValue(period);
    if (!q.exec() || !q.next())
        return false;
    if (id)
        *id = q.value(0).toLongLong();
    if (row) {
        row->clear();
        for (int i = 1; i < q.record().count(); ++i)
            row->insert(q.record().fieldName(i), q.value(i));
    }
    return true;
}

QStringList CommuneStore::periods(const Database &database, QString *errorMessage)
{
    QStringList list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT p.code FROM periods p WHERE EXISTS (SELECT 1 FROM commune_assessments a "
                           "WHERE a.period = p.code) ORDER BY p.starts_on DESC, p.ends_on"))) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return list;
    }
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QString CommuneStore::latestPeriod(const Database &database, const QDate &asOf, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT p.code FROM periods p WHERE p.starts_on <= ? AND EXISTS (SELECT 1 FROM "
                       "commune_assessments a WHERE a.period = p.code) ORDER BY p.starts_on DESC, p.ends_on "
                       "LIMIT 1"));
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

ColourCounts CommuneStore::counts(const QVector<StoredAssessment> &assessments)
{
    ColourCounts c;
    for (const StoredAssessment &a : assessments)
        c.add(a.colour);
    return c;
}

QVector<AssessmentChange> CommuneStore::history(const Database &database, qint64 unitId,
                                                QString *errorMessage)
{
    QVector<AssessmentChange> list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.period, l.at, l.user, l.action, l.field, l.old_value, l.new_value "
                       "FROM commune_assessments a JOIN audit_log l ON l.entity = ? AND l.record_id = a.id "
                       "WHERE a.unit_id = ? ORDER BY l.id"));
    q.addBindValue(QLatin1String(Schema::CommuneAssessments));
    q.addBindValue(unitId);
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return list;
    }
    while (q.next()) {
        AssessmentChange c;
        c.period = q.value(0).toString();
        c.at = q.value(1).toString();
        c.user = q.value(2).toString();
        c.action = q.value(3).toString();
        c.field = q.value(4).toString();
        c.oldValue = q.value(5);
        c.newValue = q.value(6);
        list.append(c);
    }
    return list;
}

QString CommuneStore::describe(const AssessmentChange &change)
{
    const QLocale locale;
    const QDateTime at = QDateTime::fromString(change.at, Qt::ISODateWithMs).toLocalTime();
    const QString when = at.isValid() ? locale.toString(at, QStringLiteral("dd/MM/yyyy HH:mm")) : change.at;
    const auto valueText = [&](const QVariant &v) -> QString {
        if (v.isNull())
            return tr("(none)");
        if (change.field == QLatin1String(Schema::Column::Colour) ||
            change.field == QLatin1String("rule_colour")) {
            const QString name = ColourRules::displayName(ColourRules::fromCode(v.toString()));
            return name.isEmpty() ? v.toString() : name;
        }
        if (change.field == QLatin1String(Schema::Column::Source))
            return v.toString() == QLatin1String(Schema::ColourSource::Manual) ? tr("by hand")
                                                                               : tr("by the rules");
        if (change.field == QLatin1String(Schema::Column::Score))
            return locale.toString(v.toDouble(), 'f', 1);
        return v.toString();
    };
    QString what;
    const QString action = change.action.section(QLatin1Char(':'), -1);
    if (action == QLatin1String("insert"))
        what = tr("assessed %1").arg(valueText(change.newValue));
    else if (action == QLatin1String("delete"))
        what = tr("assessment removed (was %1)").arg(valueText(change.oldValue));
    else if (change.field == QLatin1String(Schema::Column::Colour))
        what = tr("colour %1 → %2").arg(valueText(change.oldValue), valueText(change.newValue));
    else if (change.field == QLatin1String(Schema::Column::Source))
        what = tr("set %1").arg(valueText(change.newValue));
    else if (change.field == QLatin1String(Schema::Column::Reason))
        what = tr("reason: %1").arg(valueText(change.newValue));
    else if (change.field == QLatin1String(Schema::Column::Score))
        what = tr("score %1 → %2").arg(valueText(change.oldValue), valueText(change.newValue));
    else if (change.field == QLatin1String("rule_colour"))
        what = tr("rule's colour %1 → %2").arg(valueText(change.oldValue), valueText(change.newValue));
    else
        what = tr("%1 changed").arg(change.field);
    if (change.action.startsWith(QLatin1String("undo:")))
        what = tr("undone: %1").arg(what);
    else if (change.action.startsWith(QLatin1String("redo:")))
        what = tr("redone: %1").arg(what);
    const QString period = Period::parse(change.period).displayText();
    return tr("%1 %2 (%3): %4").arg(when, change.user.isEmpty() ? tr("unknown") : change.user, period, what);
}
