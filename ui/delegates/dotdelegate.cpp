// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/dotdelegate.h"

#include <QPainter>
#include <QPixmap>

namespace {
constexpr int DotSize = 10;
} // namespace

QColor DotDelegate::shade(Shade shade)
{
    switch (shade) {
    case Shade::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Shade::Amber:
        return QColor(0xf9, 0xa8, 0x25);
    case Shade::Blue:
        return QColor(0x15, 0x65, 0xc0);
    case Shade::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Shade::Grey:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

void DotDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor colour = dotColour(index);
    if (!colour.isValid())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = dot(colour);
    option->decorationSize = QSize(DotSize, DotSize);
    option->decorationPosition = QStyleOptionViewItem::Left;
}

QIcon DotDelegate::dot(const QColor &colour) const
{
    auto it = m_dots.constFind(colour.rgba());
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
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, DotSize * scale - 1.0, DotSize * scale - 1.0));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    m_dots.insert(colour.rgba(), icon);
    return icon;
}
