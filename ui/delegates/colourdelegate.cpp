// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/delegates/colourdelegate.h"

ColourDelegate::ColourDelegate(int colourRole, QObject *parent)
    : DotDelegate(parent)
    , m_colourRole(colourRole)
{}

QColor ColourDelegate::colour(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return shade(Shade::Green);
    case TrafficLight::Yellow:
        return shade(Shade::Amber);
    case TrafficLight::Red:
        return shade(Shade::Red);
    case TrafficLight::None:
        break;
    }
    return {};
}

QColor ColourDelegate::dotColour(const QModelIndex &index) const
{
    return colour(ColourRules::fromCode(index.data(m_colourRole).toString()));
}
