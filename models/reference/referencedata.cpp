// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reference/referencedata.h"

#include <QCollator>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include "models/storage/database.h"

namespace ReferenceData {
namespace {

//! The lists below mark their strings with QT_TRANSLATE_NOOP so lupdate files them under "ReferenceData".
QString translated(const char *text)
{
    return QCoreApplication::translate("ReferenceData", text);
}

//! Departments and agencies are what tasks are mostly assigned to: they come first.
int kindRank(const QString &kind)
{
    if (kind == QLatin1String("department") || kind == QLatin1String("agency"))
        return 0;
    if (kind == QLatin1String("province") || kind == QLatin1String("other"))
        return 1;
    if (kind == QLatin1String("district"))
        return 3;
    return 2;
}

bool english()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

QString localName(const QString &name, const QString &nameEn)
{
    return english() && !nameEn.trimmed().isEmpty() ? nameEn : name;
}

QVector<Unit> storedUnits(const Database &database, QString *errorMessage)
{
    QVector<Unit> result;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, name_en, kind, parent_id, opened_on, closed_on, position, "
                               "successor_id FROM units ORDER BY position, code"))) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.nameEn = q.value(3).toString();
        u.kind = q.value(4).toString();
        u.parentId = q.value(5).toLongLong();
        u.openedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        u.closedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        u.position = q.value(8).toInt();
        u.successorId = q.value(9).toLongLong();
        result.append(u);
    }
    return result;
}

QVector<Unit> units(const Database &database)
{
    QVector<Unit> result = storedUnits(database);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), [&collator](const Unit &a, const Unit &b) {
        if (a.isClosed() != b.isClosed())
            return !a.isClosed();
        const int ra = kindRank(a.kind), rb = kindRank(b.kind);
        if (ra != rb)
            return ra < rb;
        return collator.compare(localName(a.name, a.nameEn), localName(b.name, b.nameEn)) < 0;
    });
    return result;
}

QVector<Programme> programmes(const Database &database)
{
    QVector<Programme> result;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code, name, name_en FROM programmes ORDER BY position, code"));
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

QVector<Choice> assigningLevels()
{
    return {
        {QStringLiteral("central"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Central Steering Committee"))},
        {QStringLiteral("government"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Government"))},
        {QStringLiteral("provincial_sc"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Provincial Steering Committee"))},
        {QStringLiteral("ppc"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Provincial People's Committee"))},
        {QStringLiteral("other"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Other"))},
    };
}

QString assigningLevelName(const QString &code)
{
    return choiceName(assigningLevels(), code);
}

QVector<Choice> recurrences()
{
    return {
        {QStringLiteral("none"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Once"))},
        {QStringLiteral("monthly"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Every month"))},
        {QStringLiteral("quarterly"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Every quarter"))},
        {QStringLiteral("yearly"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Every year"))},
    };
}

QVector<Choice> unitKinds()
{
    return {
        {QStringLiteral("department"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Department"))},
        {QStringLiteral("agency"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Agency"))},
        {QStringLiteral("commune"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Commune"))},
        {QStringLiteral("ward"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Ward"))},
        {QStringLiteral("special_zone"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Special zone"))},
        {QStringLiteral("district"), translated(QT_TRANSLATE_NOOP("ReferenceData", "District"))},
        {QStringLiteral("province"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Province"))},
        {QStringLiteral("other"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Other"))},
    };
}

QString unitKindName(const QString &code)
{
    return choiceName(unitKinds(), code);
}

QVector<Choice> measures()
{
    return {
        {QStringLiteral("percent"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Percent"))},
        {QStringLiteral("count"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Count"))},
        {QStringLiteral("money"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Money (VND)"))},
        {QStringLiteral("score"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Score (points)"))},
        {QStringLiteral("rank"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Rank among peers"))},
    };
}

QVector<Choice> directions()
{
    return {
        {QStringLiteral("up"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Higher is better"))},
        {QStringLiteral("down"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Lower is better"))},
    };
}

QVector<Choice> accumulations()
{
    return {
        {QStringLiteral("periodic"), translated(QT_TRANSLATE_NOOP("ReferenceData", "For the period"))},
        {QStringLiteral("cumulative"), translated(QT_TRANSLATE_NOOP("ReferenceData", "To date (cumulative)"))},
    };
}

QVector<Choice> indicatorLevels()
{
    return {
        {QStringLiteral("province"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Province"))},
        {QStringLiteral("commune"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Communes and wards"))},
        {QStringLiteral("department"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Departments and agencies"))},
        {QStringLiteral("district"), translated(QT_TRANSLATE_NOOP("ReferenceData", "District"))},
        {QStringLiteral("any"), translated(QT_TRANSLATE_NOOP("ReferenceData", "Any unit"))},
    };
}

QString choiceName(const QVector<Choice> &choices, const QString &code)
{
    for (const Choice &c : choices) {
        if (c.code == code)
            return c.name;
    }
    return code;
}

} // namespace ReferenceData
