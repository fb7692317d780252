// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/meetingfiguresmodel.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>

#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include "models/domain/period.h"
#include "models/indicators/colourrules.h"
#include "models/indicators/indicatorrules.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/storage/schema.h"
#include "models/tasks/taskstatus.h"

namespace {

//! What a side shows where it has no figure: the meeting's figures were not frozen, or lack this one.
const QString Missing = QStringLiteral("—");

/*!
 * \a delta with its sign in the user's number format, at most \a decimals digits and without trailing
 * zeros ("+2,1", "-12", "+1.234"); a change that rounds to nothing is "0", without a sign.
 */
QString signedNumber(double delta, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(std::abs(delta), 'f', qMax(0, decimals));
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == locale.toString(0))
        return text;
    return (delta < 0 ? locale.negativeSign() : locale.positiveSign()) + text;
}

QString percentText(double value)
{
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

//! A count of TaskStatistics::toJson()'s "tasks" object (total, completed_on_time …).
int taskCount(const MeetingFigures &f, const QString &key)
{
    return f.tasks.value(QLatin1String("tasks")).toObject().value(key).toInt();
}

int pilotModels(const MeetingFigures &f, const char *key)
{
    return f.tasks.value(QLatin1String("pilot_models")).toObject().value(QLatin1String(key)).toInt();
}

//! A count of IndicatorStatus::Figures::toJson() (with_target, achieved, or a colour of by_colour).
int indicatorCount(const MeetingFigures &f, const char *key)
{
    const QJsonObject &s = f.indicatorSummary;
    const QJsonValue direct = s.value(QLatin1String(key));
    return direct.isUndefined()
               ? s.value(QLatin1String("by_colour")).toObject().value(QLatin1String(key)).toInt()
               : direct.toInt();
}

//! The month whose unit reports MeetingFigures counts: the one before the as-of date's month.
Period reportMonth(const MeetingFigures &f)
{
    return Period::containing(Period::Kind::Month, f.asOf.addMonths(-1));
}

} // namespace

MeetingFiguresModel::MeetingFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MeetingFiguresModel::~MeetingFiguresModel() = default;

