// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString SettingsKey = QStringLiteral("ui/recentFiles");

QString normalized(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    const QStringList stored = QSettings().value(SettingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    while (existing.size() > MaxCount)
        existing.removeLast();
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > MaxCount)
        list.removeLast();
    store(list);
    Q_EMIT changed();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalized(path)) + list.removeAll(path) > 0) {
        store(list);
        Q_EMIT changed();
    }
}

void RecentFiles::clear()
{
    store({});
    Q_EMIT changed();
}

void RecentFiles::store(const QStringList &files) const
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, files);
}
