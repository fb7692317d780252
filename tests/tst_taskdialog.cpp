// SPDX-License-Identifier: GPL-3.0-or-later
// The task dialogs as a user meets them: the demo file on disk, the form typed into key by key (accents
// and all), OK clicked with the mouse; then what the user sees in the dialog, what the file holds, and
// what Edit › Undo says and does.
#include <QtTest>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/i18n/language.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"
#include "ui/dialogs/changeleadunitdialog.h"
#include "ui/dialogs/completetasksdialog.h"
#include "ui/dialogs/extenddeadlinedialog.h"
#include "ui/dialogs/programmesdialog.h"
#include "ui/dialogs/taskdialog.h"
#include "ui/widgets/occurrencetable.h"
#include "ui/widgets/unitcombobox.h"

namespace {

// The day the demo is stated as of: "today" for every dialog here, so dates do not depend on the clock.
const QDate Today(2026, 5, 26);

//! Types \a text as a keyboard would, Vietnamese letters included (QTest::keyClicks is Latin-1 only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

//! Types \a date into a date box as a user does: from the day section, each full section moves on.
void typeDate(QDateEdit *edit, const QDate &date)
{
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, date.toString(QStringLiteral("ddMMyyyy")));
}

//! Closes the completion list as Escape does, so that the next click reaches the dialog, not the popup.
void closePopup(UnitComboBox *combo)
{
    QAbstractItemView *popup = combo->completer()->popup();
    if (popup->isVisible())
        QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

//! Saves what the user sees, when STEERDESK_SHOTS names a folder (for looking at the dialogs by eye).
void shoot(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("STEERDESK_SHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests: the picture is what the screen would show
    widget->grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

} // namespace

class TestTaskDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newTaskShowsEveryProblem();
    void newTaskIsSavedAndUndone();
    void editKeepsRecordedWording();
    void refusalKeepsTyping();
    void extendDeadline();
    void completeAndReopen();
    void recordOccurrence();
    void closeRecurringTaskOnlyWhenChosen();
    void severalWithRecurringAreRefused();
    void taskFormListsOccurrences();
    void changeLeadUnit();
    void unitComboTakesSingleMatch();
    void readOnlyCannotSave();
    void programmesFollowUndo();
    void languageChangeKeepsChoices(); // last: it changes the application's language

private:
    qint64 unitId(const QString &code) const;
    //! An open task with a deadline and no extension, as the user would pick from the register.
    qint64 openTaskWithDeadline(bool withExtensions) const;
    TaskDraft load(qint64 id) const;
    //! The task with \a code ("NV-0112"), as stored.
    TaskRecord task(const QString &code) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_run = 0;
    Session *m_session = nullptr;
};

void TestTaskDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(DemoBuilder::writeFile(m_template, false, &error), qPrintable(error));
}

void TestTaskDialog::init()
{
    // Each test edits its own copy: one test's saved task is not the next one's starting point.
    m_path = m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_path));
    m_session = new Session;
    QString error;
    QVERIFY2(m_session->open(m_path, &error), qPrintable(error));
    QVERIFY(!m_session->isReadOnly());
    m_session->commands()->setToday(Today);
}

void TestTaskDialog::cleanup()
{
    delete m_session;
    m_session = nullptr;
}

qint64 TestTaskDialog::unitId(const QString &code) const
{
    for (const ReferenceData::Unit &unit : ReferenceData::units(*m_session->database())) {
        if (unit.code == code)
            return unit.id;
    }
    return 0;
}

qint64 TestTaskDialog::openTaskWithDeadline(bool withExtensions) const
{
    for (const TaskRecord &task : TaskStore::load(*m_session->database(), false)) {
        if (!task.completedOn.isValid() && task.assignedDeadline.isValid() && !task.isRecurring() &&
            task.extensions.isEmpty() != withExtensions && task.assignedOn.isValid())
            return task.id;
    }
    return 0;
}

TaskDraft TestTaskDialog::load(qint64 id) const
{
    TaskDraft draft;
    QString error;
    if (!m_session->commands()->loadDraft(id, &draft, &error))
        qWarning("loadDraft(%lld): %s", id, qPrintable(error));
    return draft;
}

