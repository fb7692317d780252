// SPDX-License-Identifier: GPL-3.0-or-later
// The month × unit matrix of the demo's reports under QAbstractItemModelTester: 17 units × the months
// asked for, a cell showing the received date or "Missing", and the roles exports and delegates use.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include "demofixture.h"

#include "models/storage/database.h"
#include "models/unitreports/unitreportmatrixmodel.h"

class TestUnitReportMatrixModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;

    static int rowOf(const UnitReportMatrixModel &model, const QString &code)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.headerData(row, Qt::Vertical, Qt::ToolTipRole).toString() == code)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
    }

    void matrixOfTheDemo()
    {
        UnitReportMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QString error;
        QVERIFY2(model.load(m_db, Period::parse(QStringLiteral("2026-03")),
                            Period::parse(QStringLiteral("2026-06")), QDate(2026, 5, 26), &error),
                 qPrintable(error));
        QCOMPARE(model.rowCount(), 17);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("03/2026"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, UnitReportMatrixModel::PeriodRole).toString(),
                 QStringLiteral("2026-05"));

        const int inspectorate = rowOf(model, QStringLiteral("TTRA"));
        QVERIFY(inspectorate >= 0);
        QCOMPARE(model.headerData(inspectorate, Qt::Vertical).toString(),
                 QStringLiteral("Provincial Inspectorate"));
        const QModelIndex may = model.index(inspectorate, 2);
        QCOMPARE(may.data().toString(), QStringLiteral("Missing"));
        QCOMPARE(may.data(UnitReportMatrixModel::StatusRole).toInt(), int(UnitReportStatus::Missing));
        QVERIFY(!may.data(UnitReportMatrixModel::RawValueRole).isValid());
        QCOMPARE(may.data(UnitReportMatrixModel::PeriodRole).toString(), QStringLiteral("2026-05"));
        QCOMPARE(may.data(UnitReportMatrixModel::DueDateRole).toDate(), QDate(2026, 5, 20));
        QVERIFY(may.data(Qt::ToolTipRole).toString().contains(QStringLiteral("6 day")));
        QCOMPARE(model.headerData(inspectorate, Qt::Vertical, UnitReportMatrixModel::UnitIdRole),
                 may.data(UnitReportMatrixModel::UnitIdRole));

        // A received report shows its date as day/month; its raw value is the date.
        const QModelIndex march = model.index(inspectorate, 0);
        const QDate received = march.data(UnitReportMatrixModel::RawValueRole).toDate();
        QVERIFY(received.isValid());
        QCOMPARE(march.data().toString(), received.toString(QStringLiteral("dd/MM")));
        const int status = march.data(UnitReportMatrixModel::StatusRole).toInt();
        QVERIFY(status == int(UnitReportStatus::OnTime) || status == int(UnitReportStatus::Late));

        // June is not yet due on 26/05: empty cells, status NotDue.
        const QModelIndex june = model.index(inspectorate, 3);
        QVERIFY(june.data().toString().isEmpty());
        QCOMPARE(june.data(UnitReportMatrixModel::StatusRole).toInt(), int(UnitReportStatus::NotDue));

        // Per-month counts match the store.
        QCOMPARE(model.countsOf(2).missing, 4);
        QCOMPARE(model.countsOf(2).late, 2);
        QCOMPARE(model.countsOf(3).notDue, 17);
        int missingCells = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            missingCells += model.index(row, 2).data().toString() == QStringLiteral("Missing") ? 1 : 0;
        QCOMPARE(missingCells, 4);

        // Reloading another range resets the model.
        QVERIFY(model.load(m_db, Period::parse(QStringLiteral("2026-05")),
                           Period::parse(QStringLiteral("2026-05")), QDate(2026, 6, 30)));
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.rowCount(), 17);
        QVERIFY(!model.index(0, 1).isValid());
    }

    void cellOfAUnitThatOwedNothing()
    {
        Database db;
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("UPDATE units SET closed_on = '2026-06-01' WHERE code = 'TTRA'")}));
        UnitReportMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(db, Period::parse(QStringLiteral("2026-05")),
                           Period::parse(QStringLiteral("2026-06")), QDate(2026, 6, 25)));
        const int row = rowOf(model, QStringLiteral("TTRA"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Missing"));
        QVERIFY(!model.index(row, 1).data().isValid());
        QVERIFY(!model.index(row, 1).data(UnitReportMatrixModel::StatusRole).isValid());
        QVERIFY(!model.reportAt(model.index(row, 1)));
        QCOMPARE(model.countsOf(1).missing, 16);
    }
};

QTEST_GUILESS_MAIN(TestUnitReportMatrixModel)
#include "tst_unitreportmatrixmodel.moc"
