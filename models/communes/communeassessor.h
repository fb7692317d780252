// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/communes/communerules.h"
#include "models/indicators/colourrules.h"
#include "models/indicators/indicatorrecord.h"
#include "models/tasks/taskstatus.h"

class Database;
class Period;

//! One task (or occurrence of a recurring task) a commune leads that fell due or was done by the as-of date.
struct CommuneTaskFact
{
    qint64 taskId = 0;
    QString code;
    QString title;
    QString period; //!< the occurrence's period for a recurring task; empty otherwise
    QDate deadline; //!< in force on the as-of date
    QDate completedOn;
    TaskStatus status = TaskStatus::CompletedOnTime; //!< on time, late or overdue
};

//! One indicator a commune is judged on: a target in force (its own, or the province's), and its figure.
struct CommuneIndicatorFact
{
    IndicatorRecord indicator;
    bool hasValue = false;
    double value = 0;
    int peers = 0;
    QString period; //!< the figure's period
    double target = 0;
    bool inherited = false; //!< the province's target, the commune having none of its own
    bool achieved = false;
};

//! What a commune's colour for a period is computed from.
struct CommuneFacts
{
    qint64 unitId = 0;
    QString code;
    QString name;
    QString nameEn;
    QString kind;
    QVector<CommuneTaskFact> tasks;
    QVector<CommuneIndicatorFact> indicators;

    int count(TaskStatus status) const;
    int achieved() const;
};

//! A commune's colour by the rules, with why and what would make it green.
struct CommuneAssessment
{
    CommuneFacts facts;
    std::optional<double> score; //!< 0–100, one decimal; none when there was nothing to count
    TrafficLight scoreColour = TrafficLight::None; //!< the colour of the score's range
    TrafficLight colour = TrafficLight::None;      //!< after the overdue rule
    QString
        explanation; //!< "Score 72.5: 3/4 tasks on time; 2/3 indicators achieved; 1 task overdue → yellow"
    QStringList toGreen; //!< the concrete steps to green; empty when green
};

/*!
 * CommuneAssessor applies CommuneRules to every commune-level unit (commune, ward, special zone) open
 * during a period, as of a date: the period's last day, or the day of the assessment when earlier.
 *
 * Facts are read in a fixed handful of set queries whatever the number of communes (TaskStore::load for
 * the tasks with their extensions and occurrences, IndicatorStatus::compute for figures and targets in
 * force), so ~3,300 communes take the same queries as 100. Task status is the register's own
 * derivation (extensions, recurring occurrences, only what was known on the as-of date): a task counts
 * once completed (on time or late) or overdue; one still within its deadline, or standing, does not.
 * An indicator with a target in force and no figure counts as not achieved.
 *
 * assess() is pure: the same facts and rules always give the same colour and explanation, in the
 * user's language.
 */
class CommuneAssessor final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneAssessor)

public:
    //! The date a period is assessed as of: its last day, or \a assessedOn when that is earlier.
    static QDate asOfFor(const Period &period, const QDate &assessedOn);

    //! commune, ward, special_zone: the units that get a traffic light.
    static QStringList communeKinds();
    //! Whether \a kind is commune-level: commune, ward or special zone.
    static bool isCommuneKind(const QString &kind);

    //! The facts of every commune-level unit open during \a period, as of \a asOf, by name.
    static QVector<CommuneFacts> loadFacts(const Database &database, const CommuneRules &rules,
                                           const Period &period, const QDate &asOf,
                                           QString *errorMessage = nullptr);

    //! The colour of one commune by \a rules.
    static CommuneAssessment assess(const CommuneRules &rules, const CommuneFacts &facts);

    //! loadFacts() and assess() for every commune.
    static QVector<CommuneAssessment> assessAll(const Database &database, const CommuneRules &rules,
                                                const Period &period, const QDate &asOf,
                                                QString *errorMessage = nullptr);
};
