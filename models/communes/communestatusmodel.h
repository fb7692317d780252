// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QVector>

#include "models/communes/communestore.h"

class Database;

/*!
 * CommuneStatusModel shows the stored traffic lights of one period as a read-only table: commune,
 * colour (named as well as coloured), score, source (by the rules or by hand) and the reason. The rows
 * are read in one query (CommuneStore::load); the colour filter and the name search (typed without
 * accents: "my hoa" finds "Mỹ Hòa") only choose among them in memory, a province having some hundred
 * communes and the country some three thousand. counts() are the period's, whatever the filters show.
 */
class CommuneStatusModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CommuneColumn, ColourColumn, ScoreColumn, SourceColumn, ReasonColumn, ColumnCount };

    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64 unit id
        ColourRole,                //!< the colour code ("green", "yellow", "red")
        RawValueRole,              //!< the stored value behind the text: code, score, source
        SortRole,                  //!< name order, red before yellow before green, numbers
    };

    explicit CommuneStatusModel(QObject *parent = nullptr);

    //! \a database must outlive the model or be replaced (nullptr) before it goes.
    void setDatabase(const Database *database);
    //! The period shown ("2026-05").
    void setPeriod(const QString &period);
    QString period() const { return m_period; }
    //! Only rows of \a colour; std::nullopt shows every colour.
    void setColourFilter(std::optional<TrafficLight> colour);
    std::optional<TrafficLight> colourFilter() const { return m_colour; }
    //! Only communes whose name contains \a text, accents and case ignored.
    void setSearchText(const QString &text);

    //! Reads the period's assessments again.
    void refresh();

    //! Every assessment of the period, unfiltered, in name order.
    const QVector<StoredAssessment> &assessments() const { return m_all; }
    ColourCounts counts() const { return m_counts; }
    //! The assessment shown at \a row, or nullptr.
    const StoredAssessment *assessmentAt(int row) const;
    //! The row showing \a unitId, or -1.
    int rowOfUnit(qint64 unitId) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    const Database *m_database = nullptr;
    QString m_period;
    std::optional<TrafficLight> m_colour;
    QString m_search; //!< folded
    QVector<StoredAssessment> m_all;
    QVector<QString> m_folded; //!< m_all's names folded, for the search
    QVector<int> m_visible;    //!< indices into m_all
    ColourCounts m_counts;
    QString m_error;
};
