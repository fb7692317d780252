// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/demo/demobuilder.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setsReadsAndAudits()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("s.sqlite"))));
        QCOMPARE(DatabaseSettings::value(db, Schema::Setting::ReportNumber, QStringLiteral("none")), QStringLiteral("none"));
        QVERIFY(DatabaseSettings::setValue(db, Schema::Setting::ReportNumber, QStringLiteral("45/BC-BCĐ")));
        QVERIFY(DatabaseSettings::setValue(db, Schema::Setting::ReportNumber, QStringLiteral("46/BC-BCĐ")));
        QCOMPARE(DatabaseSettings::value(db, Schema::Setting::ReportNumber), QStringLiteral("46/BC-BCĐ"));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT old_value, new_value FROM audit_log WHERE entity = 'settings' ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("45/BC-BCĐ"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("45/BC-BCĐ"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("46/BC-BCĐ"));
    }

    void readOnlyRefuses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.create(path));
        }
        Database db;
        QVERIFY(db.open(path, Database::Access::ReadOnly));
        QString error;
        QVERIFY(!DatabaseSettings::setValue(db, Schema::Setting::ReportPlace, QStringLiteral("An Giang"), &error));
        QVERIFY(!error.isEmpty());
    }

    void demoIsMarkedIllustrative()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("anywhere-demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(demo, false, &error), qPrintable(error));
        Session session;
        QVERIFY(session.open(demo, &error));
        QVERIFY(session.isIllustrative());
        QVERIFY(session.create(dir.filePath(QStringLiteral("real.sqlite")), &error));
        QVERIFY(!session.isIllustrative());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
