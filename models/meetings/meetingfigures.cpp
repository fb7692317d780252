// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/meetingfigures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include "models/commands/editsupport.h"
#include "models/communes/communestore.h"
#include "models/domain/period.h"
#include "models/indicators/indicatorstatus.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/unitreports/unitreportstore.h"

namespace {

// The payload's keys. Version 1 is what this file writes; a later layout must still read it.
const QLatin1String VersionKey("version");
const QLatin1String AsOfKey("as_of");
const QLatin1String TasksKey("tasks");
const QLatin1String IndicatorSummaryKey("indicator_summary");
const QLatin1String IndicatorsKey("indicators");
const QLatin1String IndicatorKey("indicator");
const QLatin1String UnitKey("unit");
const QLatin1String PeriodKey("period");
const QLatin1String ValueKey("value");
const QLatin1String TargetKey("target");
const QLatin1String AchievementKey("achievement_pct");
const QLatin1String ColourKey("colour");
const QLatin1String PeersKey("peers");
const QLatin1String CommunesKey("communes");
const QLatin1String UnitReportsKey("unit_reports");
const QLatin1String ReceivedKey("received");
const QLatin1String OwedKey("owed");
constexpr int PayloadVersion = 1;

const QLatin1String FrozenField("figures_frozen");

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}

void insertOptional(QJsonObject *object, QLatin1String key, const std::optional<double> &value)
{
    if (value)
        object->insert(key, *value);
}

std::optional<double> optionalOf(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

//! The days before a deadline that make a task "due soon" in this file (as Session::dueSoonDays reads it).
int dueSoonDaysOf(const Database &database)
{
    bool ok = false;
    const int days = DatabaseSettings::value(database, Schema::Setting::TasksDueSoonDays).toInt(&ok);
    return ok && days >= 0 ? days : 7;
}

bool computeFailed(QString *errorMessage, const QDate &asOf, const QString &why)
{
    return EditSupport::fail(
        errorMessage,
        MeetingFigures::tr("The figures as of %1 could not be computed: %2").arg(dateText(asOf), why));
}

} // namespace

bool MeetingFigures::compute(const Database &database, const QDate &asOf, MeetingFigures *figures,
                             QString *errorMessage)
{
    if (!asOf.isValid())
        return EditSupport::fail(errorMessage, tr("Choose the date the figures are stated at."));
    MeetingFigures result;
    result.asOf = asOf;

    // The same sources, read the same way, as the Tasks, Indicators, Communes and Monthly reports pages.
    QString error;
    const QVector<TaskRecord> tasks = TaskStore::load(database, false, &error);
    if (!error.isEmpty())
        return computeFailed(errorMessage, asOf, error);
    result.tasks = TaskStatistics::compute(tasks, asOf, dueSoonDaysOf(database)).toJson();

    const IndicatorStatus status = IndicatorStatus::compute(database, asOf, &error);
    if (!error.isEmpty())
        return computeFailed(errorMessage, asOf, error);
    result.indicatorSummary = status.figures().toJson();
    result.indicators.reserve(status.rows().size());
    for (const IndicatorStatus::Row &row : status.rows()) {
        if (!row.hasValue() && !row.hasTarget())
            continue;
        IndicatorFigure f;
        f.indicator = status.indicatorOf(row).code;
        f.unit = status.unitOf(row).code;
        if (row.hasValue()) {
            f.period = row.value.period;
            f.value = row.value.value;
            f.peers = row.value.peers;
        }
        if (row.hasTarget())
            f.target = row.target.value;
        f.achievementPct = row.achievementPct;
        f.colour = ColourRules::code(row.colour);
        result.indicators.append(f);
    }

    result.communePeriod = CommuneStore::latestPeriod(database, asOf, &error);
    if (!error.isEmpty())
        return computeFailed(errorMessage, asOf, error);
    if (!result.communePeriod.isEmpty()) {
        const ColourCounts counts =
            CommuneStore::counts(CommuneStore::load(database, result.communePeriod, &error));
        if (!error.isEmpty())
            return computeFailed(errorMessage, asOf, error);
        result.communesGreen = counts.green;
        result.communesYellow = counts.yellow;
        result.communesRed = counts.red;
    }

    // The reports a meeting reviews are those of the month before: the current month's are not yet due.
    const Period reportMonth = Period::containing(Period::Kind::Month, asOf.addMonths(-1));
    const UnitReportCounts reports =
        UnitReportStore::counts(UnitReportStore::load(database, reportMonth, asOf, &error));
    if (!error.isEmpty())
        return computeFailed(errorMessage, asOf, error);
    result.unitReportsReceived = reports.received();
    result.unitReportsOwed = reports.total();

    *figures = result;
    return true;
}

MeetingFigures MeetingFigures::frozen(const Database &database, qint64 meetingId, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT payload FROM report_snapshots WHERE meeting_id = ? AND kind = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(meetingId);
    q.addBindValue(QLatin1String(Schema::SnapshotKind::MeetingFigures));
    if (!q.exec()) {
        EditSupport::fail(errorMessage,
                          tr("The frozen figures cannot be read: %1").arg(q.lastError().text()));
        return {};
    }
    if (!q.next())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    const MeetingFigures figures = fromJson(document.object());
    if (!document.isObject() || !figures.isValid()) {
        EditSupport::fail(errorMessage,
                          tr("The frozen figures cannot be read: %1")
                              .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                : tr("they state no date")));
        return {};
    }
    return figures;
}

