// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting form as a user meets it, on a writable copy of the demo as of 28/05/2026: a new meeting
// typed key by key (accents and all) with an attendee whose unit is picked without accents, saved and read
// back; the facade's refusals shown in the dialog, which stays open with what was typed; an existing
// meeting's attendees moved and removed; the connected points only for an online conference; a
// read-only file that cannot be saved.
#include <QtTest>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QUndoStack>

#include "demofixture.h"
#include "guitest.h"

#include "models/commands/editcommands.h"
#include "models/meetings/meetingstore.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/widgets/unitcombobox.h"

namespace {

using GuiTest::child;
using GuiTest::clickOk;
using GuiTest::typeText;

const QDate Today(2026, 5, 28);

//! The editor open in \a table's current cell.
template<typename T> T *cellEditor(QTableWidget *table)
{
    return qobject_cast<T *>(table->indexWidget(table->currentIndex()));
}

} // namespace

class TestMeetingDialog : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    bool open(Session &session) { return m_demo.openSession(session, Today); }

    static qint64 unitId(Session &session, const QString &code) { return DemoFixture::unitId(*session.database(), code); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void newMeetingTypedAndSaved()
    {
        Session session;
        QVERIFY(open(session));
        MeetingDialog dialog(&session, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New meeting"));

        // Today by default; the chair, his title and the hall come from the latest meeting (28/05/2026).
        auto *heldOn = child<QDateEdit>(&dialog, "heldOn");
        QCOMPARE(heldOn->date(), Today);
        QCOMPARE(heldOn->displayFormat(), QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(child<QLineEdit>(&dialog, "chair")->text(), QStringLiteral("Hồ Văn Mừng"));
        QVERIFY(!child<QLineEdit>(&dialog, "chairTitle")->text().isEmpty());

        heldOn->setFocus();
        heldOn->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(heldOn, QStringLiteral("25062026"));
        QCOMPARE(heldOn->date(), QDate(2026, 6, 25));
        QTest::mouseClick(child<QCheckBox>(&dialog, "hasStart"), Qt::LeftButton);
        auto *startsAt = child<QTimeEdit>(&dialog, "startsAt");
        QVERIFY(startsAt->isEnabled());
        startsAt->setFocus();
        startsAt->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(startsAt, QStringLiteral("1430"));
        QCOMPARE(startsAt->time(), QTime(14, 30));

        const QString title = QStringLiteral("Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2026");
        typeText(child<QPlainTextEdit>(&dialog, "title"), title);

        // Connected points only for an online conference.
        auto *kind = child<QComboBox>(&dialog, "kind");
        auto *points = child<QSpinBox>(&dialog, "connectedPoints");
        QCOMPARE(kind->currentData().toString(), QStringLiteral("regular"));
        QVERIFY(!points->isEnabled());
        kind->setCurrentIndex(kind->findData(QStringLiteral("online_conference")));
        QCOMPARE(kind->currentText(), QStringLiteral("Online conference"));
        QVERIFY(points->isEnabled());
        points->setFocus();
        points->selectAll();
        QTest::keyClicks(points, QStringLiteral("102"));
        QCOMPARE(points->value(), 102);

        child<QLineEdit>(&dialog, "location")->clear();
        typeText(child<QLineEdit>(&dialog, "location"), QStringLiteral("Điểm cầu UBND tỉnh"));
        typeText(child<QLineEdit>(&dialog, "documentNumber"), QStringLiteral("230/TB-VPUBND"));
        auto *documentDate = child<QDateEdit>(&dialog, "documentDate");
        QVERIFY(documentDate->isEnabled());
        QCOMPARE(documentDate->date(), QDate(2026, 6, 25)); // followed the meeting's date
        documentDate->setDate(QDate(2026, 6, 30));

        // One attendee: name and position typed into the table, the unit picked without accents.
        auto *attendees = child<QTableWidget>(&dialog, "attendees");
        QCOMPARE(attendees->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(&dialog, "addAttendee"), Qt::LeftButton);
        QCOMPARE(attendees->rowCount(), 1);
        QCOMPARE(attendees->currentColumn(), int(MeetingDialog::NameColumn));
        auto *nameEditor = cellEditor<QLineEdit>(attendees);
        QVERIFY(nameEditor);
        typeText(nameEditor, QStringLiteral("Lê Văn Phước"));
        QTest::keyClick(nameEditor, Qt::Key_Tab);
        QCOMPARE(attendees->currentColumn(), int(MeetingDialog::JobTitleColumn));
        auto *jobEditor = cellEditor<QLineEdit>(attendees);
        QVERIFY(jobEditor);
        typeText(jobEditor, QStringLiteral("Phó Chủ tịch UBND tỉnh"));
        QTest::keyClick(jobEditor, Qt::Key_Tab);
        QCOMPARE(attendees->currentColumn(), int(MeetingDialog::UnitColumn));
        auto *unitEditor = cellEditor<UnitComboBox>(attendees);
        QVERIFY(unitEditor);
        typeText(unitEditor->lineEdit(), QStringLiteral("van phong uy ban"));
        QAbstractItemView *popup = unitEditor->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(unitEditor->unitId(), unitId(session, QStringLiteral("VP-UBND")));
        QTest::keyClick(unitEditor, Qt::Key_Return); // commits the cell (once the event loop runs)
        QTRY_COMPARE(attendees->item(0, MeetingDialog::UnitColumn)->text(),
                     QStringLiteral("Văn phòng Ủy ban nhân dân tỉnh"));

        const Meeting typed = dialog.meeting();
        QCOMPARE(typed.attendees.size(), 1);
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.meetingId() > 0);

        Meeting saved;
        QVERIFY(MeetingStore::load(*session.database(), dialog.meetingId(), &saved));
        QCOMPARE(saved.heldOn, QDate(2026, 6, 25));
        QCOMPARE(saved.startsAt, QTime(14, 30));
        QCOMPARE(saved.title, title);
        QCOMPARE(saved.kind, QStringLiteral("online_conference"));
        QCOMPARE(saved.connectedPoints, 102);
        QCOMPARE(saved.chair, QStringLiteral("Hồ Văn Mừng"));
        QCOMPARE(saved.location, QStringLiteral("Điểm cầu UBND tỉnh"));
        QCOMPARE(saved.documentNumber, QStringLiteral("230/TB-VPUBND"));
        QCOMPARE(saved.documentDate, QDate(2026, 6, 30));
        QCOMPARE(saved.attendees.size(), 1);
        QCOMPARE(saved.attendees.at(0).personName, QStringLiteral("Lê Văn Phước"));
        QCOMPARE(saved.attendees.at(0).jobTitle, QStringLiteral("Phó Chủ tịch UBND tỉnh"));
        QCOMPARE(saved.attendees.at(0).unitId, unitId(session, QStringLiteral("VP-UBND")));

        // One undo step takes it all back.
        QVERIFY(session.undoStack()->canUndo());
        session.undoStack()->undo();
        QVERIFY(!MeetingStore::load(*session.database(), dialog.meetingId(), &saved));
    }

    void refusalStaysInTheDialog()
    {
        Session session;
        QVERIFY(open(session));
        MeetingDialog dialog(&session, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = child<QLabel>(&dialog, "message");
        QVERIFY(message->isHidden());

        // No title: the facade says so, the dialog stays open.
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!message->isHidden());
        QCOMPARE(message->text(), QStringLiteral("Enter the title of the meeting."));

        // A title, and an attendee with a position but no name: the row is named.
        typeText(child<QPlainTextEdit>(&dialog, "title"), QStringLiteral("Họp chuyên đề số hóa"));
        auto *attendees = child<QTableWidget>(&dialog, "attendees");
        dialog.addAttendee();
        QTest::keyClick(cellEditor<QLineEdit>(attendees), Qt::Key_Tab);
        typeText(cellEditor<QLineEdit>(attendees), QStringLiteral("Giám đốc"));
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Attendee 1 has no name")),
                 qPrintable(message->text()));
        // What was typed is still there; the name fixes it.
        QCOMPARE(attendees->item(0, MeetingDialog::JobTitleColumn)->text(), QStringLiteral("Giám đốc"));
        attendees->item(0, MeetingDialog::NameColumn)->setText(QStringLiteral("Nguyễn Thị Lan"));
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(message->text()));
        QCOMPARE(session.undoStack()->count(), 1);

        // A row added and left empty is not an attendee.
        MeetingDialog second(&session, 0);
        second.addAttendee();
        second.addAttendee();
        QVERIFY(second.meeting().attendees.isEmpty());
    }

    void existingMeetingAttendeesMoved()
    {
        Session session;
        QVERIFY(open(session));
        QSqlQuery q(session.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'")) && q.next());
        const qint64 id = q.value(0).toLongLong();
        Meeting before;
        QVERIFY(MeetingStore::load(*session.database(), id, &before));
        QVERIFY(before.attendees.size() >= 3);

        MeetingDialog dialog(&session, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Meeting of 28/05/2026"));
        auto *attendees = child<QTableWidget>(&dialog, "attendees");
        QCOMPARE(attendees->rowCount(), int(before.attendees.size()));
        QCOMPARE(attendees->item(0, MeetingDialog::NameColumn)->text(), before.attendees.at(0).personName);
        QCOMPARE(child<QComboBox>(&dialog, "kind")->currentData().toString(), before.kind);

        // The second attendee moves up; the last is removed.
        auto *up = child<QPushButton>(&dialog, "moveAttendeeUp");
        attendees->setCurrentCell(0, MeetingDialog::NameColumn);
        QVERIFY(!up->isEnabled());
        attendees->setCurrentCell(1, MeetingDialog::NameColumn);
        QVERIFY(up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(attendees->currentRow(), 0);
        attendees->setCurrentCell(attendees->rowCount() - 1, MeetingDialog::NameColumn);
        QVERIFY(!child<QPushButton>(&dialog, "moveAttendeeDown")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "removeAttendee"), Qt::LeftButton);
        clickOk(&dialog);
        QVERIFY2(!dialog.isVisible(), qPrintable(child<QLabel>(&dialog, "message")->text()));

        Meeting after;
        QVERIFY(MeetingStore::load(*session.database(), id, &after));
        QCOMPARE(after.attendees.size(), before.attendees.size() - 1);
        QCOMPARE(after.attendees.at(0).personName, before.attendees.at(1).personName);
        QCOMPARE(after.attendees.at(0).unitId, before.attendees.at(1).unitId);
        QCOMPARE(after.attendees.at(1).personName, before.attendees.at(0).personName);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.startsAt, before.startsAt);
        session.undoStack()->undo();
        QVERIFY(MeetingStore::load(*session.database(), id, &after));
        QCOMPARE(after.attendees.size(), before.attendees.size());
        QCOMPARE(after.attendees.at(0).personName, before.attendees.at(0).personName);
    }

    void readOnlyFileCannotSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::copy(m_demo.path(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Session session;
        QString error;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        QVERIFY(session.isReadOnly());
        MeetingDialog dialog(&session, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "readOnlyNote")->isHidden());
    }
};

QTEST_MAIN(TestMeetingDialog)
#include "tst_meetingdialog.moc"
