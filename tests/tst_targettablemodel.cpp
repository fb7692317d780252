// SPDX-License-Identifier: GPL-3.0-or-later
// Targets side by side: the Government's and the province's targets of one indicator in one row, each
// assigner's earlier target carried (greyed) until it sets another; and the catalogue beside it.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include "demofixture.h"

#include "models/indicators/indicatorcatalogmodel.h"
#include "models/indicators/targettablemodel.h"
#include "models/storage/database.h"

class TestTargetTableModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    static qint64 indicatorId(const IndicatorCatalogModel &catalogue, const QString &code)
    {
        for (int row = 0; row < catalogue.rowCount(); ++row) {
            if (catalogue.indicator(row).code == code)
                return catalogue.indicator(row).id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    void catalogueInVietnamese()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        IndicatorCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&db);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        const int row = model.rowOf(indicatorId(model, QStringLiteral("DTI-XEPHANG")));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, IndicatorCatalogModel::CodeColumn).data().toString(), QStringLiteral("DTI-XEPHANG"));
        QCOMPARE(model.index(row, IndicatorCatalogModel::MeasureColumn).data().toString(),
                 QStringLiteral("Rank among peers"));  // no translator loaded: the source text
        QCOMPARE(model.index(row, IndicatorCatalogModel::DirectionColumn).data().toString(),
                 QStringLiteral("Lower is better"));
        QCOMPARE(model.index(row, IndicatorCatalogModel::CodeColumn).data(IndicatorCatalogModel::IdRole).toLongLong(),
                 model.indicator(row).id);
    }

    void governmentAndProvinceSideBySide()
    {
        Database db;
        // The province sets 90% from 28/01/2026; the Government's 80% (from 01/01/2025) stays in force.
        QVERIFY(m_demo.openChangedCopy(
            db, {QStringLiteral("INSERT INTO targets (indicator_id, unit_id, effective_from, value, assigned_by) "
                                "SELECT i.id, u.id, '2026-01-28', 90, 'provincial_sc' FROM indicators i, units u "
                                "WHERE i.code = 'HS-SOHOA' AND u.code = 'AN-GIANG'")}));
        IndicatorCatalogModel catalogue;
        catalogue.setDatabase(&db);
        TargetTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&db);
        model.setIndicator(indicatorId(catalogue, QStringLiteral("HS-SOHOA")));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

        // Government before the provincial committee, as ReferenceData lists the assigners.
        QCOMPARE(model.assigners(), (QStringList{QStringLiteral("government"), QStringLiteral("provincial_sc")}));
        QCOMPARE(model.rowCount(), 2);
        const int gov = TargetTableModel::FirstAssignerColumn;
        const int psc = gov + 1;
        // Newest first: 28/01/2026 with the province's 90% and the Government's 80% carried, greyed.
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("28/01/2026"));
        QCOMPARE(model.index(0, psc).data().toString(), QStringLiteral("90,00%"));
        QCOMPARE(model.index(0, psc).data(TargetTableModel::CarriedRole).toBool(), false);
        QCOMPARE(model.index(0, gov).data().toString(), QStringLiteral("80,00%"));
        QCOMPARE(model.index(0, gov).data(TargetTableModel::CarriedRole).toBool(), true);
        QVERIFY(!model.targetAt(model.index(0, gov)).isValid()); // a carried target is not removable here
        QVERIFY(model.targetAt(model.index(0, psc)).isValid());
        // 01/01/2025: only the Government's.
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("01/01/2025"));
        QCOMPARE(model.index(1, gov).data().toString(), QStringLiteral("80,00%"));
        QVERIFY(model.index(1, psc).data().toString().isEmpty());
        QCOMPARE(model.index(1, gov).data(TargetTableModel::RawValueRole).toDouble(), 80.0);
    }

    void rankTargetShowsAPlace()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        IndicatorCatalogModel catalogue;
        catalogue.setDatabase(&db);
        TargetTableModel model;
        model.setDatabase(&db);
        model.setIndicator(indicatorId(catalogue, QStringLiteral("DTI-XEPHANG")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TargetTableModel::FirstAssignerColumn).data().toString(), QStringLiteral("10"));
        QVERIFY(model.index(0, model.documentsColumn()).data().toString().contains(QStringLiteral("25/KH-BCĐ ngày 28/01/2026")));
    }
};

QTEST_GUILESS_MAIN(TestTargetTableModel)
#include "tst_targettablemodel.moc"
