// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <QVector>

#include "models/reference/referencedata.h"

class Database;

/*!
 * UnitTreeModel is the unit hierarchy as the Units page shows it: the province at the root and, under
 * it, its units in groups — departments and agencies; communes, wards and special zones; districts
 * (before the 2025 merger, closed, each naming its successor); other units. Deeper units hang under
 * their parent unit without groups. Group rows carry no id (IdRole 0) and are not selectable.
 *
 * Read from ReferenceData::storedUnits (the one unit loader), in stored order. Closed units can be
 * hidden, and a search typed with or without accents keeps the matching units and their parents.
 * Both rebuild the tree (a reset): the tree has a few hundred rows.
 */
class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, KindColumn, OpenedColumn, ClosedColumn, SuccessorColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the unit's id; 0 on a group row
        KindRole,                  //!< the unit's kind, or on a group row the kind a new unit there gets
        ClosedRole,                //!< bool: the unit is closed
        GroupRole,                 //!< bool: a group row
        RawValueRole,              //!< dates as QDate, the successor's id; else the display text
    };

    explicit UnitTreeModel(QObject *parent = nullptr);
    ~UnitTreeModel() override;

    //! Reads the units of \a database (nullptr: none). The model does not own it.
    void setDatabase(const Database *database);
    //! Reads the units again (after an edit, an undo or a redo).
    void reload();
    QString lastError() const { return m_error; }

    void setShowClosed(bool show);
    bool showClosed() const { return m_showClosed; }
    //! Words to find in codes and names (accents optional); empty shows every unit.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    //! Every unit read, shown or not, in stored order.
    const QVector<ReferenceData::Unit> &units() const { return m_units; }
    //! The unit \a id, or nullptr.
    const ReferenceData::Unit *unit(qint64 id) const;
    //! The unit at \a index, or nullptr (a group row, an invalid index).
    const ReferenceData::Unit *unitAt(const QModelIndex &index) const;
    //! The unit a new unit at \a index would belong to: the unit itself, or a group's unit.
    qint64 parentIdFor(const QModelIndex &index) const;
    //! The row of unit \a id in \a column, or an invalid index when it is not shown.
    QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    //! The units \a id took over from (those naming it as successor), in stored order.
    QVector<ReferenceData::Unit> predecessors(qint64 id) const;
    //! "Name" in the current language.
    QString unitName(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class Group { None, Departments, Communes, Districts, Other };
    struct Node
    {
        int unit = -1;           //!< index in m_units; -1 for a group
        Group group = Group::None;
        qint64 groupOwner = 0;   //!< a group's unit
        int parent = -1;         //!< index in m_nodes; -1 at the top
        int row = 0;
        QVector<int> children;
    };

    void rebuild();
    QString groupTitle(const Node &node) const;
    const Node *nodeAt(const QModelIndex &index) const;

    const Database *m_database = nullptr;
    QVector<ReferenceData::Unit> m_units;
    QVector<Node> m_nodes;
    QVector<int> m_top;
    QString m_error;
    QString m_search;
    bool m_showClosed = true;
};
