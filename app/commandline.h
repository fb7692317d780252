// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;
class QDate;

/*!
 * The headless commands of `steerdesk` (init, demo, check, stats, export; later import, chart, slides,
 * report). Each prints errors to stderr in the user's language and returns the process exit code:
 * 0 success, 1 failure, 2 wrong usage.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    //! True when the first positional argument of \a arguments names a command.
    static bool handles(const QStringList &arguments);
    //! Runs the command; a QCoreApplication must exist.
    static int run(const QStringList &arguments);
    //! The value of --lang in \a arguments, or empty.
    static QString languageOption(const QStringList &arguments);

private:
    static int init(const QStringList &positional);
    static int demo(const QString &out, bool force);
    static int check(const QStringList &positional);
    //! Task figures (TaskStatistics), under "indicators" targets in force and achieved, and under
    //! "communes" the communes per colour of the latest period assessed up to \a asOf, as JSON.
    static int stats(const QString &path, const QDate &asOf, int dueSoonDays);
    //! The tasks or indicators table of INTERCHANGE.md as of \a asOf, or the communes table of \a period
    //! (empty: the latest assessed up to \a asOf), or the units' reports of month \a period (empty: the month
    //! of \a asOf) with their status as of \a asOf, to a .csv file.
    static int exportTable(const QString &path, const QString &table, const QDate &asOf, int dueSoonDays,
                           const QString &out, const QString &period);
    static bool openForReading(Database &database, const QString &path);
};