TaskRecord TestTaskDialog::task(const QString &code) const
{
    for (const TaskRecord &record : TaskStore::load(*m_session->database(), true)) {
        if (record.code == code)
            return record;
    }
    qWarning("no task %s", qPrintable(code));
    return {};
}

void TestTaskDialog::newTaskShowsEveryProblem()
{
    const int before = TaskStore::load(*m_session->database(), true).size();
    TaskDialog dialog(m_session, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *code = child<QLineEdit>(&dialog, "code");
    auto *title = child<QPlainTextEdit>(&dialog, "title");
    auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
    auto *meaning = child<QLabel>(&dialog, "deadlineMeaning");
    auto *leadError = child<QLabel>(&dialog, "leadUnitError");
    auto *deadlineError = child<QLabel>(&dialog, "deadlineError");
    auto *titleError = child<QLabel>(&dialog, "titleError");
    QVERIFY(code && title && deadline && meaning && leadError && deadlineError && titleError);

    // The next free code is offered.
    QCOMPARE(code->text(), m_session->commands()->suggestTaskCode());
    QVERIFY2(code->text().startsWith(QLatin1String("NV-")), qPrintable(code->text()));

    typeText(title, QStringLiteral("Thử nghiệm biểu mẫu"));
    typeText(deadline, QStringLiteral("Quý XIII/2026"));
    // The live label says the wording means nothing, before OK is clicked.
    QCOMPARE(meaning->text(), QStringLiteral("not a date or period"));
    QVERIFY(!leadError->isVisible());

    clickOk(&dialog);
    // The dialog stays, with each problem next to its field, in words.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(leadError->isVisible());
    QVERIFY2(leadError->text().contains(QLatin1String("lead unit")), qPrintable(leadError->text()));
    QVERIFY(deadlineError->isVisible());
    QVERIFY2(deadlineError->text().contains(QStringLiteral("Quý XIII/2026")),
             qPrintable(deadlineError->text()));
    QVERIFY(!titleError->isVisible());
    // Caught by the form, not refused by the facade: nothing is lumped at the bottom.
    QVERIFY(!child<QLabel>(&dialog, "message")->isVisible());
    // Focus goes to the first problem in reading order: the deadline (left column) before the lead unit.
    QCOMPARE(dialog.focusWidget(), deadline);
    // Nothing typed is lost, nothing is written.
    QCOMPARE(title->toPlainText(), QStringLiteral("Thử nghiệm biểu mẫu"));
    QCOMPARE(deadline->text(), QStringLiteral("Quý XIII/2026"));
    QCOMPARE(TaskStore::load(*m_session->database(), true).size(), before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    shoot(&dialog, "taskdialog-problems");

    // Corrected, the problem goes away while typing.
    deadline->clear();
    typeText(deadline, QStringLiteral("Quý III/2026"));
    QVERIFY(!deadlineError->isVisible());
    QVERIFY(leadError->isVisible());

    // A name typed that is no unit is named as such, not as "required".
    auto *lead = child<UnitComboBox>(&dialog, "leadUnit");
    typeText(lead->lineEdit(), QStringLiteral("So Khong Co"));
    closePopup(lead);
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(leadError->text().contains(QLatin1String("So Khong Co")), qPrintable(leadError->text()));
    QCOMPARE(lead->unitId(), qint64(0));
}

void TestTaskDialog::newTaskIsSavedAndUndone()
{
    TaskDialog dialog(m_session, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString code = child<QLineEdit>(&dialog, "code")->text();
    const QString title = QStringLiteral("Số hóa hồ sơ thử nghiệm");

    typeText(child<QPlainTextEdit>(&dialog, "title"), title);
    typeText(child<QLineEdit>(&dialog, "documentNumber"), QStringLiteral("120/KH-UBND"));
    auto *documentDate = child<QDateEdit>(&dialog, "documentDate");
    QVERIFY(documentDate->isEnabled());
    QCOMPARE(documentDate->date(), Today); // follows "assigned on", which defaults to today
    QCOMPARE(documentDate->displayFormat(), QStringLiteral("dd/MM/yyyy"));

    // The lead unit, typed without accents, chosen from the completion list.
    auto *lead = child<UnitComboBox>(&dialog, "leadUnit");
    typeText(lead->lineEdit(), QStringLiteral("tai chinh"));
    QAbstractItemView *popup = lead->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->model()->rowCount() >= 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Sở Tài chính"));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(lead->unitId(), unitId(QStringLiteral("SO-TC")));
    QCOMPARE(lead->currentText(), QStringLiteral("Sở Tài chính"));

    // A coordinating unit: filtered without accents, ticked with the space bar.
    auto *filter = child<QLineEdit>(&dialog, "coordinatorFilter");
    auto *coordinators = child<QListWidget>(&dialog, "coordinators");
    typeText(filter, QStringLiteral("cong an"));
    QListWidgetItem *police = nullptr;
    for (int row = 0; row < coordinators->count(); ++row) {
        QListWidgetItem *item = coordinators->item(row);
        if (item->text() == QStringLiteral("Công an tỉnh"))
            police = item;
        // Every word typed is in what is still listed; the rest is hidden.
        if (item->text() == QStringLiteral("Sở Tài chính"))
            QVERIFY(item->isHidden());
    }
    QVERIFY(police);
    QVERIFY(!police->isHidden());
    coordinators->setFocus();
    coordinators->setCurrentItem(police);
    QTest::keyClick(coordinators, Qt::Key_Space);
    QCOMPARE(police->checkState(), Qt::Checked);
    QVERIFY2(child<QLabel>(&dialog, "coordinatorSummary")->text().contains(QStringLiteral("Công an tỉnh")),
             qPrintable(child<QLabel>(&dialog, "coordinatorSummary")->text()));

    auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
    typeText(deadline, QStringLiteral("Quý III/2026"));
    QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("→ 30/09/2026"));
    shoot(&dialog, "taskdialog-filled");

    clickOk(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.taskId() > 0);

    const TaskDraft saved = load(dialog.taskId());
    QCOMPARE(saved.code, code);
    QCOMPARE(saved.title, title);
    QCOMPARE(saved.kind, QStringLiteral("task"));
    QCOMPARE(saved.leadUnitId, unitId(QStringLiteral("SO-TC")));
    QCOMPARE(saved.coordinatorIds, QList<qint64>{unitId(QStringLiteral("CA-TINH"))});
    QCOMPARE(saved.deadlineText, QStringLiteral("Quý III/2026"));
    QCOMPARE(saved.assignedOn, Today);
    QCOMPARE(saved.documentNumber, QStringLiteral("120/KH-UBND"));
    QCOMPARE(saved.documentDate, Today);
    QVERIFY(!saved.completedOn.isValid());

    // Edit › Undo names the task, and undoes it.
    QVERIFY2(m_session->undoStack()->undoText().contains(title),
             qPrintable(m_session->undoStack()->undoText()));
    m_session->undoStack()->undo();
    TaskDraft gone;
    QString error;
    QVERIFY(!m_session->commands()->loadDraft(dialog.taskId(), &gone, &error));
}

void TestTaskDialog::editKeepsRecordedWording()
{
    // A standing task recorded as "Thường xuyên": a wording no parser reads, kept as it is.
    qint64 id = 0;
    QString wording;
    for (const TaskRecord &task : TaskStore::load(*m_session->database(), false)) {
        bool understood = true;
        TaskValidator::deadlineFromText(task.deadlineText, &understood);
        if (!understood && !task.isRecurring() && !task.completedOn.isValid()) {
            id = task.id;
            wording = task.deadlineText;
            break;
        }
    }
    QVERIFY(id > 0);

    {
        // Changed to something unreadable, it is the user's to fix.
        TaskDialog dialog(m_session, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = child<QLineEdit>(&dialog, "deadlineText");
        QTest::keyClick(edit, Qt::Key_End);
        typeText(edit, QStringLiteral(" nua"));
        QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("not a date or period"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "deadlineError")->isVisible());
    }

    TaskDialog dialog(m_session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
    QCOMPARE(deadline->text(), wording);
    // Left as recorded, the wording is no error in the form.
    QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("as recorded"));
    auto *notes = child<QPlainTextEdit>(&dialog, "progressNotes");
    notes->moveCursor(QTextCursor::End);
    typeText(notes, QStringLiteral(" Đã họp rà soát."));
    clickOk(&dialog);
    QVERIFY(!child<QLabel>(&dialog, "deadlineError")->isVisible());
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    const TaskDraft saved = load(id);
    QVERIFY(saved.progressNotes.endsWith(QStringLiteral("Đã họp rà soát.")));
    QCOMPARE(saved.deadlineText, wording);
}

void TestTaskDialog::refusalKeepsTyping()
{
    // A task whose deadline was extended: the form may not rewrite it; the facade says so.
    const qint64 id = openTaskWithDeadline(true);
    QVERIFY(id > 0);
    const TaskDraft before = load(id);
    TaskDialog dialog(m_session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
    deadline->clear();
    typeText(deadline, QStringLiteral("31/12/2030"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    auto *message = child<QLabel>(&dialog, "message");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("Extend deadline")), qPrintable(message->text()));
    QCOMPARE(deadline->text(), QStringLiteral("31/12/2030"));
    QCOMPARE(load(id).deadlineText, before.deadlineText);
    QCOMPARE(m_session->undoStack()->count(), 0);
    shoot(&dialog, "taskdialog-refused");
}

void TestTaskDialog::extendDeadline()
{
    const qint64 id = openTaskWithDeadline(false);
    QVERIFY(id > 0);
    const TaskDraft before = load(id);
    QVERIFY(!before.deadlineText.isEmpty());

    ExtendDeadlineDialog dialog(m_session, {id});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The task being extended is named, with its deadline now.
    auto *heading = child<QLabel>(&dialog, "heading");
    QVERIFY2(heading->text().contains(before.code) && heading->text().contains(before.deadlineText),
             qPrintable(heading->text()));

    // An empty deadline is not "standing" here: it is missing.
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    auto *deadlineError = child<QLabel>(&dialog, "deadlineError");
    QVERIFY(deadlineError->isVisible());

    auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
    typeText(deadline, QStringLiteral("31/12/2027"));
    QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("→ 31/12/2027"));
    QVERIFY(!deadlineError->isVisible());
    typeText(child<QLineEdit>(&dialog, "documentNumber"), QStringLiteral("45/QĐ-UBND"));
    QCOMPARE(child<QDateEdit>(&dialog, "decidedOn")->date(), Today);
    typeText(child<QPlainTextEdit>(&dialog, "reason"), QStringLiteral("Chờ kinh phí"));
    shoot(&dialog, "extenddeadline");
    clickOk(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));

    QCOMPARE(load(id).deadlineText, QStringLiteral("31/12/2027"));
    QVERIFY(!m_session->undoStack()->undoText().isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(load(id).deadlineText, before.deadlineText);
}

void TestTaskDialog::completeAndReopen()
{
    const QList<qint64> ids{openTaskWithDeadline(false), openTaskWithDeadline(true)};
    QVERIFY(ids.at(0) > 0 && ids.at(1) > 0);
    {
        CompleteTasksDialog dialog(m_session, ids);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = child<QDateEdit>(&dialog, "completedOn");
        QCOMPARE(date->date(), Today);
        QCOMPARE(date->maximumDate(), Today); // no completion in the future
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    }
    for (qint64 id : ids)
        QCOMPARE(load(id).completedOn, Today);
    QCOMPARE(m_session->undoStack()->count(), 1);
    {
        CompleteTasksDialog dialog(m_session, ids);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "reopen"), Qt::LeftButton);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    }
    for (qint64 id : ids)
        QVERIFY(!load(id).completedOn.isValid());
}

