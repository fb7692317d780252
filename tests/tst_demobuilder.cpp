// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QCryptographicHash>
#include <QHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "models/communes/communeassessor.h"
#include "models/communes/communerules.h"
#include "models/demo/democontent.h"
#include "models/domain/period.h"
#include "models/demo/demobuilder.h"
#include "models/i18n/language.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

/*!
 * The demo database is written to a real file and its figures must be exactly the seeds': 271 tasks,
 * 24 of 42 pilot models completed, 55 yellow communes, and every indicator value and target the meeting
 * reports state. Also: the file is consistent (foreign keys, integrity) and never overwritten by accident.
 */
class TestDemoBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void integrity();
    void tasks();
    void taskStatusMix();
    void pilotModels();
    void communeColours();
    void indicatorValues_data();
    void indicatorValues();
    void ranks_data();
    void ranks();
    void targets_data();
    void targets();
    void ratesRollUp();
    void unitsAndMeetings();
    void illustrativeMark();
    void refusesToOverwrite();
    void overwritesWithFlag();
    void populateRefusesNonEmpty();

private:
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    QString m_path;
    Database *m_db = nullptr;
};

QVariant TestDemoBuilder::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql)) {
        qWarning() << q.lastError().text() << sql;
        return {};
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text() << sql;
        return {};
    }
    return q.value(0);
}

void TestDemoBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.steerdesk"));
    QString error;
    QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    QVERIFY(QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".demo-0")));
    m_db = new Database(QStringLiteral("tst_demobuilder"));
    QVERIFY2(m_db->open(m_path, Database::Access::ReadOnly), qPrintable(m_db->errorString()));
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
}

void TestDemoBuilder::cleanupTestCase()
{
    delete m_db;
    m_db = nullptr;
}

void TestDemoBuilder::integrity()
{
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), qPrintable(QStringLiteral("foreign key violation in %1").arg(q.value(0).toString())));
    // observations.period_start agrees with its period everywhere
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM observations o JOIN periods p ON p.code = o.period "
                                   "WHERE p.starts_on IS NOT o.period_start"))
                 .toInt(),
             0);
}

void TestDemoBuilder::tasks()
{
    // seed 000: "continue to complete 271 tasks as directed and assigned by the Central and Provincial SC"
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'task'")).toInt(), 271);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT code) FROM tasks")).toInt(),
             scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt());
    // the directives the brief names are there
    QCOMPARE(scalar(QStringLiteral("SELECT deadline_date || '|' || deadline_text FROM tasks "
                                   "WHERE title LIKE 'Số hóa dữ liệu đất đai%'"))
                 .toString(),
             QStringLiteral("2026-09-30|Quý III/2026"));
    QCOMPARE(scalar(QStringLiteral("SELECT u.code FROM tasks t JOIN units u ON u.id = t.lead_unit_id "
                                   "WHERE t.title LIKE 'Thuê tư vấn%'"))
                 .toString(),
             QStringLiteral("SO-NV"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE recurrence = 'monthly'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM task_occurrences o JOIN tasks t ON t.id = o.task_id "
                                   "WHERE t.recurrence = 'monthly'"))
                 .toInt(),
             5);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'task' AND deadline_date IS NULL "
                                  "AND recurrence = 'none'"))
                .toInt() > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM deadline_extensions")).toInt() >= 8);
    // the deadline in force is the newest extension's
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM tasks t JOIN deadline_extensions e ON e.task_id = t.id "
                              "WHERE e.new_deadline_date IS NOT t.deadline_date"))
            .toInt(),
        0);
    // nothing completed after the as-of date
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE completed_on > '2026-05-26'")).toInt(),
             0);
    // every directive of the main meeting but one (the yellow communes) links to tasks
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM meeting_outcomes o JOIN meetings m ON m.id = o.meeting_id "
                        "WHERE m.held_on = '2026-05-28' AND o.kind = 'directive' AND NOT EXISTS "
                        "(SELECT 1 FROM directive_tasks d WHERE d.outcome_id = o.id)"))
                 .toInt(),
             1);
}

