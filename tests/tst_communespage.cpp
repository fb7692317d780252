// SPDX-License-Identifier: GPL-3.0-or-later
// The Communes page on a copy of the demo: May's 55 yellow communes in the summary and under the yellow
// filter, the search without accents, the detail of a commune and the "yellow to green" list; a colour
// set by hand through the dialog changes the counts, and undo restores them.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/communes/communestatusmodel.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "ui/dialogs/overridecolourdialog.h"
#include "ui/pages/communespage.h"

class TestCommunesPage : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void demoMay()
    {
        const QString path = m_dir.filePath(QStringLiteral("page.sqlite"));
        QVERIFY(QFile::copy(m_demo.path(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Session session;
        QString error;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        session.commands()->setToday(QDate(2026, 5, 26));
        CommunesPage page(&session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *period = page.findChild<QComboBox *>(QStringLiteral("periodChooser"));
        auto *colour = page.findChild<QComboBox *>(QStringLiteral("colourFilter"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        auto *view = page.findChild<QTableView *>(QStringLiteral("communesView"));
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("detail"));
        auto *yellowList = page.findChild<QPlainTextEdit *>(QStringLiteral("yellowToGreen"));
        auto *overrideButton = page.findChild<QPushButton *>(QStringLiteral("overrideButton"));
        auto *clearButton = page.findChild<QPushButton *>(QStringLiteral("clearOverrideButton"));
        QVERIFY(period && colour && search && summary && view && detail && yellowList && overrideButton &&
                clearButton);

        // The newest assessed period first; its counts as the report says them.
        QCOMPARE(period->count(), 2);
        QCOMPARE(period->currentData().toString(), QStringLiteral("2026-05"));
        QVERIFY2(summary->text().contains(QStringLiteral("55 yellow")), qPrintable(summary->text()));
        QCOMPARE(view->model()->rowCount(), 102);

        // Filter by yellow: 55 rows.
        colour->setCurrentIndex(colour->findData(int(TrafficLight::Yellow)));
        QCOMPARE(view->model()->rowCount(), 55);
        QVERIFY(!overrideButton->isEnabled()); // nothing selected yet

        // The list of what moves each yellow commune to green, ready to copy.
        const QString list = page.yellowToGreenText();
        QVERIFY2(list.startsWith(QStringLiteral("What moves the 55 yellow commune(s) to green")),
                 qPrintable(list.left(80)));
        QVERIFY2(list.contains(QStringLiteral("points short of green")), qPrintable(list.left(400)));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), list);

        // Find An Phú without accents and select it.
        colour->setCurrentIndex(0);
        QTest::keyClicks(search, QStringLiteral("an phu"));
        QVERIFY(view->model()->rowCount() >= 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(overrideButton->isEnabled());
        QVERIFY(!clearButton->isEnabled());
        const QString about = detail->toPlainText();
        QVERIFY2(
            about.contains(QStringLiteral("Score 66.7: 1/1 tasks on time; 1/3 indicators achieved → yellow")),
            qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("What moves it to green")), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("Month 4/2026: Yellow")), qPrintable(about));

        // Override to green with a reason through the dialog.
        QTimer::singleShot(0, &page, [] {
            auto *dialog = qobject_cast<OverrideColourDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no reason yet
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("colour"));
            box->setCurrentIndex(box->findData(QStringLiteral("green")));
            // (keyClicks types ASCII only)
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason"))
                ->setPlainText(QStringLiteral("Công văn 12/UBND xác nhận hoàn thành"));
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(overrideButton, Qt::LeftButton);
        QVERIFY2(summary->text().contains(QStringLiteral("54 yellow · 32 green")),
                 qPrintable(summary->text()));
        QCOMPARE(view->currentIndex().data(CommuneStatusModel::ColourRole).toString(),
                 QStringLiteral("green"));
        QVERIFY(clearButton->isEnabled());
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Công văn 12/UBND")),
                 qPrintable(detail->toPlainText()));

        // Undo restores the counts.
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QVERIFY2(summary->text().contains(QStringLiteral("55 yellow · 31 green")),
                 qPrintable(summary->text()));
        session.undoStack()->redo();
        QVERIFY2(summary->text().contains(QStringLiteral("54 yellow")), qPrintable(summary->text()));

        // Clear override: back to the rule's yellow.
        QTest::mouseClick(clearButton, Qt::LeftButton);
        QVERIFY2(summary->text().contains(QStringLiteral("55 yellow")), qPrintable(summary->text()));

        // Assessing May again changes nothing; April is there too.
        QVERIFY(page.assess(QStringLiteral("2026-05")));
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("message"))
                     ->text()
                     .contains(QStringLiteral("nothing changed")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("message"))->text()));
        period->setCurrentIndex(period->findData(QStringLiteral("2026-04")));
        QVERIFY2(summary->text().contains(QStringLiteral("61 yellow")), qPrintable(summary->text()));

        // Closing the file empties the page.
        session.close();
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(summary->text(), QStringLiteral("No file is open."));
    }

    void hiddenPageCatchesUpWhenShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("hidden.sqlite"));
        QVERIFY(QFile::copy(m_demo.path(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Session session;
        QString error;
        QVERIFY2(session.open(path, &error), qPrintable(error));
        session.commands()->setToday(QDate(2026, 5, 26));
        CommunesPage page(&session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY2(summary->text().contains(QStringLiteral("55 yellow")), qPrintable(summary->text()));

        // While the secretary works on another page, a yellow commune is set green by hand.
        page.hide();
        QSqlQuery q(session.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT a.unit_id FROM commune_assessments a WHERE a.period = '2026-05' "
                                      "AND a.colour = 'yellow' AND a.source = 'rule' LIMIT 1")) && q.next());
        QVERIFY2(session.commands()->overrideCommune(q.value(0).toLongLong(), QStringLiteral("2026-05"),
                                                     QStringLiteral("green"), QStringLiteral("Đã xác minh"), &error),
                 qPrintable(error));
        // Back on the Communes page, the counts are the file's.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(summary->text().contains(QStringLiteral("54 yellow")), qPrintable(summary->text()));
        QVERIFY(page.yellowToGreenText().startsWith(QStringLiteral("What moves the 54 yellow commune(s)")));
    }
};

QTEST_MAIN(TestCommunesPage)
#include "tst_communespage.moc"
