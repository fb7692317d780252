// SPDX-License-Identifier: GPL-3.0-or-later
// The Units page in the main window on the demo database, driven through its widgets: a district
// reopened, then closed again through the Close dialog with the ward that took over; the tree shows it
// closed with its successor, the details say so, Ctrl+Z restores. Also: the warning before closing a
// department that still leads open tasks, the accent-free search and hiding closed units.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/reference/unittreemodel.h"
#include "models/session.h"
#include "ui/dialogs/closeunitdialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/unitspage.h"
#include "ui/widgets/unitcombobox.h"

namespace {

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

void closePopup(UnitComboBox *combo)
{
    QAbstractItemView *popup = combo->completer()->popup();
    if (popup->isVisible())
        QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

void shoot(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("STEERDESK_SHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

//! Runs \a fill on the modal dialog \a trigger opens, once it is up.
bool withModal(QObject *context, const std::function<void()> &trigger, const std::function<void(QDialog *)> &fill)
{
    bool filled = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, context, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        fill(dialog);
        filled = true;
    });
    poll.start();
    trigger();
    return filled;
}

} // namespace

class TestUnitsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static qint64 idOf(const UnitTreeModel *model, const char *code)
    {
        for (const ReferenceData::Unit &u : model->units()) {
            if (u.code == QLatin1String(code))
                return u.id;
        }
        return 0;
    }
    static QAction *action(QWidget *page, const char *name)
    {
        return page->findChild<QAction *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    }

    void closeDistrictWithSuccessorThenUndo()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<UnitsPage *>(QStringLiteral("unitsPage"));
        QVERIFY(page);
        window.findChild<QStackedWidget *>(QStringLiteral("pages"))->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *tree = page->findChild<QTreeView *>(QStringLiteral("unitsTree"));
        auto *details = page->findChild<QLabel *>(QStringLiteral("unitDetails"));
        QVERIFY(tree && details);
        shoot(&window, "unitspage");

        const UnitTreeModel *model = page->model();
        const qint64 district = idOf(model, "TX-TANCHAU");
        const qint64 ward = idOf(model, "PHUONG-TANCHAU");
        QVERIFY(district > 0 && ward > 0);

        // The district, closed by the merger: Close is off, Reopen and Set successor are on.
        page->selectUnit(district);
        QCOMPARE(page->currentUnitId(), district);
        QVERIFY(!action(page, "actionCloseUnit")->isEnabled());
        QVERIFY(action(page, "actionReopenUnit")->isEnabled());
        QVERIFY2(details->text().contains(QStringLiteral("Phường Tân Châu")), qPrintable(details->text()));
        action(page, "actionReopenUnit")->trigger();
        QVERIFY(!model->unit(district)->isClosed());
        QCOMPARE(model->indexOf(district, UnitTreeModel::SuccessorColumn).data().toString(), QString());
        QCOMPARE(page->currentUnitId(), district);
        QVERIFY(action(page, "actionCloseUnit")->isEnabled());
        const int steps = session.undoStack()->count();

