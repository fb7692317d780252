// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

#include "models/indicators/indicatorstatus.h"

class Database;

/*!
 * IndicatorStatusModel shows IndicatorStatus as a read-only table: for every indicator and unit as of a
 * date, the latest figure and its period, the target in force, achievement (never capped), the change
 * since the previous period and the traffic light, named in words as well as by colour. The rows are
 * computed in one pass (IndicatorStatus::compute, a fixed handful of queries); the unit scope and the
 * colour filter only choose among them in memory, since a file holds at most some twenty thousand.
 * Display text follows the default QLocale; RawValueRole and SortRole carry the numbers themselves.
 */
class IndicatorStatusModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        UnitColumn,
        PeriodColumn,
        ValueColumn,
        TargetColumn,
        AchievementColumn,
        ChangeColumn,
        StatusColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64 indicator id
        UnitIdRole,                //!< qint64 unit id
        RawValueRole,              //!< the number (or code) behind the display text; invalid when none
        ColourRole,                //!< the colour code ("green", "yellow", "red"; empty without one)
        SortRole,                  //!< report order for the text columns, numbers otherwise (missing first)
    };

    enum class UnitScope { Province, AllUnits };

    explicit IndicatorStatusModel(QObject *parent = nullptr);

    //! \a database must outlive the model or be replaced (nullptr) before it goes.
    void setDatabase(const Database *database);
    void setAsOf(const QDate &asOf);
    QDate asOf() const { return m_asOf; }
    void setUnitScope(UnitScope scope);
    UnitScope unitScope() const { return m_scope; }
    //! Only rows of \a colour (None: rows without a colour); std::nullopt shows every colour.
    void setColourFilter(std::optional<TrafficLight> colour);
    std::optional<TrafficLight> colourFilter() const { return m_colour; }

    //! Computes the rows again from the database.
    void refresh();

    //! Everything as of the date, unfiltered: what the summary counts.
    const IndicatorStatus &status() const { return m_status; }
    //! The row shown at \a row, or nullptr.
    const IndicatorStatus::Row *rowAt(int row) const;
    //! Why the rows could not be read; empty when they were.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    bool accepts(const IndicatorStatus::Row &row) const;
    QString displayText(const IndicatorStatus::Row &row, int column) const;
    QVariant rawValue(const IndicatorStatus::Row &row, int column) const;
    QVariant sortValue(int visibleRow, const IndicatorStatus::Row &row, int column) const;

    const Database *m_database = nullptr;
    QDate m_asOf = QDate::currentDate();
    UnitScope m_scope = UnitScope::Province;
    std::optional<TrafficLight> m_colour;
    IndicatorStatus m_status;
    QVector<int> m_visible; //!< indices into m_status.rows(), in report order
    QString m_error;
};
