// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/delegates/dotdelegate.h"

#include "models/indicators/colourrules.h"

/*!
 * ColourDelegate paints a traffic light as a coloured dot beside its name. The colour comes from the
 * model's colour role as a ColourRules code ("green", "yellow", "red"); a cell without one gets no dot.
 */
class ColourDelegate final : public DotDelegate
{
    Q_OBJECT

public:
    explicit ColourDelegate(int colourRole, QObject *parent = nullptr);

    //! The screen colour of \a light; invalid for None.
    static QColor colour(TrafficLight light);

protected:
    QColor dotColour(const QModelIndex &index) const override;

private:
    int m_colourRole;
};
