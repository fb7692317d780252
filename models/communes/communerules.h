// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/indicators/colourrules.h"

class Database;

/*!
 * CommuneRules is the rule set that gives a commune its traffic light for a period, as data the
 * secretary edits rather than constants in code:
 *
 *  - the score (0–100) weighs two shares: the commune's due tasks completed on time, and its indicators
 *    with a target in force that achieve it (default 50/50). A share without anything to count (no task
 *    fell due, no indicator has a target) is left out and the other carries the whole weight;
 *  - the score ranges (colour_rules, scope 'commune_score'; default ≥ 80 green, 50–80 yellow, < 50 red)
 *    give the colour, edges as the ranges say;
 *  - the overdue rule then caps it: more than greenMaxOverdue overdue tasks cannot be green (default
 *    0: one overdue task is enough), redMinOverdue or more is red (default 3; 0 switches it off);
 *  - a commune without a target of its own is judged against the province's target of a rate or
 *    percentage (provinceTargets, default on: "80% or more online throughout the province"); counts and
 *    money add up over the communes, so the province's figure is never a commune's.
 *
 * Weights and thresholds are stored as JSON in the settings table (key communes.rules); the ranges in
 * colour_rules. validate() says in the user's language what is wrong.
 */
class CommuneRules final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneRules)

public:
    double taskWeight = 50;
    double indicatorWeight = 50;
    int greenMaxOverdue = 0;
    int redMinOverdue = 3;
    bool provinceTargets = true;
    ColourRules scoreRanges = ColourRules::defaultCommuneScoreSet();

    //! The problems of the set, in the user's language; empty when it can be used.
    QStringList validate() const;

    //! The weights and thresholds as stored (the ranges live in colour_rules).
    QString toJson() const;
    //! Reads what toJson() wrote; missing keys keep their defaults. False when \a json is not an object.
    bool fromJson(const QString &json);

    //! The lowest score that is green under scoreRanges; 80 when no range is green from a bound.
    double greenFrom() const;

    //! The file's rule set: settings and colour_rules, defaults where the file has none.
    static CommuneRules load(const Database &database, QString *errorMessage = nullptr);

    //! Same weights and thresholds: what toJson() stores (the ranges are colour rules, saved with those).
    bool operator==(const CommuneRules &other) const;
};
