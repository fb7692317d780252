// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/statusdelegate.h"

#include <QPainter>
#include <QPixmap>

namespace {
constexpr int DotSize = 10;
} // namespace

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{}

QColor StatusDelegate::colour(TaskStatus status)
{
    switch (status) {
    case TaskStatus::CompletedOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case TaskStatus::CompletedLate:
        return QColor(0xf9, 0xa8, 0x25);
    case TaskStatus::OpenWithinDeadline:
        return QColor(0x15, 0x65, 0xc0);
    case TaskStatus::OpenOverdue:
        return QColor(0xc6, 0x28, 0x28);
    case TaskStatus::Standing:
    case TaskStatus::NotYetAssigned:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(m_statusRole);
    if (!status.isValid())
        return;
    // The dot goes in as the item's decoration so that the style lays it out beside the text.
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = dot(static_cast<TaskStatus>(status.toInt()));
    option->decorationSize = QSize(DotSize, DotSize);
    option->decorationPosition = QStyleOptionViewItem::Left;
}

QIcon StatusDelegate::dot(TaskStatus status) const
{
    const int key = int(status);
    auto it = m_dots.constFind(key);
    if (it != m_dots.constEnd())
        return it.value();

    QIcon icon;
    // Drawn at 1x and 2x so the dot stays round on high-density screens.
    for (int scale : {1, 2}) {
        QPixmap pixmap(DotSize * scale, DotSize * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour(status));
        painter.drawEllipse(QRectF(0.5, 0.5, DotSize * scale - 1.0, DotSize * scale - 1.0));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    m_dots.insert(key, icon);
    return icon;
}
