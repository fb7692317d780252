// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "models/dashboard/chartdata.h"
#include "models/domain/period.h"

class Database;
struct TaskRecord;

/*!
 * DashboardContent is what the dashboard shows for an as-of date and a range of periods: the headline
 * tiles and the seven charts, as values (ChartData) that the page, the chart export and the slide deck
 * render alike. Every figure comes from the computation the other pages use, never a second one:
 * TaskStatistics and TaskStore for tasks, IndicatorStatus (achievement, colours, IndicatorRules texts)
 * for indicators, CommuneStore for commune colours, IndicatorStore::valueAsOf for a rank over time.
 *
 * Tiles and the as-of charts state the as-of date; the range only spans the charts over time
 * (completed vs fallen due, rank over time). No series has more than Options::maxPoints points: units
 * beyond the top ones become "Others", periods are aggregated by the range's period kind, and communes
 * beyond the limit are sampled evenly along the sorted order (the chart's note says so). The "Others"
 * category's key is "others".
 */
class DashboardContent final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardContent)

public:
    struct Options
    {
        QDate asOf;
        Period from; //!< first period of the charts over time; invalid: January of the as-of year
        Period to;   //!< last one (of from's kind); invalid: the period of from's kind containing asOf
        int dueSoonDays = 7; //!< the file's setting (Session::dueSoonDays())
        //! Chart "indicator-vs-target": indicator codes; empty: the province's indicators with a target
        //! and a figure, in catalogue order.
        QStringList indicators;
        int defaultIndicators = 12; //!< at most this many when the indicators are not chosen
        //! Chart "indicator-by-commune": empty: the first indicator with figures for communes.
        QString communeIndicator;
        //! Chart "rank-over-time": empty: the first rank indicator with a figure for the province.
        QString rankIndicator;
        int topUnits = 15;    //!< chart "overdue-by-unit": units shown before "Others"
        int maxPoints = 2000; //!< per series
    };

    //! One headline figure; clicking it opens the page filtered as its id says.
    struct Tile
    {
        QString id;    //!< stable: "tasks-done", "tasks-overdue", "pilot-models", "indicators-achieved",
                       //!< "communes-green", "communes-yellow", "communes-red"
        QString label; //!< in the current language
        int value = 0;
        int total = -1;    //!< the "of y" in "x/y"; -1 when the tile is a plain count
        QString text;      //!< as shown: "189/271", "55"
        QString statusKey; //!< status or colour key; empty: neutral
    };

    //! The chart ids, in the order of the dashboard.
    static QStringList chartIds();
    //! The title of chart \a id in the current language; empty for an unknown id.
    static QString chartTitle(const QString &id);

    //! Computes the tiles and every chart; false with \a errorMessage when the file could not be read.
    static bool compute(const Database &database, const Options &options, DashboardContent *content,
                        QString *errorMessage = nullptr);
    /*!
     * The same from the register \a tasks as TaskStore::load() read it (not archived): a page that keeps
     * the register between refreshes (another as-of date or range) spares reading it again, which is
     * most of the time on a large file.
     */
    static bool compute(const Database &database, const Options &options, const QVector<TaskRecord> &tasks,
                        DashboardContent *content, QString *errorMessage = nullptr);

    QDate asOf;
    Period from;
    Period to;
    QVector<Tile> tiles;
    QVector<ChartData> charts; //!< in chartIds() order

    //! The chart with \a id, or nullptr.
    const ChartData *chart(const QString &id) const;
    //! The tile with \a id, or nullptr.
    const Tile *tile(const QString &id) const;
    QJsonObject toJson() const;
};
