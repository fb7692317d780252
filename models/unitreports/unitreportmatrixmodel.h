// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QVector>

#include "models/domain/period.h"
#include "models/unitreports/unitreportstore.h"

class Database;

/*!
 * UnitReportMatrixModel shows the units' monthly reports as a read-only month × unit table: one row per
 * unit that owed a report in any month of the range (by name), one column per month. A cell shows the
 * received date ("05/06") or "Missing", is empty when the report is not yet due or the unit did not owe
 * one that month; StatusRole, RawValueRole, UnitIdRole and PeriodRole give what exports and delegates need.
 */
class UnitReportMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, //!< int(UnitReportStatus); invalid when the unit owed no report
        RawValueRole,                  //!< the received date (QDate), invalid when not received
        UnitIdRole,                    //!< qint64 unit id (also on the vertical header)
        PeriodRole,                    //!< the month's code "2026-05" (also on the horizontal header)
        DueDateRole,                   //!< the due date (QDate)
    };

    explicit UnitReportMatrixModel(QObject *parent = nullptr);

    //! Reads the months \a first to \a last as of \a asOf; false with a message on failure.
    bool load(const Database &database, const Period &first, const Period &last, const QDate &asOf,
              QString *errorMessage = nullptr);
    //! Shows \a rows (UnitReportStore::load) for \a months.
    void setReports(const QVector<UnitReportRow> &rows, const QList<Period> &months);

    QList<Period> months() const { return m_months; }
    //! The report shown at \a index, or nullptr when the unit owed none that month.
    const UnitReportRow *reportAt(const QModelIndex &index) const;
    //! The counts of the month in column \a column.
    UnitReportCounts countsOf(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct UnitRow
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    QVector<UnitRow> m_units;
    QList<Period> m_months;
    QVector<UnitReportRow> m_reports;
    QHash<QPair<qint64, QString>, int> m_cells; //!< (unit id, period) → index into m_reports
};
