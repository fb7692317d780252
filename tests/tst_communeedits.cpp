// SPDX-License-Identifier: GPL-3.0-or-later
// Commune colours edited through EditCommands on a copy of the demo: assessing by the rules changes
// nothing on the demo (its colours are the rules'), a colour set by hand needs a reason, survives a new
// assessment, is cleared back to the rule's colour; every step is undone and redone with audit rows and
// shows in the commune's history.
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/communes/communerules.h"
#include "models/communes/communestore.h"
#include "models/session.h"
#include "models/storage/database.h"

class TestCommuneEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    QTemporaryDir m_dir;
    int m_copies = 0;

    //! A session on a fresh copy of the demo, "today" being the demo's as-of date.
    std::unique_ptr<Session> openCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_demo.path(), path))
            return nullptr;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto session = std::make_unique<Session>();
        QString error;
        if (!session->open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        session->commands()->setToday(QDate(2026, 5, 26));
        return session;
    }

    static qint64 unitId(Session &s, const char *code)
    {
        QSqlQuery q(s.database()->connection());
        q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
        q.addBindValue(QLatin1String(code));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static ColourCounts counts(Session &s, const char *period = "2026-05")
    {
        return CommuneStore::counts(CommuneStore::load(*s.database(), QLatin1String(period)));
    }

    static StoredAssessment assessment(Session &s, qint64 unit, const char *period = "2026-05")
    {
        for (const StoredAssessment &a : CommuneStore::load(*s.database(), QLatin1String(period)))
            if (a.unitId == unit)
                return a;
        return {};
    }

    static int auditRows(Session &s)
    {
        QSqlQuery q(s.database()->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'commune_assessments'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void assessingTheDemoChangesNothing()
    {
        auto s = openCopy();
        QVERIFY(s);
        for (const char *period : {"2026-05", "2026-04"}) {
            int changed = -1;
            QString error;
            QVERIFY2(s->commands()->assessCommunes(QLatin1String(period), &changed, &error),
                     qPrintable(error));
            QCOMPARE(changed, 0);
        }
        QCOMPARE(s->undoStack()->count(), 0);
        QCOMPARE(counts(*s).yellow, 55);
        QCOMPARE(auditRows(*s), 0);
    }

    void assessNewPeriod()
    {
        auto s = openCopy();
        QVERIFY(s);
        s->commands()->setToday(QDate(2026, 6, 10));
        QSignalSpy changed(s->commands(), &EditCommands::changed);
        int rows = 0;
        QString error;
        QVERIFY2(s->commands()->assessCommunes(QStringLiteral("2026-06"), &rows, &error), qPrintable(error));
        QCOMPARE(rows, 102);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("communes"));
        QCOMPARE(CommuneStore::periods(*s->database()).first(), QStringLiteral("2026-06"));
        QCOMPARE(counts(*s, "2026-06").total(), 102);
        QCOMPARE(s->undoStack()->undoText(), QStringLiteral("assess 102 commune(s) for Month 6/2026"));
        QCOMPARE(auditRows(*s), 102);
        s->undoStack()->undo();
        QCOMPARE(counts(*s, "2026-06").total(), 0);
        QVERIFY(!CommuneStore::periods(*s->database()).contains(QStringLiteral("2026-06")));
        s->undoStack()->redo();
        QCOMPARE(counts(*s, "2026-06").total(), 102);
        // A period not yet begun is refused.
        QVERIFY(!s->commands()->assessCommunes(QStringLiteral("2026-08"), &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("not begun")), qPrintable(error));
    }

    void overrideClearUndoRedo()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 anphu = unitId(*s, "XA-ANPHU");
        const StoredAssessment before = assessment(*s, anphu);
        QCOMPARE(before.colour, TrafficLight::Yellow);
        QVERIFY(!before.isManual());

        // A reason is required; a department has no traffic light.
        QString error;
        QVERIFY(!s->commands()->overrideCommune(anphu, QStringLiteral("2026-05"), QStringLiteral("green"),
                                                QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
        QVERIFY(!s->commands()->overrideCommune(unitId(*s, "SO-KHCN"), QStringLiteral("2026-05"),
                                                QStringLiteral("green"), QStringLiteral("x"), &error));
        QCOMPARE(s->undoStack()->count(), 0);

        const QString reason = QStringLiteral("Đã hoàn thành theo Công văn 12/UBND ngày 25/05/2026");
        QVERIFY2(s->commands()->overrideCommune(anphu, QStringLiteral("2026-05"), QStringLiteral("green"),
                                                reason, &error),
                 qPrintable(error));
        StoredAssessment manual = assessment(*s, anphu);
        QCOMPARE(manual.colour, TrafficLight::Green);
        QVERIFY(manual.isManual());
        QCOMPARE(manual.reason, reason);
        QCOMPARE(manual.ruleColour, TrafficLight::Yellow);
        QCOMPARE(counts(*s).yellow, 54);
        QCOMPARE(counts(*s).green, 32);
        QVERIFY(s->undoStack()->undoText().startsWith(QStringLiteral("set Xã An Phú green for")));

        // Assessing again keeps the colour set by hand.
        int changed = -1;
        QVERIFY(s->commands()->assessCommunes(QStringLiteral("2026-05"), &changed, &error));
        QCOMPARE(changed, 0);
        QCOMPARE(assessment(*s, anphu).colour, TrafficLight::Green);

        // History: the override with its reason, newest last.
        const QVector<AssessmentChange> history = CommuneStore::history(*s->database(), anphu);
        QVERIFY(!history.isEmpty());
        QStringList described;
        for (const AssessmentChange &c : history)
            described << CommuneStore::describe(c);
        const QString all = described.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("colour Yellow → Green")), qPrintable(all));
        QVERIFY2(all.contains(reason), qPrintable(all));
        QCOMPARE(CommuneStore::ofCommune(*s->database(), anphu).size(), 2); // April and May

        // Clear: back to the rule's colour and explanation.
        QVERIFY2(s->commands()->clearCommuneOverride(anphu, QStringLiteral("2026-05"), &error),
                 qPrintable(error));
        StoredAssessment cleared = assessment(*s, anphu);
        QCOMPARE(cleared.colour, TrafficLight::Yellow);
        QVERIFY(!cleared.isManual());
        QVERIFY2(cleared.reason.startsWith(QStringLiteral("Score 66.7")), qPrintable(cleared.reason));
        QCOMPARE(counts(*s).yellow, 55);
        // Clearing a colour that is the rule's is refused.
        QVERIFY(!s->commands()->clearCommuneOverride(anphu, QStringLiteral("2026-05"), &error));

        // Undo the clear and the override, then redo both.
        const int audited = auditRows(*s);
        s->undoStack()->undo();
        QCOMPARE(assessment(*s, anphu).colour, TrafficLight::Green);
        s->undoStack()->undo();
        QCOMPARE(assessment(*s, anphu).colour, TrafficLight::Yellow);
        QCOMPARE(assessment(*s, anphu).reason, before.reason);
        QCOMPARE(counts(*s).yellow, 55);
        QVERIFY(auditRows(*s) > audited);
        s->undoStack()->redo();
        QCOMPARE(assessment(*s, anphu).colour, TrafficLight::Green);
        QCOMPARE(assessment(*s, anphu).reason, reason);
        s->undoStack()->redo();
        QCOMPARE(assessment(*s, anphu).colour, TrafficLight::Yellow);
        QSqlQuery q(s->database()->connection());
        q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE entity = 'commune_assessments' AND action LIKE 'undo:%'"));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
    }

    void rulesAreSavedAndUndone()
    {
        auto s = openCopy();
        QVERIFY(s);
        CommuneRules rules = CommuneRules::load(*s->database());
        rules.indicatorWeight = 0; // tasks alone: on time is 100, green; late or overdue 0, red
        QString error;
        QVERIFY2(s->commands()->setCommuneRules(rules, &error), qPrintable(error));
        QCOMPARE(CommuneRules::load(*s->database()).indicatorWeight, 0.0);
        int changed = 0;
        QVERIFY(s->commands()->assessCommunes(QStringLiteral("2026-05"), &changed, &error));
        QCOMPARE(counts(*s).yellow, 1); // only the colour set by hand
        s->undoStack()->undo();
        s->undoStack()->undo();
        QCOMPARE(CommuneRules::load(*s->database()).indicatorWeight, 50.0);
        QCOMPARE(counts(*s).yellow, 55);
        QSqlQuery q(s->database()->connection());
        q.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE entity = 'settings' AND field = 'communes.rules'"));
        QVERIFY(q.next() && q.value(0).toInt() == 2);
        // Invalid rules are refused.
        rules.taskWeight = -5;
        QVERIFY(!s->commands()->setCommuneRules(rules, &error));
        QVERIFY(error.contains(QStringLiteral("negative")));
    }
};

QTEST_GUILESS_MAIN(TestCommuneEdits)
#include "tst_communeedits.moc"
