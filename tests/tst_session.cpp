// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "models/session.h"
#include "models/storage/database.h"

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openKeepsPreviousFileOnFailure()
    {
        QTemporaryDir dir;
        Session session;
        QString error;
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(session.create(good, &error));
        QVERIFY(session.isOpen());
        QVERIFY(!session.open(dir.filePath(QStringLiteral("missing.sqlite")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.sqlite")));
        // A failed open leaves the secretary where they were.
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), good);
    }

    void reopeningTheOpenFileStaysWritable()
    {
        // Choosing the open file again from Recent files must not find it locked by ourselves.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("same.sqlite"));
        Session session;
        QString error;
        QVERIFY(session.create(path, &error));
        QVERIFY2(session.open(path, &error), qPrintable(error));
        QVERIFY(!session.isReadOnly());
        QVERIFY(session.setDueSoonDays(10, &error));
        QVERIFY(session.open(path, &error));
        QCOMPARE(session.dueSoonDays(), 10);
    }

    void closingClearsUndoHistory()
    {
        QTemporaryDir dir;
        Session session;
        QString error;
        QVERIFY(session.create(dir.filePath(QStringLiteral("a.sqlite")), &error));
        session.undoStack()->push(new QUndoCommand(QStringLiteral("edit")));
        QCOMPARE(session.undoStack()->count(), 1);
        QSignalSpy closed(&session, &Session::closed);
        QVERIFY(session.create(dir.filePath(QStringLiteral("b.sqlite")), &error));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void automaticBackupOncePerDay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ubnd.sqlite"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        Session session;
        session.setAutomaticBackup(backups, 7);
        QString error;
        QVERIFY(session.open(path, &error));
        QVERIFY2(!session.lastAutomaticBackup().isEmpty(), qPrintable(session.lastBackupError()));
        QVERIFY(QFile::exists(session.lastAutomaticBackup()));
        QVERIFY(session.open(path, &error));
        QVERIFY(session.lastAutomaticBackup().isEmpty()); // not due again today
        QCOMPARE(QDir(backups).entryList({QStringLiteral("ubnd.auto-*.sqlite")}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
