// SPDX-License-Identifier: GPL-3.0-or-later
// The Indicators page on the demo database, driven through its own widgets: the as-of date, the unit
// scope and colour filters, the summary line, sorting on numbers and following the Session.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

#include "models/demo/demobuilder.h"
#include "models/indicators/indicatorstatusmodel.h"
#include "models/session.h"
#include "ui/delegates/colourdelegate.h"
#include "ui/pages/indicatorspage.h"

class TestIndicatorsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    }

    void filtersSummaryAndSorting()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        IndicatorsPage page(&session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("asOf"));
        auto *scope = page.findChild<QComboBox *>(QStringLiteral("scopeFilter"));
        auto *colour = page.findChild<QComboBox *>(QStringLiteral("colourFilter"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        auto *view = page.findChild<QTableView *>(QStringLiteral("indicatorsView"));
        QVERIFY(asOf && scope && colour && summary && view);
        QCOMPARE(asOf->date(), QDate::currentDate());

        asOf->setDate(QDate(2026, 5, 26));
        QCOMPARE(page.model()->asOf(), QDate(2026, 5, 26));
        // The report's figures: seven targets in force, six achieved, one yellow.
        QVERIFY2(summary->text().contains(QLatin1String("7")) && summary->text().contains(QLatin1String("6")),
                 qPrintable(summary->text()));

        // Province only by default; the unit column, naming the province on every row, is hidden.
        const int provinceRows = view->model()->rowCount();
        QVERIFY(provinceRows > 0);
        QVERIFY(view->isColumnHidden(IndicatorStatusModel::UnitColumn));
        scope->setCurrentIndex(1);
        QVERIFY(view->model()->rowCount() > provinceRows);
        QVERIFY(!view->isColumnHidden(IndicatorStatusModel::UnitColumn));
        scope->setCurrentIndex(0);

        // The yellow filter shows the one row short of its target, named in words beside the dot.
        colour->setCurrentIndex(colour->findData(int(TrafficLight::Yellow)));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, IndicatorStatusModel::StatusColumn).data().toString(),
                 ColourRules::displayName(TrafficLight::Yellow));
        colour->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), provinceRows);

        // Sorting is on the numbers, not the text: the highest achievement first, descending.
        view->sortByColumn(IndicatorStatusModel::AchievementColumn, Qt::DescendingOrder);
        double previous = std::numeric_limits<double>::max();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QVariant raw = view->model()
                                     ->index(row, IndicatorStatusModel::AchievementColumn)
                                     .data(IndicatorStatusModel::RawValueRole);
            if (!raw.isValid())
                break;
            QVERIFY(raw.toDouble() <= previous);
            previous = raw.toDouble();
        }

        // Closing the file empties the page; opening it again fills it.
        session.close();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        QCOMPARE(view->model()->rowCount(), provinceRows);

        QCOMPARE(ColourDelegate::colour(TrafficLight::Green), QColor(QStringLiteral("#2e7d32")));
        QVERIFY(!ColourDelegate::colour(TrafficLight::None).isValid());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
