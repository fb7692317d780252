// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator catalogue and targets as the secretary edits them: validation in the user's language,
// one undo step per edit, audit rows, and the status computation following a new target.
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/indicators/indicatorstore.h"
#include "models/session.h"
#include "models/storage/database.h"

namespace {

int scalar(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestIndicatorEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    std::unique_ptr<Session> m_session;

    Database &db() const { return *m_session->database(); }
    EditCommands &commands() const { return *m_session->commands(); }
    QUndoStack &stack() const { return *m_session->undoStack(); }

    qint64 idOf(const char *table, const QString &code) const
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    QString digest() const
    {
        QString out;
        for (const char *sql : {"SELECT * FROM indicators ORDER BY id", "SELECT * FROM targets ORDER BY id",
                                "SELECT * FROM source_documents ORDER BY id"}) {
            QSqlQuery q(db().connection());
            q.exec(QLatin1String(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
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

    void addIndicatorUndoRedo()
    {
        const QString before = digest();
        IndicatorDraft d;
        d.code = QStringLiteral("CDS-CHUKYSO");
        d.name = QStringLiteral("Tỷ lệ cán bộ có chữ ký số");
        d.nameEn = QStringLiteral("Share of officials with a digital signature");
        d.measure = QStringLiteral("percent");
        d.isRate = true;
        d.decimals = 2;
        d.level = QStringLiteral("commune");
        qint64 id = 0;
        QString error;
        QVERIFY2(commands().saveIndicator(d, &id, &error), qPrintable(error));
        QVERIFY(id > 0);
        QCOMPARE(stack().undoText(), QStringLiteral("add indicator 'CDS-CHUKYSO'"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT is_rate + decimals FROM indicators WHERE id = ?"), {id}), 3);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'indicators' AND "
                                             "record_id = ? AND action = 'insert'"),
                        {id}),
                 1);
        stack().undo();
        QCOMPARE(digest(), before);
        stack().redo();
        QCOMPARE(idOf("indicators", d.code), id);
    }

    void indicatorValidation_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<bool>("isRate");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("message");
        QTest::newRow("no code") << QString() << "percent" << false << 0 << "Enter the indicator's code.";
        QTest::newRow("code taken") << "hs-sohoa" << "percent" << false << 0
                                    << "Another indicator already has the code hs-sohoa.";
        QTest::newRow("count as rate") << "X1" << "count" << true << 0
                                       << "Only a percentage can be a rate (numerator / denominator).";
        QTest::newRow("decimals") << "X2" << "percent" << false << 7 << "Decimals must be between 0 and 6.";
        QTest::newRow("measure") << "X3" << "weight" << false << 0 << "Choose what the indicator measures.";
    }

    void indicatorValidation()
    {
        QFETCH(QString, code);
        QFETCH(QString, measure);
        QFETCH(bool, isRate);
        QFETCH(int, decimals);
        QFETCH(QString, message);
        const QString before = digest();
        IndicatorDraft d;
        d.code = code;
        d.name = QStringLiteral("Chỉ tiêu thử");
        d.measure = measure;
        d.isRate = isRate;
        d.decimals = decimals;
        QString error;
        QVERIFY(!commands().saveIndicator(d, nullptr, &error));
        QCOMPARE(error, message);
        QCOMPARE(digest(), before);
        QCOMPARE(stack().count(), 0);
    }

    void rankIsAlwaysLowerIsBetter()
    {
        IndicatorDraft d;
        d.code = QStringLiteral("PAPI-XEPHANG");
        d.name = QStringLiteral("Xếp hạng PAPI");
        d.measure = QStringLiteral("rank");
        d.direction = QStringLiteral("up");
        d.decimals = 2;
        qint64 id = 0;
        QString error;
        QVERIFY2(commands().saveIndicator(d, &id, &error), qPrintable(error));
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT direction, decimals FROM indicators WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("down"));
        QCOMPARE(q.value(1).toInt(), 0);
    }

    void editIndicatorAuditsTheChangedField()
    {
        const qint64 id = idOf("indicators", QStringLiteral("HS-SOHOA"));
        IndicatorDraft d;
        QVERIFY(id > 0);
        for (const IndicatorRecord &r : IndicatorStore::loadCatalogue(db())) {
            if (r.id == id) {
                d.id = id;
                d.code = r.code;
                d.name = r.name;
                d.nameEn = r.nameEn;
                d.measure = r.measure;
                d.direction = r.direction;
                d.isRate = r.isRate;
                d.accumulation = r.accumulation;
                d.decimals = r.decimals;
                d.level = r.level;
                d.unitLabel = r.unitLabel;
                d.programmeId = scalar(db(), QStringLiteral("SELECT programme_id FROM indicators WHERE id = ?"), {id});
            }
        }
        QString error;
        // Nothing changed: no undo step.
        QVERIFY2(commands().saveIndicator(d, nullptr, &error), qPrintable(error));
        QCOMPARE(stack().count(), 0);
        d.decimals = 1;
        QVERIFY2(commands().saveIndicator(d, nullptr, &error), qPrintable(error));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'indicators' AND "
                                             "record_id = ? AND field = 'decimals'"),
                        {id}),
                 1);
        stack().undo();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT decimals FROM indicators WHERE id = ?"), {id}), 2);
    }

    void provincialTargetBesideTheGovernments()
    {
        const qint64 indicator = idOf("indicators", QStringLiteral("HS-SOHOA"));
        const qint64 province = idOf("units", QStringLiteral("AN-GIANG"));
        const QDate asOf(2026, 5, 26);
        const QString before = digest();
        TargetDraft t;
        t.indicatorId = indicator;
        t.unitId = province;
        t.effectiveFrom = QDate(2026, 1, 28);
        t.value = 90;
        t.assignedBy = QStringLiteral("provincial_sc");
        t.documentNumber = QStringLiteral("25/KH-BCĐ");
        t.documentDate = QDate(2026, 1, 28);
        qint64 id = 0;
        QString error;
        QVERIFY2(commands().addTarget(t, &id, &error), qPrintable(error));
        QCOMPARE(stack().undoText(), QStringLiteral("set a target for 'HS-SOHOA'"));
        // Both in force, side by side: the Government's 80 and the province's 90.
        QList<double> values;
        for (const TargetRecord &r : IndicatorStore::targetsInForce(db(), asOf, indicator))
            values << r.value;
        std::sort(values.begin(), values.end());
        QCOMPARE(values, (QList<double>{80, 90}));
        QCOMPARE(IndicatorStore::targetInForce(db(), indicator, province, asOf, QStringLiteral("provincial_sc")).document,
                 QStringLiteral("25/KH-BCĐ ngày 28/01/2026"));
        // The audit files the target under its indicator.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'indicators' AND "
                                             "record_id = ? AND field = 'target' AND new_value = '90'"),
                        {indicator}),
                 1);
        // The same assigner, unit and date twice is refused with what is already there.
        QVERIFY(!commands().addTarget(t, nullptr, &error));
        QCOMPARE(error, QStringLiteral("Provincial Steering Committee already set a target of 90 from 28/01/2026 "
                                       "for this unit; remove it first to set another."));
        // Undo removes the target and the document it brought.
        stack().undo();
        QCOMPARE(digest(), before);
        stack().redo();
        QVERIFY2(commands().removeTarget(id, &error), qPrintable(error));
        QCOMPARE(IndicatorStore::targetsInForce(db(), asOf, indicator).size(), 1);
        stack().undo();
        QCOMPARE(IndicatorStore::targetsInForce(db(), asOf, indicator).size(), 2);
    }

    void targetValidation()
    {
        const qint64 indicator = idOf("indicators", QStringLiteral("DTI-XEPHANG"));
        TargetDraft t;
        t.indicatorId = indicator;
        t.unitId = idOf("units", QStringLiteral("AN-GIANG"));
        t.effectiveFrom = QDate(2026, 6, 1);
        t.value = 0;
        QString error;
        QVERIFY(!commands().addTarget(t, nullptr, &error));
        QCOMPARE(error, QStringLiteral("A target rank is a place of 1 or more."));
        t.value = 5;
        t.unitId = 0;
        QVERIFY(!commands().addTarget(t, nullptr, &error));
        QCOMPARE(error, QStringLiteral("Choose the unit the target is set for."));
        t.unitId = idOf("units", QStringLiteral("AN-GIANG"));
        t.documentNumber = QStringLiteral("12/QĐ-UBND");
        QVERIFY(!commands().addTarget(t, nullptr, &error));
        QCOMPARE(error, QStringLiteral("Enter the date of document 12/QĐ-UBND."));
        QCOMPARE(stack().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorEdits)
#include "tst_indicatoredits.moc"
