// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks page as a user meets it: the demo file on disk, a date typed into the as-of box, a search
// typed without accents, a status chosen from the combo; the rows and the summary the user then sees.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <QAction>
#include <QCheckBox>
#include <QUndoStack>

#include <QSignalSpy>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "ui/widgets/unitcombobox.h"
#include "models/tasks/savedfilters.h"
#include "models/tasks/taskhistorymodel.h"
#include "models/domain/textfold.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskstatistics.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"
#include "ui/delegates/statusdelegate.h"
#include "ui/pages/taskspage.h"

namespace {

const QDate AsOf(2026, 5, 26);

//! Fetches every page so that rowCount() is the whole filtered register.
void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    if (auto *tasks = qobject_cast<TaskTableModel *>(model); tasks && !tasks->lastError().isEmpty())
        qWarning("TaskTableModel: %s", qPrintable(tasks->lastError()));
}

void setDate(QDateEdit *edit, const QDate &date)
{
    // As a user types it: from the day section, each full section moves on to the next.
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, date.toString(QStringLiteral("ddMMyyyy")));
    QTest::keyClick(edit, Qt::Key_Enter);
}

} // namespace

class TestTasksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void asOfDateDrivesSummary();
    void searchIgnoresAccents();
    void statusFilterShowsOverdue();
    void retranslateKeepsSelection();
    void followsSession();
    void statusColours();
    void archiveUndoRedoFromThePage();
    void programmeFilter();
    void savedFilterRestoresEverything();
    void quickEditsInTheTable();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Session *m_session = nullptr;
    TasksPage *m_page = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

void TestTasksPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
}

void TestTasksPage::init()
{
    m_session = new Session;
    QString error;
    QVERIFY2(m_session->open(m_path, &error), qPrintable(error));
    m_page = new TasksPage(m_session);
    m_tester = new QAbstractItemModelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                            m_page);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));

    m_asOf = m_page->findChild<QDateEdit *>(QStringLiteral("asOf"));
    m_search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
    m_status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    m_kind = m_page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    m_summary = m_page->findChild<QLabel *>(QStringLiteral("summary"));
    m_view = m_page->findChild<QTableView *>(QStringLiteral("tasksView"));
    QVERIFY(m_asOf && m_search && m_status && m_kind && m_summary && m_view);
    QCOMPARE(m_view->model(), m_page->model());
    QCOMPARE(m_asOf->date(), QDate::currentDate());

    setDate(m_asOf, AsOf);
    QCOMPARE(m_asOf->date(), AsOf);
    QCOMPARE(m_page->model()->filter().asOf, AsOf);
}

void TestTasksPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestTasksPage::asOfDateDrivesSummary()
{
    const QString summary = m_summary->text();
    QVERIFY2(summary.contains(QLatin1String("271")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("12 ")), qPrintable(summary));

    // The summary is the one the reports count, for this date.
    const TaskStatistics stats = TaskStatistics::compute(TaskStore::load(*m_session->database(), false), AsOf);
    QCOMPARE(stats.tasks.total, 271);
    QCOMPARE(stats.tasks.openOverdue, 12);
    QVERIFY2(summary.contains(QStringLiteral("pilot models %1/%2").arg(stats.modelsCompleted).arg(stats.modelsTotal)),
             qPrintable(summary));

    // A date before anything was assigned counts nothing.
    setDate(m_asOf, QDate(2000, 1, 1));
    QVERIFY2(m_summary->text().startsWith(QLatin1String("0 tasks")), qPrintable(m_summary->text()));
    fetchAll(m_page->model());
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestTasksPage::searchIgnoresAccents()
{
    const QString typed = QStringLiteral("so hoa dat dai");
    fetchAll(m_page->model());
    const int before = m_page->model()->rowCount();

    QTest::keyClicks(m_search, typed);
    // The debounce: nothing is filtered while the user is still typing.
    QCOMPARE(m_page->model()->filter().search, QString());
    QTRY_COMPARE(m_page->model()->filter().search, typed);

    // Expected independently: every folded word in the stored search text, current tasks as of the date.
    QSqlQuery query(m_session->database()->connection());
    QVERIFY(query.prepare(QStringLiteral(
        "SELECT count(*) FROM tasks WHERE archived = 0 AND (assigned_on IS NULL OR assigned_on <= ?) "
        "AND search_text LIKE '%so%' AND search_text LIKE '%hoa%' AND search_text LIKE '%dat%' "
        "AND search_text LIKE '%dai%'")));
    query.addBindValue(AsOf.toString(Qt::ISODate));
    QVERIFY(query.exec() && query.next());
    const int expected = query.value(0).toInt();
    QVERIFY(expected > 0);
    QVERIFY(expected < before);

    TaskTableModel *model = m_page->model();
    fetchAll(model);
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(model->totalCount(), expected);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString code = model->index(row, TaskTableModel::CodeColumn).data().toString();
        const QString title = model->index(row, TaskTableModel::TitleColumn).data().toString();
        const QString folded = TextFold::fold(code + QLatin1Char(' ') + title);
        for (const QString &word : typed.split(QLatin1Char(' ')))
            QVERIFY2(folded.contains(word), qPrintable(title));
    }

    // Clearing the box brings every row back.
    m_search->clear();
    QTRY_COMPARE(model->filter().search, QString());
    fetchAll(model);
    QCOMPARE(model->rowCount(), before);
}

