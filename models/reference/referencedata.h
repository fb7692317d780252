// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class Database;

/*!
 * The lists the forms choose from: units, programmes, assigning levels and source documents, read
 * from the open database and sorted the way the secretary reads them (Vietnamese collation).
 */
namespace ReferenceData {

struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    QString kind;
    qint64 parentId = 0;
    QDate closedOn;
    bool isClosed() const { return closedOn.isValid(); }
};

struct Programme
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
};

struct Choice
{
    QString code;
    QString name; //!< in the current language
};

//! Every unit, departments and agencies first, then communes, each by name; closed units included.
QVector<Unit> units(const Database &database);
QVector<Programme> programmes(const Database &database);
//! central, government, provincial_sc, ppc, other with their names in the current language.
QVector<Choice> assigningLevels();
QString assigningLevelName(const QString &code);
//! none, monthly, quarterly, yearly.
QVector<Choice> recurrences();
//! province, district, commune, ward, special_zone, department, agency, other.
QVector<Choice> unitKinds();
QString unitKindName(const QString &code);
//! The name of a unit or programme in the current language (the English name when set and English is on).
QString localName(const QString &name, const QString &nameEn);

} // namespace ReferenceData
