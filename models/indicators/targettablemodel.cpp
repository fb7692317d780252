// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/targettablemodel.h"

#include <algorithm>

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TargetTableModel::setDatabase(const Database *database)
{
    m_database = database;
    refresh();
}

void TargetTableModel::setIndicator(qint64 indicatorId)
{
    m_indicator.id = indicatorId;
    refresh();
}

void TargetTableModel::refresh()
{
    beginResetModel();
    const qint64 id = m_indicator.id;
    m_indicator = IndicatorRecord();
    m_indicator.id = id;
    m_assigners.clear();
    m_rows.clear();
    m_error.clear();
    if (m_database && id > 0) {
        for (const IndicatorRecord &i : IndicatorStore::loadCatalogue(*m_database, &m_error)) {
            if (i.id == id)
                m_indicator = i;
        }
        QHash<qint64, QString> unitNames;
        QHash<qint64, int> unitOrder;
        const QVector<UnitNode> units = ReferenceData::storedUnits(*m_database);
        for (int i = 0; i < units.size(); ++i) {
            unitNames.insert(units.at(i).id, ReferenceData::localName(units.at(i).name, units.at(i).nameEn));
            unitOrder.insert(units.at(i).id, i);
        }
        const QVector<TargetRecord> targets = IndicatorStore::targets(*m_database, id, &m_error);
        // One row per unit and date; the targets arrive by unit, date, assigner.
        for (const TargetRecord &t : targets) {
            if (m_rows.isEmpty() || m_rows.constLast().unitId != t.unitId ||
                m_rows.constLast().effectiveFrom != t.effectiveFrom) {
                Row row;
                row.unitId = t.unitId;
                row.unitName = unitNames.value(t.unitId);
                row.effectiveFrom = t.effectiveFrom;
                m_rows.append(row);
            }
            m_rows.last().set.insert(t.assignedBy, t);
        }
        // Carry each assigner's target forward along the unit's rows until it sets another.
        QHash<QString, TargetRecord> current;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (i == 0 || m_rows.at(i - 1).unitId != m_rows.at(i).unitId)
                current.clear();
            for (auto it = m_rows.at(i).set.cbegin(); it != m_rows.at(i).set.cend(); ++it)
                current.insert(it.key(), it.value());
            m_rows[i].inForce = current;
        }
        // The province first, then in the hierarchy's order; newest date first within a unit.
        std::stable_sort(m_rows.begin(), m_rows.end(), [&unitOrder](const Row &a, const Row &b) {
            if (a.unitId != b.unitId)
                return unitOrder.value(a.unitId) < unitOrder.value(b.unitId);
            return a.effectiveFrom > b.effectiveFrom;
        });
        for (const ReferenceData::Choice &level : ReferenceData::assigningLevels()) {
            const bool used = std::any_of(targets.cbegin(), targets.cend(), [&level](const TargetRecord &t) {
                return t.assignedBy == level.code;
            });
            if (used)
                m_assigners.append(level.code);
        }
    }
    endResetModel();
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : documentsColumn() + 1;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == UnitIdRole)
        return row.unitId;
    if (column == 0)
        return role == Qt::DisplayRole ? QVariant(row.unitName) : QVariant();
    if (column == 1) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.effectiveFrom, QStringLiteral("dd/MM/yyyy"));
        return role == RawValueRole ? QVariant(row.effectiveFrom) : QVariant();
    }
    if (column == documentsColumn()) {
        if (role != Qt::DisplayRole)
            return {};
        QStringList documents;
        for (const QString &assigner : m_assigners) {
            const TargetRecord t = row.set.value(assigner);
            if (t.isValid() && !t.document.isEmpty())
                documents << QStringLiteral("%1: %2").arg(ReferenceData::assigningLevelName(assigner),
                                                          t.document);
        }
        return documents.join(QStringLiteral("; "));
    }
    const QString assigner = m_assigners.at(column - FirstAssignerColumn);
    const TargetRecord inForce = row.inForce.value(assigner);
    const bool carried = inForce.isValid() && !row.set.contains(assigner);
    switch (role) {
    case Qt::DisplayRole:
        return inForce.isValid() ? IndicatorRules::figureText(m_indicator, inForce.value) : QVariant();
    case Qt::ToolTipRole: {
        if (!inForce.isValid())
            return {};
        QStringList lines;
        lines << tr("Set by %1 from %2")
                     .arg(ReferenceData::assigningLevelName(assigner),
                          QLocale().toString(inForce.effectiveFrom, QStringLiteral("dd/MM/yyyy")));
        if (!inForce.document.isEmpty())
            lines << tr("Document: %1").arg(inForce.document);
        if (!inForce.note.isEmpty())
            lines << inForce.note;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        return carried ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::FontRole:
        if (carried) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return row.set.value(assigner).id;
    case RawValueRole:
        return inForce.isValid() ? QVariant(inForce.value) : QVariant();
    case CarriedRole:
        return carried;
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Unit");
    if (section == 1)
        return tr("From");
    if (section == documentsColumn())
        return tr("Documents");
    if (section >= FirstAssignerColumn && section < documentsColumn())
        return ReferenceData::assigningLevelName(m_assigners.at(section - FirstAssignerColumn));
    return {};
}

TargetRecord TargetTableModel::targetAt(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() < FirstAssignerColumn || index.column() >= documentsColumn())
        return {};
    return m_rows.at(index.row()).set.value(m_assigners.at(index.column() - FirstAssignerColumn));
}
