// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

/*!
 * DatabaseCheck inspects a SteerDesk file without changing it: it opens it read-only, runs SQLite's
 * integrity_check and foreign_key_check and counts the rows of every table. `steerdesk check` prints it.
 */
class DatabaseCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static DatabaseCheck run(const QString &path);

    bool opened = false;
    bool healthy = false;
    int schemaVersion = 0;
    QString journalMode;
    QString error;                            //!< why it could not be opened
    QStringList problems;                     //!< integrity and foreign-key findings; empty when healthy
    QList<QPair<QString, qint64>> rowCounts;  //!< table → rows, by table name

    //! The report printed by `steerdesk check`, in the user's language.
    QString toText(const QString &path) const;
};