void TestTaskDialog::recordOccurrence()
{
    // The brief's own case: on 05/06 the secretary records that the May report went in on 03/06.
    const QDate june5(2026, 6, 5);
    m_session->commands()->setToday(june5);
    const TaskRecord monthly = task(QStringLiteral("NV-0112"));
    QCOMPARE(monthly.recurrence, QStringLiteral("monthly"));
    QVERIFY(!monthly.completedOn.isValid());
    QVERIFY(!monthly.occurrenceCompletions.contains(QStringLiteral("2026-05")));

    CompleteTasksDialog dialog(m_session, {monthly.id});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *period = child<QComboBox>(&dialog, "period");
    auto *done = child<QRadioButton>(&dialog, "occurrenceDone");
    auto *date = child<QDateEdit>(&dialog, "occurrenceCompletedOn");
    auto *close = child<QRadioButton>(&dialog, "closeTask");
    QVERIFY(period && done && date && close);
    QVERIFY(period->isVisible());
    QVERIFY(close->isVisible());
    // The task-wide Reopen is not offered beside a period: it would read as "reopen this period".
    QVERIFY(!child<QPushButton>(&dialog, "reopen")->isVisible());

    // Every period from the assignment (20/01/2026) to the one containing today, newest first, each with
    // its status today; the newest overdue one is chosen: early in June the secretary records May's report.
    QCOMPARE(period->count(), 6);
    QCOMPARE(period->itemText(0), QStringLiteral("Month 6/2026 — In progress, within deadline"));
    QCOMPARE(period->itemText(1), QStringLiteral("Month 5/2026 — Overdue"));
    QCOMPARE(period->itemText(4), QStringLiteral("Month 2/2026 — Completed late"));
    QCOMPARE(period->itemText(5), QStringLiteral("Month 1/2026 — Completed on time"));
    QCOMPARE(period->currentIndex(), 1);
    QVERIFY(done->isChecked());
    QVERIFY(!close->isChecked());
    QCOMPARE(date->date(), june5);
    QCOMPARE(date->maximumDate(), june5); // not in the future
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Record"));

    // A period already done shows the day it was done, ready to be read or corrected.
    period->setFocus();
    QTest::keyClick(period, Qt::Key_End);
    QCOMPARE(period->currentIndex(), 5);
    QCOMPARE(date->date(), QDate(2026, 1, 30));

    // May, chosen with the keyboard, done on 03/06/2026.
    QTest::keyClick(period, Qt::Key_Home);
    QTest::keyClick(period, Qt::Key_Down);
    QCOMPARE(period->currentText(), QStringLiteral("Month 5/2026 — Overdue"));
    QCOMPARE(date->date(), june5);
    typeDate(date, QDate(2026, 6, 3));
    QCOMPARE(date->date(), QDate(2026, 6, 3));
    shoot(&dialog, "completetasks-recurring");
    clickOk(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));

    TaskRecord after;
    QVERIFY(TaskStore::loadTask(*m_session->database(), monthly.id, &after));
    QCOMPARE(after.occurrenceCompletions.value(QStringLiteral("2026-05")), QDate(2026, 6, 3));
    // The task is not closed: it goes on falling due every month.
    QVERIFY(!after.completedOn.isValid());
    QCOMPARE(after.occurrenceCompletions.size(), monthly.occurrenceCompletions.size() + 1);

    // One undo step, named after the task and the period.
    QCOMPARE(m_session->undoStack()->count(), 1);
    const QString undoText = m_session->undoStack()->undoText();
    QVERIFY2(undoText.contains(QStringLiteral("Month 5/2026")), qPrintable(undoText));
    QVERIFY2(undoText.contains(monthly.title.left(30)), qPrintable(undoText));
    m_session->undoStack()->undo();
    QVERIFY(TaskStore::loadTask(*m_session->database(), monthly.id, &after));
    QVERIFY(!after.occurrenceCompletions.contains(QStringLiteral("2026-05")));

    // "Not done" clears what was recorded for a period (February, done late on 03/03).
    CompleteTasksDialog again(m_session, {monthly.id});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    period = child<QComboBox>(&again, "period");
    QCOMPARE(period->currentText(), QStringLiteral("Month 5/2026 — Overdue")); // undone: May is due again
    period->setFocus();
    QTest::keyClick(period, Qt::Key_End);
    QTest::keyClick(period, Qt::Key_Up);
    QCOMPARE(period->currentText(), QStringLiteral("Month 2/2026 — Completed late"));
    QTest::mouseClick(child<QRadioButton>(&again, "occurrenceNotDone"), Qt::LeftButton);
    QVERIFY(!child<QDateEdit>(&again, "occurrenceCompletedOn")->isEnabled());
    clickOk(&again);
    QVERIFY2(!again.isVisible(), qPrintable(child<QLabel>(&again, "message")->text()));
    QVERIFY(TaskStore::loadTask(*m_session->database(), monthly.id, &after));
    QVERIFY(!after.occurrenceCompletions.contains(QStringLiteral("2026-02")));
    QVERIFY(after.occurrenceCompletions.contains(QStringLiteral("2026-01")));
    QVERIFY(!after.completedOn.isValid());
}

