// SPDX-License-Identifier: GPL-3.0-or-later
// steerdesk: the GUI when started without a command, the headless commands otherwise.
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include "app/commandline.h"
#include "models/demo/demobuilder.h"
#include "models/i18n/language.h"
#include "models/session.h"
#include "models/storage/datapaths.h"
#include "ui/fonts.h"
#include "ui/mainwindow.h"

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SteerDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("steerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEERDESK_VERSION));
}

QString chosenLanguage(const QStringList &arguments)
{
    return Language::startupLanguage(CommandLine::languageOption(arguments));
}

int runCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    Language::install(chosenLanguage(arguments));
    return CommandLine::run(arguments);
}

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SteerDesk"));
    const QStringList arguments = QCoreApplication::arguments();
    Fonts::registerBundled();
    Language::install(chosenLanguage(arguments));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo database."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Language: vi or en."),
                                        QCoreApplication::translate("main", "language"));
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "Database file to open."),
                                 QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);

    Session session;
    session.setAutomaticBackup(DataPaths::backupFolder());
    QString path = parser.positionalArguments().value(0);
    QString error;
    if (parser.isSet(demoOption)) {
        path = DataPaths::demoDatabasePath();
        if (!QFileInfo::exists(path) && !DemoBuilder::writeFile(path, false, &error))
            path.clear();
    }
    MainWindow window(&session);
    window.show();
    if (!error.isEmpty())
        QMessageBox::critical(&window, QCoreApplication::translate("main", "SteerDesk"), error);
    else if (!path.isEmpty())
        window.openFile(path); // tells the user why, and remembers it in the recent files
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::handles(arguments))
        return runCommand(argc, argv);
    return runGui(argc, argv);
}
