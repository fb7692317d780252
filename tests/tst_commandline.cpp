// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands, run as a user runs them: the real steerdesk binary in a child process.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run steerdesk(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(STEERDESK_BINARY), arguments);
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initCreatesAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("moi.sqlite"));
        Run r = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(path));
        const QByteArray before = hashOf(path);
        r = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("init"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
    }

    void demoNeedsForceToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray first = hashOf(path);
        QVERIFY(!first.isEmpty());
        const Run again = steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
        QCOMPARE(hashOf(path), first);
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(steerdesk({QStringLiteral("check"), path}).exitCode, 0);
    }

    void checkReportsWithoutModifying()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);
        const Run r = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Integrity: ok")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Data version: ")));
        QVERIFY(r.out.contains(QStringLiteral("tasks")));
        QVERIFY(r.out.contains(QStringLiteral("observations")));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void checkFailsOnDamage()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const Run r = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a SteerDesk database")), qPrintable(r.err));
        QCOMPARE(steerdesk({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.sqlite"))}).exitCode, 1);
    }

    void messagesFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("khong-co.sqlite"));
        const Run en = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), missing});
        const Run vi = steerdesk({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("check"), missing});
        QCOMPARE(en.exitCode, 1);
        QCOMPARE(vi.exitCode, 1);
        QVERIFY2(en.err.contains(QStringLiteral("does not exist")), qPrintable(en.err));
        QVERIFY2(vi.err.contains(QStringLiteral("không tồn tại")), qPrintable(vi.err));
    }

    void statsAndExportTasks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);
        const Run stats = steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"), QStringLiteral("2026-05-26")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-05-26"));
        const QJsonObject tasks = json.value(QStringLiteral("tasks")).toObject();
        QCOMPARE(tasks.value(QStringLiteral("total")).toInt(), 271);
        QCOMPARE(tasks.value(QStringLiteral("completed_on_time")).toInt(), 180);
        QCOMPARE(tasks.value(QStringLiteral("completed_late")).toInt(), 18);
        QCOMPARE(tasks.value(QStringLiteral("open_overdue")).toInt(), 12);
        const QJsonObject models = json.value(QStringLiteral("pilot_models")).toObject();
        QCOMPARE(models.value(QStringLiteral("completed")).toInt(), 24);
        QCOMPARE(models.value(QStringLiteral("total")).toInt(), 42);
        QVERIFY(!json.value(QStringLiteral("by_programme")).toArray().isEmpty());
        QVERIFY(!json.value(QStringLiteral("by_lead_unit")).toArray().isEmpty());

        const QString csv = dir.filePath(QStringLiteral("tasks.csv"));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("tasks"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-05-26"), QStringLiteral("--out"), csv})
                     .exitCode,
                 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF" "code,title,kind,programme,source_document,assigned_by"));
        QCOMPARE(lines.size() - 2, 271 + 42 - 2 + 7); // header, trailing newline; 7 recurring occurrences
        // Reading commands leave the file as it was.
        QCOMPARE(hashOf(path), before);

        QCOMPARE(steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"), QStringLiteral("26/05/2026")}).exitCode, 2);
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("nothing"),
                            QStringLiteral("--out"), csv})
                     .exitCode,
                 2);
    }

    void statsAndExportIndicators()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);

        const Run stats = steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"), QStringLiteral("2026-05-26")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        // The task keys stay as they were; the indicators come beside them.
        QCOMPARE(json.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("total")).toInt(), 271);
        const QJsonObject indicators = json.value(QStringLiteral("indicators")).toObject();
        QCOMPARE(indicators.value(QStringLiteral("with_target")).toInt(), 7);
        QCOMPARE(indicators.value(QStringLiteral("achieved")).toInt(), 6);
        // Before the DTI target took effect on 28/01/2026.
        const Run january = steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"), QStringLiteral("2026-01-27")});
        QCOMPARE(QJsonDocument::fromJson(january.out.toUtf8())
                     .object()
                     .value(QStringLiteral("indicators"))
                     .toObject()
                     .value(QStringLiteral("with_target"))
                     .toInt(),
                 6);

        const QString csv = dir.filePath(QStringLiteral("indicators.csv"));
        const Run exported = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("indicators"),
                                        QStringLiteral("--as-of"), QStringLiteral("2026-05-26"), QStringLiteral("--out"), csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        // INTERCHANGE.md, "On export (--table indicators)", in that order.
        QCOMPARE(lines.first(), QByteArray("\xEF\xBB\xBF" "indicator,unit,period,value,target,achievement_pct,status\r"));
        // "958,367 out of 794,301 … 120.7% of the target"; "99.88% (the Government assigned 80%)"; "95.58% (assigned 100%)"
        QVERIFY(lines.contains("DDDT-TAIKHOAN,AN-GIANG,2026-05,958367,794301,120.655394,green\r"));
        QVERIFY(lines.contains("HS-SOHOA,AN-GIANG,2026-05,99.88,80,124.85,green\r"));
        QVERIFY(lines.contains("KQ-DIENTU,AN-GIANG,2026-05,95.58,100,95.58,yellow\r"));
        QVERIFY(lines.contains("DTI-XEPHANG,AN-GIANG,2024,6,10,166.666667,green\r"));
        // Without a target: no achievement, no status.
        QVERIFY(lines.contains("HS-DUNGHAN,AN-GIANG,2026-05,99.81,,,\r"));
        QCOMPARE(lines.size() - 2, 17 + 102 * 5); // header and trailing newline
        QCOMPARE(hashOf(path), before);

        // Before any 2026 figure the May rows are not there: the export is as of its date.
        const QString earlier = dir.filePath(QStringLiteral("earlier.csv"));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("indicators"),
                            QStringLiteral("--as-of"), QStringLiteral("2025-12-31"), QStringLiteral("--out"), earlier})
                     .exitCode,
                 0);
        QFile e(earlier);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QByteArray text = e.readAll();
        QVERIFY(!text.contains("2026-"));
        QVERIFY(text.contains("DTI-XEPHANG,AN-GIANG,2024,6,,,\r"));

        const Run unknown = steerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"), path,
                                       QStringLiteral("--table"), QStringLiteral("targets"), QStringLiteral("--out"), csv});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("indicators")), qPrintable(unknown.err));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("indicators")}).exitCode, 2);
        QCOMPARE(steerdesk({QStringLiteral("export"), dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("--table"),
                            QStringLiteral("indicators"), QStringLiteral("--out"), csv})
                     .exitCode,
                 1);
    }

    void statsAndExportCommunes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);

        // stats: the communes per colour of the latest period assessed up to the date (seed 000: 55 yellow).
        const QJsonObject communes = QJsonDocument::fromJson(steerdesk({QStringLiteral("stats"), path,
                                                                         QStringLiteral("--as-of"),
                                                                         QStringLiteral("2026-05-26")})
                                                                  .out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("communes"))
                                         .toObject();
        QCOMPARE(communes.value(QStringLiteral("period")).toString(), QStringLiteral("2026-05"));
        QCOMPARE(communes.value(QStringLiteral("yellow")).toInt(), 55);
        QCOMPARE(communes.value(QStringLiteral("green")).toInt(), 31);
        QCOMPARE(communes.value(QStringLiteral("red")).toInt(), 16);
        const QJsonObject april = QJsonDocument::fromJson(steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"),
                                                                      QStringLiteral("2026-04-30")})
                                                               .out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("communes"))
                                      .toObject();
        QCOMPARE(april.value(QStringLiteral("period")).toString(), QStringLiteral("2026-04"));
        QCOMPARE(april.value(QStringLiteral("yellow")).toInt(), 61);
        const QJsonObject none = QJsonDocument::fromJson(steerdesk({QStringLiteral("stats"), path, QStringLiteral("--as-of"),
                                                                     QStringLiteral("2026-01-31")})
                                                              .out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("communes"))
                                     .toObject();
        QVERIFY(none.value(QStringLiteral("period")).isNull());
        QCOMPARE(none.value(QStringLiteral("yellow")).toInt(), 0);

        // export --table communes: the columns of INTERCHANGE.md, one row per commune.
        const QString csv = dir.filePath(QStringLiteral("communes.csv"));
        const Run exported = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("communes"),
                                        QStringLiteral("--period"), QStringLiteral("2026-05"), QStringLiteral("--out"), csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("\xEF\xBB\xBF" "unit,name,colour,source,reason\r"));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.size(), 1 + 102);
        int yellow = 0, manual = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            yellow += line.contains(",yellow,") ? 1 : 0;
            manual += line.contains(",manual,") ? 1 : 0;
        }
        QCOMPARE(yellow, 55);
        QCOMPARE(manual, 2);
        const QString text = QString::fromUtf8(lines.join('\n'));
        QVERIFY2(text.contains(QStringLiteral("XA-ANPHU,Xã An Phú,yellow,rule,\"Điểm 66,7: 1/1 nhiệm vụ đúng hạn; 1/3 chỉ tiêu đạt → vàng\"\r")),
                 qPrintable(text.left(600)));
        // Without --period: the latest assessed up to --as-of.
        const QString latest = dir.filePath(QStringLiteral("latest.csv"));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("communes"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-05-26"), QStringLiteral("--out"), latest})
                     .exitCode,
                 0);
        QFile l(latest), may(csv);
        QVERIFY(l.open(QIODevice::ReadOnly) && may.open(QIODevice::ReadOnly));
        QCOMPARE(l.readAll(), may.readAll());

        // A period without assessments is a clear error.
        const Run missing = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("communes"),
                                       QStringLiteral("--period"), QStringLiteral("2026-06"), QStringLiteral("--out"),
                                       dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("2026-06 has no commune colours")), qPrintable(missing.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.csv"))));
        QCOMPARE(hashOf(path), before);
    }

    void exportUnitReports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);
        const QString csv = dir.filePath(QStringLiteral("reports.csv"));
        const Run exported = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"),
                                        QStringLiteral("unit-reports"), QStringLiteral("--period"), QStringLiteral("2026-05"),
                                        QStringLiteral("--as-of"), QStringLiteral("2026-05-26"), QStringLiteral("--out"), csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("\xEF\xBB\xBF" "unit,due,received,status\r"));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.size(), 1 + 17);
        int onTime = 0, late = 0, missing = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            onTime += line.endsWith(",on_time\r") ? 1 : 0;
            late += line.endsWith(",late\r") ? 1 : 0;
            missing += line.endsWith(",missing\r") ? 1 : 0;
        }
        QCOMPARE(onTime, 11);
        QCOMPARE(late, 2);
        QCOMPARE(missing, 4);
        QVERIFY(lines.contains(QByteArray("TTRA,2026-05-20,,missing\r")));

        // Without --period: the month of --as-of; in June nothing is stored yet and nothing is due.
        const QString june = dir.filePath(QStringLiteral("june.csv"));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("unit-reports"),
                            QStringLiteral("--as-of"), QStringLiteral("2026-06-10"), QStringLiteral("--out"), june})
                     .exitCode,
                 0);
        QFile j(june);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QByteArray juneText = j.readAll();
        QCOMPARE(juneText.count(",2026-06-20,,not_due\r"), 17);

        // Not a month: a usage error, nothing written.
        const Run quarter = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"),
                                       QStringLiteral("unit-reports"), QStringLiteral("--period"), QStringLiteral("2026Q2"),
                                       QStringLiteral("--out"), dir.filePath(QStringLiteral("q.csv"))});
        QCOMPARE(quarter.exitCode, 2);
        QVERIFY2(quarter.err.contains(QStringLiteral("2026Q2")), qPrintable(quarter.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("q.csv"))));
        // The usage text names the table.
        QVERIFY(steerdesk({QStringLiteral("export"), QStringLiteral("--help")}).out.contains(QStringLiteral("--table unit-reports")));
        QCOMPARE(hashOf(path), before);
    }

    void exportMeetings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(steerdesk({QStringLiteral("demo"), QStringLiteral("--out"), path}).exitCode, 0);
        const QByteArray before = hashOf(path);
        const QString csv = dir.filePath(QStringLiteral("meetings.csv"));
        const Run exported = steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"),
                                        QStringLiteral("meetings"), QStringLiteral("--as-of"),
                                        QStringLiteral("2026-05-28"), QStringLiteral("--out"), csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so that Excel shows Vietnamese
        const QString text = QString::fromUtf8(bytes.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("meeting,date,chair,directive,lead_unit,task_code,task_status"));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        // One row per task created from a directive (230 in the demo), plus one for the directive to the
        // 55 yellow communes, which has none yet.
        QCOMPARE(lines.size(), 1 + 231);
        // The Department of Home Affairs' consultant directive of 28/05/2026 became NV-0131, due 30/06/2026.
        QString homeAffairs;
        for (const QString &line : std::as_const(lines)) {
            if (line.contains(QStringLiteral(",SO-NV,NV-0131,")))
                homeAffairs = line;
        }
        QVERIFY2(homeAffairs.contains(QStringLiteral(",2026-05-28,Hồ Văn Mừng,")), qPrintable(homeAffairs));
        QVERIFY2(homeAffairs.endsWith(QStringLiteral(",SO-NV,NV-0131,open_within_deadline")), qPrintable(homeAffairs));
        // The directive without tasks names its 55 lead communes and leaves task and status empty.
        QString yellow;
        for (const QString &line : std::as_const(lines)) {
            if (line.contains(QStringLiteral("trạng thái")) && line.endsWith(QStringLiteral(",,")))
                yellow = line;
        }
        QVERIFY2(!yellow.isEmpty(), qPrintable(text.left(2000)));
        QCOMPARE(yellow.count(QLatin1Char(';')), 54);
        // Oldest meeting first.
        QVERIFY2(lines.at(1).contains(QStringLiteral(",2022-08-09,")), qPrintable(lines.at(1)));
        // As of a date before any of the tasks was assigned, no task has a status yet: the export is as
        // of its date.
        const QString early = dir.filePath(QStringLiteral("early.csv"));
        QCOMPARE(steerdesk({QStringLiteral("export"), path, QStringLiteral("--table"), QStringLiteral("meetings"),
                            QStringLiteral("--as-of"), QStringLiteral("2020-01-01"), QStringLiteral("--out"), early})
                     .exitCode,
                 0);
        QFile e(early);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QStringList earlyLines = QString::fromUtf8(e.readAll()).split(QStringLiteral("\r\n"));
        int withStatus = 0;
        for (const QString &line : earlyLines)
            withStatus += line.endsWith(QStringLiteral("open_within_deadline")) || line.endsWith(QStringLiteral("standing"))
                                  || line.contains(QStringLiteral(",completed_")) || line.endsWith(QStringLiteral("open_overdue"))
                              ? 1
                              : 0;
        QCOMPARE(withStatus, 0);
        QVERIFY(steerdesk({QStringLiteral("export"), QStringLiteral("--help")}).out.contains(QStringLiteral("--table meetings")));
        QCOMPARE(hashOf(path), before);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("init without file") << QStringList{QStringLiteral("init")};
        QTest::newRow("init two files") << QStringList{QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")};
        QTest::newRow("check without file") << QStringList{QStringLiteral("check")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate"), QStringLiteral("x")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check"), QStringLiteral("x")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = steerdesk(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
