// SPDX-License-Identifier: GPL-3.0-or-later
// The Indicators page's table on the demo database: the report's figures as a user reads them, the raw
// numbers behind them, and the unit scope and colour filters.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include "demofixture.h"

#include "models/indicators/indicatorstatusmodel.h"
#include "models/storage/database.h"

class TestIndicatorStatusModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    // The row of \a indicatorCode at \a unitCode, or -1.
    static int rowOf(const IndicatorStatusModel &model, const QString &indicatorCode, const QString &unitCode)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto cell = [&](int column) {
                return model.index(row, column).data(IndicatorStatusModel::RawValueRole).toString();
            };
            if (cell(IndicatorStatusModel::IndicatorColumn) == indicatorCode &&
                cell(IndicatorStatusModel::UnitColumn) == unitCode)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    void accountsAchievementAtTheProvince()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        IndicatorStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(QDate(2026, 5, 26));
        model.setUnitScope(IndicatorStatusModel::UnitScope::AllUnits);
        model.setDatabase(&db);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.columnCount(), int(IndicatorStatusModel::ColumnCount));

        const int row = rowOf(model, QStringLiteral("DDDT-TAIKHOAN"), QStringLiteral("AN-GIANG"));
        QVERIFY(row >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        // 958,367 accounts against a target of 794,301: 120.66 %, never capped, green in colour and in words.
        QCOMPARE(cell(IndicatorStatusModel::ValueColumn, IndicatorStatusModel::RawValueRole).toDouble(),
                 958367.0);
        QCOMPARE(cell(IndicatorStatusModel::TargetColumn, IndicatorStatusModel::RawValueRole).toDouble(),
                 794301.0);
        QCOMPARE(cell(IndicatorStatusModel::ValueColumn).toString(), QStringLiteral("958.367"));
        QCOMPARE(cell(IndicatorStatusModel::TargetColumn).toString(), QStringLiteral("794.301"));
        const double achievement =
            cell(IndicatorStatusModel::AchievementColumn, IndicatorStatusModel::RawValueRole).toDouble();
        QVERIFY2(qAbs(achievement - 120.66) < 0.01, qPrintable(QString::number(achievement)));
        QCOMPARE(cell(IndicatorStatusModel::AchievementColumn).toString(), QStringLiteral("120,7%"));
        QCOMPARE(cell(IndicatorStatusModel::StatusColumn, IndicatorStatusModel::ColourRole).toString(),
                 QStringLiteral("green"));
        QCOMPARE(cell(IndicatorStatusModel::StatusColumn).toString(),
                 ColourRules::displayName(TrafficLight::Green));
        QVERIFY(!cell(IndicatorStatusModel::PeriodColumn).toString().isEmpty());
        QVERIFY(cell(IndicatorStatusModel::IndicatorColumn, IndicatorStatusModel::IdRole).toLongLong() > 0);

        // The row without a target (records resolved on time) has no achievement and no colour.
        const int onTime = rowOf(model, QStringLiteral("HS-DUNGHAN"), QStringLiteral("AN-GIANG"));
        QVERIFY(onTime >= 0);
        QVERIFY(model.index(onTime, IndicatorStatusModel::AchievementColumn).data().toString().isEmpty());
        QVERIFY(model.index(onTime, IndicatorStatusModel::StatusColumn, {})
                    .data(IndicatorStatusModel::ColourRole)
                    .toString()
                    .isEmpty());
        QVERIFY(!model.index(onTime, IndicatorStatusModel::ChangeColumn).data().toString().isEmpty());
    }

    void filters()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        IndicatorStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAsOf(QDate(2026, 5, 26));
        model.setUnitScope(IndicatorStatusModel::UnitScope::AllUnits);
        model.setDatabase(&db);
        const int all = model.rowCount();
        QCOMPARE(all, int(model.status().rows().size()));

        // Province only: every row is the province's, and there are fewer than for all units.
        model.setUnitScope(IndicatorStatusModel::UnitScope::Province);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < all);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, IndicatorStatusModel::UnitColumn)
                         .data(IndicatorStatusModel::RawValueRole)
                         .toString(),
                     QStringLiteral("AN-GIANG"));
        QVERIFY(rowOf(model, QStringLiteral("DDDT-TAIKHOAN"), QStringLiteral("AN-GIANG")) >= 0);

        // Colours: the report's six green and one yellow, each row of its colour.
        model.setColourFilter(TrafficLight::Green);
        QCOMPARE(model.rowCount(), model.status().figures().green);
        model.setColourFilter(TrafficLight::Yellow);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, IndicatorStatusModel::StatusColumn)
                     .data(IndicatorStatusModel::ColourRole)
                     .toString(),
                 QStringLiteral("yellow"));
        model.setColourFilter(std::nullopt);
        model.setUnitScope(IndicatorStatusModel::UnitScope::AllUnits);
        QCOMPARE(model.rowCount(), all);

        // Without a file there are no rows, and nothing reads through the old pointer.
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorStatusModel)
#include "tst_indicatorstatusmodel.moc"