void TestDemoBuilder::taskStatusMix()
{
    // Status as of 26/05/2026 from the deadline in force and the completion date.
    const QString sql = QStringLiteral(
        "SELECT CASE "
        " WHEN completed_on IS NOT NULL AND (deadline_date IS NULL OR completed_on <= deadline_date) THEN "
        "'on_time' "
        " WHEN completed_on IS NOT NULL THEN 'late' "
        " WHEN deadline_date IS NULL THEN 'standing' "
        " WHEN deadline_date < '2026-05-26' THEN 'overdue' ELSE 'within' END AS status, count(*) "
        "FROM tasks WHERE kind = 'task' GROUP BY status");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(sql));
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    QCOMPARE(counts.value(QStringLiteral("on_time")), 180);
    QCOMPARE(counts.value(QStringLiteral("late")), 18);
    QCOMPARE(counts.value(QStringLiteral("overdue")), 12);
    QCOMPARE(counts.value(QStringLiteral("within")) + counts.value(QStringLiteral("standing")), 61);
    QVERIFY(counts.value(QStringLiteral("standing")) >= 10);
    // seed 000: Resolution 57 has no task behind schedule
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks t JOIN programmes p ON p.id = t.programme_id "
                                   "WHERE p.code = 'NQ57' AND ((completed_on IS NULL AND deadline_date < "
                                   "'2026-05-26') OR completed_on > deadline_date)"))
                 .toInt(),
             0);
}

void TestDemoBuilder::pilotModels()
{
    // seed 002: "24/42 pilot models of Project 06 have been completed (reaching 57%)"
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'model'")).toInt(), 42);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'model' AND completed_on IS NOT NULL "
                              "AND completed_on <= '2026-05-26'"))
            .toInt(),
        24);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'model' AND completed_on IS NULL"))
            .toInt(),
        18);
}

void TestDemoBuilder::communeColours()
{
    // seed 000: "55 communes currently in the yellow status"
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE period = '2026-05' "
                                   "AND colour = 'yellow'"))
                 .toInt(),
             55);
    const int communes = scalar(QStringLiteral("SELECT count(*) FROM units WHERE kind IN ('commune', 'ward', "
                                               "'special_zone')"))
                             .toInt();
    QVERIFY2(communes >= 95 && communes <= 110, qPrintable(QString::number(communes)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE period = '2026-05'")).toInt(),
        communes);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE period = '2026-05' "
                                  "AND colour = 'green'"))
                .toInt() > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE period = '2026-05' "
                                  "AND colour = 'red'"))
                .toInt() > 0);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE reason IS NULL OR reason = ''"))
            .toInt(),
        0);
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE source = 'manual'")).toInt() >
        0);
    // the rule bands agree with the scores of rule-made colours
    QCOMPARE(
        scalar(QStringLiteral(
                   "SELECT count(*) FROM commune_assessments a WHERE a.source = 'rule' AND NOT EXISTS ("
                   " SELECT 1 FROM colour_rules r WHERE r.scope = 'commune_score' AND r.colour = a.colour"
                   " AND (r.lower_bound IS NULL OR a.score >= r.lower_bound)"
                   " AND (r.upper_bound IS NULL OR a.score < r.upper_bound))"))
            .toInt(),
        0);

    // The colours are the commune rules' own (default rule set) on the demo's tasks and figures: every rule
    // row, and the rule colour kept under the two set by hand, is what CommuneAssessor gives.
    const CommuneRules rules = CommuneRules::load(*m_db);
    // The demo is a Vietnamese file: its explanations are stored in Vietnamese whatever language wrote it.
    const ScopedLanguage vietnamese(QStringLiteral("vi"));
    QVERIFY(scalar(QStringLiteral("SELECT reason FROM commune_assessments WHERE source = 'rule' LIMIT 1"))
                .toString()
                .startsWith(QStringLiteral("Điểm ")));
    for (const DemoContent::AssessmentRound &round : DemoContent::assessmentRounds()) {
        const Period period = Period::parse(round.period);
        QString error;
        const QVector<CommuneAssessment> computed =
            CommuneAssessor::assessAll(*m_db, rules, period, CommuneAssessor::asOfFor(period, round.assessedOn), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(computed.size(), communes);
        for (const CommuneAssessment &a : computed) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT colour, source, reason, score, rule_colour FROM commune_assessments "
                                     "WHERE unit_id = ? AND period = ?"));
            q.addBindValue(a.facts.unitId);
            q.addBindValue(round.period);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(4).toString(), ColourRules::code(a.colour));
            QCOMPARE(q.value(3).toDouble(), *a.score);
            if (q.value(1).toString() == QLatin1String("rule")) {
                QCOMPARE(q.value(0).toString(), ColourRules::code(a.colour));
                QCOMPARE(q.value(2).toString(), a.explanation);
            }
        }
    }
    // April: 61 yellow by the rules, none set by hand.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commune_assessments WHERE period = '2026-04' AND colour = 'yellow'"))
                 .toInt(),
             61);
    // May by hand: one red by the rules made yellow, one yellow made green, so 55 stays 55.
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(rule_colour || '>' || colour) FROM (SELECT * FROM "
                                   "commune_assessments WHERE source = 'manual' ORDER BY colour DESC)"))
                 .toString(),
             QStringLiteral("red>yellow,yellow>green"));
    // The meeting's directive names exactly the 55 yellow communes.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outcome_units ou JOIN meeting_outcomes o ON o.id = ou.outcome_id "
                                   "JOIN commune_assessments a ON a.unit_id = ou.unit_id AND a.period = '2026-05' "
                                   "WHERE o.text LIKE '55 x%' AND ou.role = 'lead' AND a.colour = 'yellow'"))
                 .toInt(),
             55);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outcome_units ou JOIN meeting_outcomes o ON o.id = ou.outcome_id "
                                   "WHERE o.text LIKE '55 x%' AND ou.role = 'lead'"))
                 .toInt(),
             55);
}

