// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/communes/communestatusmodel.h"

#include <algorithm>

#include <QCollator>
#include <QLocale>

#include "models/domain/textfold.h"
#include "models/reference/referencedata.h"
#include "models/storage/schema.h"

namespace {

int severity(TrafficLight colour)
{
    switch (colour) {
    case TrafficLight::Red:
        return 0;
    case TrafficLight::Yellow:
        return 1;
    case TrafficLight::Green:
        return 2;
    case TrafficLight::None:
        break;
    }
    return 3;
}

} // namespace

CommuneStatusModel::CommuneStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommuneStatusModel::setDatabase(const Database *database)
{
    m_database = database;
    refresh();
}

void CommuneStatusModel::setPeriod(const QString &period)
{
    if (period == m_period)
        return;
    m_period = period;
    refresh();
}

void CommuneStatusModel::setColourFilter(std::optional<TrafficLight> colour)
{
    if (colour == m_colour)
        return;
    m_colour = colour;
    beginResetModel();
    applyFilter();
    endResetModel();
}

void CommuneStatusModel::setSearchText(const QString &text)
{
    const QString folded = TextFold::fold(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    beginResetModel();
    applyFilter();
    endResetModel();
}

void CommuneStatusModel::refresh()
{
    beginResetModel();
    m_all.clear();
    m_folded.clear();
    m_error.clear();
    if (m_database && !m_period.isEmpty())
        m_all = CommuneStore::load(*m_database, m_period, &m_error);
    // The names as shown, in the language's order ("Ấp" after "An" in Vietnamese), not SQLite's byte order.
    QCollator collator;
    std::stable_sort(m_all.begin(), m_all.end(),
                     [&collator](const StoredAssessment &a, const StoredAssessment &b) {
                         return collator.compare(ReferenceData::localName(a.unitName, a.unitNameEn),
                                                 ReferenceData::localName(b.unitName, b.unitNameEn)) < 0;
                     });
    for (const StoredAssessment &a : std::as_const(m_all))
        m_folded.append(
            TextFold::fold(a.unitName + QLatin1Char(' ') + a.unitNameEn + QLatin1Char(' ') + a.unitCode));
    m_counts = CommuneStore::counts(m_all);
    applyFilter();
    endResetModel();
}

void CommuneStatusModel::applyFilter()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_colour && m_all.at(i).colour != *m_colour)
            continue;
        if (!m_search.isEmpty() && !m_folded.at(i).contains(m_search))
            continue;
        m_visible.append(i);
    }
}

const StoredAssessment *CommuneStatusModel::assessmentAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

int CommuneStatusModel::rowOfUnit(qint64 unitId) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_all.at(m_visible.at(row)).unitId == unitId)
            return row;
    }
    return -1;
}

int CommuneStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CommuneStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommuneStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredAssessment &a = m_all.at(m_visible.at(index.row()));
    const bool manual = a.isManual();
    switch (role) {
    case IdRole:
        return a.unitId;
    case ColourRole:
        return ColourRules::code(a.colour);
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == CommuneColumn ? QVariant(a.reason)
                                                                                 : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommuneColumn:
            return ReferenceData::localName(a.unitName, a.unitNameEn);
        case ColourColumn:
            return ColourRules::displayName(a.colour);
        case ScoreColumn:
            return a.score ? QLocale().toString(*a.score, 'f', 1) : QString();
        case SourceColumn:
            return manual ? tr("By hand") : tr("By the rules");
        case ReasonColumn:
            return a.reason.simplified();
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case CommuneColumn:
            return a.unitCode;
        case ColourColumn:
            return ColourRules::code(a.colour);
        case ScoreColumn:
            return a.score ? QVariant(*a.score) : QVariant();
        case SourceColumn:
            return a.source;
        case ReasonColumn:
            return a.reason;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case CommuneColumn:
            return m_visible.at(index.row());
        case ColourColumn:
            return severity(a.colour);
        case ScoreColumn:
            return a.score ? *a.score : -1.0;
        case SourceColumn:
            return manual ? 1 : 0;
        case ReasonColumn:
            return a.reason;
        }
        break;
    }
    return {};
}

QVariant CommuneStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommuneColumn:
        return tr("Commune");
    case ColourColumn:
        return tr("Colour");
    case ScoreColumn:
        return tr("Score");
    case SourceColumn:
        return tr("Source");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
