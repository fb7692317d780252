// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/database.h"

#include <atomic>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include "models/storage/migrations.h"
#include "models/storage/sqliteheader.h"

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("steerdesk-%1").arg(++counter);
}

QString osUserName()
{
    // The audit log names who changed what: the login name, however the session was started.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("?") : home;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool execOne(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool good = q.exec(sql) && q.next();
    if (ok)
        *ok = good;
    return good ? q.value(0) : QVariant();
}

//! Runs a whole SQL script (several statements, triggers) through SQLite itself.
bool execScript(const QSqlDatabase &db, const QByteArray &script, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

bool directoryWritable(const QString &path)
{
    const QFileInfo dir(QFileInfo(path).absolutePath());
    return dir.isWritable();
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty() ? nextConnectionName() : connectionName)
    , m_userName(osUserName())
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool Database::fail(Error error, const QString &message)
{
    close();
    m_error = error;
    m_errorString = message;
    return false;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset(); // unlocks
    m_schemaVersion = 0;
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_journalMode.clear();
}

bool Database::openConnection(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (immutable) {
        // A read-only file in a read-only folder: SQLite cannot create the WAL index, so it reads the
        // file as a snapshot that nobody changes.
        QUrl url = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(m_path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    return db.open();
}

bool Database::readHeaderPragmas(int *applicationId, int *userVersion)
{
    const QSqlDatabase db = connection();
    bool ok1 = false, ok2 = false, ok3 = false;
    *applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &ok1).toInt();
    *userVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &ok2).toInt();
    // Reading the schema touches page 1 and the schema pages: a damaged file fails here.
    scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &ok3);
    return ok1 && ok2 && ok3;
}

bool Database::applyPragmas()
{
    QSqlDatabase db = connection();
    QString error;
    if (!execOne(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        || !execOne(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &error)
        // Up to 128 MB of pages stay in memory (allocated only as read), so that the task register and
        // the indicator grids re-query a province's file without going back to the disk. No mmap: a
        // file cut short under a mapping would crash the app instead of giving an error.
        || !execOne(db, QStringLiteral("PRAGMA cache_size = -131072"), &error))
        return fail(Error::Io, tr("SteerDesk could not prepare the file %1: %2").arg(m_path, error));
    if (m_readOnly) {
        m_journalMode = scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower();
        return true;
    }
    // WAL keeps readers and the writer apart and survives crashes; on file systems without shared
    // memory (some network shares) SQLite refuses it and we fall back to a rollback journal.
    m_journalMode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString().toLower();
    if (m_journalMode != QLatin1String("wal"))
        m_journalMode = scalar(db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString().toLower();
    if (!execOne(db, QStringLiteral("PRAGMA synchronous = FULL"), &error))
        return fail(Error::Io, tr("SteerDesk could not prepare the file %1: %2").arg(m_path, error));
    return true;
}

bool Database::takeLock()
{
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    // Age never makes a lock stale: SteerDesk keeps a file open for hours. Qt still clears a lock whose
    // process is gone (a crash), which is exactly the stale lock we want to clear by ourselves.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->getLockInfo(&pid, &host, &app))
            m_lockOwner = LockOwner{pid, host, app};
    }
    const QLockFile::LockError lockError = m_lock->error();
    m_lock.reset();
    m_error = lockError == QLockFile::LockFailedError ? Error::Locked : Error::Io;
    return false;
}

bool Database::create(const QString &path)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(m_path))
        return fail(Error::AlreadyExists, tr("The file %1 already exists; SteerDesk does not overwrite it.").arg(m_path));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(Error::Io, tr("The folder of %1 cannot be created.").arg(m_path));

    // Build the schema in a side file and rename it into place, so a crash never leaves half a database.
    const QString building = m_path + QStringLiteral(".creating");
    QFile::remove(building);
    const QString finalPath = m_path;
    m_path = building;
    if (!openConnection(false, false))
        return fail(Error::Io, tr("The file %1 cannot be created: %2").arg(finalPath, connection().lastError().text()));
    QSqlDatabase db = connection();
    QString error;
    execOne(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!execOne(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        || !execOne(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &error)
        || !migrate(0)) {
        const QString reason = error.isEmpty() ? m_errorString : error;
        close();
        QFile::remove(building);
        m_path = finalPath;
        return fail(Error::Io, tr("The file %1 cannot be created: %2").arg(finalPath, reason));
    }
    db = QSqlDatabase();
    close();
    if (!QFile::rename(building, finalPath)) {
        QFile::remove(building);
        m_path = finalPath;
        return fail(Error::Io, tr("The file %1 cannot be created.").arg(finalPath));
    }
    return open(finalPath, Access::ReadWrite, false);
}

