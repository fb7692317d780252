// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit through the command facade, on a real file: written at once, undone and redone
// exactly, audited, and refused with a reason when it would break a rule.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskhistorymodel.h"
#include "models/tasks/taskstore.h"

namespace {

const QDate AsOf(2026, 5, 26);

int scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestEditCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Session> m_session;

    Database &db() const { return *m_session->database(); }
    EditCommands &commands() const { return *m_session->commands(); }
    QUndoStack &stack() const { return *m_session->undoStack(); }

    qint64 taskId(const QString &code) const
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id FROM tasks WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    qint64 unitId(const QString &code) const
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    TaskRecord record(qint64 id) const
    {
        for (const TaskRecord &r : TaskStore::load(db(), true)) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    int auditRows() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")); }
    QString digest() const
    {
        // Everything an edit may touch, as text: undo must give back exactly this.
        QString out;
        for (const char *sql : {"SELECT * FROM tasks ORDER BY id", "SELECT * FROM task_coordinators ORDER BY task_id, unit_id",
                                "SELECT * FROM deadline_extensions ORDER BY id", "SELECT * FROM source_documents ORDER BY id",
                                "SELECT * FROM units ORDER BY id", "SELECT * FROM programmes ORDER BY id",
                                "SELECT * FROM task_occurrences ORDER BY id", "SELECT * FROM periods ORDER BY id"}) {
            QSqlQuery q(db().connection());
            q.exec(QLatin1String(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    if (q.record().fieldName(i) != QLatin1String("updated_at"))
                        out += q.value(i).toString() + QLatin1Char('|');
                }
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_template, false, &error), qPrintable(error));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_session = std::make_unique<Session>();
        QString error;
        QVERIFY2(m_session->open(path, &error), qPrintable(error));
        commands().setToday(AsOf);
    }

    void cleanup() { m_session.reset(); }

    void createUndoRedo()
    {
        const QString before = digest();
        const int audit = auditRows();
        TaskDraft d;
        d.code = commands().suggestTaskCode();
        QCOMPARE(d.code, QStringLiteral("NV-0272"));
        d.title = QStringLiteral("Triển khai chữ ký số cho cán bộ cấp xã");
        d.leadUnitId = unitId(QStringLiteral("SO-KHCN"));
        QVERIFY(d.leadUnitId > 0);
        d.coordinatorIds = {unitId(QStringLiteral("SO-NV")), d.leadUnitId};
        d.assignedOn = QDate(2026, 5, 20);
        d.deadlineText = QStringLiteral("Quý III/2026");
        d.documentNumber = QStringLiteral("99/KH-BCĐ");
        d.documentDate = QDate(2026, 5, 20);
        qint64 id = 0;
        QString error;
        QVERIFY2(commands().createTask(d, &id, &error), qPrintable(error));
        QCOMPARE(stack().undoText(), QStringLiteral("add task 'Triển khai chữ ký số cho cán bộ cấp xã'"));

        TaskRecord r = record(id);
        QCOMPARE(r.code, QStringLiteral("NV-0272"));
        QCOMPARE(r.leadUnitCode, QStringLiteral("SO-KHCN"));
        QCOMPARE(r.coordinatingUnitCodes, QStringList{QStringLiteral("SO-NV")}); // the lead unit is not its own partner
        QCOMPARE(r.deadlineOn(AsOf), QDate(2026, 9, 30));                       // a period means its last day
        QCOMPARE(r.deadlineText, QStringLiteral("Quý III/2026"));
        QCOMPARE(r.sourceDocument, QStringLiteral("99/KH-BCĐ ngày 20/05/2026"));
        // The accent-free search finds it at once.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT id FROM tasks WHERE search_text LIKE '%chu ky so cho can bo cap xa%'")), int(id));
        // One audit row each: the document, the task, the coordinator.
        QCOMPARE(auditRows(), audit + 3);

        stack().undo();
        QCOMPARE(digest(), before);
        QCOMPARE(record(id).id, 0);
        stack().redo();
        QCOMPARE(record(id).code, QStringLiteral("NV-0272"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'undo:%'")), 3);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'redo:%'")), 3);
    }