void TestDemoBuilder::indicatorValues_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("rate");
    QTest::newRow("online records 85%") << QStringLiteral("HS-TRUCTUYEN") << 85.0 << true;
    QTest::newRow("on time 99.81%") << QStringLiteral("HS-DUNGHAN") << 99.81 << true;
    QTest::newRow("digitization 99.88%") << QStringLiteral("HS-SOHOA") << 99.88 << true;
    QTest::newRow("electronic results 95.58%") << QStringLiteral("KQ-DIENTU") << 95.58 << true;
    QTest::newRow("reuse 69.82%") << QStringLiteral("KQ-TAISUDUNG") << 69.82 << true;
    QTest::newRow("reduced time and cost 43.86%") << QStringLiteral("TTHC-CATGIAM") << 43.86 << true;
    QTest::newRow("e-ID granted 99.6%") << QStringLiteral("DDDT-CAP") << 99.6 << true;
    QTest::newRow("e-ID activated 92.12%") << QStringLiteral("DDDT-KICHHOAT") << 92.12 << true;
    QTest::newRow("ID card applications") << QStringLiteral("CCCD-HOSO") << 1623297.0 << false;
    QTest::newRow("online applications") << QStringLiteral("DVC-HOSO-TT") << 491643.0 << false;
    QTest::newRow("e-ID accounts") << QStringLiteral("DDDT-TAIKHOAN") << 958367.0 << false;
    QTest::newRow("funds 24.1 billion VND") << QStringLiteral("DA06-KINHPHI") << 24100000000.0 << false;
    QTest::newRow("service index 95.99 points") << QStringLiteral("PVND-DIEM") << 95.99 << false;
    QTest::newRow("digital economy 12.52%") << QStringLiteral("KTS-TYTRONG") << 12.52 << false;
}

void TestDemoBuilder::indicatorValues()
{
    QFETCH(QString, code);
    QFETCH(double, value);
    QFETCH(bool, rate);
    // the latest province observation in or before the as-of date
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(
        QStringLiteral("SELECT o.value, o.numerator, o.denominator, i.is_rate FROM observations o "
                       "JOIN indicators i ON i.id = o.indicator_id JOIN units u ON u.id = o.unit_id "
                       "WHERE i.code = ? AND u.code = 'AN-GIANG' AND o.period_start <= '2026-05-26' "
                       "ORDER BY o.period_start DESC LIMIT 1")));
    q.bindValue(0, code);
    QVERIFY(q.exec());
    QVERIFY2(q.next(), qPrintable(code));
    QCOMPARE(q.value(0).toDouble(), value);
    QCOMPARE(q.value(3).toBool(), rate);
    if (rate) {
        QVERIFY(!q.value(1).isNull() && !q.value(2).isNull());
        const double ratio = 100.0 * q.value(1).toDouble() / q.value(2).toDouble();
        // numerator / denominator reproduces the stated percentage exactly
        QCOMPARE(std::round(ratio * 100.0) / 100.0, value);
        QVERIFY(qAbs(ratio - value) < 1e-9);
    }
}

