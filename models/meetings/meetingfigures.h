// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "models/storage/rowchange.h"

class Database;

/*!
 * The figures of a meeting frozen as of its date: task counts by status (TaskStatistics), pilot models,
 * each indicator's value, target, achievement and colour for each unit (IndicatorStatus), and the
 * commune colours of the latest assessed period (CommuneStore). Stored once in report_snapshots (kind
 * "meeting_figures") as JSON, so that what was printed for the meeting never changes afterwards, and two
 * meetings' figures can be set side by side.
 */
class MeetingFigures final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingFigures)

public:
    //! One indicator for one unit, as frozen.
    struct IndicatorFigure
    {
        QString indicator; //!< code
        QString unit;      //!< code
        QString period;    //!< of the value; empty without a value
        std::optional<double> value;
        std::optional<double> target;
        std::optional<double> achievementPct;
        QString colour; //!< green, yellow, red or empty
        int peers = 0;  //!< ranks: the number ranked with the value (34 in "16/34"); 0 otherwise
    };

    QDate asOf;
    QJsonObject tasks;   //!< TaskStatistics::toJson()
    QJsonObject indicatorSummary; //!< IndicatorStatus::Figures::toJson()
    QVector<IndicatorFigure> indicators;
    QString communePeriod; //!< "2026-05"; empty when no period was assessed by then
    int communesGreen = 0;
    int communesYellow = 0;
    int communesRed = 0;
    int unitReportsReceived = 0; //!< for the month before the as-of date's month
    int unitReportsOwed = 0;

    bool isValid() const { return asOf.isValid(); }

    //! Computes the figures as of \a asOf from the file.
    static bool compute(const Database &database, const QDate &asOf, MeetingFigures *figures,
                        QString *errorMessage = nullptr);
    //! The frozen figures of meeting \a meetingId; an invalid MeetingFigures when never frozen.
    static MeetingFigures frozen(const Database &database, qint64 meetingId, QString *errorMessage = nullptr);

    QJsonObject toJson() const;
    static MeetingFigures fromJson(const QJsonObject &json);

    /*!
     * The change that freezes meeting \a meetingId's figures as of its date (report_snapshots row, kind
     * "meeting_figures", audited under the meeting). Refused when the meeting's figures are already frozen
     * (they never change afterwards) and before the meeting's day (\a today is earlier than it).
     */
    static bool freezeChange(const Database &database, qint64 meetingId, const QDate &today, ChangeSet *changes,
                             QString *text, QString *errorMessage);
};
