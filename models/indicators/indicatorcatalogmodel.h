// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include "models/indicators/indicatorrecord.h"

class Database;

/*!
 * The indicator catalogue as a read-only table: code, name in the current language, what it measures,
 * which direction is better, whether it is a rate, for the period or to date, decimals, programme and the
 * level it is observed at. Edits go through EditCommands::saveIndicator; the page calls refresh() when
 * the indicators change.
 */
class IndicatorCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        MeasureColumn,
        DirectionColumn,
        RateColumn,
        AccumulationColumn,
        DecimalsColumn,
        ProgrammeColumn,
        LevelColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IndicatorCatalogModel(QObject *parent = nullptr);

    void setDatabase(const Database *database);
    //! Reads the catalogue again (and the names again, in the current language).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The indicator of \a row; a default record outside the table.
    IndicatorRecord indicator(int row) const;
    //! The row of indicator \a id; -1 when it is not listed.
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

private:
    QString displayText(const IndicatorRecord &indicator, int column) const;

    const Database *m_database = nullptr;
    QVector<IndicatorRecord> m_rows;
    QHash<QString, QString> m_programmeNames; //!< by programme code
    QString m_error;
};
