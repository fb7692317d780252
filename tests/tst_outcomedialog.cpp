// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome form on a writable copy of the demo as of 28/05/2026: a directive typed in, its lead and
// coordinating units ticked in filtered lists (a lead unit greyed among the coordinating ones), its deadline
// as worded, saved and read back; a standing and a recurring directive ("Hằng tháng"); information hides
// the directive's fields and carries none of them; the facade's refusals shown in the dialog, which stays
// open; a directive with tasks opens with its units ticked and keeps its kind.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QUndoStack>

#include "demofixture.h"
#include "guitest.h"

#include "models/commands/editcommands.h"
#include "models/meetings/meetingstore.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "ui/dialogs/outcomedialog.h"

namespace {

using GuiTest::child;
using GuiTest::clickOk;
using GuiTest::typeText;

const QDate Today(2026, 5, 28);

//! The item of \a list named \a text, or nullptr.
QListWidgetItem *itemNamed(QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text)
            return list->item(row);
    }
    return nullptr;
}

//! Filters \a prefix's list by \a filter (typed without accents) and ticks \a name with the space bar.
void tick(QDialog *dialog, const QString &prefix, const QString &filter, const QString &name)
{
    auto *edit = dialog->findChild<QLineEdit *>(prefix + QStringLiteral("Filter"));
    auto *list = dialog->findChild<QListWidget *>(prefix + QStringLiteral("List"));
    QVERIFY(edit && list);
    edit->clear();
    typeText(edit, filter);
    QListWidgetItem *item = itemNamed(list, name);
    QVERIFY2(item, qPrintable(name));
    QVERIFY(!item->isHidden());
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(item->checkState(), Qt::Checked);
}

} // namespace

