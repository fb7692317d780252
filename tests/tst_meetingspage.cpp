// SPDX-License-Identifier: GPL-3.0-or-later
// The Meetings page in the main window, on a writable copy of the demo as of 28/05/2026: a meeting created
// through its dialog, a directive with one lead unit added through the outcome dialog, Create tasks, and
// the created task found in the Tasks page (code, title, and the line naming the meeting it came from);
// undo removes it. Removing a meeting says what goes and what stays; freezing figures asks once and is
// then refused; the Figures tab compares with the previous meeting; a read-only file changes nothing.
#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "demofixture.h"
#include "guitest.h"

#include "models/commands/editcommands.h"
#include "models/meetings/directivereviewmodel.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingfiguresmodel.h"
#include "models/meetings/meetinglistmodel.h"
#include "models/meetings/meetingstore.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/outcomedialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/meetingspage.h"
#include "ui/pages/taskspage.h"

namespace {

using GuiTest::child;
using GuiTest::clickOk;
using GuiTest::typeText;

const QDate Today(2026, 5, 28);

//! Clicks the tool button of \a action in \a page's tool bars, as a user does.
void clickAction(QWidget *page, const char *action)
{
    auto *a = page->findChild<QAction *>(QString::fromLatin1(action));
    QVERIFY2(a, action);
    QVERIFY2(a->isEnabled(), action);
    for (QToolBar *bar : page->findChildren<QToolBar *>()) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a))) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(action);
}

//! Answers the message box that \a trigger opens with \a button, and gives back its texts.
QString answerBox(QMessageBox::StandardButton button, const std::function<void()> &trigger)
{
    QString texts;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        texts = box->text() + QLatin1Char('\n') + box->informativeText();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    trigger();
    return seen ? texts : QString();
}

} // namespace