void TestTasksPage::statusFilterShowsOverdue()
{
    const int overdueIndex = m_status->findData(int(TaskStatus::OpenOverdue));
    QVERIFY(overdueIndex > 0);
    QCOMPARE(m_status->itemText(overdueIndex), TaskStatusRules::displayName(TaskStatus::OpenOverdue));
    // Chosen the way a user does: open the combo's list and pick the entry.
    m_status->setFocus();
    QTest::keyClick(m_status, Qt::Key_Home);
    for (int i = 0; i < overdueIndex; ++i)
        QTest::keyClick(m_status, Qt::Key_Down);
    QCOMPARE(m_status->currentIndex(), overdueIndex);

    int overdueModels = 0;
    const QVector<TaskRecord> records = TaskStore::load(*m_session->database(), false);
    for (const TaskRecord &task : records) {
        if (task.isPilotModel() && TaskStore::overallStatus(task, AsOf) == TaskStatus::OpenOverdue)
            ++overdueModels;
    }

    TaskTableModel *model = m_page->model();
    fetchAll(model);
    QCOMPARE(model->rowCount(), 12 + overdueModels);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).toInt(),
                 int(TaskStatus::OpenOverdue));

    // Kind narrows further: the tasks only, which the summary calls overdue and not completed.
    m_kind->setFocus();
    QTest::keyClick(m_kind, Qt::Key_Down);
    QCOMPARE(m_kind->currentData().toString(), QStringLiteral("task"));
    fetchAll(model);
    QCOMPARE(model->rowCount(), 12);

    // Sorting on a column keeps the same rows.
    m_view->sortByColumn(TaskTableModel::DeadlineColumn, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(model->rowCount(), 12);
    // The summary counts what the filter shows: the twelve overdue tasks, none completed.
    QVERIFY2(m_summary->text().startsWith(QStringLiteral("12 tasks · 0 completed")), qPrintable(m_summary->text()));
    QVERIFY2(m_summary->text().contains(QStringLiteral("12 overdue")), qPrintable(m_summary->text()));
}

void TestTasksPage::retranslateKeepsSelection()
{
    m_status->setCurrentIndex(m_status->findData(int(TaskStatus::Standing)));
    m_kind->setCurrentIndex(2);
    const QString placeholder = m_search->placeholderText();
    QVERIFY(!placeholder.isEmpty());
    const QString summary = m_summary->text();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_page, &change);
    QCOMPARE(m_status->currentData().toInt(), int(TaskStatus::Standing));
    QCOMPARE(m_kind->currentData().toString(), QStringLiteral("model"));
    QCOMPARE(m_search->placeholderText(), placeholder);
    QCOMPARE(m_summary->text(), summary);
}

void TestTasksPage::followsSession()
{
    fetchAll(m_page->model());
    QVERIFY(m_page->model()->rowCount() > 0);
    m_session->close();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!m_summary->text().contains(QLatin1String("271")));

    QString error;
    QVERIFY2(m_session->open(m_path, &error), qPrintable(error));
    fetchAll(m_page->model());
    QVERIFY(m_page->model()->rowCount() > 0);
    QVERIFY(m_summary->text().contains(QLatin1String("271")));
}