void MeetingFiguresModel::setFigures(const Database *database, const MeetingFigures &earlier,
                                     const QString &earlierCaption, const MeetingFigures &later,
                                     const QString &laterCaption)
{
    beginResetModel();
    m_earlierCaption = earlierCaption;
    m_laterCaption = laterCaption;
    m_earlierFrozen = earlier.isValid();
    m_laterFrozen = later.isValid();
    m_lines = headlineLines(earlier, later);
    m_lines += indicatorLines(database, earlier, later);
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void MeetingFiguresModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_earlierCaption.clear();
    m_laterCaption.clear();
    m_earlierFrozen = m_laterFrozen = false;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QVector<MeetingFiguresModel::Line> MeetingFiguresModel::headlineLines(const MeetingFigures &earlier,
                                                                      const MeetingFigures &later)
{
    using ValueOf = std::function<double(const MeetingFigures &)>;
    using TextOf = std::function<QString(const MeetingFigures &, double)>;
    using ChangeOf = std::function<QString(double)>;
    const QLocale locale;
    QVector<Line> lines;

    const auto section = [&lines](const QString &label) {
        Line line;
        line.label = label;
        line.section = true;
        lines.append(line);
    };
    // One figure of each side and the change; a side not frozen, or without the figure (\a has), shows
    // Missing.
    const auto figure = [&](const QString &label, const ValueOf &valueOf, const TextOf &textOf,
                            const ChangeOf &changeOf,
                            const std::function<bool(const MeetingFigures &)> &has = {}) {
        Line line;
        line.label = label;
        const auto side = [&](const MeetingFigures &f, std::optional<double> *value, QString *text) {
            if (!f.isValid() || (has && !has(f))) {
                *text = Missing;
                return;
            }
            *value = valueOf(f);
            *text = textOf(f, **value);
        };
        side(earlier, &line.earlier, &line.earlierText);
        side(later, &line.later, &line.laterText);
        line.changeText = line.earlier && line.later ? changeOf(*line.later - *line.earlier) : Missing;
        lines.append(line);
    };
    const TextOf countText = [&locale](const MeetingFigures &, double v) {
        return locale.toString(qint64(v));
    };
    const ChangeOf countChange = [](double delta) {
        return signedNumber(delta, 0);
    };
    const auto count = [&](const QString &label, const ValueOf &valueOf) {
        figure(label, valueOf, countText, countChange);
    };
    // A line that only says what the figures below it belong to (a period, a month): no change.
    const auto caption = [&](const QString &label,
                             const std::function<QString(const MeetingFigures &)> &textOf) {
        Line line;
        line.label = label;
        line.earlierText = earlier.isValid() ? textOf(earlier) : Missing;
        line.laterText = later.isValid() ? textOf(later) : Missing;
        if (line.earlierText.isEmpty())
            line.earlierText = Missing;
        if (line.laterText.isEmpty())
            line.laterText = Missing;
        lines.append(line);
    };

    section(tr("Tasks"));
    count(tr("Tasks assigned"),
          [](const MeetingFigures &f) { return taskCount(f, QStringLiteral("total")); });
    for (const TaskStatus status :
         {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate, TaskStatus::OpenWithinDeadline,
          TaskStatus::OpenOverdue, TaskStatus::Standing}) {
        const QString key = TaskStatusRules::code(status);
        count(TaskStatusRules::displayName(status),
              [key](const MeetingFigures &f) { return taskCount(f, key); });
    }
    // Standing tasks have no deadline to complete by: counting them would hold the rate down for ever.
    const auto withDeadline = [](const MeetingFigures &f) {
        return taskCount(f, QStringLiteral("total")) -
               taskCount(f, TaskStatusRules::code(TaskStatus::Standing));
    };
    figure(
        tr("Completion rate (standing tasks aside)"),
        [withDeadline](const MeetingFigures &f) {
            return 100.0 * taskCount(f, QStringLiteral("completed")) / withDeadline(f);
        },
        [](const MeetingFigures &, double v) { return percentText(v); },
        [](double delta) { return tr("%1 pp").arg(signedNumber(delta, 1)); },
        [withDeadline](const MeetingFigures &f) { return withDeadline(f) > 0; });

    section(tr("Pilot models"));
    figure(
        tr("Completed"), [](const MeetingFigures &f) { return double(pilotModels(f, "completed")); },
        [&locale](const MeetingFigures &f, double v) {
            //: Pilot models completed out of all: "24/42"
            return tr("%1/%2").arg(locale.toString(qint64(v)), locale.toString(pilotModels(f, "total")));
        },
        countChange);

    section(tr("Indicators"));
    count(tr("With a target in force"),
          [](const MeetingFigures &f) { return indicatorCount(f, "with_target"); });
    count(tr("Achieved"), [](const MeetingFigures &f) { return indicatorCount(f, "achieved"); });
    for (const TrafficLight colour : {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red}) {
        const QByteArray key = ColourRules::code(colour).toLatin1();
        count(ColourRules::displayName(colour),
              [key](const MeetingFigures &f) { return indicatorCount(f, key.constData()); });
    }

    section(tr("Communes, wards and special zones"));
    caption(tr("Period assessed"),
            [](const MeetingFigures &f) { return Period::parse(f.communePeriod).displayText(); });
    const auto assessed = [](const MeetingFigures &f) {
        return !f.communePeriod.isEmpty();
    };
    figure(
        ColourRules::displayName(TrafficLight::Green),
        [](const MeetingFigures &f) { return f.communesGreen; }, countText, countChange, assessed);
    figure(
        ColourRules::displayName(TrafficLight::Yellow),
        [](const MeetingFigures &f) { return f.communesYellow; }, countText, countChange, assessed);
    figure(
        ColourRules::displayName(TrafficLight::Red), [](const MeetingFigures &f) { return f.communesRed; },
        countText, countChange, assessed);

    section(tr("Units' monthly reports"));
    caption(tr("Month"), [](const MeetingFigures &f) { return reportMonth(f).displayText(); });
    figure(
        tr("Received"), [](const MeetingFigures &f) { return double(f.unitReportsReceived); },
        [&locale](const MeetingFigures &f, double v) {
            //: Monthly reports received out of those owed: "25/30"
            return tr("%1/%2").arg(locale.toString(qint64(v)), locale.toString(f.unitReportsOwed));
        },
        countChange);
    return lines;
}

QVector<MeetingFiguresModel::Line> MeetingFiguresModel::indicatorLines(const Database *database,
                                                                       const MeetingFigures &earlier,
                                                                       const MeetingFigures &later)
{
    QVector<IndicatorRecord> catalogue;
    QString province;
    if (database) {
        catalogue = IndicatorStore::loadCatalogue(*database);
        for (const ReferenceData::Unit &unit : ReferenceData::storedUnits(*database)) {
            if (unit.parentId == 0 && unit.kind == QLatin1String(Schema::UnitKind::Province)) {
                province = unit.code;
                break;
            }
        }
    }
    // Without the file, the province is the top of the hierarchy, whose rows IndicatorStatus lists first.
    for (const MeetingFigures *side : {&later, &earlier}) {
        if (province.isEmpty() && !side->indicators.isEmpty())
            province = side->indicators.constFirst().unit;
    }

    QHash<QString, const MeetingFigures::IndicatorFigure *> earlierOf, laterOf;
    QStringList codes;
    QSet<QString> seen;
    for (const MeetingFigures *side : {&later, &earlier}) {
        auto &map = side == &later ? laterOf : earlierOf;
        for (const MeetingFigures::IndicatorFigure &f : side->indicators) {
            if (f.unit != province || !f.value)
                continue;
            map.insert(f.indicator, &f);
            if (!seen.contains(f.indicator)) {
                seen.insert(f.indicator);
                codes.append(f.indicator);
            }
        }
    }
    QHash<QString, int> positionOf;
    for (int i = 0; i < catalogue.size(); ++i)
        positionOf.insert(catalogue.at(i).code, i);
    // Catalogue order; an indicator no longer in the catalogue goes last, in the order it was frozen.
    std::stable_sort(codes.begin(), codes.end(), [&positionOf](const QString &a, const QString &b) {
        return positionOf.value(a, INT_MAX) < positionOf.value(b, INT_MAX);
    });

    QVector<Line> lines;
    if (codes.isEmpty())
        return lines;
    Line heading;
    heading.label = tr("Indicators of the province");
    heading.section = true;
    lines.append(heading);
    const QLocale locale;
    for (const QString &code : std::as_const(codes)) {
        const int position = positionOf.value(code, -1);
        const bool known = position >= 0;
        IndicatorRecord indicator;
        if (known)
            indicator = catalogue.at(position);
        indicator.code = code;
        const auto text = [&](const MeetingFigures::IndicatorFigure &f) {
            return known ? IndicatorRules::figureText(indicator, *f.value, f.peers)
                         : locale.toString(*f.value, 'g', QLocale::FloatingPointShortest);
        };
        Line line;
        line.label = known ? ReferenceData::localName(indicator.name, indicator.nameEn) : code;
        const auto side = [&](const MeetingFigures::IndicatorFigure *f, std::optional<double> *value,
                              QString *shown, QString *tip) {
            if (!f) {
                *shown = Missing;
                return;
            }
            *value = f->value;
            *shown = text(*f);
            *tip = Period::parse(f->period).displayText();
        };
        side(earlierOf.value(code), &line.earlier, &line.earlierText, &line.earlierTip);
        side(laterOf.value(code), &line.later, &line.laterText, &line.laterTip);
        if (line.earlier && line.later) {
            const double delta = *line.later - *line.earlier;
            const int decimals = known ? (indicator.isRank() ? 0 : indicator.decimals) : 2;
            line.changeText = indicator.measure == QLatin1String(Schema::Measure::Percent)
                                  //: A change of a percentage in percentage points: "+2,1 điểm %"
                                  ? tr("%1 pp").arg(signedNumber(delta, decimals))
                                  : signedNumber(delta, decimals);
        } else {
            line.changeText = Missing;
        }
        lines.append(line);
    }
    return lines;
}

int MeetingFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int MeetingFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == FigureColumn)
            return line.label;
        if (line.section)
            return {};
        if (column == EarlierColumn)
            return line.earlierText;
        if (column == LaterColumn)
            return line.laterText;
        return line.changeText;
    case RawValueRole:
        if (column == EarlierColumn && line.earlier)
            return *line.earlier;
        if (column == LaterColumn && line.later)
            return *line.later;
        if (column == ChangeColumn && line.earlier && line.later)
            return *line.later - *line.earlier;
        return {};
    case Qt::ToolTipRole:
        if (column == EarlierColumn && !line.earlierTip.isEmpty())
            return line.earlierTip;
        if (column == LaterColumn && !line.laterTip.isEmpty())
            return line.laterTip;
        return {};
    case Qt::FontRole:
        if (line.section) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == FigureColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MeetingFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto caption = [](const QString &text, const QString &fallback, bool frozen) {
        const QString name = text.isEmpty() ? fallback : text;
        //: A column of figures whose meeting has none frozen: "Họp 17/04/2025 (chưa chốt)"
        return frozen ? name : tr("%1 (not frozen)").arg(name);
    };
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case EarlierColumn:
        return caption(m_earlierCaption, tr("Earlier meeting"), m_earlierFrozen);
    case LaterColumn:
        return caption(m_laterCaption, tr("Later meeting"), m_laterFrozen);
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}
