// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/backupservice.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>

#include "models/storage/database.h"

namespace {
const QString AutomaticKind = QStringLiteral("auto");
const QString ManualKind = QStringLiteral("manual");
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

//! Orders "<base>.auto-<stamp>[-N].sqlite" by time, then by N for copies made within one second.
QString sortKey(const QString &name, int prefixLength)
{
    QString rest = name.mid(prefixLength);
    rest.chop(int(qstrlen(".sqlite")));
    const QString stamp = rest.left(15);
    const int n = rest.size() > 16 ? rest.mid(16).toInt() : 1;
    return stamp + QStringLiteral("-%1").arg(n, 6, 10, QLatin1Char('0'));
}
} // namespace

BackupService::BackupService(const QString &folder)
    : m_folder(folder)
{
}

QString BackupService::backupPath(const Database &database, const QString &kind, const QDateTime &when) const
{
    const QString stem = QStringLiteral("%1.%2-%3").arg(QFileInfo(database.path()).completeBaseName(), kind,
                                                        when.toString(StampFormat));
    // Copies made within one second are numbered after the highest number already used for that second,
    // so names keep their order even after rotation deleted some of them; nothing is ever overwritten.
    const QDir dir(m_folder);
    const QStringList taken = dir.entryList({stem + QStringLiteral("*.sqlite")}, QDir::Files);
    if (taken.isEmpty())
        return dir.filePath(stem + QStringLiteral(".sqlite"));
    int highest = 1;
    for (const QString &name : taken)
        highest = qMax(highest, sortKey(name, int(stem.size()) - 15).mid(16).toInt());
    return dir.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(highest + 1));
}

QString BackupService::backupNow(const Database &database, QString *errorMessage) const
{
    const QString path = backupPath(database, ManualKind, QDateTime::currentDateTime());
    return database.backupTo(path, errorMessage) ? path : QString();
}

QStringList BackupService::automaticBackups(const Database &database) const
{
    const QString base = QFileInfo(database.path()).completeBaseName();
    QDir dir(m_folder);
    const QString prefix = QStringLiteral("%1.%2-").arg(base, AutomaticKind);
    QStringList names = dir.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files);
    std::sort(names.begin(), names.end(), [&prefix](const QString &a, const QString &b) {
        return sortKey(a, int(prefix.size())) > sortKey(b, int(prefix.size()));
    });
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QString BackupService::automaticBackup(const Database &database, qint64 intervalSeconds, int keep,
                                       QString *errorMessage) const
{
    const QStringList existing = automaticBackups(database);
    const QDateTime now = QDateTime::currentDateTime();
    if (!existing.isEmpty()) {
        const QDateTime newest = QFileInfo(existing.constFirst()).lastModified();
        if (newest.secsTo(now) < intervalSeconds)
            return {};
    }
    const QString path = backupPath(database, AutomaticKind, now);
    if (!database.backupTo(path, errorMessage))
        return {};
    // Rotation deletes only automatic copies, oldest first; manual backups are the user's to delete.
    const QStringList all = automaticBackups(database);
    for (int i = qMax(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}