QJsonObject MeetingFigures::toJson() const
{
    QJsonArray rows;
    for (const IndicatorFigure &f : indicators) {
        QJsonObject row{{IndicatorKey, f.indicator}, {UnitKey, f.unit}};
        if (!f.period.isEmpty())
            row.insert(PeriodKey, f.period);
        insertOptional(&row, ValueKey, f.value);
        insertOptional(&row, TargetKey, f.target);
        insertOptional(&row, AchievementKey, f.achievementPct);
        if (!f.colour.isEmpty())
            row.insert(ColourKey, f.colour);
        if (f.peers > 0)
            row.insert(PeersKey, f.peers);
        rows.append(row);
    }
    QJsonObject communes{{QLatin1String(Schema::Colour::Green), communesGreen},
                         {QLatin1String(Schema::Colour::Yellow), communesYellow},
                         {QLatin1String(Schema::Colour::Red), communesRed}};
    if (!communePeriod.isEmpty())
        communes.insert(PeriodKey, communePeriod);
    return QJsonObject{
        {VersionKey, PayloadVersion},
        {AsOfKey, asOf.toString(Qt::ISODate)},
        {TasksKey, tasks},
        {IndicatorSummaryKey, indicatorSummary},
        {IndicatorsKey, rows},
        {CommunesKey, communes},
        {UnitReportsKey, QJsonObject{{ReceivedKey, unitReportsReceived}, {OwedKey, unitReportsOwed}}},
    };
}

MeetingFigures MeetingFigures::fromJson(const QJsonObject &json)
{
    MeetingFigures figures;
    figures.asOf = QDate::fromString(json.value(AsOfKey).toString(), Qt::ISODate);
    figures.tasks = json.value(TasksKey).toObject();
    figures.indicatorSummary = json.value(IndicatorSummaryKey).toObject();
    const QJsonArray rows = json.value(IndicatorsKey).toArray();
    figures.indicators.reserve(rows.size());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        IndicatorFigure f;
        f.indicator = row.value(IndicatorKey).toString();
        f.unit = row.value(UnitKey).toString();
        f.period = row.value(PeriodKey).toString();
        f.value = optionalOf(row, ValueKey);
        f.target = optionalOf(row, TargetKey);
        f.achievementPct = optionalOf(row, AchievementKey);
        f.colour = row.value(ColourKey).toString();
        f.peers = row.value(PeersKey).toInt();
        figures.indicators.append(f);
    }
    const QJsonObject communes = json.value(CommunesKey).toObject();
    figures.communePeriod = communes.value(PeriodKey).toString();
    figures.communesGreen = communes.value(QLatin1String(Schema::Colour::Green)).toInt();
    figures.communesYellow = communes.value(QLatin1String(Schema::Colour::Yellow)).toInt();
    figures.communesRed = communes.value(QLatin1String(Schema::Colour::Red)).toInt();
    const QJsonObject reports = json.value(UnitReportsKey).toObject();
    figures.unitReportsReceived = reports.value(ReceivedKey).toInt();
    figures.unitReportsOwed = reports.value(OwedKey).toInt();
    return figures;
}

bool MeetingFigures::freezeChange(const Database &database, qint64 meetingId, const QDate &today,
                                  ChangeSet *changes, QString *text, QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("SELECT m.held_on, (SELECT s.created_at FROM report_snapshots s WHERE s.meeting_id = "
                       "m.id AND s.kind = ? ORDER BY s.id DESC LIMIT 1) FROM meetings m WHERE m.id = ?"));
    q.addBindValue(QLatin1String(Schema::SnapshotKind::MeetingFigures));
    q.addBindValue(meetingId);
    if (!q.exec())
        return EditSupport::fail(errorMessage,
                                 tr("The meeting cannot be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return EditSupport::fail(errorMessage, tr("The meeting no longer exists."));
    const QDate heldOn = EditSupport::dateOf(q.value(0));
    if (!q.value(1).isNull()) {
        // Frozen figures are what was printed for the meeting: freezing again would rewrite that record.
        const QDateTime frozenAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const QString when =
            frozenAt.isValid() ? dateText(frozenAt.toLocalTime().date()) : q.value(1).toString();
        return EditSupport::fail(errorMessage,
                                 tr("The figures of the meeting of %1 were frozen on %2 and do not change.")
                                     .arg(dateText(heldOn), when));
    }
    // Figures "as of" a day that has not come would be frozen before they are known.
    if (heldOn > today)
        return EditSupport::fail(errorMessage,
                                 tr("The meeting of %1 has not been held yet: its figures can be frozen from that day.")
                                     .arg(dateText(heldOn)));

    MeetingFigures figures;
    if (!compute(database, heldOn, &figures, errorMessage))
        return false;

    RowChange c;
    c.table = QLatin1String(Schema::ReportSnapshots);
    c.key.insert(QLatin1String(Schema::Column::Id), RowChanges::nextId(database, Schema::ReportSnapshots));
    c.existsBefore = false;
    c.after.insert(QLatin1String(Schema::Column::MeetingId), meetingId);
    c.after.insert(QLatin1String(Schema::Column::AsOf), heldOn.toString(Qt::ISODate));
    c.after.insert(QLatin1String(Schema::Column::Kind), QLatin1String(Schema::SnapshotKind::MeetingFigures));
    c.after.insert(QLatin1String(Schema::Column::Payload),
                   QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact)));
    c.after.insert(QLatin1String(Schema::Column::CreatedAt), EditSupport::nowText());
    c.after.insert(QLatin1String(Schema::Column::CreatedBy), EditSupport::nullable(database.userName()));
    // Filed under the meeting, so that its history says when its figures were frozen and as of which date.
    c.auditEntity = QLatin1String(Schema::Meetings);
    c.auditRecordId = meetingId;
    c.auditField = FrozenField;
    c.auditValueColumn = QLatin1String(Schema::Column::AsOf);

    changes->append(c);
    *text = tr("freeze the figures of the meeting of %1").arg(dateText(heldOn));
    return true;
}
