// SPDX-License-Identifier: GPL-3.0-or-later
// Units' monthly reports recorded and cleared through EditCommands on a copy of the demo: validation in the
// user's language, one undo step each that restores the rows exactly, audit rows for edits and replays.
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/domain/period.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/unitreports/unitreportstore.h"

class TestUnitReportEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    std::unique_ptr<Session> openCopy() { return m_demo.openCopy(QDate(2026, 5, 26)); }

    static QVariant scalar(Session &s, const QString &sql) { return DemoFixture::scalar(*s.database(), sql); }

    static qint64 unitId(Session &s, const char *code) { return DemoFixture::unitId(*s.database(), QLatin1String(code)); }

    //! Every unit_reports and periods row, as text: compared before and after undo.
    static QString dump(Session &s)
    {
        QSqlQuery q(s.database()->connection());
        QStringList rows;
        q.exec(QStringLiteral(
            "SELECT id, unit_id, period, due_on, received_on, document_number, note FROM unit_reports "
            "ORDER BY id"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
        q.exec(QStringLiteral("SELECT code FROM periods ORDER BY code"));
        while (q.next())
            rows.append(q.value(0).toString());
        return rows.join(QLatin1Char('\n'));
    }

    static UnitReportCounts counts(Session &s, const char *period, const QDate &asOf = QDate(2026, 5, 26))
    {
        return UnitReportStore::counts(
            UnitReportStore::load(*s.database(), Period::parse(QLatin1String(period)), asOf));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void recordAMissingReportThenUndoRedo()
    {
        auto s = openCopy();
        QVERIFY(s);
        EditCommands *commands = s->commands();
        const qint64 ttra = unitId(*s, "TTRA");
        const QString before = dump(*s);
        QSignalSpy changed(commands, &EditCommands::changed);
        QString error;
        QVERIFY2(commands->recordUnitReport(ttra, QStringLiteral("2026-05"), QDate(2026, 5, 25),
                                            QStringLiteral(" 95/BC-TTRA "), QStringLiteral("by e-mail"),
                                            &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("unit_reports"));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(),
                 QStringLiteral("record the report of Provincial Inspectorate for 05/2026"));
        QCOMPARE(counts(*s, "2026-05").missing, 3);
        QCOMPARE(counts(*s, "2026-05").late, 3);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT document_number FROM unit_reports WHERE unit_id = %1 AND "
                                           "period = '2026-05'")
                                .arg(ttra))
                     .toString(),
                 QStringLiteral("95/BC-TTRA"));
        QCOMPARE(scalar(*s, QStringLiteral(
                                "SELECT count(*) FROM audit_log WHERE entity = 'unit_reports' AND "
                                "field = 'received_on' AND new_value = '2026-05-25' AND action = 'update'"))
                     .toInt(),
                 1);
        const QString after = dump(*s);

        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QCOMPARE(counts(*s, "2026-05").missing, 4);
        QVERIFY(scalar(*s, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit_reports' AND "
                                          "action LIKE 'undo:%'"))
                    .toInt() >= 1);
        s->undoStack()->redo();
        QCOMPARE(dump(*s), after);
        QVERIFY(scalar(*s, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit_reports' AND "
                                          "action LIKE 'redo:%'"))
                    .toInt() >= 1);

        // The same values again: nothing differs, no undo step.
        QVERIFY(commands->recordUnitReport(ttra, QStringLiteral("2026-05"), QDate(2026, 5, 25),
                                           QStringLiteral("95/BC-TTRA"), QStringLiteral("by e-mail"),
                                           &error));
        QCOMPARE(s->undoStack()->count(), 1);
    }

    void recordANewMonthAddsRowAndPeriod()
    {
        auto s = openCopy();
        QVERIFY(s);
        s->commands()->setToday(QDate(2027, 1, 18));
        const qint64 ttra = unitId(*s, "TTRA");
        const QString before = dump(*s);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM periods WHERE code = '2027-01'")).toInt(),
                 0);
        QString error;
        QVERIFY2(s->commands()->recordUnitReport(ttra, QStringLiteral("2027-01"), QDate(2027, 1, 18),
                                                 QString(), QString(), &error),
                 qPrintable(error));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(scalar(*s, QStringLiteral(
                                "SELECT due_on FROM unit_reports WHERE unit_id = %1 AND period = '2027-01'")
                                .arg(ttra))
                     .toString(),
                 QStringLiteral("2027-01-20"));
        QVERIFY(scalar(*s, QStringLiteral("SELECT document_number FROM unit_reports WHERE unit_id = %1 AND "
                                          "period = '2027-01'")
                               .arg(ttra))
                    .isNull());
        const UnitReportCounts june = counts(*s, "2027-01", QDate(2027, 1, 21));
        QCOMPARE(june.onTime, 1);
        QCOMPARE(june.missing, 16);
        QCOMPARE(scalar(*s, QStringLiteral(
                                "SELECT count(*) FROM audit_log WHERE entity = 'unit_reports' AND "
                                "action = 'insert' AND field = 'received_on' AND new_value = '2027-01-18'"))
                     .toInt(),
                 1);
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before); // the row and the periods row are gone
    }

    void clearAReport()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 nv = unitId(*s, "SO-NV");
        const QString before = dump(*s);
        const UnitReportCounts was = counts(*s, "2026-05");
        QString error;
        QVERIFY2(s->commands()->clearUnitReport(nv, QStringLiteral("2026-05"), &error), qPrintable(error));
        QCOMPARE(s->undoStack()->undoText(),
                 QStringLiteral("clear the report of Department of Home Affairs for 05/2026"));
        QCOMPARE(counts(*s, "2026-05").missing, was.missing + 1);
        QCOMPARE(counts(*s, "2026-05").total(), 17);
        QVERIFY(
            scalar(*s, QStringLiteral(
                           "SELECT received_on FROM unit_reports WHERE unit_id = %1 AND period = '2026-05'")
                           .arg(nv))
                .isNull());
        QCOMPARE(
            scalar(*s, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'unit_reports' AND "
                                      "field = 'received_on' AND new_value IS NULL AND action = 'update'"))
                .toInt(),
            1);
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        // Clearing again what is already empty is refused.
        QVERIFY(!s->commands()->clearUnitReport(unitId(*s, "TTRA"), QStringLiteral("2026-05"), &error));
        QCOMPARE(error, QStringLiteral("No report of Provincial Inspectorate is recorded for 05/2026."));
        QVERIFY(!s->commands()->clearUnitReport(unitId(*s, "TTRA"), QStringLiteral("2026-06"), &error));
        QCOMPARE(error, QStringLiteral("No report of Provincial Inspectorate is recorded for 06/2026."));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QString>("message");
        QTest::newRow("in the future")
            << QByteArray("TTRA") << QStringLiteral("2026-05") << QDate(2026, 5, 27)
            << QStringLiteral("The received date 27/05/2026 is in the future.");
        QTest::newRow("before the month")
            << QByteArray("TTRA") << QStringLiteral("2026-05") << QDate(2026, 4, 30)
            << QStringLiteral("The report for 05/2026 cannot have been received on "
                              "30/04/2026, before the month began.");
        QTest::newRow("no date") << QByteArray("TTRA") << QStringLiteral("2026-05") << QDate()
                                 << QStringLiteral("Enter the date the report was received.");
        QTest::newRow("a quarter") << QByteArray("TTRA") << QStringLiteral("2026Q2") << QDate(2026, 5, 20)
                                   << QStringLiteral("Choose the month of the report.");
        QTest::newRow("no such unit") << QByteArray("NOPE") << QStringLiteral("2026-05") << QDate(2026, 5, 20)
                                      << QStringLiteral("The unit no longer exists.");
        QTest::newRow("a unit that does not report")
            << QByteArray("TINH-AG") << QStringLiteral("2026-05") << QDate(2026, 5, 20) << QString();
    }

    void validation()
    {
        QFETCH(QByteArray, unit);
        QFETCH(QString, period);
        QFETCH(QDate, received);
        QFETCH(QString, message);
        auto s = openCopy();
        QVERIFY(s);
        qint64 id = unitId(*s, unit.constData());
        if (unit == "TINH-AG") // the province: whatever its code, the first unit that owes no report
            id = scalar(*s, QStringLiteral("SELECT min(id) FROM units WHERE reports_monthly = 0"))
                     .toLongLong();
        const QString before = dump(*s);
        QString error;
        QVERIFY(!s->commands()->recordUnitReport(id, period, received, QString(), QString(), &error));
        if (message.isEmpty())
            QVERIFY2(error.endsWith(QStringLiteral(" does not owe monthly reports.")), qPrintable(error));
        else
            QCOMPARE(error, message);
        QCOMPARE(s->undoStack()->count(), 0);
        QCOMPARE(dump(*s), before);
    }
};

QTEST_GUILESS_MAIN(TestUnitReportEdits)
#include "tst_unitreportedits.moc"
