// SPDX-License-Identifier: GPL-3.0-or-later
// Traffic-light rule sets: edges exactly as the rule says, the default set, and the problems an editor
// must refuse (overlaps, gaps), read from a real file.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/indicators/colourrules.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace {

ColourRange range(std::optional<double> lower, bool lowerInclusive, std::optional<double> upper,
                  bool upperInclusive, TrafficLight colour)
{
    ColourRange r;
    r.lower = lower;
    r.lowerInclusive = lowerInclusive;
    r.upper = upper;
    r.upperInclusive = upperInclusive;
    r.colour = colour;
    return r;
}

constexpr std::nullopt_t open = std::nullopt;

} // namespace

Q_DECLARE_METATYPE(TrafficLight)
Q_DECLARE_METATYPE(QVector<ColourRange>)

class TestColourRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSet_data()
    {
        QTest::addColumn<double>("achievement");
        QTest::addColumn<TrafficLight>("colour");
        // ≥ 100 green, 80–100 yellow, < 80 red: 100 is green, 80 is yellow.
        QTest::newRow("120.7") << 120.6553938620246 << TrafficLight::Green;
        QTest::newRow("100 exactly") << 100.0 << TrafficLight::Green;
        QTest::newRow("99.999") << 99.999 << TrafficLight::Yellow;
        QTest::newRow("95.58") << 95.58 << TrafficLight::Yellow;
        QTest::newRow("80 exactly") << 80.0 << TrafficLight::Yellow;
        QTest::newRow("79.99") << 79.99 << TrafficLight::Red;
        QTest::newRow("0") << 0.0 << TrafficLight::Red;
        QTest::newRow("far above") << 1e6 << TrafficLight::Green;
        QTest::newRow("not a number") << std::nan("") << TrafficLight::None;
    }

    void defaultSet()
    {
        QFETCH(double, achievement);
        QFETCH(TrafficLight, colour);
        const ColourRules rules = ColourRules::defaultSet();
        QCOMPARE(rules.colourFor(achievement), colour);
        QVERIFY(rules.problems().isEmpty());
    }

    void edgesAsTheRuleSays_data()
    {
        QTest::addColumn<bool>("lowerInclusive");
        QTest::addColumn<bool>("upperInclusive");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("inside");
        QTest::newRow("[80,100) at 80") << true << false << 80.0 << true;
        QTest::newRow("[80,100) at 100") << true << false << 100.0 << false;
        QTest::newRow("(80,100] at 80") << false << true << 80.0 << false;
        QTest::newRow("(80,100] at 100") << false << true << 100.0 << true;
        QTest::newRow("[80,100] at 100") << true << true << 100.0 << true;
        QTest::newRow("(80,100) at 80") << false << false << 80.0 << false;
        QTest::newRow("(80,100) at 90") << false << false << 90.0 << true;
        QTest::newRow("(80,100) at 100.0001") << false << false << 100.0001 << false;
    }

    void edgesAsTheRuleSays()
    {
        QFETCH(bool, lowerInclusive);
        QFETCH(bool, upperInclusive);
        QFETCH(double, value);
        QFETCH(bool, inside);
        QCOMPARE(range(80, lowerInclusive, 100, upperInclusive, TrafficLight::Yellow).contains(value),
                 inside);
    }

    void inclusiveUpperMovesTheEdge()
    {
        // A committee that says "up to and including 80 is red" gets red at 80.
        const ColourRules rules({range(open, true, 80, true, TrafficLight::Red),
                                 range(80, false, 100, false, TrafficLight::Yellow),
                                 range(100, true, open, false, TrafficLight::Green)});
        QVERIFY2(rules.problems().isEmpty(), qPrintable(rules.problems().join(QLatin1Char('\n'))));
        QCOMPARE(rules.colourFor(80), TrafficLight::Red);
        QCOMPARE(rules.colourFor(80.0001), TrafficLight::Yellow);
        QCOMPARE(rules.colourFor(100), TrafficLight::Green);
        QCOMPARE(rules.rangeFor(90)->colour, TrafficLight::Yellow);
        QVERIFY(!rules.rangeFor(std::nan("")));
    }

    void validate_data()
    {
        QTest::addColumn<QVector<ColourRange>>("ranges");
        QTest::addColumn<QStringList>("problems");
        const auto G = TrafficLight::Green, Y = TrafficLight::Yellow, R = TrafficLight::Red;
        QTest::newRow("default, any order")
            << QVector<ColourRange>{range(80, true, 100, false, Y), range(open, true, 80, false, R),
                                    range(100, true, open, false, G)}
            << QStringList{};
        QTest::newRow("overlap") << QVector<ColourRange>{range(open, true, 80, false, R),
                                                         range(80, true, 100, false, Y),
                                                         range(95, true, 120, false, G),
                                                         range(120, true, open, false, G)}
                                 << QStringList{QStringLiteral("80–100 and 95–120 overlap.")};
        QTest::newRow("gap") << QVector<ColourRange>{range(open, true, 60, false, R),
                                                     range(80, true, 100, false, Y),
                                                     range(100, true, open, false, G)}
                             << QStringList{QStringLiteral("Nothing covers 60–80.")};
        QTest::newRow("both include the edge")
            << QVector<ColourRange>{range(open, true, 80, true, R), range(80, true, 100, false, Y),
                                    range(100, true, open, false, G)}
            << QStringList{QStringLiteral("≤ 80 and 80–100 both include 80.")};
        QTest::newRow("neither includes the edge")
            << QVector<ColourRange>{range(open, true, 80, false, R), range(80, false, 100, false, Y),
                                    range(100, true, open, false, G)}
            << QStringList{QStringLiteral("Nothing covers 80.")};
        QTest::newRow("nothing above")
            << QVector<ColourRange>{range(0, true, 80, false, R), range(80, true, 100, false, Y),
                                    range(100, true, 150, true, G)}
            << QStringList{QStringLiteral("Nothing covers values above 150.")};
        QTest::newRow("nothing from 0")
            << QVector<ColourRange>{range(10, true, 80, false, R), range(80, true, open, false, G)}
            << QStringList{QStringLiteral("Nothing covers 0–10.")};
        QTest::newRow("starting at 0 is enough")
            << QVector<ColourRange>{range(0, true, 80, false, R), range(80, true, open, false, G)}
            << QStringList{};
        QTest::newRow("a range inside another")
            << QVector<ColourRange>{range(open, true, 200, false, R), range(80, true, 100, false, Y),
                                    range(200, true, open, false, G)}
            << QStringList{QStringLiteral("< 200 and 80–100 overlap.")};
        QTest::newRow("empty range") << QVector<ColourRange>{range(open, true, 80, false, R),
                                                             range(100, true, 80, false, Y),
                                                             range(80, true, open, false, G)}
                                     << QStringList{QStringLiteral("100–80 contains no value.")};
        QTest::newRow("no colour") << QVector<ColourRange>{range(open, true, open, false, TrafficLight::None)}
                                   << QStringList{QStringLiteral("any value has no colour.")};
        QTest::newRow("no ranges") << QVector<ColourRange>{}
                                   << QStringList{QStringLiteral("There are no ranges.")};
    }

    void validate()
    {
        QFETCH(QVector<ColourRange>, ranges);
        QFETCH(QStringList, problems);
        QCOMPARE(ColourRules::validate(ranges), problems);
    }

    void validateWithinAScale()
    {
        // The commune score runs from 0 to 100: a set that stops at 100 (included) is complete.
        const QVector<ColourRange> score{range(0, true, 50, false, TrafficLight::Red),
                                         range(50, true, 80, false, TrafficLight::Yellow),
                                         range(80, true, 100, true, TrafficLight::Green)};
        QVERIFY(ColourRules::validate(score, 0, 100.0).isEmpty());
        QCOMPARE(ColourRules::validate(score),
                 QStringList{QStringLiteral("Nothing covers values above 100.")});
        QVector<ColourRange> short90 = score;
        short90.last().upper = 90;
        QCOMPARE(ColourRules::validate(short90, 0, 100.0),
                 QStringList{QStringLiteral("Nothing covers 90–100.")});
        QVector<ColourRange> open100 = score;
        open100.last().upperInclusive = false;
        QCOMPARE(ColourRules::validate(open100, 0, 100.0),
                 QStringList{QStringLiteral("Nothing covers 100.")});
    }

    void codes()
    {
        for (TrafficLight c : {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red}) {
            QCOMPARE(ColourRules::fromCode(ColourRules::code(c)), c);
            QVERIFY(!ColourRules::displayName(c).isEmpty());
        }
        QCOMPARE(ColourRules::code(TrafficLight::Green), QStringLiteral("green"));
        QVERIFY(ColourRules::code(TrafficLight::None).isEmpty());
        QCOMPARE(ColourRules::fromCode(QStringLiteral("blue")), TrafficLight::None);
    }

    void loadOverridesTheDefault()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY2(db.create(dir.filePath(QStringLiteral("rules.sqlite"))), qPrintable(db.errorString()));
        QString error;
        // No rules in the file: the built-in default applies to every indicator.
        ColourRuleBook book = ColourRules::load(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(book.forIndicator(1).colourFor(100), TrafficLight::Green);
        QCOMPARE(book.forIndicator(1).colourFor(80), TrafficLight::Yellow);
        {
            WriteTransaction tx(db);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO indicators (id, code, name, measure) VALUES "
                                          "(1, 'A', 'A', 'percent'), (2, 'B', 'B', 'percent')")));
            // The file's default: ≥ 90 green, 70–90 yellow, < 70 red.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO colour_rules (scope, indicator_id, position, lower_bound, lower_inclusive, "
                "upper_bound, upper_inclusive, colour) VALUES "
                "('indicator', NULL, 0, 90, 1, NULL, 0, 'green'), "
                "('indicator', NULL, 1, 70, 1, 90, 0, 'yellow'), "
                "('indicator', NULL, 2, NULL, 1, 70, 0, 'red'), "
                // B's own: above 100 only is green (exclusive), 100 itself is yellow
                "('indicator', 2, 0, 100, 0, NULL, 0, 'green'), "
                "('indicator', 2, 1, 50, 1, 100, 1, 'yellow'), "
                "('indicator', 2, 2, NULL, 1, 50, 0, 'red'), "
                // a commune-score set is not an indicator rule
                "('commune_score', NULL, 0, NULL, 1, NULL, 0, 'red')")));
            QVERIFY(tx.commit());
        }
        book = ColourRules::load(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(book.defaults.ranges().size(), 3);
        QCOMPARE(book.forIndicator(1).colourFor(95), TrafficLight::Green);
        QCOMPARE(book.forIndicator(1).colourFor(85), TrafficLight::Yellow);
        QCOMPARE(book.forIndicator(1).colourFor(69.9), TrafficLight::Red);
        QCOMPARE(book.forIndicator(2).colourFor(100), TrafficLight::Yellow);
        QCOMPARE(book.forIndicator(2).colourFor(100.01), TrafficLight::Green);
        QCOMPARE(book.forIndicator(2).colourFor(49), TrafficLight::Red);
        QVERIFY(book.forIndicator(2).problems().isEmpty());
        // An indicator without its own set falls back to the file's default, not the built-in one.
        QCOMPARE(book.forIndicator(3).colourFor(85), TrafficLight::Yellow);
    }
};

QTEST_GUILESS_MAIN(TestColourRules)
#include "tst_colourrules.moc"
