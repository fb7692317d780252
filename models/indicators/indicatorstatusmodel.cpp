// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorstatusmodel.h"

#include <limits>

#include <QLocale>

#include "models/domain/period.h"
#include "models/indicators/indicatorrules.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"

namespace {

// Missing figures sort before every number, so that ascending order starts with the gaps.
constexpr double Missing = std::numeric_limits<double>::lowest();

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', qMax(0, decimals));
}

} // namespace

IndicatorStatusModel::IndicatorStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IndicatorStatusModel::setDatabase(const Database *database)
{
    m_database = database;
    refresh();
}

void IndicatorStatusModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    refresh();
}

void IndicatorStatusModel::setUnitScope(UnitScope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    beginResetModel();
    applyFilter();
    endResetModel();
}

void IndicatorStatusModel::setColourFilter(std::optional<TrafficLight> colour)
{
    if (colour == m_colour)
        return;
    m_colour = colour;
    beginResetModel();
    applyFilter();
    endResetModel();
}

void IndicatorStatusModel::refresh()
{
    beginResetModel();
    m_error.clear();
    if (m_database && m_asOf.isValid())
        m_status = IndicatorStatus::compute(*m_database, m_asOf, &m_error);
    else
        m_status = IndicatorStatus();
    applyFilter();
    endResetModel();
}

void IndicatorStatusModel::applyFilter()
{
    m_visible.clear();
    const QVector<IndicatorStatus::Row> &rows = m_status.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (accepts(rows.at(i)))
            m_visible.append(i);
    }
}

bool IndicatorStatusModel::accepts(const IndicatorStatus::Row &row) const
{
    // The province is the top of the hierarchy: the unit without a parent.
    if (m_scope == UnitScope::Province && m_status.unitOf(row).parentId != 0)
        return false;
    return !m_colour || row.colour == *m_colour;
}

const IndicatorStatus::Row *IndicatorStatusModel::rowAt(int row) const
{
    if (row < 0 || row >= m_visible.size())
        return nullptr;
    return &m_status.rows().at(m_visible.at(row));
}

int IndicatorStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int IndicatorStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorStatus::Row *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, column);
    case Qt::ToolTipRole:
        if (column == IndicatorColumn) {
            // The name is often longer than the column: the tooltip gives it whole, with the code.
            const IndicatorRecord &indicator = m_status.indicatorOf(*row);
            const QString name = ReferenceData::localName(indicator.name, indicator.nameEn);
            return indicator.unitLabel.isEmpty()
                       ? tr("%1\nCode: %2").arg(name, indicator.code)
                       : tr("%1\nCode: %2 · unit: %3").arg(name, indicator.code, indicator.unitLabel);
        }
        if (column == ValueColumn && row->value.rolledUp)
            return row->value.note;
        if (column == TargetColumn && row->hasTarget() && !row->target.document.isEmpty())
            return row->target.document;
        return {};
    case Qt::TextAlignmentRole:
        if (column >= ValueColumn && column <= ChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return m_status.indicatorOf(*row).id;
    case UnitIdRole:
        return m_status.unitOf(*row).id;
    case RawValueRole:
        return rawValue(*row, column);
    case ColourRole:
        return ColourRules::code(row->colour);
    case SortRole:
        return sortValue(index.row(), *row, column);
    default:
        return {};
    }
}

QString IndicatorStatusModel::displayText(const IndicatorStatus::Row &row, int column) const
{
    const IndicatorRecord &indicator = m_status.indicatorOf(row);
    switch (column) {
    case IndicatorColumn:
        return ReferenceData::localName(indicator.name, indicator.nameEn);
    case UnitColumn: {
        const UnitNode &unit = m_status.unitOf(row);
        return ReferenceData::localName(unit.name, unit.nameEn);
    }
    case PeriodColumn: {
        if (!row.hasValue())
            return {};
        const Period period = Period::parse(row.value.period);
        return period.isValid() ? period.displayText() : row.value.period;
    }
    case ValueColumn:
        return row.hasValue() ? IndicatorRules::figureText(indicator, row.value.value, row.value.peers) : QString();
    case TargetColumn:
        return row.hasTarget() ? IndicatorRules::figureText(indicator, row.target.value, 0) : QString();
    case AchievementColumn:
        return row.achievementPct ? number(*row.achievementPct, 1) + QLatin1Char('%') : QString();
    case ChangeColumn: {
        if (!row.change)
            return {};
        const QString text = number(*row.change, indicator.isRank() ? 0 : indicator.decimals);
        return *row.change > 0 ? QLatin1Char('+') + text : text;
    }
    case StatusColumn:
        return ColourRules::displayName(row.colour);
    default:
        return {};
    }
}

QVariant IndicatorStatusModel::rawValue(const IndicatorStatus::Row &row, int column) const
{
    switch (column) {
    case IndicatorColumn:
        return m_status.indicatorOf(row).code;
    case UnitColumn:
        return m_status.unitOf(row).code;
    case PeriodColumn:
        return row.hasValue() ? QVariant(row.value.period) : QVariant();
    case ValueColumn:
        return row.hasValue() ? QVariant(row.value.value) : QVariant();
    case TargetColumn:
        return row.hasTarget() ? QVariant(row.target.value) : QVariant();
    case AchievementColumn:
        return row.achievementPct ? QVariant(*row.achievementPct) : QVariant();
    case ChangeColumn:
        return row.change ? QVariant(*row.change) : QVariant();
    case StatusColumn:
        return ColourRules::code(row.colour);
    default:
        return {};
    }
}

QVariant IndicatorStatusModel::sortValue(int visibleRow, const IndicatorStatus::Row &row, int column) const
{
    switch (column) {
    case IndicatorColumn:
        return visibleRow; // the report's order: catalogue, then hierarchy
    case UnitColumn:
        return qint64(row.unit) * m_status.indicators().size() + row.indicator;
    case PeriodColumn:
        return row.hasValue() ? row.value.periodStart : QDate();
    case StatusColumn:
        return int(row.colour);
    default: {
        const QVariant raw = rawValue(row, column);
        return raw.isValid() ? raw.toDouble() : Missing;
    }
    }
}

QVariant IndicatorStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeriodColumn:
            return tr("The period of the latest figure");
        case TargetColumn:
            return tr("The unit's own target in force on the date");
        case AchievementColumn:
            return tr("Figure against target, not capped at 100%");
        case ChangeColumn:
            return tr("Since the previous period: percentage points for percentages, places for ranks");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case TargetColumn:
        return tr("Target");
    case AchievementColumn:
        return tr("Achievement");
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
