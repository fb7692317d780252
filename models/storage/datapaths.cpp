// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/datapaths.h"

#include <QDir>
#include <QStandardPaths>

namespace DataPaths {

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

QString demoDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("steerdesk-demo.sqlite"));
}

QString backupFolder()
{
    const QString folder = QDir(dataFolder()).filePath(QStringLiteral("backups"));
    QDir().mkpath(folder);
    return folder;
}

} // namespace DataPaths
