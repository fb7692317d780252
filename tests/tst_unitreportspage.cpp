// SPDX-License-Identifier: GPL-3.0-or-later
// The Monthly reports page on a writable copy of the demo as of 26/05/2026: May's summary counts the four
// units that have not reported, the reminder list names them; recording the Provincial Inspectorate's
// report through the dialog leaves three missing and makes it the third late one, and undo brings it back.
#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/unitreports/unitreportmatrixmodel.h"
#include "ui/dialogs/recordreportdialog.h"
#include "ui/pages/unitreportspage.h"

class TestUnitReportsPage : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void recordAndUndo()
    {
        Session session;
        QString error;
        QVERIFY2(m_demo.openSession(session, &error), qPrintable(error));
        session.commands()->setToday(QDate(2026, 5, 26));
        UnitReportsPage page(&session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        auto *list = page.findChild<QPlainTextEdit *>(QStringLiteral("notYetReported"));
        auto *view = page.findChild<QTableView *>(QStringLiteral("reportsView"));
        auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("asOf"));
        auto *record = page.findChild<QPushButton *>(QStringLiteral("recordButton"));
        auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearButton"));
        auto *copy = page.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(summary && list && view && asOf && record && clear && copy);

        // By default: six months up to the as-of month, as of today (the test's 26/05/2026).
        QCOMPARE(asOf->date(), QDate(2026, 5, 26));
        QCOMPARE(view->model()->columnCount(), 6);
        QCOMPARE(view->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("05/2026"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("05/2026: ")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("4 missing")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("2 late")), qPrintable(summary->text()));
        QVERIFY(!record->isEnabled()); // nothing selected

        QSqlQuery q(session.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM units WHERE code = 'TTRA'")) && q.next());
        const qint64 ttra = q.value(0).toLongLong();
        QVERIFY(page.selectCell(ttra, QStringLiteral("2026-05")));
        const UnitReportRow *report = page.model()->reportAt(view->currentIndex());
        QVERIFY(report);
        QCOMPARE(report->status, UnitReportStatus::Missing);
        const QString name = report->displayName();
        QVERIFY2(list->toPlainText().contains(name), qPrintable(list->toPlainText()));
        QVERIFY(record->isEnabled());
        QVERIFY(!clear->isEnabled()); // not received: nothing to clear

        // The list goes to the clipboard as shown.
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), list->toPlainText());

        // Record it through the dialog.
        bool dialogSeen = false;
        QTimer::singleShot(0, &page, [&dialogSeen] {
            auto *dialog = qobject_cast<RecordReportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *received = dialog->findChild<QDateEdit *>(QStringLiteral("receivedOn"));
            QVERIFY(received);
            QCOMPARE(received->date(), QDate(2026, 5, 26)); // today by default
            received->setDate(QDate(2026, 5, 26));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("documentNumber")),
                             QStringLiteral("88/BC-TTr"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(dialogSeen);

        QVERIFY2(summary->text().contains(QStringLiteral("3 missing")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("3 late")), qPrintable(summary->text()));
        QVERIFY2(!list->toPlainText().contains(name), qPrintable(list->toPlainText()));
        // The same cell stays selected, now late, and can be cleared.
        report = page.model()->reportAt(view->currentIndex());
        QVERIFY(report);
        QCOMPARE(report->unitId, ttra);
        QCOMPARE(report->status, UnitReportStatus::Late);
        QCOMPARE(report->documentNumber, QStringLiteral("88/BC-TTr"));
        QVERIFY(clear->isEnabled());

        // Undo restores the four missing reports.
        session.undoStack()->undo();
        QVERIFY2(summary->text().contains(QStringLiteral("4 missing")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("2 late")), qPrintable(summary->text()));
        QVERIFY2(list->toPlainText().contains(name), qPrintable(list->toPlainText()));

        // Redo, then Clear: missing again, also undoable.
        session.undoStack()->redo();
        QVERIFY2(summary->text().contains(QStringLiteral("3 missing")), qPrintable(summary->text()));
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY2(summary->text().contains(QStringLiteral("4 missing")), qPrintable(summary->text()));
        QVERIFY(!clear->isEnabled());
        session.undoStack()->undo();
        QVERIFY2(summary->text().contains(QStringLiteral("3 missing")), qPrintable(summary->text()));
    }

    void asOfEarlierDateCountsOnlyWhatWasKnown()
    {
        Session session;
        QString error;
        QVERIFY2(m_demo.openSession(session, &error), qPrintable(error));
        session.commands()->setToday(QDate(2026, 5, 26));
        UnitReportsPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("asOf"));
        QVERIFY(summary && asOf);
        // On 10/05/2026 May's reports were not yet due: nothing missing or late.
        asOf->setDate(QDate(2026, 5, 10));
        QVERIFY2(summary->text().contains(QStringLiteral("0 missing")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("not yet due")), qPrintable(summary->text()));

        // The default range follows the as-of month: six months up to April.
        auto *view = page.findChild<QTableView *>(QStringLiteral("reportsView"));
        asOf->setDate(QDate(2026, 4, 30));
        QCOMPARE(view->model()->columnCount(), 6);
        QCOMPARE(view->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("04/2026"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("04/2026: ")), qPrintable(summary->text()));
        // A range chosen apart stays when the date moves.
        page.setRange(Period::month(2026, 1), Period::month(2026, 3), QDate(2026, 4, 30));
        asOf->setDate(QDate(2026, 5, 26));
        QCOMPARE(view->model()->columnCount(), 3);
        QCOMPARE(view->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("03/2026"));
    }

    void readOnlyFileDisablesActions()
    {
        Session session;
        QString error;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::copy(m_demo.path(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY2(session.open(path, &error), qPrintable(error));
        session.commands()->setToday(QDate(2026, 5, 26));
        QVERIFY(session.isReadOnly());
        UnitReportsPage page(&session);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSqlQuery q(session.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM units WHERE code = 'TTRA'")) && q.next());
        QVERIFY(page.selectCell(q.value(0).toLongLong(), QStringLiteral("2026-05")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("recordButton"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("clearButton"))->isEnabled());
    }
};

QTEST_MAIN(TestUnitReportsPage)
#include "tst_unitreportspage.moc"
