// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class Session;

/*!
 * The editors of the task table's quick edits: a unit chooser for the lead unit (its EditRole is the
 * unit id) and a dd/MM/yyyy date field for the completion date, not after today. Other columns get
 * the standard editors. What is typed goes to the model's setData, hence through the edit commands.
 */
class QuickEditDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Unit, Date };

    QuickEditDelegate(Kind kind, Session *session, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Kind m_kind;
    Session *m_session;
};
