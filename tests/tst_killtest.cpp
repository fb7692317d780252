// SPDX-License-Identifier: GPL-3.0-or-later
// A child commits a stream of edits and is killed with SIGKILL at random moments, many times. After
// each kill the file must pass integrity_check, and every edit the child reported committed must be
// there with its audit row: "never lose a figure".
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include "models/storage/database.h"

class TestKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedEditsSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        constexpr int Rounds = 30;
        QSet<qint64> reported;
        qint64 next = 1;
        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(KILLHELPER_BINARY),
                        {QStringLiteral("stream"), path, QString::number(next)});
            QVERIFY(child.waitForStarted());
            // Let it commit for a random while, then kill it without warning, mid-transaction or not.
            QTest::qWait(int(random.bounded(20, 400)));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines)
                if (line.startsWith("committed "))
                    reported.insert(line.mid(10).toLongLong());

            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QVERIFY2(!db.isReadOnly(), qPrintable(db.readOnlyReason())); // the dead child's lock cleared itself
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<qint64> present;
            QVERIFY(q.exec(QStringLiteral("SELECT CAST(value AS INTEGER) FROM settings WHERE key LIKE 'kill-test/%'")));
            while (q.next())
                present.insert(q.value(0).toLongLong());
            QSet<qint64> audited;
            QVERIFY(q.exec(QStringLiteral("SELECT record_id FROM audit_log WHERE entity = 'settings'")));
            while (q.next())
                audited.insert(q.value(0).toLongLong());
            for (qint64 n : std::as_const(reported)) {
                QVERIFY2(present.contains(n), qPrintable(QStringLiteral("edit %1 reported committed is missing").arg(n)));
                QVERIFY2(audited.contains(n), qPrintable(QStringLiteral("audit row of edit %1 is missing").arg(n)));
            }
            // An edit is there with its audit row or not at all.
            QCOMPARE(present, audited);
            for (qint64 n : std::as_const(present))
                next = qMax(next, n + 1);
        }
        qInfo("%d rounds, %lld edits reported committed, all present", Rounds, qint64(reported.size()));
        QVERIFY(reported.size() > Rounds); // the child did work between the kills
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_killtest.moc"