class TestOutcomeDialog : public QObject
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
    static qint64 unitId(Session &session, const QString &code) { return DemoFixture::unitId(*session.database(), code); }
    static qint64 meetingOf28May(Session &session)
    {
        return idOf(session, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'"));
    }
    static MeetingOutcome newOutcome(Session &session)
    {
        MeetingOutcome outcome;
        outcome.meetingId = meetingOf28May(session);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void directiveTypedAndSaved()
    {
        Session session;
        QVERIFY(open(session));
        OutcomeDialog dialog(&session, newOutcome(session), QStringLiteral("28/05/2026 — Hội nghị"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New outcome"));
        QCOMPARE(child<QLabel>(&dialog, "heading")->text(), QStringLiteral("28/05/2026 — Hội nghị"));
        auto *kind = child<QComboBox>(&dialog, "kind");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("directive"));
        QCOMPARE(kind->currentText(), QStringLiteral("Directive"));
        QVERIFY(child<QWidget>(&dialog, "directiveFields")->isVisible());

        const QString text = QStringLiteral(
            "Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu");
        typeText(child<QPlainTextEdit>(&dialog, "text"), text);
        // Filter, Enter, Space: Enter goes to the first match (it does not press OK), Space ticks it.
        auto *leadFilter = child<QLineEdit>(&dialog, "leadUnitsFilter");
        auto *leadList = child<QListWidget>(&dialog, "leadUnitsList");
        leadFilter->setFocus();
        typeText(leadFilter, QStringLiteral("so noi vu"));
        QTest::keyClick(leadFilter, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(leadList->hasFocus());
        QCOMPARE(leadList->currentItem()->text(), QStringLiteral("Sở Nội vụ"));
        QTest::keyClick(leadList, Qt::Key_Space);
        QCOMPARE(leadList->currentItem()->checkState(), Qt::Checked);
        QVERIFY2(child<QLabel>(&dialog, "leadUnitsSummary")->text().contains(QStringLiteral("Sở Nội vụ")),
                 qPrintable(child<QLabel>(&dialog, "leadUnitsSummary")->text()));

        // The lead unit is greyed among the coordinating units; the police coordinate.
        auto *coordinating = child<QListWidget>(&dialog, "coordinatingUnitsList");
        QListWidgetItem *lead = itemNamed(coordinating, QStringLiteral("Sở Nội vụ"));
        QVERIFY(lead);
        QVERIFY(!(lead->flags() & Qt::ItemIsEnabled));
        tick(&dialog, QStringLiteral("coordinatingUnits"), QStringLiteral("cong an"),
             QStringLiteral("Công an tỉnh"));
        // Unaccented words filter: the Department of Finance is not listed under "cong an".
        QVERIFY(itemNamed(coordinating, QStringLiteral("Sở Tài chính"))->isHidden());

        auto *deadline = child<QLineEdit>(&dialog, "deadlineText");
        typeText(deadline, QStringLiteral("Quý III/2026"));
        QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("→ 30/09/2026"));
        auto *programme = child<QComboBox>(&dialog, "programme");
        programme->setCurrentIndex(1);
        const qint64 programmeId = programme->currentData().toLongLong();
        QVERIFY(programmeId > 0);

        const MeetingOutcome typed = dialog.outcome();
        QCOMPARE(typed.leadUnitIds, QList<qint64>{unitId(session, QStringLiteral("SO-NV"))});
        QCOMPARE(typed.coordinatingUnitIds, QList<qint64>{unitId(session, QStringLiteral("CA-TINH"))});
        QCOMPARE(typed.deadlineDate, QDate(2026, 9, 30));
        QVERIFY(!typed.standing);

        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
        QVERIFY(dialog.outcomeId() > 0);
        MeetingOutcome saved;
        QVERIFY(MeetingStore::outcome(*session.database(), dialog.outcomeId(), &saved));
        QCOMPARE(saved.kind, QStringLiteral("directive"));
        QCOMPARE(saved.text, text);
        QCOMPARE(saved.leadUnitIds, typed.leadUnitIds);
        QCOMPARE(saved.coordinatingUnitIds, typed.coordinatingUnitIds);
        QCOMPARE(saved.deadlineText, QStringLiteral("Quý III/2026"));
        QCOMPARE(saved.deadlineDate, QDate(2026, 9, 30));
        QCOMPARE(saved.programmeId, programmeId);
        QVERIFY(saved.taskIds.isEmpty());
        session.undoStack()->undo();
        QVERIFY(!MeetingStore::outcome(*session.database(), dialog.outcomeId(), &saved));
    }

    void standingAndRecurring()
    {
        Session session;
        QVERIFY(open(session));
        OutcomeDialog dialog(&session, newOutcome(session), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "heading")->isHidden());
        typeText(child<QPlainTextEdit>(&dialog, "text"),
                 QStringLiteral("Các sở, ngành gửi báo cáo hằng tháng"));
        tick(&dialog, QStringLiteral("leadUnits"), QStringLiteral("tai chinh"),
             QStringLiteral("Sở Tài chính"));

        // Nothing typed and not standing: the facade asks for one or the other, and the dialog stays.
        auto *message = child<QLabel>(&dialog, "message");
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(message->text(), QStringLiteral("Give the directive a deadline, or mark it standing."));

        // Standing, worded as the conclusion words it: no date is read from "Hằng tháng".
        auto *standing = child<QCheckBox>(&dialog, "standing");
        QTest::mouseClick(standing, Qt::LeftButton);
        QVERIFY(standing->isChecked());
        typeText(child<QLineEdit>(&dialog, "deadlineText"), QStringLiteral("Hằng tháng"));
        QCOMPARE(child<QLabel>(&dialog, "deadlineMeaning")->text(), QStringLiteral("a task recurring every month"));
        const MeetingOutcome typed = dialog.outcome();
        QVERIFY(typed.standing);
        QVERIFY(!typed.deadlineDate.isValid());
        QCOMPARE(typed.deadlineText, QStringLiteral("Hằng tháng"));
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(message->text()));
        MeetingOutcome saved;
        QVERIFY(MeetingStore::outcome(*session.database(), dialog.outcomeId(), &saved));
        QVERIFY(saved.standing);
        QCOMPARE(saved.deadlineText, QStringLiteral("Hằng tháng"));
        QVERIFY(!saved.deadlineDate.isValid());

        // Standing with a date is a contradiction the facade names; unticking it makes the date count.
        OutcomeDialog second(&session, newOutcome(session), QString());
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        typeText(child<QPlainTextEdit>(&second, "text"), QStringLiteral("Báo cáo kết quả"));
        tick(&second, QStringLiteral("leadUnits"), QStringLiteral("so y te"), QStringLiteral("Sở Y tế"));
        QTest::mouseClick(child<QCheckBox>(&second, "standing"), Qt::LeftButton);
        typeText(child<QLineEdit>(&second, "deadlineText"), QStringLiteral("30/09/2026"));
        clickOk(&second);
        QVERIFY(second.isVisible());
        QVERIFY2(child<QLabel>(&second, "message")->text().contains(QStringLiteral("untick")),
                 qPrintable(child<QLabel>(&second, "message")->text()));
        QTest::mouseClick(child<QCheckBox>(&second, "standing"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&second, "deadlineMeaning")->text(), QStringLiteral("→ 30/09/2026"));
        clickOk(&second);
        QVERIFY2(!second.isVisible(), qPrintable(child<QLabel>(&second, "message")->text()));

        // A recurring wording is understood without the box: the field says what it means, not "not a date".
        OutcomeDialog third(&session, newOutcome(session), QString());
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        typeText(child<QPlainTextEdit>(&third, "text"), QStringLiteral("Báo cáo quý về chuyển đổi số"));
        tick(&third, QStringLiteral("leadUnits"), QStringLiteral("so y te"), QStringLiteral("Sở Y tế"));
        typeText(child<QLineEdit>(&third, "deadlineText"), QStringLiteral("Hằng quý"));
        QCOMPARE(child<QLabel>(&third, "deadlineMeaning")->text(), QStringLiteral("a task recurring every quarter"));
        clickOk(&third);
        QVERIFY2(!third.isVisible(), qPrintable(child<QLabel>(&third, "message")->text()));
        QVERIFY(MeetingStore::outcome(*session.database(), third.outcomeId(), &saved));
        QVERIFY(saved.standing);
        QCOMPARE(saved.deadlineText, QStringLiteral("Hằng quý"));
    }

    void informationHasNoDirectiveFields()
    {
        Session session;
        QVERIFY(open(session));
        OutcomeDialog dialog(&session, newOutcome(session), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        tick(&dialog, QStringLiteral("leadUnits"), QStringLiteral("noi vu"), QStringLiteral("Sở Nội vụ"));
        auto *kind = child<QComboBox>(&dialog, "kind");
        kind->setCurrentIndex(kind->findData(QStringLiteral("information")));
        QCOMPARE(kind->currentText(), QStringLiteral("Information"));
        QVERIFY(child<QWidget>(&dialog, "directiveFields")->isHidden());

        // No text: the facade's words, in the dialog.
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(&dialog, "message")->text(), QStringLiteral("Enter the text of the outcome."));

        typeText(child<QPlainTextEdit>(&dialog, "text"), QStringLiteral("Tỷ lệ số hóa hồ sơ đạt 99,88%"));
        const MeetingOutcome typed = dialog.outcome();
        QCOMPARE(typed.kind, QStringLiteral("information"));
        QVERIFY(typed.leadUnitIds.isEmpty());
        QVERIFY(typed.deadlineText.isEmpty());
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
        MeetingOutcome saved;
        QVERIFY(MeetingStore::outcome(*session.database(), dialog.outcomeId(), &saved));
        QCOMPARE(saved.kind, QStringLiteral("information"));
        QVERIFY(saved.leadUnitIds.isEmpty());
        QCOMPARE(saved.text, QStringLiteral("Tỷ lệ số hóa hồ sơ đạt 99,88%"));

        // A directive needs a lead unit.
        OutcomeDialog directive(&session, newOutcome(session), QString());
        directive.show();
        QVERIFY(QTest::qWaitForWindowExposed(&directive));
        typeText(child<QPlainTextEdit>(&directive, "text"), QStringLiteral("Triển khai ký số"));
        typeText(child<QLineEdit>(&directive, "deadlineText"), QStringLiteral("Quý IV/2026"));
        QCOMPARE(child<QLabel>(&directive, "leadUnitsSummary")->text(),
                 QStringLiteral("No lead unit: a directive needs at least one."));
        clickOk(&directive);
        QVERIFY(directive.isVisible());
        QCOMPARE(child<QLabel>(&directive, "message")->text(),
                 QStringLiteral("Choose at least one lead unit for the directive."));
    }

    void existingDirectiveWithTasks()
    {
        Session session;
        QVERIFY(open(session));
        // "Sở Khoa học và Công nghệ và Công an tỉnh …": two lead units, tasks created from it.
        const QVector<MeetingOutcome> outcomes =
            MeetingStore::outcomes(*session.database(), meetingOf28May(session));
        const MeetingOutcome *withTasks = nullptr;
        for (const MeetingOutcome &o : outcomes) {
            if (o.isDirective() && o.leadUnitIds.size() == 2 && !o.taskIds.isEmpty())
                withTasks = &o;
        }
        QVERIFY(withTasks);
        OutcomeDialog dialog(&session, *withTasks, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Outcome %1").arg(withTasks->position + 1));
        QCOMPARE(dialog.outcome().leadUnitIds, withTasks->leadUnitIds);
        QCOMPARE(child<QLineEdit>(&dialog, "deadlineText")->text(), withTasks->deadlineText);
        // Its kind cannot change: tasks are linked to it. The note says what editing does to them.
        QVERIFY(!child<QComboBox>(&dialog, "kind")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "tasksNote")->isVisible());
        const QStringList names = {
            ReferenceData::localName(QStringLiteral("Sở Khoa học và Công nghệ"), QString()),
            QStringLiteral("Công an tỉnh")};
        for (const QString &name : names) {
            QListWidgetItem *item = itemNamed(child<QListWidget>(&dialog, "leadUnitsList"), name);
            QVERIFY2(item, qPrintable(name));
            QCOMPARE(item->checkState(), Qt::Checked);
        }
        // Saved unchanged: one undo step, the same outcome read back.
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
        MeetingOutcome saved;
        QVERIFY(MeetingStore::outcome(*session.database(), withTasks->id, &saved));
        QCOMPARE(saved.leadUnitIds, withTasks->leadUnitIds);
        QCOMPARE(saved.taskIds, withTasks->taskIds);
        QCOMPARE(saved.deadlineDate, withTasks->deadlineDate);
    }
};

QTEST_MAIN(TestOutcomeDialog)
#include "tst_outcomedialog.moc"
