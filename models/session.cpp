// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/session.h"

#include <QFileInfo>
#include <QUndoStack>

#include "models/commands/editcommands.h"
#include "models/storage/backupservice.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

Session::Session(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_commands(new EditCommands(m_undoStack, this))
{
}

Session::~Session() = default;

bool Session::open(const QString &path, QString *errorMessage)
{
    // Opening the file that is open again: its lock is ours, so the old connection must let go first,
    // or the new one would find the file locked and open it read-only.
    if (m_database && QFileInfo(path).canonicalFilePath() == QFileInfo(m_database->path()).canonicalFilePath())
        close();
    auto database = std::make_unique<Database>();
    if (!database->open(path)) {
        if (errorMessage)
            *errorMessage = database->errorString();
        return false;
    }
    close();
    m_database = std::move(database);
    m_commands->setDatabase(m_database.get());
    runAutomaticBackup();
    Q_EMIT opened(m_database->path());
    return true;
}

void Session::setAutomaticBackup(const QString &folder, int keep)
{
    m_backupFolder = folder;
    m_backupKeep = keep;
}

void Session::runAutomaticBackup()
{
    m_lastAutomaticBackup.clear();
    m_lastBackupError.clear();
    if (m_backupFolder.isEmpty() || m_database->isReadOnly())
        return;
    constexpr qint64 OneDay = 24 * 3600;
    m_lastAutomaticBackup = BackupService(m_backupFolder).automaticBackup(*m_database, OneDay, m_backupKeep,
                                                                          &m_lastBackupError);
}

bool Session::create(const QString &path, QString *errorMessage)
{
    auto database = std::make_unique<Database>();
    if (!database->create(path)) {
        if (errorMessage)
            *errorMessage = database->errorString();
        return false;
    }
    close();
    m_database = std::move(database);
    m_commands->setDatabase(m_database.get());
    Q_EMIT opened(m_database->path());
    return true;
}

void Session::close()
{
    if (!m_database)
        return;
    // Undo commands refer to rows of this file: they must not outlive it.
    m_undoStack->clear();
    m_commands->setDatabase(nullptr);
    m_database.reset();
    Q_EMIT closed();
}

bool Session::isOpen() const
{
    return m_database && m_database->isOpen();
}

bool Session::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

QString Session::readOnlyReason() const
{
    return m_database ? m_database->readOnlyReason() : QString();
}

QString Session::path() const
{
    return m_database ? m_database->path() : QString();
}

bool Session::isIllustrative() const
{
    return m_database && DatabaseSettings::value(*m_database, Schema::Setting::DemoIllustrative) == QLatin1String("1");
}

int Session::dueSoonDays() const
{
    constexpr int DefaultDays = 7;
    if (!m_database)
        return DefaultDays;
    bool ok = false;
    const int days = DatabaseSettings::value(*m_database, Schema::Setting::TasksDueSoonDays).toInt(&ok);
    return ok && days >= 0 ? days : DefaultDays;
}

bool Session::setDueSoonDays(int days, QString *errorMessage)
{
    if (!m_database)
        return false;
    if (days == dueSoonDays())
        return true;
    if (!DatabaseSettings::setValue(*m_database, Schema::Setting::TasksDueSoonDays, QString::number(days), errorMessage))
        return false;
    Q_EMIT preferencesChanged();
    return true;
}
