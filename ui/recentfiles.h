// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

/*!
 * RecentFiles is the list of databases opened lately, newest first, kept in QSettings so that it
 * survives a restart. It holds at most MaxCount paths; files that no longer exist are dropped
 * whenever the list is read, so the menu never offers a file that cannot open.
 */
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    //! The existing files of the list, newest first (missing ones are pruned from the settings).
    QStringList files() const;
    //! Moves \a path to the top of the list.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files) const;
};
