// SPDX-License-Identifier: GPL-3.0-or-later
// The data-entry grid as the secretary uses it, in Vietnamese: type "99,88" into a cell, see it stored
// and shown, undo it with Ctrl+Z; a number written the English way is refused with the reason; a block
// pasted from a spreadsheet is one undo step; the panel applies a rate's numerator and denominator; a
// read-only file cannot be edited.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "demofixture.h"

#include "models/indicators/observationgridmodel.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "ui/widgets/observationgrid.h"

class TestObservationGrid : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    QTemporaryDir m_dir;
    int m_copies = 0;
    std::unique_ptr<Session> m_session;

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_session->database()->connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    qint64 idOf(const char *table, const QString &code) const
    {
        return scalar(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)), {code}).toLongLong();
    }
    QVariant storedValue(const QString &unit, const QString &period, const char *column = "value") const
    {
        return scalar(QStringLiteral("SELECT %1 FROM observations WHERE indicator_id = ? AND unit_id = ? AND period = ?")
                          .arg(QLatin1String(column)),
                      {idOf("indicators", QStringLiteral("HS-TRUCTUYEN")), idOf("units", unit), period});
    }
    static QModelIndex cellOf(const ObservationGridModel *model, qint64 unitId, const QString &period)
    {
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->periodAt(c).code() == period)
                return model->index(model->rowOfUnit(unitId), c);
        return {};
    }
    //! Types \a text into the current cell of \a view as a user does: the first key opens the editor, the
    //! rest goes into it, Enter commits.
    static bool typeIntoCell(QTableView *view, const QString &text)
    {
        QTest::keyClick(view, text.at(0).toLatin1());
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor || editor->parentWidget() != view->viewport())
            return false;
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next turn of the event loop
        return true;
    }
    bool openCopy(QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString copy = m_dir.filePath(QStringLiteral("grid-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_demo.path(), copy))
            return false;
        QFile::setPermissions(copy, permissions);
        m_session = std::make_unique<Session>();
        QString error;
        return m_session->open(copy, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    void cleanup() { m_session.reset(); }

    void typeInVietnameseThenUndo()
    {
        QVERIFY(openCopy());
        ObservationGrid grid(m_session.get());
        QAbstractItemModelTester tester(grid.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        grid.setIndicator(idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        QCOMPARE(grid.indicatorId(), idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        grid.resize(1100, 600);
        grid.show();
        QApplication::setActiveWindow(&grid);
        QVERIFY(QTest::qWaitForWindowActive(&grid));

        QTableView *view = grid.view();
        const QModelIndex june = cellOf(grid.model(), idOf("units", QStringLiteral("PHUONG-LONGXUYEN")),
                                        QStringLiteral("2026-06"));
        QVERIFY(june.isValid());
        QVERIFY(june.data().toString().isEmpty());
        view->setFocus();
        view->setCurrentIndex(june);
        view->scrollTo(june);

        // Typing starts the editor; Enter commits.
        QVERIFY(typeIntoCell(view, QStringLiteral("99,88")));
        QCOMPARE(storedValue(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-06")).toDouble(), 99.88);
        QCOMPARE(june.data().toString(), QStringLiteral("99,88"));
        QVERIFY(grid.message().isEmpty());
        // The panel shows the selected cell.
        view->setCurrentIndex(june);
        QCOMPARE(grid.findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text(), QStringLiteral("99,88"));
        grid.grab().save(QStringLiteral("/tmp/observationgrid-vi.png"));

        // Ctrl+Z on the grid restores the empty cell.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedValue(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-06")).isNull());
        QVERIFY(june.data().toString().isEmpty());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(june.data().toString(), QStringLiteral("99,88"));

        // "99.88" in Vietnamese is refused, with the way to write it, and nothing is written.
        const int steps = m_session->undoStack()->index();
        view->setCurrentIndex(june);
        view->setFocus();
        QVERIFY(typeIntoCell(view, QStringLiteral("99.88")));
        QVERIFY2(grid.message().contains(QStringLiteral("99,88")), qPrintable(grid.message()));
        QCOMPARE(m_session->undoStack()->index(), steps);
        QCOMPARE(storedValue(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-06")).toDouble(), 99.88);
    }

    void pasteFromExcelIsOneStep()
    {
        QVERIFY(openCopy());
        ObservationGrid grid(m_session.get());
        grid.setIndicator(idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QTableView *view = grid.view();
        const QModelIndex start = cellOf(grid.model(), idOf("units", QStringLiteral("AN-GIANG")), QStringLiteral("2026-06"));
        view->setFocus();
        view->setCurrentIndex(start);
        QApplication::clipboard()->setText(QStringLiteral("86,5\t87,25\r\n90\t91\r\n"));
        const int steps = m_session->undoStack()->index();
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(m_session->undoStack()->index(), steps + 1);
        QCOMPARE(storedValue(QStringLiteral("AN-GIANG"), QStringLiteral("2026-07")).toDouble(), 87.25);
        QCOMPARE(grid.model()->index(start.row() + 1, start.column() + 1).data().toString(), QStringLiteral("91,00"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(storedValue(QStringLiteral("AN-GIANG"), QStringLiteral("2026-07")).isNull());
    }

    void panelAppliesNumeratorAndDenominator()
    {
        QVERIFY(openCopy());
        ObservationGrid grid(m_session.get());
        grid.setIndicator(idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const QModelIndex cell = cellOf(grid.model(), idOf("units", QStringLiteral("AN-GIANG")), QStringLiteral("2026-08"));
        grid.view()->setCurrentIndex(cell);
        auto *numerator = grid.findChild<QLineEdit *>(QStringLiteral("numeratorEdit"));
        auto *denominator = grid.findChild<QLineEdit *>(QStringLiteral("denominatorEdit"));
        QVERIFY(numerator->isEnabled());
        numerator->setText(QStringLiteral("955.745"));
        denominator->setText(QStringLiteral("1.037.500"));
        QTest::mouseClick(grid.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QCOMPARE(storedValue(QStringLiteral("AN-GIANG"), QStringLiteral("2026-08"), "denominator").toDouble(), 1037500.0);
        QCOMPARE(cell.data().toString(), QStringLiteral("92,12"));
        grid.grab().save(QStringLiteral("/tmp/observationgrid-panel.png"));
    }

    void readOnlyFile()
    {
        QVERIFY(openCopy(QFile::ReadOwner));
        if (!m_session->isReadOnly())
            QSKIP("the file is writable anyway");
        ObservationGrid grid(m_session.get());
        grid.setIndicator(idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.view()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!grid.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        grid.view()->setCurrentIndex(grid.model()->index(0, 6));
        QApplication::clipboard()->setText(QStringLiteral("50\n"));
        QTest::keyClick(grid.view(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(!grid.message().isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestObservationGrid)
#include "tst_observationgrid.moc"
