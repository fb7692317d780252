// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

namespace GuiTest {

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
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void warnMissing(const char *name)
{
    qWarning("no child %s", name);
}

} // namespace GuiTest
