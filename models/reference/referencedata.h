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
    qint64 parentId = 0; //!< 0 for a top-level unit (the province)
    qint64 successorId = 0; //!< the unit that took over after a merger; 0 for none
    QDate openedOn;
    QDate closedOn;
    int position = 0;    //!< display order among siblings
    bool isClosed() const { return closedOn.isValid(); }
    //! Opened on or before \a date (or no opening date) and not yet closed on it.
    bool existsOn(const QDate &date) const
    {
        return (!openedOn.isValid() || openedOn <= date) && (!closedOn.isValid() || closedOn > date);
    }
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

//! Every unit in the stored order (position, then code): the order of the unit hierarchy.
QVector<Unit> storedUnits(const Database &database, QString *errorMessage = nullptr);
//! Every unit as the choosers list them: departments and agencies first, then communes, each by name;
//! closed units last.
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
//! percent, count, money, score, rank: what an indicator measures.
QVector<Choice> measures();
//! up (higher is better), down (lower is better).
QVector<Choice> directions();
//! cumulative (a value to date), periodic (a value for the period).
QVector<Choice> accumulations();
//! province, district, commune, department, any: the lowest level an indicator is observed at.
QVector<Choice> indicatorLevels();
//! The name of \a code in \a choices; the code itself when it is not listed.
QString choiceName(const QVector<Choice> &choices, const QString &code);
//! The name of a unit or programme in the current language (the English name when set and English is on).
QString localName(const QString &name, const QString &nameEn);

} // namespace ReferenceData
