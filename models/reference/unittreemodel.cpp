// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reference/unittreemodel.h"

#include <functional>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include "models/domain/textfold.h"
#include "models/storage/schema.h"

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

UnitTreeModel::UnitTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

UnitTreeModel::~UnitTreeModel() = default;

void UnitTreeModel::setDatabase(const Database *database)
{
    m_database = database;
    reload();
}

void UnitTreeModel::reload()
{
    beginResetModel();
    m_error.clear();
    m_units.clear();
    if (m_database)
        m_units = ReferenceData::storedUnits(*m_database, &m_error);
    rebuild();
    endResetModel();
}

void UnitTreeModel::setShowClosed(bool show)
{
    if (show == m_showClosed)
        return;
    beginResetModel();
    m_showClosed = show;
    rebuild();
    endResetModel();
}

void UnitTreeModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    beginResetModel();
    m_search = text;
    rebuild();
    endResetModel();
}

void UnitTreeModel::rebuild()
{
    m_nodes.clear();
    m_top.clear();
    const int n = int(m_units.size());
    QHash<qint64, int> indexOfId;
    for (int i = 0; i < n; ++i)
        indexOfId.insert(m_units.at(i).id, i);
    const auto parentIndex = [&](int i) { return indexOfId.value(m_units.at(i).parentId, -1); };

    // Which units show: those passing the filters, and every unit above one of them.
    const QStringList words = TextFold::fold(m_search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVector<bool> shown(n, false);
    for (int i = 0; i < n; ++i) {
        const ReferenceData::Unit &u = m_units.at(i);
        if (!m_showClosed && u.isClosed())
            continue;
        const QString folded = TextFold::fold(u.code + QLatin1Char(' ') + u.name + QLatin1Char(' ') + u.nameEn);
        bool match = true;
        for (const QString &word : words)
            match = match && folded.contains(word);
        if (!match)
            continue;
        for (int j = i, steps = 0; j >= 0 && !shown[j] && steps <= n; j = parentIndex(j), ++steps)
            shown[j] = true;
    }

    QHash<int, QVector<int>> childrenOf; // unit index (-1: top) -> shown children, in stored order
    for (int i = 0; i < n; ++i) {
        if (shown[i])
            childrenOf[parentIndex(i)].append(i);
    }

    const auto groupOf = [](const QString &kind) {
        if (kind == QLatin1String(Schema::UnitKind::Department) || kind == QLatin1String(Schema::UnitKind::Agency))
            return Group::Departments;
        if (kind == QLatin1String(Schema::UnitKind::Commune) || kind == QLatin1String(Schema::UnitKind::Ward)
            || kind == QLatin1String(Schema::UnitKind::SpecialZone))
            return Group::Communes;
        if (kind == QLatin1String(Schema::UnitKind::District))
            return Group::Districts;
        return Group::Other;
    };
    const auto addNode = [this](const Node &node) {
        m_nodes.append(node);
        const int index = int(m_nodes.size()) - 1;
        QVector<int> &siblings = node.parent < 0 ? m_top : m_nodes[node.parent].children;
        m_nodes[index].row = int(siblings.size());
        siblings.append(index);
        return index;
    };
    // Depth first; a top-level unit's children are grouped by kind, deeper ones are not.
    std::function<void(int, int, bool)> addUnit = [&](int unitIndex, int parentNode, bool topLevel) {
        Node node;
        node.unit = unitIndex;
        node.parent = parentNode;
        const int self = addNode(node);
        const QVector<int> children = childrenOf.value(unitIndex);
        if (!topLevel) {
            for (int child : children)
                addUnit(child, self, false);
            return;
        }
        for (Group group : {Group::Departments, Group::Communes, Group::Districts, Group::Other}) {
            int groupNode = -1;
            for (int child : children) {
                if (groupOf(m_units.at(child).kind) != group)
                    continue;
                if (groupNode < 0) {
                    Node g;
                    g.group = group;
                    g.groupOwner = m_units.at(unitIndex).id;
                    g.parent = self;
                    groupNode = addNode(g);
                }
                addUnit(child, groupNode, false);
            }
        }
    };
    for (int top : childrenOf.value(-1))
        addUnit(top, -1, true);
}

const UnitTreeModel::Node *UnitTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i < m_nodes.size() ? &m_nodes.at(i) : nullptr;
}

