// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTemporaryDir>

class Database;
class Session;

/*!
 * The demo database written once into a temporary folder, and writable copies of it changed by a few
 * statements, for tests that need the demo's figures with one thing altered.
 */
class DemoFixture final
{
public:
    //! Writes the demo; false with a message on failure.
    bool setUp(QString *errorMessage);
    QString path() const { return m_path; }
    //! Opens in \a db a fresh copy of the demo changed by \a statements in one transaction.
    bool openChangedCopy(Database &db, const QStringList &statements);
    //! Opens in \a session a fresh writable copy of the demo, as the app opens a file (edits, undo).
    bool openSession(Session &session, QString *errorMessage);

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_copies = 0;
};
