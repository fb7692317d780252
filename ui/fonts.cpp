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

    QFont font = QApplication::font();
    font.setFamilies({sansFamily()});
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
