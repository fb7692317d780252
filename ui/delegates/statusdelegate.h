// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

#include "models/tasks/taskstatus.h"

/*!
 * StatusDelegate paints a task's derived status as a coloured dot beside its name, never the colour
 * alone, so the status reads the same in grey-scale print-outs and for colour-blind users. The status
 * comes from the model's status role as int(TaskStatus); the text stays the model's DisplayRole, so
 * selection, eliding and alignment are the style's own.
 */
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(int statusRole, QObject *parent = nullptr);

    //! The colour of \a status: green on time, amber late, blue within deadline, red overdue, grey standing.
    static QColor colour(TaskStatus status);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon dot(TaskStatus status) const;

    int m_statusRole;
    mutable QHash<int, QIcon> m_dots;
};
