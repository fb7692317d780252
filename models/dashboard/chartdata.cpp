// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboard/chartdata.h"

#include <algorithm>

#include <QJsonArray>

namespace {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray optionalArray(const QVector<std::optional<double>> &values)
{
    QJsonArray array;
    for (const std::optional<double> &v : values)
        array.append(optionalJson(v));
    return array;
}

} // namespace

int ChartData::maxPoints() const
{
    int most = 0;
    for (const Series &s : series)
        most = std::max(most, s.pointCount());
    return most;
}

QString ChartData::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::StackedBar:
        return QStringLiteral("stacked_bar");
    case Kind::HorizontalBar:
        return QStringLiteral("horizontal_bar");
    case Kind::Line:
        return QStringLiteral("line");
    case Kind::Bar:
        return QStringLiteral("bar");
    case Kind::Donut:
        return QStringLiteral("donut");
    }
    return {};
}

QJsonObject ChartData::toJson() const
{
    QJsonArray seriesArray;
    for (const Series &s : series) {
        QJsonObject object{{QStringLiteral("name"), s.name},
                           {QStringLiteral("key"), s.key},
                           {QStringLiteral("values"), optionalArray(s.values)}};
        if (!s.pointKeys.isEmpty())
            object.insert(QStringLiteral("point_keys"), QJsonArray::fromStringList(s.pointKeys));
        if (!s.labels.isEmpty())
            object.insert(QStringLiteral("labels"), QJsonArray::fromStringList(s.labels));
        seriesArray.append(object);
    }
    QJsonObject axisObject{
        {QStringLiteral("title"), axis.title},           {QStringLiteral("percent"), axis.percent},
        {QStringLiteral("inverted"), axis.inverted},     {QStringLiteral("integers"), axis.integers},
        {QStringLiteral("min"), optionalJson(axis.min)}, {QStringLiteral("max"), optionalJson(axis.max)}};
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), kindCode(kind)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("subtitle"), subtitle},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                       {QStringLiteral("category_keys"), QJsonArray::fromStringList(categoryKeys)},
                       {QStringLiteral("series"), seriesArray},
                       {QStringLiteral("target_line"), optionalJson(targetLine)},
                       {QStringLiteral("target_label"), targetLabel},
                       {QStringLiteral("axis"), axisObject}};
    if (!targetMarkers.isEmpty())
        object.insert(QStringLiteral("target_markers"), optionalArray(targetMarkers));
    return object;
}
