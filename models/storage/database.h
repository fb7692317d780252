// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

/*!
 * Database owns one named QSQLITE connection to one SteerDesk file and everything that keeps that file
 * safe: the header checks before anything is written, the pragmas (foreign keys, WAL or DELETE journal,
 * synchronous=FULL, busy timeout), the app-level lock beside the file, and the migration ladder with a
 * verified backup taken before the first step. A Database that failed to open leaves the file untouched
 * and says why in the user's language (errorString()).
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    enum class Error {
        None,
        NotFound,      //!< no file at the path
        AlreadyExists, //!< create() refused to overwrite
        NotSteerDesk,  //!< not an SQLite file, or an SQLite file of another application
        Corrupt,       //!< SQLite file whose header or pages are damaged or truncated
        NewerSchema,   //!< written by a newer SteerDesk
        Locked,        //!< another SteerDesk writes it (see lockOwner())
        MigrationFailed,
        Io,
    };

    //! Who holds the lock of a file that another SteerDesk has open.
    struct LockOwner
    {
        qint64 pid = 0;
        QString host;
        QString application;
    };

    //! 'SDSK' in the SQLite header's application_id field.
    static constexpr int ApplicationId = 0x5344534B;

    explicit Database(const QString &connectionName = QString());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! The schema version this build writes and reads (the top of the migration ladder).
    static int latestSchemaVersion();

    //! Creates a new database file at \a path with the latest schema; never overwrites an existing file.
    bool create(const QString &path);

    /*!
     * Opens an existing SteerDesk file. With Access::ReadWrite the file is locked for this process,
     * migrated if it is older, and every edit is committed at once. When the file, its folder or the lock
     * forbids writing, the file still opens read-only if \a allowReadOnlyFallback, and readOnlyReason()
     * says why; with Access::ReadOnly nothing is ever written, not even the lock.
     */
    bool open(const QString &path, Access access = Access::ReadWrite, bool allowReadOnlyFallback = true);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    //! Why the file is open read-only, in the user's language (empty when writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    //! "wal" or "delete": the journal mode in force.
    QString journalMode() const { return m_journalMode; }

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    LockOwner lockOwner() const { return m_lockOwner; }

    //! Path of the verified backup written before the last migration (empty when none was needed).
    QString migrationBackupPath() const { return m_migrationBackup; }

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    //! The person named in audit rows: the operating-system user unless set.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    /*!
     * Writes a consistent copy of the open database to \a destination (never overwriting it) and
     * verifies the copy: it must open, pass integrity_check and carry this file's schema version.
     */
    bool backupTo(const QString &destination, QString *errorMessage = nullptr) const;

    //! The lock file that sits beside a database file.
    static QString lockPathFor(const QString &databasePath);

private:
    bool fail(Error error, const QString &message);
    bool openConnection(bool readOnly, bool immutable);
    bool readHeaderPragmas(int *applicationId, int *userVersion);
    bool applyPragmas();
    bool takeLock();
    bool migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    QString m_userName;
    QString m_journalMode;
    QString m_readOnlyReason;
    QString m_errorString;
    QString m_migrationBackup;
    std::unique_ptr<QLockFile> m_lock;
    LockOwner m_lockOwner;
    Error m_error = Error::None;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
};
