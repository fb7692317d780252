// SPDX-License-Identifier: GPL-3.0-or-later
// The colour rules dialog on a copy of the demo, driven through its table: an indicator's own set made
// from the default one, a gap typed in one row (80 → 70) is named under the table and OK stays off;
// once fixed, OK saves, the indicator's colour follows, and undo brings the old colour back.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cmath>

#include "models/demo/demobuilder.h"
#include "models/indicators/indicatorstatus.h"
#include "models/session.h"
#include "ui/dialogs/colourrulesdialog.h"

namespace {

const QDate AsOf(2026, 5, 26);

//! Types \a text into cell (\a row, \a column) the way a user does: edit, select all, type, Enter.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

//! The row whose colour combo shows \a light.
int rowOf(QTableWidget *table, TrafficLight light)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, ColourRulesDialog::ColourColumn));
        if (combo && combo->currentData().toInt() == int(light))
            return row;
    }
    return -1;
}

} // namespace

class TestColourRulesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gapRefusedThenSavedAndUndone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(path, false, &error), qPrintable(error));
        Session session;
        QVERIFY2(session.open(path, &error), qPrintable(error));

        // The province indicator the demo shows yellow.
        const IndicatorStatus status = IndicatorStatus::compute(*session.database(), AsOf);
        const IndicatorStatus::Row *yellow = nullptr;
        for (const IndicatorStatus::Row &row : status.rows()) {
            if (row.colour == TrafficLight::Yellow && status.unitOf(row).parentId == 0)
                yellow = &row;
        }
        QVERIFY(yellow && yellow->achievementPct);
        const QString indicator = status.indicatorOf(*yellow).code;
        const QString unit = status.unitOf(*yellow).code;
        const auto colourNow = [&] {
            return IndicatorStatus::compute(*session.database(), AsOf).find(indicator, unit)->colour;
        };

        ColourRulesDialog dialog(&session);
        dialog.selectIndicator(status.indicatorOf(*yellow).id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        auto *useDefault = dialog.findChild<QCheckBox *>(QStringLiteral("useDefault"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("ranges"));
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problems"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(useDefault && table && problems && ok);

        // No set of its own: it follows the default set, shown but not editable.
        QVERIFY(useDefault->isVisible() && useDefault->isChecked());
        QVERIFY(!table->isEnabled());
        QCOMPARE(table->rowCount(), 3);
        useDefault->click();
        QVERIFY(table->isEnabled());
        QVERIFY(ok->isEnabled());

        // 80 → 70 in the red row only: nothing covers 70–80.
        const int red = rowOf(table, TrafficLight::Red);
        const int yellowRow = rowOf(table, TrafficLight::Yellow);
        const int green = rowOf(table, TrafficLight::Green);
        QVERIFY(red >= 0 && yellowRow >= 0 && green >= 0);
        QCOMPARE(table->item(red, ColourRulesDialog::ToColumn)->text(), QStringLiteral("80"));
        editCell(table, red, ColourRulesDialog::ToColumn, QStringLiteral("70"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QLatin1String("70")) && problems->text().contains(QLatin1String("80")),
                 qPrintable(problems->text()));
        QVERIFY(!ok->isEnabled());
        QTest::qWait(0);
        QWidget *shotTarget = &dialog;
        if (!qEnvironmentVariableIsEmpty("STEERDESK_SHOTS"))
            shotTarget->grab().save(qEnvironmentVariable("STEERDESK_SHOTS") + QStringLiteral("/colourrules-gap.png"));

        // Not a number: said too.
        editCell(table, yellowRow, ColourRulesDialog::FromColumn, QStringLiteral("abc"));
        QVERIFY2(problems->text().contains(QLatin1String("abc")), qPrintable(problems->text()));
        QVERIFY(!ok->isEnabled());

        // Fixed, with green starting just below this indicator's achievement: no problems, OK saves.
        const double t = std::floor(*yellow->achievementPct) - 1;
        const QString threshold = QLocale().toString(t, 'f', QLocale::FloatingPointShortest);
        editCell(table, yellowRow, ColourRulesDialog::FromColumn, QStringLiteral("70"));
        editCell(table, yellowRow, ColourRulesDialog::ToColumn, threshold);
        editCell(table, green, ColourRulesDialog::FromColumn, threshold);
        QVERIFY2(!problems->isVisible(), qPrintable(problems->text()));
        QVERIFY(ok->isEnabled());
        QCOMPARE(colourNow(), TrafficLight::Yellow);
        const int steps = session.undoStack()->count();
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(colourNow(), TrafficLight::Green);

        session.undoStack()->undo();
        QCOMPARE(colourNow(), TrafficLight::Yellow);

        // Opened again on the commune score set: the stored one, nothing to fix.
        ColourRulesDialog again(&session);
        again.selectCommuneScore();
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("useDefault"))->isVisibleTo(&again));
        QCOMPARE(again.findChild<QTableWidget *>(QStringLiteral("ranges"))->rowCount(), 3);
        QVERIFY(again.problems().isEmpty());
    }
};

QTEST_MAIN(TestColourRulesDialog)
#include "tst_colourrulesdialog.moc"