class TestMeetingsPage : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    bool open(Session &session) { return m_demo.openSession(session, Today); }

    static qint64 idOf(Session &session, const QString &sql)
    {
        QSqlQuery q(session.database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

    //! The row of task \a taskId under \a outcome in the directive tree, or an invalid index.
    static QModelIndex taskRow(DirectiveReviewModel *model, const QModelIndex &outcome, qint64 taskId)
    {
        for (int row = 0; row < model->rowCount(outcome); ++row) {
            const QModelIndex index = model->index(row, 0, outcome);
            if (index.data(DirectiveReviewModel::IdRole).toLongLong() == taskId)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void meetingDirectiveTaskInTheRegister()
    {
        Session session;
        QVERIFY(open(session));
        MainWindow window(&session);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *page = window.findChild<MeetingsPage *>(QStringLiteral("meetingsPage"));
        auto *tasksPage = window.findChild<TasksPage *>(QStringLiteral("tasksPage"));
        QVERIFY(navigation && pages && page && tasksPage);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(6)).center());
        QCOMPARE(pages->currentWidget(), page);

        // The demo's five meetings, newest first and chosen: 28/05/2026.
        QCOMPARE(page->meetingModel()->rowCount(), 5);
        QCOMPARE(page->currentMeetingId(),
                 idOf(session, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'")));
        QVERIFY2(page->headerText().contains(QStringLiteral("Hồ Văn Mừng")), qPrintable(page->headerText()));

        // New meeting… through its dialog.
        const QString title = QStringLiteral("Họp chuyên đề chuyển đổi số tháng 6/2026");
        bool meetingDialogSeen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<MeetingDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            meetingDialogSeen = true;
            typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("title")), title);
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("thematic")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        clickAction(page, "actionNewMeeting");
        QVERIFY(meetingDialogSeen);
        QCOMPARE(page->meetingModel()->rowCount(), 6);
        const qint64 meetingId = idOf(session, QStringLiteral("SELECT max(id) FROM meetings"));
        QCOMPARE(page->currentMeetingId(), meetingId); // the new meeting is chosen
        QVERIFY2(page->headerText().contains(title), qPrintable(page->headerText()));
        QCOMPARE(page->directiveModel()->rowCount(), 0);
        QVERIFY(!page->findChild<QAction *>(QStringLiteral("actionCreateTasks"))->isEnabled());

        // Add outcome…: a directive to the Department of Home Affairs, due in the third quarter.
        const QString text = QStringLiteral("Sở Nội vụ hoàn thành số hóa hồ sơ công chức");
        bool outcomeDialogSeen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<OutcomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            outcomeDialogSeen = true;
            typeText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")), text);
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("leadUnitsFilter")),
                     QStringLiteral("noi vu"));
            auto *leads = dialog->findChild<QListWidget *>(QStringLiteral("leadUnitsList"));
            for (int row = 0; row < leads->count(); ++row) {
                if (leads->item(row)->text() == QStringLiteral("Sở Nội vụ")) {
                    leads->setFocus();
                    leads->setCurrentRow(row);
                    QTest::keyClick(leads, Qt::Key_Space);
                }
            }
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("deadlineText")),
                     QStringLiteral("Quý III/2026"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        clickAction(page, "actionAddOutcome");
        QVERIFY(outcomeDialogSeen);
        QCOMPARE(page->directiveModel()->rowCount(), 1);
        const QModelIndex outcome = page->directiveModel()->index(0, 0);
        const qint64 outcomeId = outcome.data(DirectiveReviewModel::IdRole).toLongLong();
        auto *tree = page->findChild<QTreeView *>(QStringLiteral("outcomesView"));
        QCOMPARE(tree->currentIndex().data(DirectiveReviewModel::IdRole).toLongLong(), outcomeId); // selected
        QVERIFY2(outcome.data().toString().contains(text), qPrintable(outcome.data().toString()));
        QCOMPARE(page->directiveModel()->index(0, DirectiveReviewModel::StatusColumn).data().toString(),
                 QStringLiteral("No task created yet"));

        // Create tasks: one task, for the one lead unit, named by its code.
        const QString expectedCode = session.commands()->suggestTaskCode();
        clickAction(page, "actionCreateTasks");
        QCOMPARE(page->messageText(), QStringLiteral("Created 1 task(s): %1.").arg(expectedCode));
        QVERIFY(
            !page->findChild<QAction *>(QStringLiteral("actionCreateTasks"))->isEnabled()); // none missing
        const QModelIndex created = page->directiveModel()->indexOfOutcome(outcomeId);
        QCOMPARE(page->directiveModel()->rowCount(created), 1);
        const QModelIndex taskIndex = page->directiveModel()->index(0, 0, created);
        QVERIFY(tree->isExpanded(created));
        const qint64 taskId = taskIndex.data(DirectiveReviewModel::IdRole).toLongLong();
        TaskRecord task;
        QVERIFY(TaskStore::loadTask(*session.database(), taskId, &task));
        QCOMPARE(task.code, expectedCode);
        QCOMPARE(task.title, text);
        QVERIFY2(taskIndex.data().toString().startsWith(expectedCode),
                 qPrintable(taskIndex.data().toString()));
        // The meeting's row counts it.
        const int row = page->meetingModel()->rowOf(meetingId);
        QCOMPARE(page->meetingModel()->meetingAt(row).tasks, 1);

        // Double-click the task: the Tasks page shows it, selected, with the meeting it came from.
        tree->scrollTo(taskIndex);
        const QRect rect = tree->visualRect(taskIndex);
        QVERIFY(rect.isValid());
        // A real double click: the first click presses the row, the second one is the double click.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentWidget(), tasksPage);
        QCOMPARE(navigation->currentRow(), 1);
        auto *tasksView = tasksPage->findChild<QTableView *>(QStringLiteral("tasksView"));
        const QModelIndex current = tasksView->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(TaskTableModel::IdRole).toLongLong(), taskId);
        QCOMPARE(tasksView->model()->index(current.row(), TaskTableModel::CodeColumn).data().toString(),
                 expectedCode);
        QCOMPARE(tasksView->model()->index(current.row(), TaskTableModel::TitleColumn).data().toString(),
                 text);
        QCOMPARE(tasksPage->selectedIds(), QList<qint64>{taskId});
        auto *origin = tasksPage->findChild<QLabel *>(QStringLiteral("taskOrigin"));
        QVERIFY(origin->isVisible());
        QVERIFY2(origin->text().contains(QStringLiteral("From directive 1 of the meeting of")),
                 qPrintable(origin->text()));
        QVERIFY2(origin->text().contains(title.toHtmlEscaped()), qPrintable(origin->text()));

        // The origin leads back to the meeting.
        Q_EMIT origin->linkActivated(QStringLiteral("meeting:%1").arg(meetingId));
        QCOMPARE(pages->currentWidget(), page);
        QCOMPARE(page->currentMeetingId(), meetingId);

        // Undo removes the task, from the register and from the directive.
        QVERIFY(session.undoStack()->undoText().contains(QStringLiteral("create 1 task(s)")));
        session.undoStack()->undo();
        QVERIFY(!TaskStore::loadTask(*session.database(), taskId, &task));
        QCOMPARE(page->directiveModel()->rowCount(page->directiveModel()->indexOfOutcome(outcomeId)), 0);
        QVERIFY(page->selectOutcome(outcomeId));
        QVERIFY(page->findChild<QAction *>(QStringLiteral("actionCreateTasks"))->isEnabled());
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(1)).center());
        QCOMPARE(pages->currentWidget(), tasksPage);
        for (int r = 0; r < tasksPage->model()->rowCount(); ++r)
            QVERIFY(tasksPage->model()->index(r, 0).data(TaskTableModel::IdRole).toLongLong() != taskId);
        QVERIFY(!tasksPage->showTask(taskId));
    }

    void removeMeetingSaysWhatStays()
    {
        Session session;
        QVERIFY(open(session));
        MeetingsPage page(&session);
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 id =
            idOf(session, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'"));
        QVERIFY(page.showMeeting(id));
        const MeetingSummary summary = page.meetingModel()->meetingAt(page.meetingModel()->rowOf(id));
        QVERIFY(summary.tasks > 0);
        const qint64 aTask =
            idOf(session, QStringLiteral("SELECT task_id FROM directive_tasks d JOIN meeting_outcomes o "
                                         "ON o.id = d.outcome_id WHERE o.meeting_id = %1 LIMIT 1")
                              .arg(id));

        // Cancel keeps it.
        QString texts = answerBox(QMessageBox::Cancel, [&] { page.removeMeeting(); });
        QVERIFY2(texts.contains(QStringLiteral("%1 outcome(s)").arg(summary.outcomes)), qPrintable(texts));
        QVERIFY2(
            texts.contains(QStringLiteral("The %1 task(s) created from its directives stay in the register")
                               .arg(summary.tasks)),
            qPrintable(texts));
        QCOMPARE(page.meetingModel()->rowCount(), 5);

        // Remove: gone from the list, its tasks still in the register; undo brings it back.
        answerBox(QMessageBox::Yes, [&] { page.removeMeeting(); });
        QCOMPARE(page.meetingModel()->rowCount(), 4);
        QCOMPARE(page.meetingModel()->rowOf(id), -1);
        QVERIFY(page.currentMeetingId() != 0); // the newest remaining one is chosen
        TaskRecord task;
        QVERIFY(TaskStore::loadTask(*session.database(), aTask, &task));
        session.undoStack()->undo();
        QCOMPARE(page.meetingModel()->rowCount(), 5);
        QVERIFY(page.showMeeting(id));
        QCOMPARE(page.directiveModel()->rowCount(), summary.outcomes);
    }

    void freezeOnceAndCompare()
    {
        Session session;
        QVERIFY(open(session));
        MeetingsPage page(&session);
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *freeze = page.findChild<QAction *>(QStringLiteral("actionFreezeFigures"));
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
        auto *compare = page.findChild<QComboBox *>(QStringLiteral("compareWith"));
        auto *note = page.findChild<QLabel *>(QStringLiteral("figuresNote"));
        QVERIFY(freeze && tabs && compare && note);

        // A meeting whose figures are not frozen: shown computed now, and said so.
        const qint64 id = idOf(
            session, QStringLiteral("SELECT m.id FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM "
                                    "report_snapshots s WHERE s.meeting_id = m.id) ORDER BY held_on DESC"));
        QVERIFY(id > 0);
        QVERIFY(page.showMeeting(id));
        QVERIFY(freeze->isEnabled());
        tabs->setCurrentIndex(1);
        QVERIFY(page.figuresModel()->rowCount() > 0);
        QVERIFY2(page.figuresModel()
                     ->headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal)
                     .toString()
                     .contains(QStringLiteral("not frozen")),
                 qPrintable(page.figuresModel()
                                ->headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal)
                                .toString()));
        QVERIFY(note->isVisible());
        // Compared with the meeting before it by default.
        QCOMPARE(compare->currentData().toLongLong(), MeetingStore::previousMeeting(*session.database(), id));

        // Cancel freezes nothing; Freeze stores them once.
        QString texts = answerBox(QMessageBox::Cancel, [&] { page.freezeFigures(); });
        QVERIFY2(texts.contains(QStringLiteral("Freeze the figures of the meeting of")), qPrintable(texts));
        QVERIFY(freeze->isEnabled());
        answerBox(QMessageBox::Yes, [&] { page.freezeFigures(); });
        QVERIFY(!freeze->isEnabled());
        QVERIFY2(freeze->toolTip().contains(QStringLiteral("were frozen as of")),
                 qPrintable(freeze->toolTip()));
        QVERIFY2(page.figuresModel()
                     ->headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal)
                     .toString()
                     .endsWith(QStringLiteral("(frozen)")),
                 qPrintable(page.figuresModel()
                                ->headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal)
                                .toString()));
        QVERIFY(MeetingFigures::frozen(*session.database(), id).isValid());
        session.undoStack()->undo();
        QVERIFY(freeze->isEnabled());
        QVERIFY(!MeetingFigures::frozen(*session.database(), id).isValid());
    }

    void readOnlyFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::copy(m_demo.path(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Session session;
        QString error;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        QVERIFY(session.isReadOnly());
        MeetingsPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.currentMeetingId() > 0);
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("outcomesView"));
        // A directive with a lead unit still without its task ("55 xã …").
        for (int row = 0; row < page.directiveModel()->rowCount(); ++row) {
            const QModelIndex index = page.directiveModel()->index(row, 0);
            if (index.data(DirectiveReviewModel::KindRole).toString() == QLatin1String("directive") &&
                page.directiveModel()->rowCount(index) == 0)
                tree->setCurrentIndex(index);
        }
        QVERIFY(tree->currentIndex().isValid());
        for (const char *name : {"actionNewMeeting", "actionRemoveMeeting", "actionFreezeFigures",
                                 "actionAddOutcome", "actionRemoveOutcome", "actionCreateTasks"})
            QVERIFY2(!page.findChild<QAction *>(QString::fromLatin1(name))->isEnabled(), name);
        // Reading stays possible.
        QVERIFY(page.findChild<QAction *>(QStringLiteral("actionEditMeeting"))->isEnabled());
        QVERIFY(page.findChild<QAction *>(QStringLiteral("actionEditOutcome"))->isEnabled());
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetingspage.moc"
