// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/delegates/dotdelegate.h"

#include "models/tasks/taskstatus.h"

/*!
 * StatusDelegate paints a task's derived status as a coloured dot beside its name. The status comes from
 * the model's status role as int(TaskStatus).
 */
class StatusDelegate final : public DotDelegate
{
    Q_OBJECT

public:
    explicit StatusDelegate(int statusRole, QObject *parent = nullptr);

    //! The colour of \a status: green on time, amber late, blue within deadline, red overdue, grey standing.
    static QColor colour(TaskStatus status);

protected:
    QColor dotColour(const QModelIndex &index) const override;

private:
    int m_statusRole;
};
