// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

#include "models/indicators/colourrules.h"

/*!
 * ColourDelegate paints a traffic light as a coloured dot beside its name (the model's DisplayRole), never
 * the colour alone, so that it reads the same in grey-scale print-outs and for colour-blind users. The
 * colour comes from the model's colour role as a ColourRules code ("green", "yellow", "red"); a cell
 * without one gets no dot.
 */
class ColourDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ColourDelegate(int colourRole, QObject *parent = nullptr);

    //! The screen colour of \a light; invalid for None.
    static QColor colour(TrafficLight light);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon dot(TrafficLight light) const;

    int m_colourRole;
    mutable QHash<int, QIcon> m_dots;
};