void TestTaskDialog::closeRecurringTaskOnlyWhenChosen()
{
    const TaskRecord quarterly = task(QStringLiteral("NV-0113"));
    QCOMPARE(quarterly.recurrence, QStringLiteral("quarterly"));
    CompleteTasksDialog dialog(m_session, {quarterly.id});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *period = child<QComboBox>(&dialog, "period");
    QCOMPARE(period->count(), 2);
    QCOMPARE(period->currentText(), QStringLiteral("Q2 2026 — In progress, within deadline"));
    auto *closeDate = child<QDateEdit>(&dialog, "completedOn");
    QVERIFY(!closeDate->isEnabled());

    // Closing is a choice of its own, said on the button.
    auto *close = child<QRadioButton>(&dialog, "closeTask");
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(close->isChecked());
    QVERIFY(closeDate->isEnabled());
    QVERIFY(!child<QDateEdit>(&dialog, "occurrenceCompletedOn")->isEnabled());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), QStringLiteral("Close task"));
    QVERIFY2(child<QLabel>(&dialog, "closeNote")->text().contains(QStringLiteral("Q2 2026")),
             qPrintable(child<QLabel>(&dialog, "closeNote")->text()));
    shoot(&dialog, "completetasks-close");
    clickOk(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    TaskRecord after;
    QVERIFY(TaskStore::loadTask(*m_session->database(), quarterly.id, &after));
    QCOMPARE(after.completedOn, Today);
    QCOMPARE(after.occurrenceCompletions, quarterly.occurrenceCompletions);

    // Once closed, the same choice reopens it.
    CompleteTasksDialog again(m_session, {quarterly.id});
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    close = child<QRadioButton>(&again, "closeTask");
    QVERIFY2(close->text().contains(QLatin1String("Re&open")), qPrintable(close->text()));
    QTest::mouseClick(close, Qt::LeftButton);
    clickOk(&again);
    QVERIFY(TaskStore::loadTask(*m_session->database(), quarterly.id, &after));
    QVERIFY(!after.completedOn.isValid());
}

