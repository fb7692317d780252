// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>

#include "models/demo/demobuilder.h"
#include "models/storage/database.h"
#include "models/storage/databasecheck.h"

namespace {

const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("check")};
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
                                        "  check FILE              print data version, integrity and row counts"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: vi or en."), tr("language"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("File to write."), tr("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Overwrite an existing file."));
    parser.addOption(langOption);
    parser.addOption(outOption);
    parser.addOption(forceOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, demo or check"));

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
