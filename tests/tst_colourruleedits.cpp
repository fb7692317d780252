// SPDX-License-Identifier: GPL-3.0-or-later
// Colour rule sets replaced through the facade on a copy of the demo: a gapped or overlapping set is
// refused with the validator's words, a good one replaces the stored rows as one audited undo step,
// the indicator's colour follows, and undo gives the old rows back exactly.
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

#include "demofixture.h"

#include "models/commands/colourruleedits.h"
#include "models/commands/editcommands.h"
#include "models/indicators/indicatorstatus.h"
#include "models/session.h"
#include "models/storage/database.h"

namespace {

const QDate AsOf(2026, 5, 26);

ColourRange range(std::optional<double> lower, std::optional<double> upper, TrafficLight colour)
{
    ColourRange r;
    r.lower = lower;
    r.upper = upper;
    r.colour = colour;
    return r;
}

} // namespace

class TestColourRuleEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    std::unique_ptr<Session> m_session;

    Database &db() const { return *m_session->database(); }
    EditCommands &commands() const { return *m_session->commands(); }
    QUndoStack &stack() const { return *m_session->undoStack(); }

    QString rulesDigest() const
    {
        QString out;
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT * FROM colour_rules ORDER BY id"));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        return out;
    }
    int count(const QString &sql) const
    {
        QSqlQuery q(db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    //! The province row the demo shows in yellow (short of its target).
    const IndicatorStatus::Row *yellowRow(const IndicatorStatus &status) const
    {
        for (const IndicatorStatus::Row &row : status.rows()) {
            if (row.colour == TrafficLight::Yellow && status.unitOf(row).parentId == 0)
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_session = std::make_unique<Session>();
        QString error;
        QVERIFY2(m_demo.openSession(*m_session, &error), qPrintable(error));
    }

    void cleanup() { m_session.reset(); }

    void refusesGapsAndOverlaps()
    {
        const QString before = rulesDigest();
        QString error;
        // 70 instead of 80 in one row only: nothing covers 70–80.
        const QVector<ColourRange> gap{range(100, {}, TrafficLight::Green), range(80, 100, TrafficLight::Yellow),
                                       range({}, 70, TrafficLight::Red)};
        QVERIFY(!commands().setColourRules(QStringLiteral("indicator"), 0, gap, &error));
        QVERIFY2(error.contains(ColourRules::validate(gap).first()), qPrintable(error));
        const QVector<ColourRange> overlap{range(90, {}, TrafficLight::Green), range(80, 100, TrafficLight::Yellow),
                                           range({}, 80, TrafficLight::Red)};
        QVERIFY(!commands().setColourRules(QStringLiteral("indicator"), 0, overlap, &error));
        QVERIFY2(error.contains(QLatin1String("overlap")), qPrintable(error));
        QVERIFY(!commands().setColourRules(QStringLiteral("commune_score"), 5, {}, &error));
        QVERIFY(!commands().setColourRules(QStringLiteral("bogus"), 0, {}, &error));
        QCOMPARE(rulesDigest(), before);
        QCOMPARE(stack().count(), 0);

        // The stored set unchanged: no write, no step.
        const QVector<ColourRange> same = ColourRuleEdits::stored(db(), QStringLiteral("indicator"), 0);
        QCOMPARE(same.size(), 3);
        QVERIFY(commands().setColourRules(QStringLiteral("indicator"), 0, same, &error));
        QCOMPARE(stack().count(), 0);
    }

    void indicatorSetFollowsAndUndoes()
    {
        const IndicatorStatus status = IndicatorStatus::compute(db(), AsOf);
        const IndicatorStatus::Row *row = yellowRow(status);
        QVERIFY(row && row->achievementPct);
        const qint64 indicatorId = status.indicatorOf(*row).id;
        const QString unitCode = status.unitOf(*row).code;
        const QString indicatorCode = status.indicatorOf(*row).code;
        QVERIFY(ColourRuleEdits::stored(db(), QStringLiteral("indicator"), indicatorId).isEmpty());

        // Its own set, green from just under its achievement: the indicator turns green, the others not.
        const double t = std::floor(*row->achievementPct) - 1;
        const QVector<ColourRange> own{range(t, {}, TrafficLight::Green), range(t / 2, t, TrafficLight::Yellow),
                                       range({}, t / 2, TrafficLight::Red)};
        const QString before = rulesDigest();
        const int audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QString error;
        QVERIFY2(commands().setColourRules(QStringLiteral("indicator"), indicatorId, own, &error), qPrintable(error));
        QCOMPARE(stack().count(), 1);
        QVERIFY2(stack().undoText().contains(status.indicatorOf(*row).name), qPrintable(stack().undoText()));
        QCOMPARE(ColourRuleEdits::stored(db(), QStringLiteral("indicator"), indicatorId).size(), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'indicators' AND record_id = %1 "
                                      "AND action = 'insert' AND field = 'colour_rule'")
                           .arg(indicatorId)),
                 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit + 3);
        {
            const IndicatorStatus after = IndicatorStatus::compute(db(), AsOf);
            QCOMPARE(after.find(indicatorCode, unitCode)->colour, TrafficLight::Green);
            QCOMPARE(after.figures().yellow, status.figures().yellow - 1);
        }
        const QString withOwn = rulesDigest();

        // "Use the default set": its rows go, the colour comes back.
        QVERIFY2(commands().setColourRules(QStringLiteral("indicator"), indicatorId, {}, &error), qPrintable(error));
        QCOMPARE(rulesDigest(), before);
        QCOMPARE(IndicatorStatus::compute(db(), AsOf).find(indicatorCode, unitCode)->colour, TrafficLight::Yellow);

        stack().undo();
        QCOMPARE(rulesDigest(), withOwn);
        stack().undo();
        QCOMPARE(rulesDigest(), before);
        QCOMPARE(IndicatorStatus::compute(db(), AsOf).find(indicatorCode, unitCode)->colour, TrafficLight::Yellow);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo:delete'")) == 3);
        stack().redo();
        QCOMPARE(rulesDigest().count(QLatin1Char('\n')), withOwn.count(QLatin1Char('\n')));
        QCOMPARE(IndicatorStatus::compute(db(), AsOf).find(indicatorCode, unitCode)->colour, TrafficLight::Green);
    }

    void defaultAndCommuneSets()
    {
        QString error;
        // The file's default set with 90 instead of 80: replaces the three stored rows in one step.
        const QVector<ColourRange> stricter{range(100, {}, TrafficLight::Green), range(90, 100, TrafficLight::Yellow),
                                            range({}, 90, TrafficLight::Red)};
        const QString before = rulesDigest();
        QVERIFY2(commands().setColourRules(QStringLiteral("indicator"), 0, stricter, &error), qPrintable(error));
        QCOMPARE(ColourRules::load(db()).defaults.colourFor(85), TrafficLight::Red);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM colour_rules WHERE scope = 'indicator'")), 3);

        // The commune score set stands apart.
        const QVector<ColourRange> commune{range(70, {}, TrafficLight::Green), range(40, 70, TrafficLight::Yellow),
                                           range({}, 40, TrafficLight::Red)};
        QVERIFY2(commands().setColourRules(QStringLiteral("commune_score"), 0, commune, &error), qPrintable(error));
        const QVector<ColourRange> stored = ColourRuleEdits::stored(db(), QStringLiteral("commune_score"), 0);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(*stored.at(1).lower, 40.0);
        QCOMPARE(ColourRules(stored).colourFor(69.9), TrafficLight::Yellow);
        QCOMPARE(ColourRules::load(db()).defaults.colourFor(85), TrafficLight::Red);

        stack().undo();
        stack().undo();
        QCOMPARE(rulesDigest(), before);
    }
};

QTEST_GUILESS_MAIN(TestColourRuleEdits)
#include "tst_colourruleedits.moc"