void TestTaskDialog::severalWithRecurringAreRefused()
{
    const TaskRecord monthly = task(QStringLiteral("NV-0112"));
    const TaskRecord quarterly = task(QStringLiteral("NV-0113"));
    const qint64 ordinary = openTaskWithDeadline(false);
    QVERIFY(monthly.isRecurring() && quarterly.isRecurring() && ordinary > 0);

    for (const QList<qint64> &ids :
         {QList<qint64>{ordinary, monthly.id}, QList<qint64>{monthly.id, ordinary, quarterly.id}}) {
        CompleteTasksDialog dialog(m_session, ids);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "reopen")->isEnabled());
        auto *note = child<QLabel>(&dialog, "recurringNote");
        QVERIFY(note && note->isVisible());
        const QString count = ids.size() == 2 ? QStringLiteral("1 of the 2") : QStringLiteral("2 of the 3");
        QVERIFY2(note->text().contains(count), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLatin1String("one at a time")), qPrintable(note->text()));
        if (ids.size() == 3)
            shoot(&dialog, "completetasks-mixed");
        // Nor does anything that would press OK.
        dialog.accept();
        QVERIFY(dialog.isVisible());
    }
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!load(ordinary).completedOn.isValid());
    QVERIFY(!load(monthly.id).completedOn.isValid());
    QVERIFY(!load(quarterly.id).completedOn.isValid());
}