        // Closed again through the dialog on 1 July 2025, the ward taking over.
        const bool filled = withModal(
            this, [&] { action(page, "actionCloseUnit")->trigger(); },
            [&](QDialog *dialog) {
                QVERIFY(qobject_cast<CloseUnitDialog *>(dialog));
                // The district leads no open task and has no units under it: nothing to confirm.
                QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("acknowledge"))->isVisible());
                dialog->findChild<QDateEdit *>(QStringLiteral("closedOn"))->setDate(QDate(2025, 7, 1));
                auto *successor = dialog->findChild<UnitComboBox *>(QStringLiteral("successor"));
                successor->setFocus();
                typeText(successor->lineEdit(), QStringLiteral("Phường Tân Châu"));
                closePopup(successor);
                QCOMPARE(successor->unitId(), ward);
                shoot(dialog, "closeunitdialog");
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
            });
        QVERIFY(filled);
        QCOMPARE(session.undoStack()->count(), steps + 1);

        // Shown closed, with its successor, in the tree and in the details.
        const QModelIndex closed = model->indexOf(district, UnitTreeModel::ClosedColumn);
        QVERIFY(closed.isValid());
        QCOMPARE(closed.data(UnitTreeModel::RawValueRole).toDate(), QDate(2025, 7, 1));
        QCOMPARE(closed.siblingAtColumn(UnitTreeModel::SuccessorColumn).data().toString(),
                 QStringLiteral("Phường Tân Châu"));
        QCOMPARE(page->currentUnitId(), district);
        QVERIFY2(details->text().contains(QStringLiteral("Phường Tân Châu")), qPrintable(details->text()));
        shoot(&window, "unitspage-closed");

        // Ctrl+Z in the window: the district is open again, as it was before the dialog.
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        tree->setFocus(); // not the search field, whose own Ctrl+Z would undo typing
        QTRY_VERIFY(tree->hasFocus());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(session.undoStack()->index(), steps);
        QVERIFY(!model->unit(district)->isClosed());
        QCOMPARE(model->indexOf(district, UnitTreeModel::SuccessorColumn).data().toString(), QString());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->unit(district)->closedOn, QDate(2025, 7, 1));
        QCOMPARE(model->unit(district)->successorId, ward);
    }

    void moveUnderAnotherThenUndo()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        UnitsPage page(&session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const UnitTreeModel *model = page.model();
        const qint64 centre = idOf(model, "TT-PVHCC");
        const qint64 office = idOf(model, "VP-UBND");
        const qint64 province = idOf(model, "AN-GIANG");
        QVERIFY(centre > 0 && office > 0 && province > 0);
        page.selectUnit(province);
        QVERIFY(!action(&page, "actionMoveUnit")->isEnabled()); // the province stays the root
        page.selectUnit(centre);
        QVERIFY(action(&page, "actionMoveUnit")->isEnabled());
        QCOMPARE(model->unit(centre)->parentId, province);

        // The centre is put under the People's Committee Office, its name typed without accents.
        QString refusal;
        const bool filled = withModal(
            this, [&] { action(&page, "actionMoveUnit")->trigger(); },
            [&](QDialog *dialog) {
                auto *parent = dialog->findChild<UnitComboBox *>(QStringLiteral("parentUnit"));
                QCOMPARE(parent->unitId(), province); // where it is now
                auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                // Under itself: refused with the reason, the dialog stays open.
                parent->setUnitId(centre);
                QTest::mouseClick(ok, Qt::LeftButton);
                refusal = dialog->findChild<QLabel *>(QStringLiteral("message"))->text();
                QVERIFY(dialog->isVisible());
                parent->setFocus();
                parent->lineEdit()->clear();
                typeText(parent->lineEdit(), QStringLiteral("Van phong Uy ban nhan dan tinh"));
                closePopup(parent);
                QCOMPARE(parent->unitId(), office);
                QTest::mouseClick(ok, Qt::LeftButton);
            });
        QVERIFY(filled);
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(model->unit(centre)->parentId, office);
        QCOMPARE(page.currentUnitId(), centre);
        session.undoStack()->undo();
        QCOMPARE(model->unit(centre)->parentId, province);
    }

    void warnsBeforeClosingABusyDepartment()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        UnitsPage page(&session);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 department = idOf(page.model(), "SO-KHCN");
        const UnitUsage usage = session.commands()->unitUsage(department);
        QVERIFY(usage.openTasks > 0);
        page.selectUnit(department);
        auto *details = page.findChild<QLabel *>(QStringLiteral("unitDetails"));
        QVERIFY2(details->text().contains(QString::number(usage.tasks)), qPrintable(details->text()));

        const bool filled = withModal(
            this, [&] { page.findChild<QAction *>(QStringLiteral("actionCloseUnit"))->trigger(); },
            [&](QDialog *dialog) {
                auto *warning = dialog->findChild<QLabel *>(QStringLiteral("warning"));
                auto *acknowledge = dialog->findChild<QCheckBox *>(QStringLiteral("acknowledge"));
                QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                QVERIFY(warning->isVisible() && acknowledge->isVisible());
                QVERIFY2(warning->text().contains(QStringLiteral("Sở Khoa học và Công nghệ"))
                             && warning->text().contains(QString::number(usage.openTasks)),
                         qPrintable(warning->text()));
                QVERIFY(!ok->isEnabled());
                acknowledge->click();
                QVERIFY(ok->isEnabled());
                shoot(dialog, "closeunitdialog-warning");
                dialog->reject();
            });
        QVERIFY(filled);
        QVERIFY(!page.model()->unit(department)->isClosed());

        // Search without accents, and hiding closed units.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("unitSearch"));
        typeText(search, QStringLiteral("tai chinh"));
        QVERIFY(page.model()->indexOf(idOf(page.model(), "SO-TC")).isValid());
        QVERIFY(!page.model()->indexOf(department).isValid());
        search->clear();
        QVERIFY(page.model()->indexOf(idOf(page.model(), "TP-LONGXUYEN")).isValid());
        page.findChild<QAction *>(QStringLiteral("actionShowClosedUnits"))->trigger();
        QVERIFY(!page.model()->indexOf(idOf(page.model(), "TP-LONGXUYEN")).isValid());
    }
};

QTEST_MAIN(TestUnitsPage)
#include "tst_unitspage.moc"
