// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

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
    //! A fresh writable copy of the demo in a new Session whose edits take \a today as today; nullptr
    //! (with a warning) on failure.
    std::unique_ptr<Session> openCopy(const QDate &today);
    //! openSession() with edits taking \a today as today; false (with a warning) on failure.
    bool openSession(Session &session, const QDate &today);
    //! The first column of the first row \a sql returns in \a db, or an invalid QVariant.
    static QVariant scalar(const Database &db, const QString &sql);
    //! The id of the unit with \a code in \a db, or 0.
    static qint64 unitId(const Database &db, const QString &code);

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_copies = 0;
};
