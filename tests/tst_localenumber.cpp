// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as people type and paste them, in Vietnamese and in English: what is read, and what is refused
// with a message that says how to write it.
#include <QTest>

#include "models/domain/localenumber.h"

namespace {

QLocale vi()
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

QLocale en()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestLocaleNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("percent");

        QTest::newRow("vi decimal comma") << vi() << QStringLiteral("99,88") << 99.88 << false;
        QTest::newRow("vi grouped") << vi() << QStringLiteral("1.623.297") << 1623297.0 << false;
        QTest::newRow("vi grouped with decimals") << vi() << QStringLiteral("1.623.297,5") << 1623297.5 << false;
        QTest::newRow("vi one group is thousands") << vi() << QStringLiteral("958.367") << 958367.0 << false;
        QTest::newRow("vi percent") << vi() << QStringLiteral("99,88%") << 99.88 << true;
        QTest::newRow("vi percent after a space") << vi() << QStringLiteral(" 99,88 % ") << 99.88 << true;
        QTest::newRow("vi spaces as groups") << vi() << QStringLiteral("1 623 297") << 1623297.0 << false;
        QTest::newRow("vi no-break spaces") << vi() << QStringLiteral("1\u00A0623\u202F297") << 1623297.0 << false;
        QTest::newRow("vi minus") << vi() << QStringLiteral("-12,5") << -12.5 << false;
        QTest::newRow("vi minus sign U+2212") << vi() << QStringLiteral("\u221212,5") << -12.5 << false;
        QTest::newRow("vi plain integer") << vi() << QStringLiteral("16") << 16.0 << false;
        QTest::newRow("vi leading decimal") << vi() << QStringLiteral(",5") << 0.5 << false;
        QTest::newRow("vi zero") << vi() << QStringLiteral("0") << 0.0 << false;
        QTest::newRow("vi tab and newline around") << vi() << QStringLiteral("\t95,58\n") << 95.58 << false;
        QTest::newRow("en decimal point") << en() << QStringLiteral("99.88") << 99.88 << false;
        QTest::newRow("en grouped") << en() << QStringLiteral("1,623,297") << 1623297.0 << false;
        QTest::newRow("en grouped with decimals") << en() << QStringLiteral("24,100,000,000.50") << 24100000000.5
                                                  << false;
        QTest::newRow("en percent") << en() << QStringLiteral("85%") << 85.0 << true;
        QTest::newRow("en minus") << en() << QStringLiteral("-0.25") << -0.25 << false;
        QTest::newRow("en one group is thousands") << en() << QStringLiteral("1,623") << 1623.0 << false;
    }

    void accepted()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, percent);
        const LocaleNumber::Result r = LocaleNumber::parse(text, locale);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.value, value);
        QCOMPARE(r.percent, percent);
        QVERIFY(r.error.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions"); //!< what the message must contain (the suggestion)

        // "99.88" in Vietnamese: "." groups thousands and a group has three digits: write 99,88.
        QTest::newRow("vi English decimal") << vi() << QStringLiteral("99.88") << QStringLiteral("99,88");
        QTest::newRow("vi small English decimal") << vi() << QStringLiteral("0.5") << QStringLiteral("0,5");
        QTest::newRow("en Vietnamese decimal") << en() << QStringLiteral("99,88") << QStringLiteral("99.88");
        QTest::newRow("vi English thousands") << vi() << QStringLiteral("1,623,297") << QStringLiteral("1.623.297");
        QTest::newRow("vi two decimal marks") << vi() << QStringLiteral("1,5,2") << QStringLiteral("\u201C,\u201D");
        QTest::newRow("vi group after decimal") << vi() << QStringLiteral("1,623.297")
                                                << QStringLiteral("1.623.297,5");
        QTest::newRow("vi bad grouping") << vi() << QStringLiteral("1.62.297") << QStringLiteral("1.623.297,5");
        QTest::newRow("en bad grouping") << en() << QStringLiteral("12,34,567") << QStringLiteral("1,623,297.5");
        QTest::newRow("letters") << vi() << QStringLiteral("99,8a") << QStringLiteral("99,8a");
        QTest::newRow("word") << en() << QStringLiteral("n/a") << QStringLiteral("n/a");
        QTest::newRow("other symbol") << vi() << QStringLiteral("12#5") << QStringLiteral("#");
        QTest::newRow("only a sign") << vi() << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("only percent") << en() << QStringLiteral("%") << QStringLiteral("%");
        QTest::newRow("empty") << vi() << QStringLiteral("  \u00A0") << QString();
    }

    void refused()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const LocaleNumber::Result r = LocaleNumber::parse(text, locale);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QCOMPARE(r.empty, text.trimmed().isEmpty());
    }

    void format_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");

        QTest::newRow("vi count") << vi() << 1623297.0 << 0 << QStringLiteral("1.623.297");
        QTest::newRow("vi rate") << vi() << 99.88 << 2 << QStringLiteral("99,88");
        QTest::newRow("vi rounds") << vi() << 99.876 << 2 << QStringLiteral("99,88");
        QTest::newRow("vi shortest") << vi() << 92.12345 << -1 << QStringLiteral("92,12345");
        QTest::newRow("vi no minus zero") << vi() << -0.001 << 2 << QStringLiteral("0,00");
        QTest::newRow("en count") << en() << 1623297.0 << 0 << QStringLiteral("1,623,297");
        QTest::newRow("en rate") << en() << 99.88 << 2 << QStringLiteral("99.88");
        QTest::newRow("en negative") << en() << -12.5 << 1 << QStringLiteral("-12.5");
    }

    void format()
    {
        QFETCH(QLocale, locale);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(LocaleNumber::format(value, decimals, locale), text);
        // What is written reads back (to the digits shown).
        const LocaleNumber::Result back = LocaleNumber::parse(text, locale);
        QVERIFY2(back.ok, qPrintable(back.error));
    }
};

QTEST_GUILESS_MAIN(TestLocaleNumber)
#include "tst_localenumber.moc"
