// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/storage/audit.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhoWhatWhen()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("audit.sqlite"))));
        db.setUserName(QStringLiteral("thư ký"));
        {
            WriteTransaction tx(db);
            QVERIFY(AuditLog::record(db, {QStringLiteral("update"), QStringLiteral("tasks"), 42,
                                          QStringLiteral("deadline_date"), QStringLiteral("2026-06-30"),
                                          QStringLiteral("2026-09-30")}));
            QVERIFY(tx.commit());
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT user, action, entity, record_id, field, old_value, new_value, at "
                                      "FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("thư ký"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("tasks"));
        QCOMPARE(q.value(3).toLongLong(), 42);
        QCOMPARE(q.value(4).toString(), QStringLiteral("deadline_date"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("2026-09-30"));
        const QDateTime at = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QVERIFY(!q.next());
    }

    void rolledBackEditLeavesNoAuditRow()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("audit.sqlite"))));
        {
            WriteTransaction tx(db);
            QVERIFY(AuditLog::record(db, {QStringLiteral("insert"), QStringLiteral("units"), 7, {}, {}, {}}));
            // tx goes out of scope uncommitted: the edit failed, so its audit row must vanish with it.
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
