// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/colourrules.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

double lowerOf(const ColourRange &r)
{
    return r.lower ? *r.lower : -Infinity;
}

double upperOf(const ColourRange &r)
{
    return r.upper ? *r.upper : Infinity;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

bool isEmptyRange(const ColourRange &r)
{
    const double lo = lowerOf(r), hi = upperOf(r);
    return lo > hi || (lo == hi && !(r.lowerInclusive && r.upperInclusive));
}

//! The range in the columns lower_bound, lower_inclusive, upper_bound, upper_inclusive, colour, label of
//! \a q from column \a first on.
ColourRange rangeAt(const QSqlQuery &q, int first)
{
    ColourRange r;
    if (!q.value(first).isNull())
        r.lower = q.value(first).toDouble();
    r.lowerInclusive = q.value(first + 1).toBool();
    if (!q.value(first + 2).isNull())
        r.upper = q.value(first + 2).toDouble();
    r.upperInclusive = q.value(first + 3).toBool();
    r.colour = ColourRules::fromCode(q.value(first + 4).toString());
    r.label = q.value(first + 5).toString();
    return r;
}

} // namespace

bool ColourRange::contains(double value) const
{
    if (std::isnan(value))
        return false;
    if (lower && (lowerInclusive ? value < *lower : value <= *lower))
        return false;
    if (upper && (upperInclusive ? value > *upper : value >= *upper))
        return false;
    return true;
}

ColourRules::ColourRules(const QVector<ColourRange> &ranges)
    : m_ranges(ranges)
{}

ColourRules ColourRules::defaultSet()
{
    ColourRange green;
    green.lower = 100;
    green.colour = TrafficLight::Green;
    green.label = tr("Target achieved (100% or more)");
    ColourRange yellow;
    yellow.lower = 80;
    yellow.upper = 100;
    yellow.colour = TrafficLight::Yellow;
    yellow.label = tr("From 80% to under 100%");
    ColourRange red;
    red.upper = 80;
    red.colour = TrafficLight::Red;
    red.label = tr("Under 80%");
    return ColourRules({green, yellow, red});
}

const ColourRange *ColourRules::rangeFor(double value) const
{
    for (const ColourRange &r : m_ranges)
        if (r.contains(value))
            return &r;
    return nullptr;
}

TrafficLight ColourRules::colourFor(double value) const
{
    const ColourRange *r = rangeFor(value);
    return r ? r->colour : TrafficLight::None;
}

QString ColourRules::rangeText(const ColourRange &range)
{
    if (range.lower && range.upper)
        //: A range of values, e.g. "80–100"
        return tr("%1–%2").arg(number(*range.lower), number(*range.upper));
    if (range.lower)
        return range.lowerInclusive ? tr("≥ %1").arg(number(*range.lower))
                                    : tr("> %1").arg(number(*range.lower));
    if (range.upper)
        return range.upperInclusive ? tr("≤ %1").arg(number(*range.upper))
                                    : tr("< %1").arg(number(*range.upper));
    return tr("any value");
}

QStringList ColourRules::validate(const QVector<ColourRange> &ranges, double lowest,
                                  std::optional<double> highest)
{
    QStringList problems;
    if (ranges.isEmpty()) {
        problems << tr("There are no ranges.");
        return problems;
    }
    QVector<int> order;
    for (int i = 0; i < ranges.size(); ++i) {
        const ColourRange &r = ranges.at(i);
        if (r.colour == TrafficLight::None)
            problems << tr("%1 has no colour.").arg(rangeText(r));
        if (isEmptyRange(r))
            problems << tr("%1 contains no value.").arg(rangeText(r));
        else
            order << i;
    }
    // Lowest start first; at the same start the range that includes it first.
    std::stable_sort(order.begin(), order.end(), [&ranges](int a, int b) {
        const ColourRange &ra = ranges.at(a), &rb = ranges.at(b);
        if (lowerOf(ra) != lowerOf(rb))
            return lowerOf(ra) < lowerOf(rb);
        return ra.lowerInclusive && !rb.lowerInclusive;
    });

    // Sweep from `lowest` upwards: every value below `reach` is covered (and `reach` itself when
    // reachInclusive), reached by ranges[reachedBy]; -1 means only the values below `lowest` (which
    // need no colour) are behind us.
    const double top = highest ? *highest : Infinity;
    double reach = lowest;
    bool reachInclusive = false;
    int reachedBy = -1;
    for (int i : std::as_const(order)) {
        const ColourRange &r = ranges.at(i);
        const double lo = lowerOf(r), hi = upperOf(r);
        if (reach < top || (reach == top && !reachInclusive)) {
            if (lo > reach && reach < top) {
                ColourRange gap;
                gap.lower = reach;
                gap.upper = std::min(lo, top);
                problems << tr("Nothing covers %1.").arg(rangeText(gap));
            } else if (lo > reach) {
                problems << tr("Nothing covers %1.").arg(number(reach));
            } else if (lo == reach && !reachInclusive && !r.lowerInclusive) {
                problems << tr("Nothing covers %1.").arg(number(lo));
            }
        }
        if (reachedBy >= 0) {
            const ColourRange &previous = ranges.at(reachedBy);
            if (lo < reach)
                problems << tr("%1 and %2 overlap.").arg(rangeText(previous), rangeText(r));
            else if (lo == reach && reachInclusive && r.lowerInclusive)
                problems
                    << tr("%1 and %2 both include %3.").arg(rangeText(previous), rangeText(r), number(lo));
        }
        if (hi > reach || (hi == reach && r.upperInclusive && !reachInclusive)) {
            reach = hi;
            reachInclusive = r.upperInclusive;
            reachedBy = i;
        }
    }
    if (reach < top || (reach == top && !reachInclusive && highest)) {
        if (!highest)
            problems << (reachInclusive ? tr("Nothing covers values above %1.").arg(number(reach))
                                        : tr("Nothing covers %1 or more.").arg(number(reach)));
        else if (reach < top) {
            ColourRange gap;
            gap.lower = reach;
            gap.upper = top;
            problems << tr("Nothing covers %1.").arg(rangeText(gap));
        } else {
            problems << tr("Nothing covers %1.").arg(number(top));
        }
    }
    return problems;
}

