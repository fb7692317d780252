// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include "models/indicators/colourrules.h"

class Database;

//! One stored assessment: a commune's colour in force for a period, by the rule or set by hand.
struct StoredAssessment
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitCode;
    QString unitName;
    QString unitNameEn;
    QString period;
    TrafficLight colour = TrafficLight::None;
    QString source; //!< "rule" or "manual"
    QString reason; //!< the rule's explanation, or the secretary's reason
    std::optional<double> score;
    TrafficLight ruleColour = TrafficLight::None; //!< what the rule said (also under a manual colour)
    QString assessedAt;
    QString assessedBy;

    bool isManual() const { return source == QLatin1String("manual"); }
};

//! How many communes have each colour.
struct ColourCounts
{
    int green = 0;
    int yellow = 0;
    int red = 0;

    int total() const { return green + yellow + red; }
    int of(TrafficLight colour) const;
    void add(TrafficLight colour);
    //! {"green": …, "yellow": …, "red": …}
    QJsonObject toJson() const;
    //! "55 yellow · 38 green · 9 red" in the user's language and number format, yellow first.
    QString text() const;
};

//! One line of a commune's history: a change of its assessment for a period, from the audit log.
struct AssessmentChange
{
    QString period;
    QString at; //!< UTC ISO time stamp
    QString user;
    QString action; //!< insert, update, delete; undo:… and redo:… for replays
    QString field;  //!< colour, source, reason, score, rule_colour; "assessment" for the whole row
    QVariant oldValue;
    QVariant newValue;
};

/*!
 * CommuneStore reads the stored commune assessments (commune_assessments): those of a period with their
 * communes' names, the periods assessed, the counts per colour, one commune's row for a period, and the
 * history of one commune: its assessment of every period and the audit rows of each (who changed the
 * colour when, overrides and their reasons). Every read is one query.
 */
class CommuneStore final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneStore)

public:
    //! The assessments of \a period, by commune name.
    static QVector<StoredAssessment> load(const Database &database, const QString &period,
                                          QString *errorMessage = nullptr);
    //! The assessments of one commune, newest period first.
    static QVector<StoredAssessment> ofCommune(const Database &database, qint64 unitId,
                                               QString *errorMessage = nullptr);
    //! The row of \a unitId and \a period as the commune_assessments columns (without id); false if none.
    static bool row(const Database &database, qint64 unitId, const QString &period, qint64 *id,
                    QVariantMap *row);
    //! Every period with assessments, newest first.
    static QStringList periods(const Database &database, QString *errorMessage = nullptr);
    //! The newest assessed period that starts on or before \a asOf; empty when none.
    static QString latestPeriod(const Database &database, const QDate &asOf, QString *errorMessage = nullptr);
    static ColourCounts counts(const QVector<StoredAssessment> &assessments);
    //! The audit rows of one commune's assessments (every period), oldest first.
    static QVector<AssessmentChange> history(const Database &database, qint64 unitId,
                                             QString *errorMessage = nullptr);
    //! "13/05/2026 09:00 thuky.bcd: colour yellow → green (Tháng 5/2026)", in the user's language.
    static QString describe(const AssessmentChange &change);
};