const ReferenceData::Unit *UnitTreeModel::unit(qint64 id) const
{
    for (const ReferenceData::Unit &u : m_units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const ReferenceData::Unit *UnitTreeModel::unitAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node && node->unit >= 0 ? &m_units.at(node->unit) : nullptr;
}

qint64 UnitTreeModel::parentIdFor(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return 0;
    return node->unit >= 0 ? m_units.at(node->unit).id : node->groupOwner;
}

QModelIndex UnitTreeModel::indexOf(qint64 id, int column) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.unit >= 0 && m_units.at(node.unit).id == id)
            return createIndex(node.row, column, quintptr(i));
    }
    return {};
}

QVector<ReferenceData::Unit> UnitTreeModel::predecessors(qint64 id) const
{
    QVector<ReferenceData::Unit> result;
    for (const ReferenceData::Unit &u : m_units) {
        if (id > 0 && u.successorId == id)
            result.append(u);
    }
    return result;
}

QString UnitTreeModel::unitName(qint64 id) const
{
    const ReferenceData::Unit *u = unit(id);
    return u ? ReferenceData::localName(u->name, u->nameEn) : QString();
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QVector<int> &siblings = parent.isValid() ? nodeAt(parent)->children : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString UnitTreeModel::groupTitle(const Node &node) const
{
    QString title;
    switch (node.group) {
    case Group::Departments:
        title = tr("Departments and agencies");
        break;
    case Group::Communes:
        title = tr("Communes, wards and special zones");
        break;
    case Group::Districts: {
        // Districts all closed (the 2025 merger): say until when they existed.
        QDate lastClosed;
        bool allClosed = true;
        for (int child : node.children) {
            const ReferenceData::Unit &u = m_units.at(m_nodes.at(child).unit);
            allClosed = allClosed && u.isClosed();
            if (u.closedOn > lastClosed)
                lastClosed = u.closedOn;
        }
        title = allClosed && lastClosed.isValid() ? tr("Districts before %1").arg(dateText(lastClosed))
                                                  : tr("Districts");
        break;
    }
    case Group::Other:
    case Group::None:
        title = tr("Other units");
        break;
    }
    return tr("%1 (%2)").arg(title, QLocale().toString(int(node.children.size())));
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    if (node->unit < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? groupTitle(*node) : QString();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IdRole:
            return qint64(0);
        case GroupRole:
            return true;
        case ClosedRole:
            return false;
        case KindRole:
            switch (node->group) {
            case Group::Departments:
                return QLatin1String(Schema::UnitKind::Department);
            case Group::Communes:
                return QLatin1String(Schema::UnitKind::Commune);
            case Group::Districts:
                return QLatin1String(Schema::UnitKind::District);
            default:
                return QLatin1String(Schema::UnitKind::Other);
            }
        default:
            return {};
        }
    }

    const ReferenceData::Unit &u = m_units.at(node->unit);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            if (role == Qt::ToolTipRole && u.isClosed()) {
                const QString successor = unitName(u.successorId);
                return successor.isEmpty()
                           ? tr("%1 — closed on %2").arg(ReferenceData::localName(u.name, u.nameEn), dateText(u.closedOn))
                           : tr("%1 — closed on %2, taken over by %3")
                                 .arg(ReferenceData::localName(u.name, u.nameEn), dateText(u.closedOn), successor);
            }
            return ReferenceData::localName(u.name, u.nameEn);
        case CodeColumn:
            return u.code;
        case KindColumn:
            return ReferenceData::unitKindName(u.kind);
        case OpenedColumn:
            return dateText(u.openedOn);
        case ClosedColumn:
            return dateText(u.closedOn);
        case SuccessorColumn:
            return unitName(u.successorId);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case OpenedColumn:
            return u.openedOn;
        case ClosedColumn:
            return u.closedOn;
        case SuccessorColumn:
            return u.successorId;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        // Closed units stay readable, but step back.
        return u.isClosed() ? QVariant(QColor(0x75, 0x75, 0x75)) : QVariant();
    case Qt::FontRole:
        if (u.kind == QLatin1String(Schema::UnitKind::Province) && node->parent < 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return u.id;
    case KindRole:
        return u.kind;
    case ClosedRole:
        return u.isClosed();
    case GroupRole:
        return false;
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case OpenedColumn:
        return tr("Opened");
    case ClosedColumn:
        return tr("Closed");
    case SuccessorColumn:
        return tr("Successor");
    }
    return {};
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return Qt::NoItemFlags;
    return node->unit >= 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                           : Qt::ItemFlags(Qt::ItemIsEnabled);
}