QString ColourRules::code(TrafficLight colour)
{
    switch (colour) {
    case TrafficLight::Green:
        return QLatin1String(Schema::Colour::Green);
    case TrafficLight::Yellow:
        return QLatin1String(Schema::Colour::Yellow);
    case TrafficLight::Red:
        return QLatin1String(Schema::Colour::Red);
    case TrafficLight::None:
        break;
    }
    return {};
}

TrafficLight ColourRules::fromCode(const QString &code)
{
    if (code == QLatin1String(Schema::Colour::Green))
        return TrafficLight::Green;
    if (code == QLatin1String(Schema::Colour::Yellow))
        return TrafficLight::Yellow;
    if (code == QLatin1String(Schema::Colour::Red))
        return TrafficLight::Red;
    return TrafficLight::None;
}

QString ColourRules::displayName(TrafficLight colour)
{
    switch (colour) {
    case TrafficLight::Green:
        return tr("Green");
    case TrafficLight::Yellow:
        return tr("Yellow");
    case TrafficLight::Red:
        return tr("Red");
    case TrafficLight::None:
        break;
    }
    return {};
}

const ColourRules &ColourRuleBook::forIndicator(qint64 indicatorId) const
{
    const auto it = byIndicator.constFind(indicatorId);
    return it != byIndicator.constEnd() && !it->isEmpty() ? *it : defaults;
}

ColourRuleBook ColourRules::load(const Database &database, QString *errorMessage)
{
    ColourRuleBook book;
    book.defaults = defaultSet();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT indicator_id, lower_bound, lower_inclusive, upper_bound, upper_inclusive, "
                       "colour, label FROM colour_rules WHERE scope = ? "
                       "ORDER BY ifnull(indicator_id, 0), position"));
    q.addBindValue(QLatin1String(Schema::RuleScope::Indicator));
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return book;
    }
    QVector<ColourRange> fileDefaults;
    QHash<qint64, QVector<ColourRange>> own;
    while (q.next()) {
        const ColourRange r = rangeAt(q, 1);
        if (q.value(0).isNull())
            fileDefaults << r;
        else
            own[q.value(0).toLongLong()] << r;
    }
    if (!fileDefaults.isEmpty())
        book.defaults = ColourRules(fileDefaults);
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        book.byIndicator.insert(it.key(), ColourRules(it.value()));
    return book;
}

ColourRules ColourRules::defaultCommuneScoreSet()
{
    ColourRange green;
    green.lower = 80;
    green.colour = TrafficLight::Green;
    green.label = tr("80 points or more");
    ColourRange yellow;
    yellow.lower = 50;
    yellow.upper = 80;
    yellow.colour = TrafficLight::Yellow;
    yellow.label = tr("From 50 to under 80 points");
    ColourRange red;
    red.upper = 50;
    red.colour = TrafficLight::Red;
    red.label = tr("Under 50 points");
    return ColourRules({green, yellow, red});
}

ColourRules ColourRules::loadCommuneScore(const Database &database, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lower_bound, lower_inclusive, upper_bound, upper_inclusive, colour, label "
                             "FROM colour_rules WHERE scope = ? ORDER BY position"));
    q.addBindValue(QLatin1String(Schema::RuleScope::CommuneScore));
    if (!q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return defaultCommuneScoreSet();
    }
    QVector<ColourRange> ranges;
    while (q.next())
        ranges << rangeAt(q, 0);
    return ranges.isEmpty() ? defaultCommuneScoreSet() : ColourRules(ranges);
}
