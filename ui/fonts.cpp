// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonts.h"

#include <QApplication>
#include <QDirIterator>
#include <QFont>
#include <QFontDatabase>

namespace Fonts {

bool registerBundled()
{
    bool ok = true;
    int registered = 0;
    QDirIterator it(QStringLiteral(":/fonts"), {QStringLiteral("*.ttf")}, QDir::Files);
    while (it.hasNext()) {
        if (QFontDatabase::addApplicationFont(it.next()) < 0)
            ok = false;
        else
            ++registered;
    }
    if (registered == 0)
        return false;

    // Liberation Sans reads small at the 9 pt many desktops default to; the secretary reads long lists.
    QFont font = QApplication::font();
    font.setFamilies({sansFamily()});
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10)
        font.setPointSizeF(10);
    QApplication::setFont(font);
    return ok;
}

QString sansFamily()
{
    return QStringLiteral("Liberation Sans");
}

QString serifFamily()
{
    return QStringLiteral("Liberation Serif");
}

} // namespace Fonts
