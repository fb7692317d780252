// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "models/domain/period.h"
#include "models/domain/textfold.h"

class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("lastDay");
        QTest::newRow("month code") << QStringLiteral("2026-05") << QStringLiteral("2026-05") << QDate(2026, 5, 31);
        QTest::newRow("quarter code") << QStringLiteral("2026Q3") << QStringLiteral("2026Q3") << QDate(2026, 9, 30);
        QTest::newRow("half code") << QStringLiteral("2026H1") << QStringLiteral("2026H1") << QDate(2026, 6, 30);
        QTest::newRow("year code") << QStringLiteral("2026") << QStringLiteral("2026") << QDate(2026, 12, 31);
        QTest::newRow("Quý III/2026") << QStringLiteral("Quý III/2026") << QStringLiteral("2026Q3") << QDate(2026, 9, 30);
        QTest::newRow("quý 4 năm 2025") << QStringLiteral("quý 4 năm 2025") << QStringLiteral("2025Q4") << QDate(2025, 12, 31);
        QTest::newRow("QUY IV/2026") << QStringLiteral("QUY IV/2026") << QStringLiteral("2026Q4") << QDate(2026, 12, 31);
        QTest::newRow("Tháng 2/2028 leap") << QStringLiteral("Tháng 2/2028") << QStringLiteral("2028-02") << QDate(2028, 2, 29);
        QTest::newRow("05/2026") << QStringLiteral("05/2026") << QStringLiteral("2026-05") << QDate(2026, 5, 31);
        QTest::newRow("6 tháng đầu năm") << QStringLiteral("6 tháng đầu năm 2026") << QStringLiteral("2026H1") << QDate(2026, 6, 30);
        QTest::newRow("6 tháng cuối năm") << QStringLiteral("6 tháng cuối năm 2026") << QStringLiteral("2026H2") << QDate(2026, 12, 31);
        QTest::newRow("Năm 2025") << QStringLiteral("Năm 2025") << QStringLiteral("2025") << QDate(2025, 12, 31);
        QTest::newRow("Q3 2026") << QStringLiteral("Q3 2026") << QStringLiteral("2026Q3") << QDate(2026, 9, 30);
        QTest::newRow("third quarter of 2026") << QStringLiteral("the third quarter of 2026") << QStringLiteral("2026Q3")
                                               << QDate(2026, 9, 30);
        QTest::newRow("first half 2026") << QStringLiteral("first half of 2026") << QStringLiteral("2026H1") << QDate(2026, 6, 30);
        QTest::newRow("May 2026") << QStringLiteral("May 2026") << QStringLiteral("2026-05") << QDate(2026, 5, 31);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QDate, lastDay);
        const Period p = Period::parse(text);
        QVERIFY2(p.isValid(), qPrintable(text));
        QCOMPARE(p.code(), code);
        QCOMPARE(p.lastDay(), lastDay);
        QCOMPARE(Period::parse(p.code()), p);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13");
        QTest::newRow("quarter 5") << QStringLiteral("2026Q5");
        QTest::newRow("Quý V") << QStringLiteral("Quý V/2026");
        QTest::newRow("words") << QStringLiteral("sớm nhất có thể");
        QTest::newRow("a date") << QStringLiteral("26/05/2026");
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Period::parse(text).isValid());
    }

    void nextAndContaining()
    {
        QCOMPARE(Period::parse(QStringLiteral("2026-12")).next().code(), QStringLiteral("2027-01"));
        QCOMPARE(Period::parse(QStringLiteral("2026Q4")).next().code(), QStringLiteral("2027Q1"));
        QCOMPARE(Period::containing(Period::Kind::Quarter, QDate(2026, 5, 26)).code(), QStringLiteral("2026Q2"));
        QCOMPARE(Period::containing(Period::Kind::Half, QDate(2026, 7, 1)).code(), QStringLiteral("2026H2"));
        QCOMPARE(Period::parse(QStringLiteral("2026Q2")).firstDay(), QDate(2026, 4, 1));
    }

    void foldsVietnamese()
    {
        QCOMPARE(TextFold::fold(QStringLiteral("Số hóa dữ liệu đất đai")), QStringLiteral("so hoa du lieu dat dai"));
        QCOMPARE(TextFold::fold(QStringLiteral("ĐẶC KHU PHÚ QUỐC")), QStringLiteral("dac khu phu quoc"));
        // Precomposed and decomposed input fold the same.
        QCOMPARE(TextFold::fold(QStringLiteral("Ho\u0302\u0300")), TextFold::fold(QStringLiteral("Hồ")));
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
