// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

#include "models/indicators/indicatorrecord.h"

class Database;

/*!
 * The targets of one indicator, with the assigners side by side: a row per unit and date on which some
 * assigner set a target, a column per assigner that set any (Government, Provincial Steering Committee
 * …), so that "99,88% (the Government assigned 80%, the province 90%)" reads across a row. A cell holds
 * the target set on that row's date, or, greyed, the one of that assigner still in force then (set
 * earlier). The last column lists the documents. Read-only: targets are added and removed through
 * EditCommands.
 */
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the target set on this row's date in this column; 0 for none
        RawValueRole,              //!< the target in force (set on this date or carried), as a number
        CarriedRole,               //!< true when the value was set on an earlier date
        UnitIdRole,
    };

    explicit TargetTableModel(QObject *parent = nullptr);

    void setDatabase(const Database *database);
    void setIndicator(qint64 indicatorId);
    qint64 indicatorId() const { return m_indicator.id; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The assigner codes of the value columns, in the order of ReferenceData::assigningLevels().
    QStringList assigners() const { return m_assigners; }
    //! The column of the first assigner; columns before it are the unit and the date.
    static constexpr int FirstAssignerColumn = 2;
    int documentsColumn() const { return FirstAssignerColumn + int(m_assigners.size()); }
    //! The target set at \a index (not a carried one); an invalid record elsewhere.
    TargetRecord targetAt(const QModelIndex &index) const;
    QString lastError() const { return m_error; }

private:
    struct Row
    {
        qint64 unitId = 0;
        QString unitName;
        QDate effectiveFrom;
        QHash<QString, TargetRecord> set;     //!< by assigner: set on this date
        QHash<QString, TargetRecord> inForce; //!< by assigner: in force on this date (set or carried)
    };

    const Database *m_database = nullptr;
    IndicatorRecord m_indicator;
    QStringList m_assigners;
    QVector<Row> m_rows;
    QString m_error;
};
