// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

/*!
 * DotDelegate paints a coloured dot beside the model's text (DisplayRole), never the colour alone, so a
 * status reads the same in grey-scale print-outs and for colour-blind users. Subclasses say which colour
 * a cell has; the dot goes in as the item's decoration, so selection, eliding and alignment stay the
 * style's own. The shades are shared, so green and red mean the same on every page.
 */
class DotDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Shade { Green, Amber, Blue, Red, Grey };
    static QColor shade(Shade shade);

    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    //! The dot's colour for \a index; invalid: no dot.
    virtual QColor dotColour(const QModelIndex &index) const = 0;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon dot(const QColor &colour) const;

    mutable QHash<QRgb, QIcon> m_dots;
};