void TestTasksPage::statusColours()
{
    QCOMPARE(StatusDelegate::colour(TaskStatus::CompletedOnTime), QColor(QStringLiteral("#2e7d32")));
    QCOMPARE(StatusDelegate::colour(TaskStatus::CompletedLate), QColor(QStringLiteral("#f9a825")));
    QCOMPARE(StatusDelegate::colour(TaskStatus::OpenWithinDeadline), QColor(QStringLiteral("#1565c0")));
    QCOMPARE(StatusDelegate::colour(TaskStatus::OpenOverdue), QColor(QStringLiteral("#c62828")));
    QCOMPARE(StatusDelegate::colour(TaskStatus::Standing), QColor(QStringLiteral("#616161")));
    // The text is there beside the dot: colour is never the only sign.
    const QModelIndex status = m_page->model()->index(0, TaskTableModel::StatusColumn);
    QVERIFY(!status.data().toString().isEmpty());
}

QTEST_MAIN(TestTasksPage)
#include "tst_taskspage.moc"

void TestTasksPage::archiveUndoRedoFromThePage()
{
    TaskTableModel *model = m_page->model();
    QTest::keyClicks(m_search, QStringLiteral("NV-0117"));
    QTRY_COMPARE(model->filter().search, QStringLiteral("NV-0117"));
    QCOMPARE(model->rowCount(), 1);
    const QString title = model->index(0, TaskTableModel::TitleColumn).data().toString();
    QVERIFY(title.startsWith(QStringLiteral("Số hóa dữ liệu đất đai")));
    m_view->setFocus();
    m_view->selectRow(0);
    const QString summaryBefore = m_summary->text();

    // Delete archives: the row leaves the register, nothing is deleted, and Undo names it.
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_summary->text() != summaryBefore);
    QUndoStack *stack = m_session->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("archive '%1'").arg(title));

    // The archived view shows it, with its History.
    auto *archived = m_page->findChild<QCheckBox *>(QStringLiteral("showArchived"));
    QVERIFY(archived);
    QTest::mouseClick(archived, Qt::LeftButton, {}, QPoint(5, archived->height() / 2));
    QVERIFY(model->filter().archived);
    QCOMPARE(model->rowCount(), 1);
    m_view->selectRow(0);
    auto *history = m_page->findChild<QTableView *>(QStringLiteral("historyView"));
    QVERIFY(history && history->isVisible());
    QVERIFY(history->model()->rowCount() >= 1);
    QCOMPARE(history->model()->index(0, TaskHistoryModel::FieldColumn).data().toString(), QStringLiteral("Archived"));
    QCOMPARE(history->model()->index(0, TaskHistoryModel::NewValueColumn).data().toString(), QStringLiteral("yes"));

    // Undo brings it back into the register; the page follows without a manual refresh.
    stack->undo();
    QCOMPARE(model->rowCount(), 0);
    QTest::mouseClick(archived, Qt::LeftButton, {}, QPoint(5, archived->height() / 2));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_summary->text(), summaryBefore);
    stack->redo();
    QCOMPARE(model->rowCount(), 0);
    stack->undo();
    QCOMPARE(model->rowCount(), 1);
}

void TestTasksPage::programmeFilter()
{
    auto *programme = m_page->findChild<QComboBox *>(QStringLiteral("programmeFilter"));
    QVERIFY(programme);
    const int index = programme->findText(QStringLiteral("CDS"));
    QVERIFY(index > 0);
    programme->setFocus();
    programme->setCurrentIndex(index);
    TaskTableModel *model = m_page->model();
    fetchAll(model);
    QSqlQuery query(m_session->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM tasks t JOIN programmes p ON p.id = t.programme_id "
                                      "WHERE p.code = 'CDS' AND t.archived = 0 AND (t.assigned_on IS NULL OR "
                                      "t.assigned_on <= '2026-05-26')")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QCOMPARE(model->rowCount(), query.value(0).toInt());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, TaskTableModel::ProgrammeColumn).data().toString(), QStringLiteral("CDS"));
}

