// SPDX-License-Identifier: GPL-3.0-or-later
// "What became of the meeting's directives" for the demo's meeting of 28/05/2026, under
// QAbstractItemModelTester: every outcome in order, each directive's tasks under it with the status the
// task register derives as of the date, and the directive's summary counted from those.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include "demofixture.h"

#include "models/i18n/language.h"
#include "models/meetings/directivereviewmodel.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

class TestDirectiveReviewModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;
    qint64 m_meeting = 0;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static int rowOfText(const DirectiveReviewModel &model, const QString &start)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(Qt::ToolTipRole).toString().startsWith(start))
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
        m_meeting = scalar(QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'"));
        QVERIFY(m_meeting > 0);
    }

    void outcomesInOrderWithTheirTasks()
    {
        DirectiveReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate asOf(2026, 5, 28);
        model.setMeeting(&m_db, m_meeting, asOf);
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), int(scalar(QStringLiteral("SELECT count(*) FROM meeting_outcomes WHERE meeting_id = %1")
                                                  .arg(m_meeting))));
        QCOMPARE(model.rowCount(), 15);
        // Outcomes are numbered in the meeting's order, with their kind.
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("1. Information: ")));
        QCOMPARE(model.index(0, 0).data(DirectiveReviewModel::IsTaskRole).toBool(), false);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(model.index(0, DirectiveReviewModel::StatusColumn).data().toString().isEmpty());

        // The Department of Home Affairs' directive: one task, NV-0131, due 30/06/2026, open within deadline.
        const int homeAffairs = rowOfText(model, QStringLiteral("Sở Nội vụ khẩn trương"));
        QVERIFY(homeAffairs >= 0);
        const QModelIndex directive = model.index(homeAffairs, 0);
        QVERIFY(directive.data().toString().contains(QStringLiteral("Directive: ")));
        QCOMPARE(model.index(homeAffairs, DirectiveReviewModel::DeadlineColumn).data().toString(), QStringLiteral("Quý II/2026"));
        QCOMPARE(model.index(homeAffairs, DirectiveReviewModel::StatusColumn).data().toString(), QStringLiteral("0/1 completed"));
        QCOMPARE(model.rowCount(directive), 1);
        const QModelIndex task = model.index(0, 0, directive);
        QCOMPARE(task.parent(), directive);
        QCOMPARE(task.data(DirectiveReviewModel::IsTaskRole).toBool(), true);
        QVERIFY(task.data().toString().startsWith(QStringLiteral("NV-0131 — ")));
        QCOMPARE(model.index(0, DirectiveReviewModel::DeadlineColumn, directive).data().toString(), QStringLiteral("30/06/2026"));
        QCOMPARE(model.index(0, DirectiveReviewModel::StatusColumn, directive).data(DirectiveReviewModel::StatusRole).toInt(),
                 int(TaskStatus::OpenWithinDeadline));
        QCOMPARE(model.outcomeAt(task), model.outcomeAt(directive));
        QCOMPARE(model.indexOfOutcome(directive.data(DirectiveReviewModel::IdRole).toLongLong()), directive);
        QCOMPARE(task.data(DirectiveReviewModel::IdRole).toLongLong(),
                 scalar(QStringLiteral("SELECT id FROM tasks WHERE code = 'NV-0131'")));

        // The 55 yellow communes: no task yet; the lead units column names three and counts the rest.
        const int yellow = rowOfText(model, QStringLiteral("55 xã"));
        QVERIFY(yellow >= 0);
        QCOMPARE(model.rowCount(model.index(yellow, 0)), 0);
        QCOMPARE(model.index(yellow, DirectiveReviewModel::StatusColumn).data().toString(), QStringLiteral("No task created yet"));
        QVERIFY2(model.index(yellow, DirectiveReviewModel::LeadUnitColumn).data().toString().endsWith(QStringLiteral("and 52 more")),
                 qPrintable(model.index(yellow, DirectiveReviewModel::LeadUnitColumn).data().toString()));
        QCOMPARE(model.index(yellow, DirectiveReviewModel::LeadUnitColumn).data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')), 54);
        // Which lead units still lack their task: every commune here, none for Home Affairs (also from its task row).
        QCOMPARE(model.leadsWithoutTask(model.index(yellow, 0)).size(), 55);
        QVERIFY(model.leadsWithoutTask(directive).isEmpty());
        QVERIFY(model.leadsWithoutTask(task).isEmpty());
        QVERIFY(model.leadsWithoutTask(model.index(0, 0)).isEmpty()); // information assigns nothing
    }

    void statusesFollowTheRegister()
    {
        DirectiveReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate asOf(2026, 11, 23);
        model.setMeeting(&m_db, m_meeting, asOf);
        QHash<qint64, TaskStatus> expected;
        for (const TaskRecord &t : TaskStore::load(m_db, true))
            expected.insert(t.id, TaskStore::overallStatus(t, asOf));
        int tasks = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex outcome = model.index(r, 0);
            int completed = 0;
            int overdue = 0;
            for (int c = 0; c < model.rowCount(outcome); ++c) {
                const qint64 id = model.index(c, 0, outcome).data(DirectiveReviewModel::IdRole).toLongLong();
                const int status = model.index(c, DirectiveReviewModel::StatusColumn, outcome)
                                       .data(DirectiveReviewModel::StatusRole).toInt();
                QCOMPARE(status, int(expected.value(id)));
                completed += TaskStatusRules::isCompleted(TaskStatus(status)) ? 1 : 0;
                overdue += TaskStatus(status) == TaskStatus::OpenOverdue ? 1 : 0;
                ++tasks;
            }
            if (model.rowCount(outcome) > 0) {
                const QString summary = model.index(r, DirectiveReviewModel::StatusColumn).data().toString();
                QVERIFY2(summary.startsWith(QStringLiteral("%1/%2 completed").arg(completed).arg(model.rowCount(outcome))),
                         qPrintable(summary));
                QCOMPARE(summary.contains(QStringLiteral("%1 overdue").arg(overdue)), overdue > 0);
            }
        }
        QCOMPARE(tasks, int(scalar(QStringLiteral("SELECT count(*) FROM directive_tasks d JOIN meeting_outcomes o "
                                                  "ON o.id = d.outcome_id WHERE o.meeting_id = %1").arg(m_meeting))));
        // Another date, other statuses: setAsOf recomputes.
        model.setAsOf(QDate(2026, 7, 15));
        const int homeAffairs = rowOfText(model, QStringLiteral("Sở Nội vụ khẩn trương"));
        QCOMPARE(model.index(0, DirectiveReviewModel::StatusColumn, model.index(homeAffairs, 0)).data(DirectiveReviewModel::StatusRole).toInt(),
                 int(TaskStatus::OpenOverdue));
        QCOMPARE(model.index(homeAffairs, DirectiveReviewModel::StatusColumn).data().toString(),
                 QStringLiteral("0/1 completed · 1 overdue"));
    }

    void vietnamese()
    {
        ScopedLanguage vi(QStringLiteral("vi"));
        DirectiveReviewModel model;
        model.setMeeting(&m_db, m_meeting, QDate(2026, 5, 28));
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("1. Thông tin: ")));
        QCOMPARE(model.headerData(DirectiveReviewModel::LeadUnitColumn, Qt::Horizontal).toString(), QStringLiteral("Đơn vị chủ trì"));
        const int yellow = rowOfText(model, QStringLiteral("55 xã"));
        QCOMPARE(model.index(yellow, DirectiveReviewModel::StatusColumn).data().toString(), QStringLiteral("Chưa tạo nhiệm vụ"));
    }

    void emptyWithoutMeeting()
    {
        DirectiveReviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMeeting(&m_db, 0, QDate(2026, 5, 28));
        QCOMPARE(model.rowCount(), 0);
        model.setMeeting(nullptr, m_meeting, QDate(2026, 5, 28));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDirectiveReviewModel)
#include "tst_directivereviewmodel.moc"