void TestTaskDialog::taskFormListsOccurrences()
{
    const TaskRecord monthly = task(QStringLiteral("NV-0112"));
    TaskDialog dialog(m_session, monthly.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<OccurrenceTable>(&dialog, "occurrences");
    QVERIFY(table);
    QVERIFY(table->isVisible());
    // As of 26/05/2026: January to May, newest first, each with its status today.
    QCOMPARE(table->rowCount(), 5);
    const auto text = [table](int row, int column) {
        return table->item(row, column)->text();
    };
    QCOMPARE(text(0, OccurrenceTable::PeriodColumn), QStringLiteral("Month 5/2026"));
    QCOMPARE(text(0, OccurrenceTable::DueColumn), QStringLiteral("31/05/2026"));
    QCOMPARE(text(0, OccurrenceTable::StatusColumn), QStringLiteral("In progress, within deadline"));
    QCOMPARE(text(0, OccurrenceTable::CompletedColumn), QString());
    QCOMPARE(text(3, OccurrenceTable::PeriodColumn), QStringLiteral("Month 2/2026"));
    QCOMPARE(text(3, OccurrenceTable::DueColumn), QStringLiteral("28/02/2026"));
    QCOMPARE(text(3, OccurrenceTable::StatusColumn), QStringLiteral("Completed late"));
    QCOMPARE(text(3, OccurrenceTable::CompletedColumn), QStringLiteral("03/03/2026"));
    QCOMPARE(text(4, OccurrenceTable::StatusColumn), QStringLiteral("Completed on time"));
    QCOMPARE(table->horizontalHeaderItem(OccurrenceTable::StatusColumn)->text(), QStringLiteral("Status"));
    // The task's own completion closes it: the form calls it that.
    QCOMPARE(child<QCheckBox>(&dialog, "completed")->text(), QStringLiteral("Clo&sed on"));
    shoot(&dialog, "taskdialog-occurrences");

    // Compact: a few rows, not the whole form.
    QVERIFY2(table->height() < dialog.height() / 3, qPrintable(QString::number(table->height())));

    // Told it no longer recurs, the form stops showing periods that would no longer be counted.
    auto *recurrence = child<QComboBox>(&dialog, "recurrence");
    recurrence->setCurrentIndex(recurrence->findData(QStringLiteral("none")));
    QVERIFY(!table->isVisible());
    QCOMPARE(child<QCheckBox>(&dialog, "completed")->text(), QStringLiteral("Co&mpleted on"));

    // A task that does not recur has no list.
    TaskDialog oneOff(m_session, openTaskWithDeadline(false));
    oneOff.show();
    QVERIFY(QTest::qWaitForWindowExposed(&oneOff));
    QVERIFY(!child<OccurrenceTable>(&oneOff, "occurrences")->isVisible());
    QVERIFY(!child<QLabel>(&oneOff, "occurrencesLabel")->isVisible());
}

void TestTaskDialog::changeLeadUnit()
{
    const qint64 id = openTaskWithDeadline(false);
    QVERIFY(id > 0);
    // Whichever of two units the task does not have yet, typed in full without accents.
    const bool hasPolice = load(id).leadUnitId == unitId(QStringLiteral("CA-TINH"));
    const qint64 target = unitId(hasPolice ? QStringLiteral("SO-TC") : QStringLiteral("CA-TINH"));
    const QString typed = hasPolice ? QStringLiteral("so tai chinh") : QStringLiteral("cong an tinh");
    QVERIFY(target > 0);

    ChangeLeadUnitDialog dialog(m_session, {id});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *unit = child<UnitComboBox>(&dialog, "leadUnit");
    // Nothing chosen: said so, nothing changed.
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "message")->isVisible());

    // The full name typed without accents is the unit.
    typeText(unit->lineEdit(), typed);
    closePopup(unit);
    QCOMPARE(unit->unitId(), target);
    clickOk(&dialog);
    QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
    QCOMPARE(load(id).leadUnitId, target);
    QVERIFY(!m_session->undoStack()->undoText().isEmpty());
}

