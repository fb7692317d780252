// SPDX-License-Identifier: GPL-3.0-or-later
// The Units page's edits through the facade on a copy of the demo: add under a parent, close with a
// successor (the 2025 merger), reopen, name a successor, move; each refused with a reason when it would
// break the hierarchy, one undo step that undo and redo replay exactly, and audited.
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/commands/unitedits.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"

class TestUnitEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    std::unique_ptr<Session> m_session;

    Database &db() const { return *m_session->database(); }
    EditCommands &commands() const { return *m_session->commands(); }
    QUndoStack &stack() const { return *m_session->undoStack(); }

    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    qint64 unitId(const char *code) const
    {
        return value(QStringLiteral("SELECT id FROM units WHERE code = ?"), {QLatin1String(code)}).toLongLong();
    }
    ReferenceData::Unit unit(qint64 id) const
    {
        for (const ReferenceData::Unit &u : ReferenceData::storedUnits(db())) {
            if (u.id == id)
                return u;
        }
        return {};
    }
    int auditRows(const QString &action = QString()) const
    {
        return value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'units' AND action LIKE ?"),
                     {action.isEmpty() ? QStringLiteral("%") : action})
            .toInt();
    }
    QString unitsDigest() const
    {
        QString out;
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT * FROM units ORDER BY id"));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        return out;
    }
    //! A department that leads open tasks, and how many.
    qint64 busyDepartment(int *openTasks) const
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT u.id, count(*) FROM units u JOIN tasks t ON t.lead_unit_id = u.id "
                              "WHERE u.kind = 'department' AND t.completed_on IS NULL AND t.archived = 0 "
                              "GROUP BY u.id ORDER BY count(*) DESC LIMIT 1"));
        if (!q.next())
            return 0;
        *openTasks = q.value(1).toInt();
        return q.value(0).toLongLong();
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

    void closeRefusals_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QDate>("closedOn");
        QTest::addColumn<QString>("successor");
        QTest::addColumn<QString>("message");
        // Wards opened with the merger on 1 July 2025.
        QTest::newRow("before opening") << "PHUONG-LONGXUYEN" << QDate(2025, 6, 30) << "" << "can only close after";
        QTest::newRow("on the opening day") << "PHUONG-LONGXUYEN" << QDate(2025, 7, 1) << "" << "can only close after";
        QTest::newRow("no date") << "SO-KHCN" << QDate() << "" << "Enter the date";
        QTest::newRow("already closed") << "TP-LONGXUYEN" << QDate(2026, 1, 1) << "" << "already closed";
        QTest::newRow("itself") << "SO-KHCN" << QDate(2026, 6, 1) << "SO-KHCN" << "its own successor";
        QTest::newRow("successor closed") << "SO-KHCN" << QDate(2026, 6, 1) << "TP-LONGXUYEN" << "is not open on";
        QTest::newRow("successor not yet open") << "SO-KHCN" << QDate(2025, 1, 1) << "PHUONG-LONGXUYEN" << "is not open on";
        QTest::newRow("part of it") << "AN-GIANG" << QDate(2026, 6, 1) << "SO-KHCN" << "is part of";
    }

    void closeRefusals()
    {
        QFETCH(QString, unit);
        QFETCH(QDate, closedOn);
        QFETCH(QString, successor);
        QFETCH(QString, message);
        const qint64 id = unitId(unit.toLatin1().constData());
        QVERIFY2(id > 0, qPrintable(unit));
        const qint64 successorId = successor.isEmpty() ? 0 : unitId(successor.toLatin1().constData());
        const QString before = unitsDigest();
        QString error;
        QVERIFY(!commands().closeUnit(id, closedOn, successorId, true, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(unitsDigest(), before);
        QCOMPARE(stack().count(), 0);
    }

    void closeWarnsThenClosesUndoRedo()
    {
        int openTasks = 0;
        const qint64 id = busyDepartment(&openTasks);
        QVERIFY(id > 0 && openTasks > 0);
        const ReferenceData::Unit department = unit(id);
        const UnitUsage usage = commands().unitUsage(id);
        QCOMPARE(usage.openTasks, openTasks);
        QVERIFY(usage.tasks >= openTasks);
        QVERIFY(usage.blocksClosing());
        const QString warning = UnitEdits::usageWarning(department, usage);
        QVERIFY2(warning.contains(department.name) && warning.contains(QString::number(openTasks)),
                 qPrintable(warning));

        // Not acknowledged: refused with the counts, nothing written.
        const qint64 successorId = unitId("SO-KHCN") == id ? unitId("SO-TC") : unitId("SO-KHCN");
        QVERIFY(successorId > 0);
        const QString before = unitsDigest();
        const int audit = auditRows();
        QString error;
        QVERIFY(!commands().closeUnit(id, QDate(2026, 6, 1), successorId, false, &error));
        QVERIFY2(error.contains(QString::number(openTasks)) && error.contains(department.name), qPrintable(error));
        QCOMPARE(unitsDigest(), before);

        // Acknowledged: closed with its successor, one audited undo step.
        QVERIFY2(commands().closeUnit(id, QDate(2026, 6, 1), successorId, true, &error), qPrintable(error));
        QCOMPARE(stack().count(), 1);
        QVERIFY2(stack().undoText().contains(department.name), qPrintable(stack().undoText()));
        QCOMPARE(unit(id).closedOn, QDate(2026, 6, 1));
        QCOMPARE(unit(id).successorId, successorId);
        QCOMPARE(auditRows(), audit + 2); // closed_on and successor_id
        QCOMPARE(value(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'units' AND record_id = ? "
                                      "AND field = 'closed_on' ORDER BY id DESC LIMIT 1"),
                       {id})
                     .toString(),
                 QStringLiteral("2026-06-01"));
        const QString closed = unitsDigest();

        stack().undo();
        QCOMPARE(unitsDigest(), before);
        QCOMPARE(auditRows(QStringLiteral("undo:%")), 2);
        stack().redo();
        QCOMPARE(unitsDigest(), closed);
        QCOMPARE(auditRows(QStringLiteral("redo:%")), 2);
    }

    void reopenAndSuccessor()
    {
        const qint64 district = unitId("TP-CHAUDOC");
        const qint64 ward = unitId("PHUONG-VINHTE");
        QCOMPARE(unit(district).successorId, unitId("PHUONG-CHAUDOC"));
        const QString before = unitsDigest();
        QString error;

        // An open unit has no successor to name.
        QVERIFY(!commands().setSuccessor(ward, district, &error));
        QVERIFY2(error.contains(QLatin1String("close it first")), qPrintable(error));

        QVERIFY2(commands().setSuccessor(district, ward, &error), qPrintable(error));
        QCOMPARE(unit(district).successorId, ward);
        QVERIFY(stack().undoText().contains(QStringLiteral("Châu Đốc")));
        // The same successor again changes nothing and adds no step.
        QVERIFY(commands().setSuccessor(district, ward, &error));
        QCOMPARE(stack().count(), 1);

        QVERIFY2(commands().reopenUnit(district, &error), qPrintable(error));
        QVERIFY(!unit(district).isClosed());
        QCOMPARE(unit(district).successorId, 0);
        QVERIFY(!commands().reopenUnit(district, &error));
        QVERIFY2(error.contains(QLatin1String("is open")), qPrintable(error));

        stack().undo();
        QCOMPARE(unit(district).closedOn, QDate(2025, 7, 1));
        QCOMPARE(unit(district).successorId, ward);
        stack().undo();
        QCOMPARE(unitsDigest(), before);
    }

    void addAndMove()
    {
        const qint64 province = unitId("AN-GIANG");
        const qint64 department = unitId("SO-KHCN");
        QVERIFY(province > 0 && department > 0);
        const QString before = unitsDigest();
        QString error;

        UnitDraft draft;
        draft.code = QStringLiteral("TT-CDS");
        draft.name = QStringLiteral("Trung tâm Chuyển đổi số");
        draft.nameEn = QStringLiteral("Digital Transformation Centre");
        draft.kind = QStringLiteral("agency");
        draft.parentId = department;
        draft.openedOn = QDate(2026, 1, 15);
        qint64 centre = 0;
        QVERIFY2(commands().addUnit(draft, &centre, &error), qPrintable(error));
        QVERIFY(centre > 0);
        QCOMPARE(unit(centre).parentId, department);
        QCOMPARE(unit(centre).openedOn, QDate(2026, 1, 15));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'units' AND record_id = ? "
                                      "AND action = 'insert'"),
                       {centre})
                     .toInt(),
                 1);

        // The same code again, a closed parent: refused.
        QVERIFY(!commands().addUnit(draft, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("TT-CDS")), qPrintable(error));
        draft.code = QStringLiteral("TT-2");
        draft.parentId = unitId("TP-LONGXUYEN");
        QVERIFY(!commands().addUnit(draft, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("open unit")), qPrintable(error));

        // A unit cannot go under itself or its own units; the centre moves up to the province.
        QVERIFY(!commands().moveUnit(department, centre, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be placed under")), qPrintable(error));
        QVERIFY(!commands().moveUnit(department, department, &error));
        QVERIFY(UnitEdits::isWithin(ReferenceData::storedUnits(db()), centre, province));
        QVERIFY2(commands().moveUnit(centre, province, &error), qPrintable(error));
        QCOMPARE(unit(centre).parentId, province);
        QCOMPARE(stack().count(), 2);

        // The department now leads no task through the centre, but has it no longer under it.
        QCOMPARE(commands().unitUsage(department).openChildren, 0);

        stack().undo();
        QCOMPARE(unit(centre).parentId, department);
        QCOMPARE(commands().unitUsage(department).openChildren, 1);
        stack().undo();
        QCOMPARE(unitsDigest(), before);
        stack().redo();
        stack().redo();
        QCOMPARE(unit(centre).parentId, province);
    }
};

QTEST_GUILESS_MAIN(TestUnitEdits)
#include "tst_unitedits.moc"
