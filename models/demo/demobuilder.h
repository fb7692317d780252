// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

/*!
 * DemoBuilder writes the illustrative An Giang database (DemoContent) into a SteerDesk file: 102
 * communes, wards and special zones, the provincial departments, 271 tasks and 42 pilot models, the
 * seeds' indicators and targets, commune colours, the five meetings with their directives, and units'
 * monthly reports, stated as of 26/05/2026. Everything is written in one transaction with statements
 * prepared once, so a half-written demo can never exist.
 */
class DemoBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    //! Fills an open, empty, writable database with the demo content (one transaction).
    static bool populate(const Database &database, QString *errorMessage);
    //! Creates \a path with Database::create() and populates it; refuses an existing file unless \a
    //! overwrite.
    static bool writeFile(const QString &path, bool overwrite, QString *errorMessage);
};