void TestTaskDialog::unitComboTakesSingleMatch()
{
    UnitComboBox combo;
    combo.setUnits(ReferenceData::units(*m_session->database()));
    combo.show();
    QVERIFY(QTest::qWaitForWindowExposed(&combo));
    QSignalSpy changed(&combo, &UnitComboBox::unitChanged);

    // A fragment of the code only one unit has, confirmed with Enter: that unit, spelt out in full.
    typeText(combo.lineEdit(), QStringLiteral("khcn"));
    QCOMPARE(combo.unitId(), qint64(0));
    QTest::keyClick(combo.lineEdit(), Qt::Key_Return);
    QCOMPARE(combo.unitId(), unitId(QStringLiteral("SO-KHCN")));
    QCOMPARE(combo.currentText(), QStringLiteral("Sở Khoa học và Công nghệ"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constLast().constFirst().toLongLong(), unitId(QStringLiteral("SO-KHCN")));

    // A fragment many units share is left for the user to choose.
    combo.lineEdit()->selectAll();
    typeText(combo.lineEdit(), QStringLiteral("so"));
    QTest::keyClick(combo.lineEdit(), Qt::Key_Return);
    QCOMPARE(combo.unitId(), qint64(0));
    QCOMPARE(combo.currentText(), QStringLiteral("so"));
    QVERIFY(combo.hasUnmatchedText());

    // Closed units (the districts before the 2025 merger) are not offered, unless already chosen.
    qint64 closed = 0;
    for (const ReferenceData::Unit &unit : ReferenceData::units(*m_session->database())) {
        if (unit.isClosed()) {
            closed = unit.id;
            QCOMPARE(combo.findData(unit.id), -1);
        }
    }
    QVERIFY(closed > 0);
    combo.setUnitId(closed);
    QCOMPARE(combo.unitId(), closed);
}

void TestTaskDialog::readOnlyCannotSave()
{
    // A second session on the same file finds it locked and opens it read-only.
    Session second;
    QString error;
    QVERIFY2(second.open(m_path, &error), qPrintable(error));
    QVERIFY(second.isReadOnly());
    QVERIFY(!second.readOnlyReason().isEmpty());

    TaskDialog dialog(&second, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *note = child<QLabel>(&dialog, "readOnlyNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(second.readOnlyReason()), qPrintable(note->text()));
    shoot(&dialog, "taskdialog-readonly");

    ExtendDeadlineDialog extend(&second, {openTaskWithDeadline(false)});
    QVERIFY(!extend.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    ProgrammesDialog lists(&second);
    QVERIFY(!child<QPushButton>(&lists, "addProgramme")->isEnabled());
}

void TestTaskDialog::programmesFollowUndo()
{
    ProgrammesDialog dialog(m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *programmes = child<QTableWidget>(&dialog, "programmes");
    const int before = programmes->rowCount();
    QCOMPARE(before, ReferenceData::programmes(*m_session->database()).size());

    // Add… opens a small modal form: fill it in once it is up.
    bool filled = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!form || form == &dialog)
            return;
        poll.stop();
        typeText(form->findChild<QLineEdit *>(QStringLiteral("code")), QStringLiteral("CT-TEST"));
        typeText(form->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Chương trình thử"));
        typeText(form->findChild<QLineEdit *>(QStringLiteral("nameEn")), QStringLiteral("Test programme"));
        filled = true;
        QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    poll.start();
    QTest::mouseClick(child<QPushButton>(&dialog, "addProgramme"), Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(programmes->rowCount(), before + 1);
    QCOMPARE(programmes->item(programmes->currentRow(), 0)->text(), QStringLiteral("CT-TEST"));
    QVERIFY(m_session->undoStack()->undoText().contains(QStringLiteral("Chương trình thử")));
    shoot(&dialog, "programmes");

    // Undone from elsewhere (the main window's Edit menu): the list follows.
    m_session->undoStack()->undo();
    QCOMPARE(programmes->rowCount(), before);
    m_session->undoStack()->redo();
    QCOMPARE(programmes->rowCount(), before + 1);
}

void TestTaskDialog::languageChangeKeepsChoices()
{
    TaskDialog dialog(m_session, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *lead = child<UnitComboBox>(&dialog, "leadUnit");
    typeText(lead->lineEdit(), QStringLiteral("Sở Tài chính"));
    closePopup(lead);
    const qint64 finance = unitId(QStringLiteral("SO-TC"));
    QCOMPARE(lead->unitId(), finance);
    auto *kind = child<QComboBox>(&dialog, "kind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("model"));
    clickOk(&dialog); // no title: a problem on screen
    auto *titleError = child<QLabel>(&dialog, "titleError");
    QVERIFY(titleError->isVisible());

    // Switched to English while the form is open: the unit shows its English name, every choice stays,
    // and the problem is still said.
    QVERIFY(Language::install(QStringLiteral("en")));
    QTRY_COMPARE(lead->currentText(), QStringLiteral("Department of Finance"));
    QCOMPARE(lead->unitId(), finance);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("model"));
    QCOMPARE(kind->currentText(), QStringLiteral("Pilot model"));
    QVERIFY(titleError->isVisible());
    QVERIFY(!titleError->text().isEmpty());
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestTaskDialog)
#include "tst_taskdialog.moc"