    void invalidDraftChangesNothing()
    {
        const QString before = digest();
        TaskDraft d;
        d.code = QStringLiteral("NV-0001"); // taken
        d.title = QStringLiteral("  ");
        d.deadlineText = QStringLiteral("Quý V/2026");
        d.completedOn = AsOf.addDays(1);
        QString error;
        QVERIFY(!commands().createTask(d, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("lead unit")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("NV-0001")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Quý V/2026")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("future")), qPrintable(error));
        QCOMPARE(digest(), before);
        QCOMPARE(stack().count(), 0);
    }

    void invalidFormEditChangesNothing()
    {
        // The form of a stored task is checked like a new one: no empty title, no completion in the
        // future, no code another task has, no lead unit that does not exist.
        const qint64 id = taskId(QStringLiteral("NV-0117"));
        const QString before = digest();
        QString error;
        TaskDraft d;
        QVERIFY2(commands().loadDraft(id, &d, &error), qPrintable(error));
        TaskDraft bad = d;
        bad.title = QStringLiteral("  ");
        bad.code = QStringLiteral("NV-0001");
        bad.completedOn = AsOf.addDays(1);
        QVERIFY(!commands().updateTask(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("NV-0001")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("future")), qPrintable(error));
        bad = d;
        bad.leadUnitId = 999999;
        QVERIFY(!commands().updateTask(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("lead unit")), qPrintable(error));
        QCOMPARE(digest(), before);
        QCOMPARE(stack().count(), 0);
    }

    void extendDeadlineKeepsHistory()
    {
        const qint64 id = taskId(QStringLiteral("NV-0117"));
        TaskRecord r = record(id);
        QVERIFY(r.title.startsWith(QStringLiteral("Số hóa dữ liệu đất đai")));
        const QDate assigned = r.deadlineOn(AsOf);
        const QString before = digest();

        ExtensionDraft e;
        e.deadlineText = QStringLiteral("31/12/2026");
        e.documentNumber = QStringLiteral("45/QĐ-UBND");
        e.documentDate = QDate(2026, 5, 25);
        e.decidedOn = QDate(2026, 5, 25);
        e.reason = QStringLiteral("Chờ kinh phí");
        QString error;
        QVERIFY2(commands().extendDeadlines({id}, e, &error), qPrintable(error));
        QVERIFY(stack().undoText().startsWith(QStringLiteral("change the deadline of 'Số hóa dữ liệu đất đai")));

        r = record(id);
        QCOMPARE(r.assignedDeadline, assigned);                  // the deadline as first assigned is kept
        QCOMPARE(r.deadlineOn(AsOf), QDate(2026, 12, 31));       // status follows the deadline in force
        QCOMPARE(r.deadlineOn(QDate(2026, 5, 24)), assigned);    // before the decision, the old one held
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM deadline_extensions WHERE task_id = ?"), {id}), 1);

        // The form may not silently rewrite an extended deadline.
        TaskDraft d;
        QVERIFY(commands().loadDraft(id, &d, &error));
        QCOMPARE(d.deadlineText, QStringLiteral("31/12/2026"));
        d.deadlineText = QStringLiteral("Quý IV/2027");
        const int steps = stack().count();
        QVERIFY(!commands().updateTask(d, &error));
        QVERIFY2(error.contains(QStringLiteral("Extend deadline")), qPrintable(error));
        QCOMPARE(stack().count(), steps);

        stack().undo();
        QCOMPARE(digest(), before);
        QCOMPARE(record(id).deadlineOn(AsOf), assigned);
    }

    void extendRefusesStandingAndRecurring()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT id FROM tasks WHERE deadline_date IS NULL AND recurrence = 'none' LIMIT 1"));
        QVERIFY(q.next());
        const qint64 standing = q.value(0).toLongLong();
        ExtensionDraft e;
        e.deadlineText = QStringLiteral("31/12/2026");
        e.decidedOn = AsOf;
        QString error;
        QVERIFY(!commands().extendDeadlines({taskId(QStringLiteral("NV-0117")), standing}, e, &error));
        QVERIFY2(error.contains(QStringLiteral("standing")), qPrintable(error));
        // All or nothing: the first task was not extended either.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM deadline_extensions WHERE task_id = ?"),
                        {taskId(QStringLiteral("NV-0117"))}),
                 0);
        QVERIFY(!commands().extendDeadlines({taskId(QStringLiteral("NV-0112"))}, e, &error));
        QVERIFY2(error.contains(QStringLiteral("recurs")), qPrintable(error));
    }

    void bulkCompleteIsOneStep()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT id FROM tasks WHERE completed_on IS NULL AND recurrence = 'none' AND deadline_date "
                              "IS NOT NULL AND assigned_on <= '2026-05-20' ORDER BY id LIMIT 3"));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QCOMPARE(ids.size(), 3);
        const QString before = digest();
        QString error;
        QVERIFY(!commands().setCompleted(ids, AsOf.addDays(1), &error)); // not in the future
        QVERIFY2(error.contains(QStringLiteral("future")), qPrintable(error));
        QVERIFY2(commands().setCompleted(ids, QDate(2026, 5, 20), &error), qPrintable(error));
        QCOMPARE(stack().count(), 1);
        QCOMPARE(stack().undoText(), QStringLiteral("mark 3 task(s) completed"));
        for (qint64 id : ids) {
            const TaskRecord r = record(id);
            QCOMPARE(r.completedOn, QDate(2026, 5, 20));
            QVERIFY(TaskStatusRules::isCompleted(TaskStatusRules::derive(r.assignedOn, r.deadlineOn(AsOf), r.completedOn, AsOf)));
        }
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'completed_on'")), 3);
        stack().undo();
        QCOMPARE(digest(), before);
    }

    void leadUnitAndHistory()
    {
        const qint64 id = taskId(QStringLiteral("NV-0117"));
        const qint64 unit = unitId(QStringLiteral("SO-TC"));
        QString error;
        QVERIFY2(commands().setLeadUnit({id}, unit, &error), qPrintable(error));
        QVERIFY(stack().undoText().startsWith(QStringLiteral("change the lead unit of 'Số hóa")));
        QCOMPARE(record(id).leadUnitCode, QStringLiteral("SO-TC"));

        TaskHistoryModel history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setTask(&db(), id);
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.index(0, TaskHistoryModel::FieldColumn).data().toString(), QStringLiteral("Lead unit"));
        QCOMPARE(history.index(0, TaskHistoryModel::NewValueColumn).data().toString(), QStringLiteral("Sở Tài chính"));
        QVERIFY(!history.index(0, TaskHistoryModel::OldValueColumn).data().toString().isEmpty());

        stack().undo();
        history.refresh();
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, TaskHistoryModel::ActionColumn).data().toString(), QStringLiteral("Changed (undo)"));
        QCOMPARE(history.index(0, TaskHistoryModel::OldValueColumn).data().toString(), QStringLiteral("Sở Tài chính"));
        QVERIFY(!commands().setLeadUnit({id}, 0, &error));
    }

    void archiveAndRestore()
    {
        const qint64 id = taskId(QStringLiteral("NV-0117"));
        QString error;
        QVERIFY2(commands().setArchived({id}, true, &error), qPrintable(error));
        QCOMPARE(TaskStore::load(db(), false).size(), 312);
        QVERIFY(record(id).archived);
        QVERIFY(commands().setArchived({id}, false, &error));
        QCOMPARE(TaskStore::load(db(), false).size(), 313);
        stack().undo();
        QVERIFY(record(id).archived);
        stack().undo();
        QVERIFY(!record(id).archived);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM tasks")), 313); // nothing was ever deleted
    }

    void formEditsNameTheChange()
    {
        const qint64 id = taskId(QStringLiteral("NV-0061"));
        TaskDraft d;
        QString error;
        QVERIFY(commands().loadDraft(id, &d, &error));
        // Saving the form unchanged writes nothing and adds no step.
        QVERIFY(commands().updateTask(d, &error));
        QCOMPARE(stack().count(), 0);
        const QString oldTitle = d.title;
        d.title = QStringLiteral("Số hóa hồ sơ hộ tịch");
        QVERIFY2(commands().updateTask(d, &error), qPrintable(error));
        QCOMPARE(stack().undoText(), QStringLiteral("rename task 'Số hóa hồ sơ hộ tịch'"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT id FROM tasks WHERE search_text LIKE '%so hoa ho so ho tich%'")), int(id));
        if (record(id).recurrence == QLatin1String("none") && record(id).extensions.isEmpty()) {
            d.deadlineText = QStringLiteral("30/11/2026");
            QVERIFY2(commands().updateTask(d, &error), qPrintable(error));
            QVERIFY(stack().undoText().startsWith(QStringLiteral("change the deadline of")));
            QCOMPARE(record(id).deadlineOn(AsOf), QDate(2026, 11, 30));
        }
        stack().setIndex(0);
        QCOMPARE(record(id).title, oldTitle);
    }

    void occurrenceOfARecurringTask()
    {
        const qint64 id = taskId(QStringLiteral("NV-0112")); // monthly report
        TaskRecord r;
        QVERIFY(TaskStore::loadTask(db(), id, &r));
        QVERIFY(r.isRecurring());
        const QString before = digest() + QString::number(r.occurrenceCompletions.size());
        const QVariant previous = r.occurrenceCompletions.value(QStringLiteral("2026-05"));
        QString error;
        QVERIFY2(commands().setOccurrenceCompleted(id, QStringLiteral("2026-05"), QDate(2026, 5, 20), &error),
                 qPrintable(error));
        QVERIFY(stack().undoText().contains(QStringLiteral("completed for")));
        QVERIFY(TaskStore::loadTask(db(), id, &r));
        QCOMPARE(r.occurrenceCompletions.value(QStringLiteral("2026-05")), QDate(2026, 5, 20));
        // Its own status: done on time in May, whatever the other months say.
        const auto occurrences = TaskStore::occurrences({r}, AsOf, 7);
        const auto may = std::find_if(occurrences.cbegin(), occurrences.cend(),
                                      [](const TaskOccurrence &o) { return o.period == QLatin1String("2026-05"); });
        QVERIFY(may != occurrences.cend());
        QCOMPARE(may->status, TaskStatus::CompletedOnTime);

        TaskHistoryModel history;
        history.setTask(&db(), id);
        QVERIFY(history.rowCount() >= 1);
        QVERIFY(history.index(0, TaskHistoryModel::FieldColumn).data().toString().startsWith(QStringLiteral("Completed, ")));

        QVERIFY(!commands().setOccurrenceCompleted(id, QStringLiteral("2026Q2"), QDate(2026, 5, 20), &error));
        QVERIFY(!commands().setOccurrenceCompleted(id, QStringLiteral("2026-06"), AsOf.addDays(1), &error));
        QVERIFY(!commands().setOccurrenceCompleted(taskId(QStringLiteral("NV-0117")), QStringLiteral("2026-05"),
                                                   QDate(2026, 5, 20), &error));
        QVERIFY2(error.contains(QStringLiteral("does not recur")), qPrintable(error));
        stack().undo();
        QVERIFY(TaskStore::loadTask(db(), id, &r));
        QCOMPARE(QVariant(r.occurrenceCompletions.value(QStringLiteral("2026-05"))), previous.isValid() ? previous : QVariant(QDate()));
        QCOMPARE(digest() + QString::number(r.occurrenceCompletions.size()), before);
    }

    void unitsAndProgrammes()
    {
        const QString before = digest();
        qint64 unit = 0, programme = 0;
        QString error;
        QVERIFY2(commands().addUnit({QStringLiteral("SO-MOI"), QStringLiteral("Sở Mới"), QString(),
                                     QStringLiteral("department"), 0},
                                    &unit, &error),
                 qPrintable(error));
        QVERIFY(!commands().addUnit({QStringLiteral("so-moi"), QStringLiteral("Trùng"), QString(),
                                     QStringLiteral("department"), 0},
                                    nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("SO-MOI"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(commands().renameUnit(unit, QStringLiteral("Sở Đổi tên"), QStringLiteral("Renamed Department"), &error));
        QCOMPARE(stack().undoText(), QStringLiteral("rename unit 'Sở Mới'"));
        QVERIFY(commands().addProgramme({QStringLiteral("P-NEW"), QStringLiteral("Chương trình mới"), QString()},
                                        &programme, &error));
        QVERIFY(commands().renameProgramme(programme, QStringLiteral("Chương trình đổi tên"), QString(), &error));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM units WHERE name = 'Sở Đổi tên'")), 1);
        stack().setIndex(0);
        QCOMPARE(digest(), before);
        stack().setIndex(stack().count());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM programmes WHERE name = 'Chương trình đổi tên'")), 1);
    }

    void everyEditKindIsAudited()
    {
        // Each kind of edit leaves audit rows, and so do its undo and its redo.
        const qint64 task = taskId(QStringLiteral("NV-0117"));
        const qint64 unit = unitId(QStringLiteral("SO-TC"));
        ExtensionDraft extension;
        extension.deadlineText = QStringLiteral("Quý IV/2026");
        extension.decidedOn = AsOf;
        TaskDraft draft;
        QString error;
        QVERIFY(commands().loadDraft(task, &draft, &error));
        draft.progressNotes = QStringLiteral("Đã họp rà soát.");
        TaskDraft created;
        created.code = QStringLiteral("NV-0900");
        created.title = QStringLiteral("Nhiệm vụ kiểm tra nhật ký");
        created.leadUnitId = unit;
        const QList<std::pair<const char *, std::function<bool()>>> edits{
            {"create", [&] { return commands().createTask(created, nullptr, &error); }},
            {"update", [&] { return commands().updateTask(draft, &error); }},
            {"complete", [&] { return commands().setCompleted({task}, AsOf, &error); }},
            {"lead unit", [&] { return commands().setLeadUnit({task}, unit, &error); }},
            {"extend", [&] { return commands().extendDeadlines({task}, extension, &error); }},
            {"occurrence", [&] { return commands().setOccurrenceCompleted(taskId(QStringLiteral("NV-0112")),
                                                                        QStringLiteral("2026-04"), AsOf, &error); }},
            {"archive", [&] { return commands().setArchived({task}, true, &error); }},
            {"add unit", [&] { return commands().addUnit({QStringLiteral("SO-KT"), QStringLiteral("Sở Kiểm tra"), QString(),
                                                          QStringLiteral("department"), 0}, nullptr, &error); }},
            {"rename unit", [&] { return commands().renameUnit(unit, QStringLiteral("Sở Tài chính tỉnh"), QString(), &error); }},
            {"add programme", [&] { return commands().addProgramme({QStringLiteral("P-KT"), QStringLiteral("CT kiểm tra"),
                                                                    QString()}, nullptr, &error); }},
        };
        for (const auto &[name, edit] : edits) {
            const int before = auditRows();
            QVERIFY2(edit(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), error)));
            const int afterEdit = auditRows();
            QVERIFY2(afterEdit > before, name);
            stack().undo();
            QVERIFY2(auditRows() > afterEdit, name);
            QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND action NOT LIKE 'undo:%'"),
                            {afterEdit}), 0);
            stack().redo();
            QVERIFY2(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'redo:%'")) > 0, name);
            QVERIFY(!scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE user IS NULL OR at IS NULL")));
        }
    }

    void undoThatCannotBeWrittenLeavesTheStackTrue()
    {
        const qint64 id = taskId(QStringLiteral("NV-0117"));
        QString error;
        QVERIFY(commands().setArchived({id}, true, &error));
        // Someone removes the row behind the app's back: the undo cannot apply and must say so.
        {
            QSqlQuery q(db().connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM tasks WHERE id = %1").arg(id)));
        }
        QSignalSpy failed(&commands(), &EditCommands::failed);
        stack().undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("Could not undo")));
        QTRY_COMPARE(stack().index(), 1); // stepped back: the command is still there to retry
        QVERIFY(stack().canUndo());
    }

    void readOnlyFileRefusesEdits()
    {
        const QString path = m_session->path();
        m_session->close();
        QFile::setPermissions(path, QFile::ReadOwner);
        QString error;
        QVERIFY(m_session->open(path, &error));
        QVERIFY(m_session->isReadOnly());
        QVERIFY(!commands().setArchived({1}, true, &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QCOMPARE(stack().count(), 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
