// SPDX-License-Identifier: GPL-3.0-or-later
// The task form's rules, in the words the secretary reads.
#include <QTest>

#include "models/tasks/taskvalidator.h"

Q_DECLARE_METATYPE(TaskDraft)

class TestTaskValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlineWording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QDate>("date");
        QTest::newRow("quarter") << QStringLiteral("Quý III/2026") << true << QDate(2026, 9, 30);
        QTest::newRow("quarter code") << QStringLiteral("2026Q3") << true << QDate(2026, 9, 30);
        QTest::newRow("month") << QStringLiteral("Tháng 2/2028") << true << QDate(2028, 2, 29);
        QTest::newRow("year") << QStringLiteral("Năm 2026") << true << QDate(2026, 12, 31);
        QTest::newRow("date") << QStringLiteral("30/9/2026") << true << QDate(2026, 9, 30);
        QTest::newRow("padded date") << QStringLiteral(" 05/01/2027 ") << true << QDate(2027, 1, 5);
        QTest::newRow("iso") << QStringLiteral("2026-12-31") << true << QDate(2026, 12, 31);
        QTest::newRow("standing") << QString() << true << QDate();
        QTest::newRow("standing in words") << QStringLiteral("Thường xuyên") << true << QDate();
        QTest::newRow("no such quarter") << QStringLiteral("Quý V/2026") << false << QDate();
        QTest::newRow("no such day") << QStringLiteral("31/02/2026") << false << QDate();
        QTest::newRow("words") << QStringLiteral("sớm nhất có thể") << false << QDate();
    }
    void deadlineWording()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QDate, date);
        bool parsed = !ok;
        QCOMPARE(TaskValidator::deadlineFromText(text, &parsed), date);
        QCOMPARE(parsed, ok);
    }

    void rules_data()
    {
        QTest::addColumn<TaskDraft>("draft");
        QTest::addColumn<QList<int>>("fields");
        TaskDraft good;
        good.code = QStringLiteral("NV-0300");
        good.title = QStringLiteral("Số hóa dữ liệu đất đai");
        good.leadUnitId = 5;
        good.assignedOn = QDate(2026, 2, 10);
        good.deadlineText = QStringLiteral("Quý III/2026");
        QTest::newRow("good") << good << QList<int>{};

        TaskDraft d = good;
        d.leadUnitId = 0;
        QTest::newRow("no lead unit") << d << QList<int>{int(TaskValidator::Field::LeadUnit)};
        d = good;
        d.deadlineText = QStringLiteral("31/01/2026");
        QTest::newRow("deadline before assignment") << d << QList<int>{int(TaskValidator::Field::Deadline)};
        d = good;
        d.completedOn = QDate(2026, 5, 27);
        QTest::newRow("completed tomorrow") << d << QList<int>{int(TaskValidator::Field::CompletedOn)};
        d.completedOn = QDate(2026, 5, 26);
        QTest::newRow("completed today") << d << QList<int>{};
        d.completedOn = QDate(2026, 1, 5);
        QTest::newRow("completed before assignment") << d << QList<int>{int(TaskValidator::Field::CompletedOn)};
        d = good;
        d.recurrence = QStringLiteral("monthly");
        d.assignedOn = QDate();
        d.deadlineText = QStringLiteral("Hằng tháng"); // a recurring task's wording is free text
        QTest::newRow("recurring without start") << d << QList<int>{int(TaskValidator::Field::AssignedOn)};
        d = good;
        d.code.clear();
        d.title = QStringLiteral(" ");
        QTest::newRow("empty") << d << QList<int>{int(TaskValidator::Field::Code), int(TaskValidator::Field::Title)};
        d = good;
        d.documentNumber = QStringLiteral("120/KH-UBND");
        QTest::newRow("document without date") << d << QList<int>{int(TaskValidator::Field::Document)};
    }
    void rules()
    {
        QFETCH(TaskDraft, draft);
        QFETCH(QList<int>, fields);
        QList<int> found;
        for (const auto &p : TaskValidator::validate(draft, QDate(2026, 5, 26), false)) {
            found << int(p.field);
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(found, fields);
    }

    void takenCode()
    {
        TaskDraft d;
        d.code = QStringLiteral("NV-0001");
        d.title = QStringLiteral("x");
        d.leadUnitId = 1;
        const auto problems = TaskValidator::validate(d, QDate(2026, 5, 26), true);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("NV-0001")));
    }
};

QTEST_GUILESS_MAIN(TestTaskValidator)
#include "tst_taskvalidator.moc"
