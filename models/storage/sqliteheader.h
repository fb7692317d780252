// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/*!
 * SqliteHeader reads the first 100 bytes of a file the way SQLite lays them out, without opening the
 * file through SQLite. SteerDesk decides from it whether a file is an SQLite database at all, whether it
 * is one of ours, and whether it was cut short, before anything can write to it.
 */
struct SqliteHeader
{
    enum class Kind {
        Unreadable, //!< could not be read (permissions, I/O)
        Empty,      //!< zero bytes
        NotSqlite,  //!< no SQLite magic string
        Damaged,    //!< magic present but fields impossible
        Truncated,  //!< shorter than the page count says
        Valid,
    };

    Kind kind = Kind::Unreadable;
    qint64 fileSize = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; //!< 0 when the in-header size is not trustworthy
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;

    static SqliteHeader read(const QString &path);
};
