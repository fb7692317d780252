// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include "models/reference/referencedata.h"

/*!
 * The value types of the indicator layer, as IndicatorStore reads them: an indicator of the catalogue,
 * a target, a unit of the hierarchy, and one figure of an indicator for a unit (an observation as
 * entered, or the roll-up of the unit's children). Enumerations keep the schema's spelling
 * (Schema::Measure, Schema::Direction, Schema::Accumulation, Schema::AssignedBy).
 */
struct IndicatorRecord
{
    qint64 id = 0;
    QString code;
    QString name;
    QString nameEn;
    QString measure;      //!< percent, count, money, score, rank
    QString direction;    //!< up (higher is better) or down (lower is better, e.g. rank)
    bool isRate = false;  //!< value = numerator / denominator × 100
    QString accumulation; //!< cumulative (a value to date) or periodic (a value for the period)
    int decimals = 0;
    QString programmeCode;
    QString level; //!< province, district, commune, department, any
    QString unitLabel;
    int position = 0;

    bool lowerIsBetter() const { return direction == QLatin1String("down"); }
    bool isCumulative() const { return accumulation == QLatin1String("cumulative"); }
    bool isRank() const { return measure == QLatin1String("rank"); }
};

//! A target as set: it applies from effectiveFrom until the next one of the same indicator, unit and
//! assigner.
struct TargetRecord
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    qint64 unitId = 0;
    QDate effectiveFrom;
    double value = 0;
    QString assignedBy; //!< central, government, provincial_sc, ppc, other
    QString document;   //!< "25/KH-BCĐ ngày 28/01/2026", empty when none
    QString note;

    bool isValid() const { return id != 0; }
};

//! A unit of the hierarchy as the indicators read it: the one unit type of the reference lists.
using UnitNode = ReferenceData::Unit;

/*!
 * One figure of an indicator for a unit: the observation of one period as entered, or, for a unit with
 * children and no observation of its own, the roll-up of the children's figures (rolledUp, with how many
 * units it sums and how many it had to leave out). Which period it belongs to is always said: for a
 * cumulative indicator the value is the value to date as reported for that period, for a periodic one
 * the value of that period.
 */
struct IndicatorValue
{
    bool valid = false;
    double value = 0;
    bool hasRatio = false; //!< numerator and denominator are known (rates)
    double numerator = 0;
    double denominator = 0;
    int peers = 0;  //!< ranks: the number ranked (63, 34); 0 otherwise
    QString period; //!< period code: "2026-05", "2026Q1", "2026"
    QDate periodStart;
    qint64 observationId = 0; //!< 0 for a roll-up

    bool rolledUp = false;
    int unitCount = 0; //!< roll-up: the units summed
    int leftOut = 0;   //!< roll-up: units left out (a rate without numerator and denominator, another period)
    QString note;      //!< roll-up: what was summed, in the user's language

    bool isValid() const { return valid; }
};
