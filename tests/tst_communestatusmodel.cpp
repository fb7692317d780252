// SPDX-License-Identifier: GPL-3.0-or-later
// The communes' colours of a period as a table under QAbstractItemModelTester: the demo's May (55 yellow),
// the colour filter, the search typed without accents, the roles behind the text.
#include <QAbstractItemModelTester>
#include <QTest>

#include "demofixture.h"

#include "models/communes/communestatusmodel.h"
#include "models/storage/database.h"

class TestCommuneStatusModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void demoMay()
    {
        Database db;
        QVERIFY(db.open(m_demo.path(), Database::Access::ReadOnly));
        CommuneStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(&db);
        model.setPeriod(QStringLiteral("2026-05"));
        QCOMPARE(model.rowCount(), 102);
        QCOMPARE(model.columnCount(), int(CommuneStatusModel::ColumnCount));
        QCOMPARE(model.counts().yellow, 55);
        QCOMPARE(model.counts().total(), 102);
        QCOMPARE(model.counts().text(), QStringLiteral("55 yellow · 31 green · 16 red"));
        QCOMPARE(model.headerData(CommuneStatusModel::SourceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Source"));

        // Yellow only: 55 rows, every one yellow, named and coded.
        model.setColourFilter(TrafficLight::Yellow);
        QCOMPARE(model.rowCount(), 55);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, CommuneStatusModel::ColourColumn).data().toString(),
                     QStringLiteral("Yellow"));
            QCOMPARE(model.index(row, 0).data(CommuneStatusModel::ColourRole).toString(),
                     QStringLiteral("yellow"));
        }
        model.setColourFilter(TrafficLight::Red);
        QCOMPARE(model.rowCount(), 16);
        model.setColourFilter(std::nullopt);

        // Search without accents.
        model.setSearchText(QStringLiteral("an phu"));
        QVERIFY(model.rowCount() >= 1);
        const int row = model.rowOfUnit(model.index(0, 0).data(CommuneStatusModel::IdRole).toLongLong());
        QCOMPARE(row, 0);
        QVERIFY(model.index(0, CommuneStatusModel::CommuneColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("An Phú")));
        QCOMPARE(model.index(0, CommuneStatusModel::ScoreColumn).data().toString(), QStringLiteral("66.7"));
        QCOMPARE(
            model.index(0, CommuneStatusModel::ScoreColumn).data(CommuneStatusModel::RawValueRole).toDouble(),
            66.7);
        QCOMPARE(model.index(0, CommuneStatusModel::SourceColumn).data().toString(),
                 QStringLiteral("By the rules"));
        QCOMPARE(model.index(0, CommuneStatusModel::SourceColumn)
                     .data(CommuneStatusModel::RawValueRole)
                     .toString(),
                 QStringLiteral("rule"));
        QVERIFY(model.index(0, CommuneStatusModel::ReasonColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Điểm 66,7"))); // stored as the demo wrote it, in Vietnamese
        model.setSearchText(QString());

        // The two colours set by hand say so, with their reasons.
        int manual = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, CommuneStatusModel::SourceColumn).data(CommuneStatusModel::RawValueRole) ==
                QStringLiteral("manual")) {
                ++manual;
                QCOMPARE(model.index(r, CommuneStatusModel::SourceColumn).data().toString(),
                         QStringLiteral("By hand"));
                QVERIFY(model.index(r, CommuneStatusModel::ReasonColumn)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("Điều chỉnh thủ công")));
            }
        }
        QCOMPARE(manual, 2);
        // Red sorts before yellow before green.
        QVERIFY(model.index(0, CommuneStatusModel::ColourColumn).data(CommuneStatusModel::SortRole).toInt() >=
                0);

        // April, then a period without assessments, then no file.
        model.setPeriod(QStringLiteral("2026-04"));
        QCOMPARE(model.counts().yellow, 61);
        model.setPeriod(QStringLiteral("2026-06"));
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommuneStatusModel)
#include "tst_communestatusmodel.moc"
