// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/communes/communerules.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

namespace {

const QLatin1String TaskWeightKey("task_weight");
const QLatin1String IndicatorWeightKey("indicator_weight");
const QLatin1String GreenMaxOverdueKey("green_max_overdue");
const QLatin1String RedMinOverdueKey("red_min_overdue");
const QLatin1String ProvinceTargetsKey("province_targets");

} // namespace

QStringList CommuneRules::validate() const
{
    QStringList problems;
    if (!std::isfinite(taskWeight) || !std::isfinite(indicatorWeight) || taskWeight < 0 ||
        indicatorWeight < 0)
        problems << tr("The weights cannot be negative.");
    else if (taskWeight + indicatorWeight <= 0)
        problems << tr("At least one weight must be more than 0.");
    if (greenMaxOverdue < 0 || redMinOverdue < 0)
        problems << tr("The numbers of overdue tasks cannot be negative.");
    else if (redMinOverdue > 0 && redMinOverdue <= greenMaxOverdue)
        problems << tr("Red from %1 overdue tasks must be more than the %2 overdue tasks a green commune may "
                       "have.")
                        .arg(redMinOverdue)
                        .arg(greenMaxOverdue);
    for (const QString &p : ColourRules::validate(scoreRanges.ranges(), 0))
        problems << tr("Score ranges: %1").arg(p);
    return problems;
}

QString CommuneRules::toJson() const
{
    QJsonObject o;
    o.insert(TaskWeightKey, taskWeight);
    o.insert(IndicatorWeightKey, indicatorWeight);
    o.insert(GreenMaxOverdueKey, greenMaxOverdue);
    o.insert(RedMinOverdueKey, redMinOverdue);
    o.insert(ProvinceTargetsKey, provinceTargets);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool CommuneRules::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    taskWeight = o.value(TaskWeightKey).toDouble(taskWeight);
    indicatorWeight = o.value(IndicatorWeightKey).toDouble(indicatorWeight);
    greenMaxOverdue = o.value(GreenMaxOverdueKey).toInt(greenMaxOverdue);
    redMinOverdue = o.value(RedMinOverdueKey).toInt(redMinOverdue);
    provinceTargets = o.value(ProvinceTargetsKey).toBool(provinceTargets);
    return true;
}

double CommuneRules::greenFrom() const
{
    std::optional<double> lowest;
    for (const ColourRange &r : scoreRanges.ranges()) {
        if (r.colour == TrafficLight::Green && r.lower && (!lowest || *r.lower < *lowest))
            lowest = *r.lower;
    }
    return lowest ? *lowest : 80.0;
}

CommuneRules CommuneRules::load(const Database &database, QString *errorMessage)
{
    CommuneRules rules;
    const QString json = DatabaseSettings::value(database, Schema::Setting::CommunesRules);
    if (!json.isEmpty() && !rules.fromJson(json) && errorMessage)
        *errorMessage = tr("The commune rule set stored in the file cannot be read; the defaults apply.");
    rules.scoreRanges = ColourRules::loadCommuneScore(database, errorMessage);
    return rules;
}

bool CommuneRules::operator==(const CommuneRules &other) const
{
    return taskWeight == other.taskWeight && indicatorWeight == other.indicatorWeight &&
           greenMaxOverdue == other.greenMaxOverdue && redMinOverdue == other.redMinOverdue &&
           provinceTargets == other.provinceTargets;
}
