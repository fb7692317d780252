// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorcatalogmodel.h"

#include <QLocale>

#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"

IndicatorCatalogModel::IndicatorCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IndicatorCatalogModel::setDatabase(const Database *database)
{
    m_database = database;
    refresh();
}

void IndicatorCatalogModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_programmeNames.clear();
    m_error.clear();
    if (m_database) {
        m_rows = IndicatorStore::loadCatalogue(*m_database, &m_error);
        for (const ReferenceData::Programme &p : ReferenceData::programmes(*m_database))
            m_programmeNames.insert(p.code, ReferenceData::localName(p.name, p.nameEn));
    }
    endResetModel();
}

int IndicatorCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorCatalogModel::displayText(const IndicatorRecord &indicator, int column) const
{
    switch (column) {
    case CodeColumn:
        return indicator.code;
    case NameColumn:
        return ReferenceData::localName(indicator.name, indicator.nameEn);
    case MeasureColumn:
        return ReferenceData::choiceName(ReferenceData::measures(), indicator.measure);
    case DirectionColumn:
        return ReferenceData::choiceName(ReferenceData::directions(), indicator.direction);
    case RateColumn:
        return indicator.isRate ? tr("Yes") : QString();
    case AccumulationColumn:
        return ReferenceData::choiceName(ReferenceData::accumulations(), indicator.accumulation);
    case DecimalsColumn:
        return QLocale().toString(indicator.decimals);
    case ProgrammeColumn:
        return indicator.programmeCode; // the name is in the tooltip: codes keep the column narrow
    case LevelColumn:
        return ReferenceData::choiceName(ReferenceData::indicatorLevels(), indicator.level);
    default:
        return {};
    }
}

QVariant IndicatorCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorRecord &indicator = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(indicator, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RateColumn && indicator.isRate)
            return tr("Numerator / denominator × 100; a unit with children sums both");
        if (index.column() == ProgrammeColumn)
            return m_programmeNames.value(indicator.programmeCode);
        if (index.column() == NameColumn) {
            const QString other =
                QLocale().language() == QLocale::English ? indicator.name : indicator.nameEn;
            return other.isEmpty() ? QVariant() : QVariant(other);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DecimalsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case IdRole:
        return indicator.id;
    default:
        return {};
    }
}

QVariant IndicatorCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Indicator");
    case MeasureColumn:
        return tr("Measure");
    case DirectionColumn:
        return tr("Direction");
    case RateColumn:
        return tr("Rate");
    case AccumulationColumn:
        return tr("Value");
    case DecimalsColumn:
        return tr("Decimals");
    case ProgrammeColumn:
        return tr("Programme");
    case LevelColumn:
        return tr("Observed at");
    default:
        return {};
    }
}

IndicatorRecord IndicatorCatalogModel::indicator(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : IndicatorRecord();
}

int IndicatorCatalogModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}
