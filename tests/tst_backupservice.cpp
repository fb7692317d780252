// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/storage/backupservice.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace {

int settingsIn(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM settings")) && q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return count;
}

void addSetting(const Database &db, int n)
{
    WriteTransaction tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'v', '2026-05-26T00:00:00Z')"));
    q.addBindValue(QStringLiteral("k%1").arg(n));
    QVERIFY(q.exec());
    QVERIFY(tx.commit());
}

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupNowWritesVerifiedCopy()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("ubnd.sqlite"))));
        addSetting(db, 1);
        addSetting(db, 2);
        BackupService service(dir.filePath(QStringLiteral("backups")));
        QString error;
        const QString first = service.backupNow(db, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(first).fileName().startsWith(QStringLiteral("ubnd.manual-")));
        QCOMPARE(settingsIn(first), 2);
        // A second backup in the same second gets its own name: nothing is overwritten.
        const QString second = service.backupNow(db, &error);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QVERIFY(QFileInfo::exists(first));
        QVERIFY(!QFileInfo::exists(first + QStringLiteral(".partial")));
    }

    void readOnlyFileCanBeBackedUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
            addSetting(db, 1);
        }
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadOnly));
        const QString copy = BackupService(dir.filePath(QStringLiteral("b"))).backupNow(db);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(settingsIn(copy), 1);
    }

    void automaticBackupRotates()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("tinh.sqlite"))));
        BackupService service(dir.filePath(QStringLiteral("backups")));
        const QString manual = service.backupNow(db);

        QString error;
        const QString daily = service.automaticBackup(db, 24 * 3600, 3, &error);
        QVERIFY2(!daily.isEmpty(), qPrintable(error));
        // Not due again within the day.
        QVERIFY(service.automaticBackup(db, 24 * 3600, 3).isEmpty());
        QCOMPARE(service.automaticBackups(db).size(), 1);

        QStringList made;
        for (int i = 0; i < 5; ++i) {
            addSetting(db, i);
            made << service.automaticBackup(db, 0, 3);
            QVERIFY(!made.constLast().isEmpty());
        }
        const QStringList kept = service.automaticBackups(db);
        QCOMPARE(kept.size(), 3);
        // The newest three are kept, newest first; the manual copy is never rotated away.
        QCOMPARE(kept.at(0), made.at(4));
        QCOMPARE(kept.at(1), made.at(3));
        QCOMPARE(kept.at(2), made.at(2));
        QCOMPARE(settingsIn(kept.at(0)), 5);
        QVERIFY(QFileInfo::exists(manual));
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
