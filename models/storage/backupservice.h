// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;

/*!
 * BackupService writes verified copies of an open database into a backup folder: on demand ("Back up
 * now") and automatically once a day, keeping the newest N automatic copies. A copy that fails its
 * verification is deleted and reported; nothing is ever overwritten.
 */
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(const QString &folder);

    //! Writes a verified backup now; returns its path, or an empty string and \a errorMessage.
    QString backupNow(const Database &database, QString *errorMessage = nullptr) const;

    /*!
     * Writes an automatic backup if the newest automatic one of this file is older than \a interval
     * seconds, then deletes automatic copies beyond \a keep. Returns the new path or empty if none was due.
     */
    QString automaticBackup(const Database &database, qint64 intervalSeconds, int keep,
                            QString *errorMessage = nullptr) const;

    //! Automatic backups of \a database, newest first.
    QStringList automaticBackups(const Database &database) const;

    QString folder() const { return m_folder; }

private:
    QString backupPath(const Database &database, const QString &kind, const QDateTime &when) const;

    QString m_folder;
};
