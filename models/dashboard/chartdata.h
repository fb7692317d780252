// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

/*!
 * ChartData is one chart of the dashboard as plain values, computed in the models layer so that the
 * screen (Qt Charts), the PNG/SVG/PDF export and the PowerPoint writer draw the same figures: a stable
 * id, the title, subtitle and source line in the current language, the category labels, the series with
 * their status keys, the target line or markers and hints for the value axis.
 *
 * Colours are given as status keys, never as colours: a task status code (TaskStatusRules::code(),
 * "completed_on_time", "open_overdue" …) or a traffic-light code (ColourRules::code(), "green",
 * "yellow", "red"); the renderer maps them to the status legend's colours (StatusDelegate,
 * ColourDelegate). An empty key means the neutral colour.
 */
struct ChartData
{
    //! How the chart is drawn.
    enum class Kind {
        StackedBar,    //!< vertical bars, series stacked per category
        HorizontalBar, //!< horizontal bars, series stacked per category, first category on top
        Line,          //!< one line per series over the categories (periods)
        Bar,           //!< vertical bars, one per category, coloured point by point
        Donut,         //!< one series, one slice per category
    };

    //! One series: a value per category (none where there is no figure).
    struct Series
    {
        QString name;                          //!< in the current language
        QString key;                           //!< status or colour key of the whole series; empty: neutral
        QVector<std::optional<double>> values; //!< one per category
        QStringList pointKeys;                 //!< per point status key when points differ; empty otherwise
        QStringList labels; //!< per point label as the report writes it ("958.367", "16/34")

        int pointCount() const { return int(values.size()); }
    };

    //! Hints for the value axis.
    struct Axis
    {
        QString title;
        bool percent = false;  //!< values are percentages
        bool inverted = false; //!< smaller is better and is drawn on top (ranks)
        bool integers = false; //!< counts: ticks on whole numbers
        std::optional<double> min;
        std::optional<double> max; //!< e.g. above 100 % when a value exceeds it, so the excess shows
    };

    QString id; //!< stable: "tasks-by-programme" … (DashboardContent::chartIds())
    Kind kind = Kind::Bar;
    QString title;
    QString subtitle; //!< period and as-of date
    QString source;   //!< the source line under the chart
    QString note;     //!< what was aggregated or left out; empty when nothing
    QStringList categories;
    QStringList categoryKeys; //!< stable keys of the categories (programme, unit, indicator codes, periods)
    QVector<Series> series;
    std::optional<double> targetLine; //!< one reference line across the chart (a target, 100 %)
    QString targetLabel;
    QVector<std::optional<double>> targetMarkers; //!< per category target, when targets differ
    Axis axis;

    bool isEmpty() const { return categories.isEmpty(); }
    //! The largest number of points of any series.
    int maxPoints() const;
    //! Everything above, for the command line and for tests.
    QJsonObject toJson() const;
    static QString kindCode(Kind kind);
};
