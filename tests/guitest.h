// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QDialog;
class QWidget;

/*!
 * What the GUI tests do the way a user does: type Vietnamese text key by key, press a dialog's OK, and
 * find a widget by its object name (with a warning naming it when it is missing).
 */
namespace GuiTest {

//! Types \a text as a keyboard would, Vietnamese letters included (QTest::keyClicks is Latin-1 only).
void typeText(QWidget *widget, const QString &text);
//! Clicks the OK button of \a dialog's button box; fails the test when it is missing or disabled.
void clickOk(QDialog *dialog);
void warnMissing(const char *name);

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        warnMissing(name);
    return found;
}

} // namespace GuiTest
