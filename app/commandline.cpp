// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/demo/demobuilder.h"
#include "models/communes/communeexport.h"
#include "models/communes/communestore.h"
#include "models/meetings/meetingexport.h"
#include "models/domain/period.h"
#include "models/unitreports/unitreportexport.h"
#include "models/unitreports/unitreportstore.h"
#include "models/indicators/indicatorexport.h"
#include "models/indicators/indicatorstatus.h"
#include "models/interchange/tableexport.h"
#include "models/tasks/taskexport.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/storage/database.h"
#include "models/storage/databasecheck.h"

namespace {

const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("check"),
                                      QStringLiteral("stats"), QStringLiteral("export")};
    return names;
}

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

bool CommandLine::handles(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return commandNames().contains(arg);
    }
    return false;
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SteerDesk: tasks, indicators and reports of a steering committee.\n\n"
                                        "Commands:\n"
                                        "  init FILE               create an empty database\n"
                                        "  demo --out FILE [--force]  write the demo database\n"
                                        "  check FILE              print data version, integrity and row counts\n"
                                        "  stats FILE [--as-of DATE]  task, indicator and commune figures as JSON\n"
                                        "  export FILE --table tasks|indicators [--as-of DATE] --out FILE.csv|.xlsx\n"
                                        "  export FILE --table communes [--period PERIOD] --out FILE.csv|.xlsx\n"
                                        "  export FILE --table unit-reports [--period YYYY-MM] [--as-of DATE] --out FILE.csv|.xlsx\n"
                                        "  export FILE --table meetings [--as-of DATE] --out FILE.csv|.xlsx"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: vi or en."), tr("language"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("File to write."), tr("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Overwrite an existing file."));
    parser.addOption(langOption);
    parser.addOption(outOption);
    parser.addOption(forceOption);
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), tr("The date figures are stated at (YYYY-MM-DD); today by default."),
                                        tr("date"));
    const QCommandLineOption tableOption(QStringLiteral("table"), tr("Table to export: tasks, indicators, communes, unit-reports or meetings."),
                                         tr("table"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          tr("Period of the communes' colours (2026-05), the latest assessed by default; month of the units' reports, the as-of date's by default."),
                                          tr("period"));
    const QCommandLineOption dueSoonOption(QStringLiteral("due-soon-days"), tr("Days before a deadline that count as due soon (7)."),
                                           tr("days"));
    parser.addOption(asOfOption);
    parser.addOption(tableOption);
    parser.addOption(periodOption);
    parser.addOption(dueSoonOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, demo, check, stats or export"));

    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("steerdesk %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (parser.isSet(langOption) && parser.value(langOption) != QLatin1String("vi")
        && parser.value(langOption) != QLatin1String("en")) {
        printErr(tr("Unknown language %1: use vi or en.").arg(parser.value(langOption)));
        return UsageError;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printErr(parser.helpText());
        return UsageError;
    }
    const QString command = positional.takeFirst();

    if (command == QLatin1String("init"))
        return init(positional);
    if (command == QLatin1String("check"))
        return check(positional);
    if (command == QLatin1String("stats") || command == QLatin1String("export")) {
        QDate asOf = QDate::currentDate();
        if (parser.isSet(asOfOption)) {
            asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
            if (!asOf.isValid()) {
                printErr(tr("The date %1 is not a date of the form YYYY-MM-DD.").arg(parser.value(asOfOption)));
                return UsageError;
            }
        }
        bool daysOk = true;
        const int dueSoonDays = parser.isSet(dueSoonOption) ? parser.value(dueSoonOption).toInt(&daysOk) : 7;
        if (!daysOk || dueSoonDays < 0) {
            printErr(tr("--due-soon-days takes a number of days."));
            return UsageError;
        }
        if (positional.size() != 1) {
            printErr(command == QLatin1String("stats") ? tr("Usage: steerdesk stats FILE --as-of YYYY-MM-DD")
                                                       : tr("Usage: steerdesk export FILE --table tasks|indicators|communes|unit-reports|meetings --as-of YYYY-MM-DD [--period PERIOD] --out FILE.csv|.xlsx"));
            return UsageError;
        }
        if (command == QLatin1String("stats"))
            return stats(positional.constFirst(), asOf, dueSoonDays);
        if (!parser.isSet(tableOption) || !parser.isSet(outOption)) {
            printErr(tr("Usage: steerdesk export FILE --table tasks|indicators|communes|unit-reports|meetings --as-of YYYY-MM-DD [--period PERIOD] --out FILE.csv|.xlsx"));
            return UsageError;
        }
        return exportTable(positional.constFirst(), parser.value(tableOption), asOf, dueSoonDays, parser.value(outOption),
                           parser.value(periodOption));
    }
    if (command == QLatin1String("demo")) {
        if (!positional.isEmpty() || !parser.isSet(outOption)) {
            printErr(tr("Usage: steerdesk demo --out FILE [--force]"));
            return UsageError;
        }
        return demo(parser.value(outOption), parser.isSet(forceOption));
    }
    printErr(tr("Unknown command: %1").arg(command));
    return UsageError;
}

int CommandLine::init(const QStringList &positional)
{
    if (positional.size() != 1) {
        printErr(tr("Usage: steerdesk init FILE"));
        return UsageError;
    }
    Database database;
    if (!database.create(positional.constFirst())) {
        printErr(database.errorString());
        return Failure;
    }
    printOut(tr("Created %1 (data version %2).").arg(database.path()).arg(database.schemaVersion()) + QLatin1Char('\n'));
    return Success;
}

int CommandLine::demo(const QString &out, bool force)
{
    QString error;
    if (!DemoBuilder::writeFile(out, force, &error)) {
        printErr(error);
        return Failure;
    }
    printOut(tr("Wrote the demo database to %1.").arg(QFileInfo(out).absoluteFilePath()) + QLatin1Char('\n'));
    return Success;
}

int CommandLine::check(const QStringList &positional)
{
    if (positional.size() != 1) {
        printErr(tr("Usage: steerdesk check FILE"));
        return UsageError;
    }
    const QString path = QFileInfo(positional.constFirst()).absoluteFilePath();
    const DatabaseCheck result = DatabaseCheck::run(path);
    if (!result.opened) {
        printErr(result.error);
        return Failure;
    }
    printOut(result.toText(path));
    return result.healthy ? Success : Failure;
}

bool CommandLine::openForReading(Database &database, const QString &path)
{
    // Reading commands never write: not the lock, not a migration.
    if (!database.open(path, Database::Access::ReadOnly)) {
        printErr(database.errorString());
        return false;
    }
    if (database.schemaVersion() < Database::latestSchemaVersion()) {
        printErr(tr("%1 uses the older data version %2: open it once in SteerDesk to upgrade it.")
                     .arg(database.path())
                     .arg(database.schemaVersion()));
        return false;
    }
    return true;
}

int CommandLine::stats(const QString &path, const QDate &asOf, int dueSoonDays)
{
    Database database;
    if (!openForReading(database, path))
        return Failure;
    QString error;
    const QVector<TaskRecord> tasks = TaskStore::load(database, false, &error);
    if (!error.isEmpty()) {
        printErr(error);
        return Failure;
    }
    const IndicatorStatus indicators = IndicatorStatus::compute(database, asOf, &error);
    if (!error.isEmpty()) {
        printErr(error);
        return Failure;
    }
    // Communes per colour for the latest period assessed up to the date.
    const QString communePeriod = CommuneStore::latestPeriod(database, asOf, &error);
    const QVector<StoredAssessment> communes =
        communePeriod.isEmpty() ? QVector<StoredAssessment>() : CommuneStore::load(database, communePeriod, &error);
    if (!error.isEmpty()) {
        printErr(error);
        return Failure;
    }
    QJsonObject json = TaskStatistics::compute(tasks, asOf, dueSoonDays).toJson();
    json.insert(QStringLiteral("indicators"), indicators.figures().toJson());
    QJsonObject communeFigures = CommuneStore::counts(communes).toJson();
    communeFigures.insert(QStringLiteral("period"), communePeriod.isEmpty() ? QJsonValue() : QJsonValue(communePeriod));
    json.insert(QStringLiteral("communes"), communeFigures);
    printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    return Success;
}

int CommandLine::exportTable(const QString &path, const QString &table, const QDate &asOf, int dueSoonDays,
                             const QString &out, const QString &period)
{
    const bool tasksTable = table == QLatin1String("tasks");
    const bool communesTable = table == QLatin1String("communes");
    const bool unitReportsTable = table == QLatin1String("unit-reports");
    const bool meetingsTable = table == QLatin1String("meetings");
    if (!tasksTable && !communesTable && !unitReportsTable && !meetingsTable && table != QLatin1String("indicators")) {
        printErr(tr("Unknown table %1. Tables: tasks, indicators, communes, unit-reports, meetings.").arg(table));
        return UsageError;
    }
    if (TableExport::formatOf(out) == TableExport::Format::Unknown) {
        printErr(tr("The output file %1 must end in one of %2.").arg(out, TableExport::extensions()));
        return UsageError;
    }
    const Period month = unitReportsTable ? (period.isEmpty() ? Period::containing(Period::Kind::Month, asOf)
                                                              : Period::parse(period))
                                          : Period();
    if (unitReportsTable && month.kind() != Period::Kind::Month) {
        printErr(tr("The period %1 is not a month of the form YYYY-MM.").arg(period));
        return UsageError;
    }
    Database database;
    if (!openForReading(database, path))
        return Failure;
    QString error;
    QStringList header;
    QVector<QStringList> rows;
    if (meetingsTable) {
        header = MeetingExport::header();
        rows = MeetingExport::rows(database, asOf, &error);
    } else if (unitReportsTable) {
        header = UnitReportExport::header();
        rows = UnitReportExport::rows(UnitReportStore::load(database, month, asOf, &error));
    } else if (communesTable) {
        const QString chosen = period.isEmpty() ? CommuneStore::latestPeriod(database, asOf, &error) : period;
        const QVector<StoredAssessment> assessments =
            chosen.isEmpty() ? QVector<StoredAssessment>() : CommuneStore::load(database, chosen, &error);
        if (error.isEmpty() && assessments.isEmpty()) {
            printErr(chosen.isEmpty() ? tr("No period has commune colours up to %1.").arg(asOf.toString(Qt::ISODate))
                                      : tr("The period %1 has no commune colours: assess it first.").arg(chosen));
            return Failure;
        }
        header = CommuneExport::header();
        rows = CommuneExport::rows(assessments);
    } else if (tasksTable) {
        header = TaskExport::header();
        rows = TaskExport::rows(TaskStore::load(database, false, &error), asOf, dueSoonDays);
    } else {
        header = IndicatorExport::header();
        rows = IndicatorExport::rows(IndicatorStatus::compute(database, asOf, &error));
    }
    if (!error.isEmpty() || !TableExport::write(out, table, header, rows, &error)) {
        printErr(error);
        return Failure;
    }
    return Success;
}