void TestDemoBuilder::ranks_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("peers");
    QTest::newRow("service index 16/34") << QStringLiteral("PVND-XEPHANG") << 16 << 34;
    QTest::newRow("DTI 6/63") << QStringLiteral("DTI-XEPHANG") << 6 << 63;
    QTest::newRow("digital economy 12/63") << QStringLiteral("KTS-XEPHANG") << 12 << 63;
}

void TestDemoBuilder::ranks()
{
    QFETCH(QString, code);
    QFETCH(int, rank);
    QFETCH(int, peers);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT o.value, o.peers, i.measure, i.direction FROM observations o "
        "JOIN indicators i ON i.id = o.indicator_id WHERE i.code = ? ORDER BY o.period_start DESC LIMIT 1")));
    q.bindValue(0, code);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toDouble(), double(rank));
    QCOMPARE(q.value(1).toInt(), peers);
    QCOMPARE(q.value(2).toString(), QStringLiteral("rank"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("down"));
}

void TestDemoBuilder::targets_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("assignedBy");
    QTest::newRow("digitization: Government 80%")
        << QStringLiteral("HS-SOHOA") << 80.0 << QStringLiteral("government");
    QTest::newRow("electronic results: 100%")
        << QStringLiteral("KQ-DIENTU") << 100.0 << QStringLiteral("government");
    QTest::newRow("reuse: 50%") << QStringLiteral("KQ-TAISUDUNG") << 50.0 << QStringLiteral("government");
    QTest::newRow("reduction: Resolution 66 30%")
        << QStringLiteral("TTHC-CATGIAM") << 30.0 << QStringLiteral("government");
    QTest::newRow("e-ID accounts 794,301")
        << QStringLiteral("DDDT-TAIKHOAN") << 794301.0 << QStringLiteral("government");
    QTest::newRow("DTI rank 10") << QStringLiteral("DTI-XEPHANG") << 10.0 << QStringLiteral("provincial_sc");
    QTest::newRow("online 80% or higher") << QStringLiteral("HS-TRUCTUYEN") << 80.0 << QStringLiteral("ppc");
}

void TestDemoBuilder::targets()
{
    QFETCH(QString, code);
    QFETCH(double, target);
    QFETCH(QString, assignedBy);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT t.value, t.assigned_by FROM targets t JOIN indicators i ON i.id = t.indicator_id "
        "JOIN units u ON u.id = t.unit_id WHERE i.code = ? AND u.code = 'AN-GIANG' "
        "AND t.effective_from <= '2026-05-26' ORDER BY t.effective_from DESC LIMIT 1")));
    q.bindValue(0, code);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toDouble(), target);
    QCOMPARE(q.value(1).toString(), assignedBy);

    if (code == QLatin1String("DDDT-TAIKHOAN")) {
        // 958,367 against 794,301 is 120.7%, never capped
        const double value = scalar(QStringLiteral("SELECT o.value FROM observations o JOIN indicators i ON "
                                                   "i.id = o.indicator_id JOIN units u "
                                                   "ON u.id = o.unit_id WHERE i.code = 'DDDT-TAIKHOAN' AND "
                                                   "u.code = 'AN-GIANG' AND o.period = '2026-05'"))
                                 .toDouble();
        QCOMPARE(std::round(1000.0 * value / target) / 10.0, 120.7);
    }
}

