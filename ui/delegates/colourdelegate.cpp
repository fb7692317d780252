// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/colourdelegate.h"

#include <QPainter>
#include <QPixmap>

namespace {
constexpr int DotSize = 10;
} // namespace

ColourDelegate::ColourDelegate(int colourRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_colourRole(colourRole)
{}

QColor ColourDelegate::colour(TrafficLight light)
{
    // The same shades as the task statuses' dots, so that green and red mean the same on every page.
    switch (light) {
    case TrafficLight::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case TrafficLight::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case TrafficLight::Red:
        return QColor(0xc6, 0x28, 0x28);
    case TrafficLight::None:
        break;
    }
    return {};
}

void ColourDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const TrafficLight light = ColourRules::fromCode(index.data(m_colourRole).toString());
    if (light == TrafficLight::None)
        return;
    // The dot goes in as the item's decoration so that the style lays it out beside the text.
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = dot(light);
    option->decorationSize = QSize(DotSize, DotSize);
    option->decorationPosition = QStyleOptionViewItem::Left;
}

QIcon ColourDelegate::dot(TrafficLight light) const
{
    const int key = int(light);
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
        painter.setBrush(colour(light));
        painter.drawEllipse(QRectF(0.5, 0.5, DotSize * scale - 1.0, DotSize * scale - 1.0));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    m_dots.insert(key, icon);
    return icon;
}
