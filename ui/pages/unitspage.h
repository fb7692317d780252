// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QAction;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class Session;
class UnitTreeModel;

/*!
 * UnitsPage shows the unit hierarchy as a tree (UnitTreeModel): the province, its departments and
 * agencies, communes, wards and special zones, and the districts closed by the 2025 merger with their
 * successors. The toolbar adds a unit under the selected one, renames, closes (with the unit that takes
 * over), reopens and names a successor; the panel beside the tree details the selected unit. Every edit
 * goes through the facade, and the tree follows edits, undo and redo made anywhere.
 */
class UnitsPage final : public Page
{
    Q_OBJECT

public:
    explicit UnitsPage(Session *session, QWidget *parent = nullptr);
    ~UnitsPage() override;

    QString title() const override;
    QIcon icon() const override;

    UnitTreeModel *model() const { return m_model; }
    //! The selected unit's id, 0 for none (or a group row).
    qint64 currentUnitId() const;
    //! Selects unit \a id, showing its row.
    void selectUnit(qint64 id);

    void addUnit();
    void renameUnit();
    void closeUnit();
    void reopenUnit();
    void setSuccessor();
    void moveUnit();

private:
    void sessionChanged();
    void entityChanged(const QString &entity);
    void reload();
    void updateActions();
    void updateDetails();
    void retranslate() override;

    Session *m_session;
    UnitTreeModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_addAction;
    QAction *m_renameAction;
    QAction *m_closeAction;
    QAction *m_reopenAction;
    QAction *m_successorAction;
    QAction *m_moveAction;
    QAction *m_showClosedAction;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_details;
};