void TestDemoBuilder::ratesRollUp()
{
    // For every commune-level indicator and month, the province row is the sum of the communes' rows.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT i.code, o.period, sum(o.numerator), sum(o.denominator), sum(o.value), "
        " (SELECT p.numerator FROM observations p WHERE p.indicator_id = o.indicator_id AND p.period = "
        "o.period"
        "  AND p.unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG')),"
        " (SELECT p.denominator FROM observations p WHERE p.indicator_id = o.indicator_id AND p.period = "
        "o.period"
        "  AND p.unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG')),"
        " (SELECT p.value FROM observations p WHERE p.indicator_id = o.indicator_id AND p.period = o.period"
        "  AND p.unit_id = (SELECT id FROM units WHERE code = 'AN-GIANG')), i.is_rate, count(*) "
        "FROM observations o JOIN indicators i ON i.id = o.indicator_id JOIN units u ON u.id = o.unit_id "
        "WHERE u.kind IN ('commune', 'ward', 'special_zone') GROUP BY o.indicator_id, o.period")));
    int groups = 0;
    while (q.next()) {
        ++groups;
        const QString label = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QVERIFY2(q.value(9).toInt() >= 95, qPrintable(label));
        if (q.value(8).toBool()) {
            QVERIFY2(q.value(2).toLongLong() == q.value(5).toLongLong(), qPrintable(label));
            QVERIFY2(q.value(3).toLongLong() == q.value(6).toLongLong(), qPrintable(label));
        } else {
            QVERIFY2(q.value(4).toLongLong() == q.value(7).toLongLong(), qPrintable(label));
        }
    }
    QCOMPARE(groups, 5 * 5); // four rates and the e-ID accounts, January to May 2026
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM observations WHERE numerator > denominator")).toInt(), 0);
}

void TestDemoBuilder::unitsAndMeetings()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM units WHERE kind = 'province'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM units WHERE code = 'SO-KHCN'")).toString(),
             QStringLiteral("Sở Khoa học và Công nghệ"));
    QVERIFY(
        scalar(QStringLiteral("SELECT count(*) FROM units WHERE kind IN ('department', 'agency')")).toInt() >=
        25);
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM units WHERE code = 'DK-PHUQUOC'")).toString(),
             QStringLiteral("special_zone"));
    // districts closed by the merger, each with a successor
    QVERIFY(scalar(QStringLiteral(
                       "SELECT count(*) FROM units WHERE kind = 'district' AND closed_on = '2025-07-01' "
                       "AND successor_id IS NOT NULL"))
                .toInt() >= 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM meetings")).toInt(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT chair FROM meetings WHERE held_on = '2026-05-28'")).toString(),
             QStringLiteral("Hồ Văn Mừng"));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM meeting_outcomes "
                        "o WHERE o.meeting_id = m.id AND o.kind = 'directive')"))
                 .toInt(),
             0);
    // monthly reports: January to May, some late, some missing in May
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT period) FROM unit_reports")).toInt(), 5);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM unit_reports WHERE received_on > due_on")).toInt() >
            0);
    QVERIFY(scalar(QStringLiteral(
                       "SELECT count(*) FROM unit_reports WHERE period = '2026-05' AND received_on IS NULL"))
                .toInt() > 0);
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM unit_reports WHERE period < '2026-05' AND received_on IS NULL"))
                 .toInt(),
             0);
}

void TestDemoBuilder::illustrativeMark()
{
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {QLatin1String(Schema::Setting::DemoIllustrative)})
                 .toString(),
             QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {QLatin1String(Schema::Setting::DemoAsOf)})
                 .toString(),
             QStringLiteral("2026-05-26"));
}

void TestDemoBuilder::refusesToOverwrite()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();

    QString error;
    QVERIFY(!DemoBuilder::writeFile(m_path, false, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);

    // an unrelated file is not overwritten either
    const QString other = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(other);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("ghi chú");
    notes.close();
    QVERIFY(!DemoBuilder::writeFile(other, false, &error));
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("ghi chú"));
}

void TestDemoBuilder::overwritesWithFlag()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.steerdesk"));
    QFile junk(path);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("old content");
    junk.close();
    QString error;
    QVERIFY2(DemoBuilder::writeFile(path, true, &error), qPrintable(error));
    Database db(QStringLiteral("tst_demobuilder_overwrite"));
    QVERIFY2(db.open(path, Database::Access::ReadOnly), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'task'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 271);
}

void TestDemoBuilder::populateRefusesNonEmpty()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.steerdesk"));
    Database db(QStringLiteral("tst_demobuilder_twice"));
    QVERIFY2(db.create(path), qPrintable(db.errorString()));
    QString error;
    QVERIFY2(DemoBuilder::populate(db, &error), qPrintable(error));
    QVERIFY(!DemoBuilder::populate(db, &error));
    QVERIFY(!error.isEmpty());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next());
    QCOMPARE(q.value(0).toInt(), 271 + 42);
}

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_demobuilder.moc"
