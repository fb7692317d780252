// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unitreports/unitreportmatrixmodel.h"

#include <QLocale>

UnitReportMatrixModel::UnitReportMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool UnitReportMatrixModel::load(const Database &database, const Period &first, const Period &last,
                                 const QDate &asOf, QString *errorMessage)
{
    QString error;
    const QVector<UnitReportRow> rows = UnitReportStore::load(database, first, last, asOf, &error);
    QList<Period> months;
    if (error.isEmpty() && first.kind() == Period::Kind::Month && last.kind() == Period::Kind::Month) {
        for (Period m = first; m.firstDay() <= last.firstDay(); m = m.next())
            months.append(m);
    }
    setReports(error.isEmpty() ? rows : QVector<UnitReportRow>(), months);
    if (!error.isEmpty() && errorMessage)
        *errorMessage = error;
    return error.isEmpty();
}

void UnitReportMatrixModel::setReports(const QVector<UnitReportRow> &rows, const QList<Period> &months)
{
    beginResetModel();
    m_months = months;
    m_reports = rows;
    m_units.clear();
    m_cells.clear();
    // UnitReportStore gives each month's units in name order; a unit owing reports only in later months
    // comes after those of the first month.
    QHash<qint64, int> seen;
    for (int i = 0; i < m_reports.size(); ++i) {
        const UnitReportRow &r = m_reports.at(i);
        m_cells.insert({r.unitId, r.period}, i);
        if (!seen.contains(r.unitId)) {
            seen.insert(r.unitId, m_units.size());
            m_units.append({r.unitId, r.unitCode, r.displayName()});
        }
    }
    endResetModel();
}

const UnitReportRow *UnitReportMatrixModel::reportAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const auto it = m_cells.constFind({m_units.at(index.row()).id, m_months.at(index.column()).code()});
    return it == m_cells.cend() ? nullptr : &m_reports.at(*it);
}

UnitReportCounts UnitReportMatrixModel::countsOf(int column) const
{
    UnitReportCounts counts;
    if (column < 0 || column >= m_months.size())
        return counts;
    const QString code = m_months.at(column).code();
    for (const UnitReportRow &r : m_reports) {
        if (r.period == code)
            counts.add(r.status);
    }
    return counts;
}

int UnitReportMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitReportMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

QVariant UnitReportMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case UnitIdRole:
        return m_units.at(index.row()).id;
    case PeriodRole:
        return m_months.at(index.column()).code();
    default:
        break;
    }
    const UnitReportRow *r = reportAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (r->status == UnitReportStatus::Missing)
            return UnitReportRules::displayName(r->status);
        return r->status == UnitReportStatus::NotDue ? QString()
                                                     : r->receivedOn.toString(QStringLiteral("dd/MM"));
    case Qt::ToolTipRole: {
        const QLocale locale;
        QString tip = tr("%1: due %2")
                          .arg(UnitReportRules::displayName(r->status),
                               locale.toString(r->dueOn, QLocale::ShortFormat));
        if (r->status == UnitReportStatus::OnTime || r->status == UnitReportStatus::Late)
            tip += QLatin1Char('\n') +
                   tr("Received %1").arg(locale.toString(r->receivedOn, QLocale::ShortFormat));
        if (r->daysLate > 0)
            tip += QLatin1Char('\n') + tr("%n day(s) late", nullptr, r->daysLate);
        if (!r->documentNumber.isEmpty())
            tip += QLatin1Char('\n') + tr("Document %1").arg(r->documentNumber);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StatusRole:
        return int(r->status);
    case RawValueRole:
        return r->status == UnitReportStatus::OnTime || r->status == UnitReportStatus::Late
                   ? QVariant(r->receivedOn)
                   : QVariant();
    case DueDateRole:
        return r->dueOn;
    default:
        return {};
    }
}

QVariant UnitReportMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_months.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_months.at(section).firstDay().toString(QStringLiteral("MM/yyyy"));
        if (role == Qt::ToolTipRole)
            return m_months.at(section).displayText();
        if (role == PeriodRole)
            return m_months.at(section).code();
        return {};
    }
    if (section < 0 || section >= m_units.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_units.at(section).name;
    if (role == Qt::ToolTipRole)
        return m_units.at(section).code;
    if (role == UnitIdRole)
        return m_units.at(section).id;
    return {};
}
