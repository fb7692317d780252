// SPDX-License-Identifier: GPL-3.0-or-later
// Every way a file can be opened, each with a real file on disk.
#include <QCryptographicHash>
#include <QFile>
#include <QSysInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include "models/storage/database.h"
#include "models/storage/migrations.h"
#include "models/storage/writetransaction.h"

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

//! Runs SQL on \a path through a plain connection, as another program would.
QVariant rawExec(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
}

QStringList tables(const Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

bool insertSetting(const Database &db, const QString &key)
{
    WriteTransaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', '2026-05-26T00:00:00Z')"));
    q.addBindValue(key);
    return tx.isActive() && q.exec() && tx.commit();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsFreshFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        Database db;
        QVERIFY2(db.create(path), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(db.journalMode(), QStringLiteral("wal"));
        const QStringList names = tables(db);
        for (const char *table : {"units", "tasks", "indicators", "targets", "observations", "meetings",
                                  "audit_log", "settings"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        // While open, a second SteerDesk is kept out by the lock beside the file.
        QVERIFY(QFile::exists(Database::lockPathFor(path)));
        db.close();
        QVERIFY(!QFile::exists(Database::lockPathFor(path)));
    }

    void createNeverOverwrites()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the secretary's notes");
        f.close();
        Database db;
        QVERIFY(!db.create(path));
        QCOMPARE(db.error(), Database::Error::AlreadyExists);
        QVERIFY(db.errorString().contains(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the secretary's notes"));
    }

    void reopensAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            QVERIFY(insertSetting(db, QStringLiteral("a")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(rawExec(path, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'a'")).toInt(), 1);
    }

    void migratesFromVersion1Fixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(STEERDESK_SOURCE_DIR "/tests/fixtures/v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(rawExec(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const int unitsBefore = rawExec(path, QStringLiteral("SELECT count(*) FROM units")).toInt();
        QVERIFY(unitsBefore > 0);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(tables(db).contains(QStringLiteral("settings")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM units")) && q.next());
        QCOMPARE(q.value(0).toInt(), unitsBefore);
        // The verified copy of the old file is there, still at version 1.
        const QString backup = db.migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(rawExec(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(rawExec(backup, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(rawExec(backup, QStringLiteral("SELECT count(*) FROM units")).toInt(), unitsBefore);
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NewerSchema);
        QVERIFY(db.errorString().contains(QStringLiteral("99")));
        QVERIFY(db.errorString().contains(QString::number(Migrations::latestVersion())));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(Database::lockPathFor(path)));
    }

    void refusesOtherFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("Báo cáo kết quả 5 tháng đầu năm 2026\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("xlsx-like zip") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8);
    }

    void refusesOtherFilesUntouched()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("other.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NotSteerDesk);
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        rawExec(path, QStringLiteral("CREATE TABLE notes (t TEXT)"));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NotSteerDesk);
        QVERIFY(db.errorString().contains(QStringLiteral("another program")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesTruncatedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            for (int i = 0; i < 300; ++i)
                QVERIFY(insertSetting(db, QStringLiteral("key-%1-%2").arg(i).arg(QString(200, QLatin1Char('x')))));
        }
        QFile f(path);
        const qint64 full = f.size();
        QVERIFY(full > 8 * 4096);
        QVERIFY(f.resize(full / 2));
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::Corrupt);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(f.size(), full / 2);
    }

    void refusesDamagedHeaderUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write("\x00\x07", 2); // page size 7: impossible
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void opensReadOnlyFileReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            QVERIFY(insertSetting(db, QStringLiteral("kept")));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QVERIFY(db.isReadOnly());
            QVERIFY(!db.readOnlyReason().isEmpty());
            QVERIFY(!insertSetting(db, QStringLiteral("refused")));
            WriteTransaction tx(db);
            QVERIFY(!tx.isActive());
            QVERIFY(!tx.errorString().isEmpty());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'kept'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(!QFile::exists(Database::lockPathFor(path)));
        }
        QCOMPARE(fileHash(path), before);
        // Without the fallback, the caller is told it cannot be written.
        Database strict;
        QVERIFY(!strict.open(path, Database::Access::ReadWrite, false));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyAccessWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro-access.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        const QByteArray before = fileHash(path);
        {
            Database db;
            QVERIFY(db.open(path, Database::Access::ReadOnly));
            QVERIFY(db.isReadOnly());
            QVERIFY(!insertSetting(db, QStringLiteral("x")));
            QVERIFY(!QFile::exists(Database::lockPathFor(path)));
        }
        QCOMPARE(fileHash(path), before);
    }

    void lockedByAnotherProcess()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            QVERIFY(insertSetting(db, QStringLiteral("before")));
        }
        QProcess holder;
        holder.start(QStringLiteral(KILLHELPER_BINARY), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(20000));
        QVERIFY(holder.readLine().startsWith("ready"));

        Database strict;
        QVERIFY(!strict.open(path, Database::Access::ReadWrite, false));
        QCOMPARE(strict.error(), Database::Error::Locked);
        QCOMPARE(strict.lockOwner().pid, holder.processId());
        QVERIFY(strict.errorString().contains(QString::number(holder.processId())));

        {
            Database reader;
            QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
            QVERIFY(reader.isReadOnly());
            QVERIFY(reader.readOnlyReason().contains(QString::number(holder.processId())));
            QVERIFY(!insertSetting(reader, QStringLiteral("refused")));
            QSqlQuery q(reader.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'before'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }

        // The holder crashes: its lock stays behind, and is cleared by itself on the next open.
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(Database::lockPathFor(path)));
        Database after;
        QVERIFY2(after.open(path), qPrintable(after.errorString()));
        QVERIFY(!after.isReadOnly());
        QVERIFY(insertSetting(after, QStringLiteral("after crash")));
    }

    void clearsStaleLockOfDeadProcess()
    {
        const QString path = m_dir.filePath(QStringLiteral("stale.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        // A lock left by a process that no longer exists on this machine, written as QLockFile writes it.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
        QFile lock(Database::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nsteerdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY2(!db.isReadOnly(), qPrintable(db.readOnlyReason()));
    }

    void missingFile()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));
        QCOMPARE(db.error(), Database::Error::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));
    }

    void backupIsVerifiedCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("tobackup.sqlite"));
        Database db;
        QVERIFY(db.create(path));
        QVERIFY(insertSetting(db, QStringLiteral("figure")));
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(db.backupTo(copy, &error), qPrintable(error));
        QCOMPARE(rawExec(copy, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'figure'")).toInt(), 1);
        QCOMPARE(rawExec(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // A backup never overwrites.
        QVERIFY(!db.backupTo(copy, &error));
        QVERIFY(error.contains(copy));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