bool Database::open(const QString &path, Access access, bool allowReadOnlyFallback)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_lockOwner = LockOwner();
    m_migrationBackup.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    if (!info.exists())
        return fail(Error::NotFound, tr("The file %1 does not exist.").arg(m_path));
    if (!info.isFile())
        return fail(Error::NotSteerDesk, tr("%1 is a folder, not a SteerDesk database file.").arg(m_path));

    // Everything about the file is decided from its header before SQLite may write a byte to it.
    const SqliteHeader header = SqliteHeader::read(m_path);
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    switch (header.kind) {
    case SqliteHeader::Kind::Unreadable:
        return fail(Error::Io, tr("The file %1 cannot be read (check its permissions).").arg(m_path));
    case SqliteHeader::Kind::Empty:
    case SqliteHeader::Kind::NotSqlite:
        return fail(Error::NotSteerDesk, tr("%1 is not a SteerDesk database.").arg(m_path));
    case SqliteHeader::Kind::Damaged:
        return fail(Error::Corrupt, tr("The file %1 is damaged and cannot be opened. It has not been changed; "
                                       "open one of its backups instead.").arg(m_path));
    case SqliteHeader::Kind::Truncated:
        // An interrupted checkpoint can leave the main file short while the WAL still holds the pages.
        if (!(wal.exists() && wal.size() > 0))
            return fail(Error::Corrupt, tr("The file %1 is incomplete (cut short, %2 bytes) and cannot be opened. "
                                           "It has not been changed; open one of its backups instead.")
                                            .arg(m_path)
                                            .arg(header.fileSize));
        break;
    case SqliteHeader::Kind::Valid:
        break;
    }
    if (header.applicationId != ApplicationId)
        return fail(Error::NotSteerDesk, tr("%1 is a database of another program, not a SteerDesk database.").arg(m_path));
    if (header.userVersion > latestSchemaVersion())
        return fail(Error::NewerSchema, tr("The file %1 was saved by a newer SteerDesk (data version %2). This version "
                                           "reads data versions up to %3: install a newer SteerDesk to open it.")
                                            .arg(m_path)
                                            .arg(header.userVersion)
                                            .arg(latestSchemaVersion()));

    // Decide read-only before connecting: then nothing will try to write.
    m_readOnly = access == Access::ReadOnly;
    QString reason;
    // Mode bits count even for an administrator, who may write anything: a file the user marked
    // read-only is treated as read-only.
    if (!m_readOnly && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
        reason = tr("The file is read-only.");
    else if (!m_readOnly && !directoryWritable(m_path))
        reason = tr("The folder of the file is read-only.");
    if (!reason.isEmpty()) {
        if (!allowReadOnlyFallback)
            return fail(Error::Io, tr("%1 cannot be written: %2").arg(m_path, reason));
        m_readOnly = true;
    }
    if (!m_readOnly && !takeLock()) {
        const Error lockError = m_error;
        const LockOwner owner = m_lockOwner;
        const QString who = owner.pid > 0
            ? tr("another SteerDesk (process %1 on %2) has it open").arg(owner.pid).arg(owner.host)
            : tr("its lock file cannot be created");
        if (!allowReadOnlyFallback) {
            fail(lockError, tr("%1 cannot be written: %2.").arg(m_path, who));
            m_lockOwner = owner;
            return false;
        }
        m_error = Error::None;
        m_lockOwner = owner;
        m_readOnly = true;
        reason = tr("Opened read-only because %1.").arg(who);
    }
    m_readOnlyReason = reason;

    bool connected = openConnection(m_readOnly, false);
    int appId = 0, version = 0;
    bool readable = connected && readHeaderPragmas(&appId, &version);
    if (!readable && m_readOnly) {
        // The WAL index cannot be created beside a read-only file: read it as an immutable snapshot.
        close();
        m_readOnly = true;
        m_readOnlyReason = reason;
        connected = openConnection(true, true);
        readable = connected && readHeaderPragmas(&appId, &version);
    }
    if (!readable) {
        const QString sqlError = connection().lastError().text();
        return fail(Error::Corrupt, tr("The file %1 is damaged and cannot be opened (%2). It has not been changed; "
                                       "open one of its backups instead.").arg(m_path, sqlError));
    }
    if (appId != ApplicationId)
        return fail(Error::NotSteerDesk, tr("%1 is not a SteerDesk database.").arg(m_path));
    if (version > latestSchemaVersion())
        return fail(Error::NewerSchema, tr("The file %1 was saved by a newer SteerDesk (data version %2). This version "
                                           "reads data versions up to %3: install a newer SteerDesk to open it.")
                                            .arg(m_path)
                                            .arg(version)
                                            .arg(latestSchemaVersion()));
    if (version < 1)
        return fail(Error::Corrupt, tr("The file %1 is incomplete (it has no tables) and cannot be opened.").arg(m_path));

    if (!applyPragmas())
        return false;
    m_schemaVersion = version;
    if (version < latestSchemaVersion()) {
        if (m_readOnly) {
            // A read-only file cannot be upgraded: it still opens so that it can be read and checked.
            m_readOnlyReason += (m_readOnlyReason.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("It uses the older data version %1 and can only be upgraded when it can be written.").arg(version);
            return true;
        }
        if (!migrate(version))
            return false;
    }
    return true;
}

bool Database::migrate(int fromVersion)
{
    // A verified copy comes first; an existing file is never upgraded without one.
    if (fromVersion > 0) {
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QFileInfo info(m_path);
        const QString backup = info.absoluteDir().filePath(
            QStringLiteral("%1.v%2-%3.backup.sqlite").arg(info.completeBaseName()).arg(fromVersion).arg(stamp));
        QString error;
        m_schemaVersion = fromVersion;
        if (!backupTo(backup, &error))
            return fail(Error::MigrationFailed, tr("The file %1 was not upgraded because its backup failed: %2")
                                                    .arg(m_path, error));
        m_migrationBackup = backup;
    }
    for (const Migrations::Step &step : Migrations::ladder()) {
        if (step.version <= fromVersion)
            continue;
        QSqlDatabase db = connection();
        const QByteArray sql = Migrations::sql(step);
        QString error;
        if (sql.isEmpty())
            error = QStringLiteral("missing %1").arg(step.resource);
        // One step, one transaction: the schema change and its version number land together.
        else if (!execOne(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        } else if (!execScript(db, sql, &error)
                   || !execOne(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), &error)
                   || !execOne(db, QStringLiteral("PRAGMA foreign_key_check"), &error)
                   || !execOne(db, QStringLiteral("COMMIT"), &error)) {
            execOne(db, QStringLiteral("ROLLBACK"));
        } else {
            m_schemaVersion = step.version;
            continue;
        }
        db = QSqlDatabase(); // fail() closes the connection: hold no handle to it
        const QString where = m_migrationBackup.isEmpty()
            ? QString()
            : tr(" The file is unchanged at version %1; a copy was saved as %2.").arg(m_schemaVersion).arg(m_migrationBackup);
        return fail(Error::MigrationFailed,
                    tr("Upgrading %1 to data version %2 failed: %3.").arg(m_path).arg(step.version).arg(error) + where);
    }
    return true;
}

bool Database::backupTo(const QString &destination, QString *errorMessage) const
{
    auto failWith = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!isOpen())
        return failWith(tr("No database is open."));
    if (QFileInfo::exists(destination))
        return failWith(tr("%1 already exists; backups never overwrite a file.").arg(destination));
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return failWith(tr("The backup folder %1 cannot be created.").arg(QFileInfo(destination).absolutePath()));

    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery vacuum(connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        QFile::remove(partial);
        return failWith(tr("The backup %1 could not be written: %2").arg(destination, vacuum.lastError().text()));
    }
    vacuum.finish();

    // Verification: the copy opens, passes integrity_check and holds the same rows as the original.
    QString problem;
    {
        const QString name = m_connectionName + QStringLiteral("-verify");
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            copy.setDatabaseName(partial);
            copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!copy.open()) {
                problem = copy.lastError().text();
            } else {
                const QString integrity = scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString();
                if (integrity != QLatin1String("ok"))
                    problem = integrity;
                else if (scalar(copy, QStringLiteral("PRAGMA application_id")).toInt() != ApplicationId
                         || scalar(copy, QStringLiteral("PRAGMA user_version")).toInt() != m_schemaVersion)
                    problem = tr("the copy carries another data version");
                else {
                    QSqlQuery tables(connection());
                    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
                    while (problem.isEmpty() && tables.next()) {
                        const QString count = QStringLiteral("SELECT count(*) FROM \"%1\"").arg(tables.value(0).toString());
                        if (scalar(connection(), count).toLongLong() != scalar(copy, count).toLongLong())
                            problem = tr("table %1 differs").arg(tables.value(0).toString());
                    }
                }
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        return failWith(tr("The backup %1 failed its verification (%2) and was deleted.").arg(destination, problem));
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return failWith(tr("The backup %1 could not be written.").arg(destination));
    }
    return true;
}