void TestTasksPage::savedFilterRestoresEverything()
{
    QSqlQuery query(m_session->database()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM units WHERE code = 'SO-KHCN'")) && query.next());
    TaskFilter saved;
    saved.statuses = {TaskStatus::OpenOverdue};
    saved.leadUnitId = query.value(0).toLongLong();
    saved.search = QStringLiteral("so");
    QString error;
    QVERIFY2(SavedFilters::saveTaskFilter(*m_session->database(), QStringLiteral("Quá hạn — Sở KH&CN"), saved, &error),
             qPrintable(error));
    // A file opened afterwards lists it.
    QVERIFY(m_session->open(m_path, &error));
    setDate(m_asOf, AsOf);
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("savedFilters"));
    QVERIFY(combo);
    const int index = combo->findText(QStringLiteral("Quá hạn — Sở KH&CN"));
    QVERIFY(index > 0);
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down); // as the keyboard picks it: "activated" each step
    const TaskFilter shown = m_page->model()->filter();
    QCOMPARE(shown.statuses, saved.statuses);
    QCOMPARE(shown.leadUnitId, saved.leadUnitId);
    QCOMPARE(shown.search, QStringLiteral("so"));
    QCOMPARE(m_search->text(), QStringLiteral("so"));
    QCOMPARE(m_status->currentData().toInt(), int(TaskStatus::OpenOverdue));
    QCOMPARE(shown.asOf, AsOf); // the date stays the user's
    fetchAll(m_page->model());
    for (int row = 0; row < m_page->model()->rowCount(); ++row)
        QCOMPARE(m_page->model()->index(row, TaskTableModel::StatusColumn).data(TaskTableModel::StatusRole).toInt(),
                 int(TaskStatus::OpenOverdue));
    QVERIFY2(SavedFilters::remove(*m_session->database(), SavedFilters::taskFilters(*m_session->database()).first().id,
                                  &error),
             qPrintable(error));
}

void TestTasksPage::quickEditsInTheTable()
{
    TaskTableModel *model = m_page->model();
    QTest::keyClicks(m_search, QStringLiteral("NV-0117"));
    QTRY_COMPARE(model->rowCount(), 1);
    const QString title = model->index(0, TaskTableModel::TitleColumn).data().toString();
    QVERIFY(model->flags(model->index(0, TaskTableModel::LeadUnitColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(0, TaskTableModel::StatusColumn)) & Qt::ItemIsEditable)); // derived, never typed

    // F2 on the lead unit: type part of a name without accents, Enter.
    m_view->setFocus();
    m_view->setCurrentIndex(model->index(0, TaskTableModel::LeadUnitColumn));
    QTest::keyClick(m_view, Qt::Key_F2);
    auto *combo = m_view->findChild<UnitComboBox *>(QStringLiteral("quickLeadUnit"));
    QVERIFY(combo);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("so tai chinh"));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Enter);
    QTRY_COMPARE(model->index(0, TaskTableModel::LeadUnitColumn).data().toString(), QStringLiteral("Sở Tài chính"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("change the lead unit of '%1'").arg(title));

    // The completion date, in place; the summary follows.
    m_view->setCurrentIndex(model->index(0, TaskTableModel::CompletedOnColumn));
    QTest::keyClick(m_view, Qt::Key_F2);
    auto *date = m_view->findChild<QDateEdit *>(QStringLiteral("quickCompletedOn"));
    QVERIFY(date);
    date->setDate(QDate(2026, 5, 20));
    QTest::keyClick(date, Qt::Key_Enter);
    QTRY_COMPARE(model->index(0, TaskTableModel::CompletedOnColumn).data(TaskTableModel::RawValueRole).toString(),
                 QStringLiteral("2026-05-20"));
    QVERIFY(TaskStatusRules::isCompleted(TaskStatus(model->index(0, TaskTableModel::StatusColumn)
                                                        .data(TaskTableModel::StatusRole).toInt())));
    QVERIFY2(m_summary->text().startsWith(QStringLiteral("1 tasks · 1 completed")), qPrintable(m_summary->text()));

    // A refused edit says why and changes nothing (a model of its own: the page would show a message box).
    TaskTableModel quiet;
    quiet.setDatabase(m_session->database());
    quiet.setCommands(m_session->commands());
    TaskFilter filter = model->filter();
    quiet.setFilter(filter);
    QCOMPARE(quiet.rowCount(), 1);
    QSignalSpy refused(&quiet, &TaskTableModel::editFailed);
    QVERIFY(!quiet.setData(quiet.index(0, TaskTableModel::TitleColumn), QStringLiteral("   ")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!refused.first().first().toString().isEmpty());

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(model->index(0, TaskTableModel::CompletedOnColumn).data().toString(), QString());
    QVERIFY(model->index(0, TaskTableModel::LeadUnitColumn).data().toString() != QStringLiteral("Sở Tài chính"));
}
