// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/statusdelegate.h"

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : DotDelegate(parent)
    , m_statusRole(statusRole)
{}

QColor StatusDelegate::colour(TaskStatus status)
{
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return shade(Shade::Green);
    case TaskStatus::CompletedLate:
        return shade(Shade::Amber);
    case TaskStatus::OpenWithinDeadline:
        return shade(Shade::Blue);
    case TaskStatus::OpenOverdue:
        return shade(Shade::Red);
    case TaskStatus::Standing:
    case TaskStatus::NotYetAssigned:
        break;
    }
    return shade(Shade::Grey);
}

QColor StatusDelegate::dotColour(const QModelIndex &index) const
{
    const QVariant status = index.data(m_statusRole);
    return status.isValid() ? colour(static_cast<TaskStatus>(status.toInt())) : QColor();
}
