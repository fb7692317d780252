// SPDX-License-Identifier: GPL-3.0-or-later
// The Indicators page's catalogue tab as the secretary uses it: pick an indicator, set the province's
// target beside the Government's through the form, typed the Vietnamese way, see both side by side, and
// take it back with undo; a bad number is refused in the form with the reason.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

#include "models/demo/demobuilder.h"
#include "models/indicators/indicatorcatalogmodel.h"
#include "models/indicators/targettablemodel.h"
#include "models/session.h"
#include "ui/widgets/indicatorcatalogue.h"

class TestIndicatorCatalogue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    //! Runs \a fill on the next modal dialog that opens while \a trigger runs.
    static bool withDialog(const std::function<void()> &trigger, const std::function<void(QDialog *)> &fill)
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            seen = true;
            fill(dialog);
        });
        poll.start();
        trigger();
        return seen;
    }

    static void selectIndicator(QTableView *view, const QString &code)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, IndicatorCatalogModel::CodeColumn);
            if (index.data().toString() == code) {
                view->selectRow(row);
                return;
            }
        }
        QFAIL("indicator not listed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    }

    void setAProvincialTargetAndUndo()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        IndicatorCatalogue catalogue(&session);
        catalogue.resize(1100, 700);
        catalogue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&catalogue));
        auto *view = catalogue.findChild<QTableView *>(QStringLiteral("catalogueView"));
        auto *targets = catalogue.findChild<QTableView *>(QStringLiteral("targetsView"));
        QAbstractItemModelTester tester(targets->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        selectIndicator(view, QStringLiteral("HS-SOHOA"));
        QCOMPARE(targets->model()->columnCount(), 4); // unit, from, Government, documents

        // A number the English way is refused in Vietnamese, with how to write it; the form stays open.
        QString refusal;
        bool stillOpen = false;
        QVERIFY(withDialog(
            [&] { QTest::mouseClick(catalogue.findChild<QPushButton *>(QStringLiteral("newTarget")), Qt::LeftButton); },
            [&](QDialog *dialog) {
                auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("value"));
                // Every field is named by its label, and the label's mnemonic reaches it.
                QString valueLabel;
                for (QLabel *label : dialog->findChildren<QLabel *>()) {
                    if (label->buddy() == value && label->isVisible())
                        valueLabel = label->text();
                }
                QCOMPARE(valueLabel, QStringLiteral("&Target:"));
                QTest::keyClicks(value, QStringLiteral("92.5"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
                refusal = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
                stillOpen = dialog->isVisible();
                // Now the Vietnamese way: accepted.
                value->clear();
                QTest::keyClicks(value, QStringLiteral("92,5"));
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
            }));
        QVERIFY(stillOpen);
        QVERIFY2(refusal.contains(QStringLiteral("92,5")), qPrintable(refusal));

        // Government and provincial committee side by side, the province's 92,50% on today's row.
        QCOMPARE(targets->model()->columnCount(), 5);
        QCOMPARE(targets->model()->headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("Provincial Steering Committee"));
        QCOMPARE(targets->model()->index(0, 3).data().toString(), QStringLiteral("92,50%"));
        QCOMPARE(targets->model()->index(0, 2).data().toString(), QStringLiteral("80,00%"));
        QVERIFY(session.undoStack()->undoText().contains(QStringLiteral("HS-SOHOA")));

        // Undo (from the Edit menu elsewhere): the table follows.
        session.undoStack()->undo();
        QCOMPARE(targets->model()->columnCount(), 4);
        session.undoStack()->redo();
        QCOMPARE(targets->model()->columnCount(), 5);

        // Remove target works on the target set on that row, not on a carried one.
        auto *remove = catalogue.findChild<QPushButton *>(QStringLiteral("removeTarget"));
        targets->setCurrentIndex(targets->model()->index(0, 2)); // the Government's, carried
        QVERIFY(!remove->isEnabled());
        targets->setCurrentIndex(targets->model()->index(0, 3));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(targets->model()->columnCount(), 4);
    }
};

QTEST_MAIN(TestIndicatorCatalogue)
#include "tst_indicatorcatalogue.moc"
