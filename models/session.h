// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Database;
class EditCommands;
class QUndoStack;

/*!
 * Session is one open SteerDesk file as the application sees it: the Database, and the single undo
 * stack of that file. Windows hold a Session, never a connection. It is not a widget so that the
 * command line and the tests use the same object as the GUI.
 */
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    //! Opens \a path (read-write when possible); on failure the previous file stays open.
    bool open(const QString &path, QString *errorMessage);
    //! Creates a new empty database at \a path and opens it.
    bool create(const QString &path, QString *errorMessage);
    void close();

    bool isOpen() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    QString path() const;
    //! True for a demo database: its figures are illustrative, not an official record.
    bool isIllustrative() const;

    Database *database() const { return m_database.get(); }

    /*!
     * When set (the GUI sets it), opening a writable file first makes the day's automatic backup in
     * \a folder, keeping the newest \a keep copies. lastBackupMessage() tells what happened.
     */
    void setAutomaticBackup(const QString &folder, int keep = 7);
    QString lastAutomaticBackup() const { return m_lastAutomaticBackup; }
    QString lastBackupError() const { return m_lastBackupError; }
    QUndoStack *undoStack() const { return m_undoStack; }
    //! The facade every edit goes through; its commands land on undoStack().
    EditCommands *commands() const { return m_commands; }
    //! Days before a deadline that mark an open task "due soon": the file's setting, default 7.
    int dueSoonDays() const;
    //! Stores the due-soon days in the open file (audited); false with a message on a read-only file.
    bool setDueSoonDays(int days, QString *errorMessage);

Q_SIGNALS:
    void opened(const QString &path);
    void closed();
    //! A per-file preference (such as the due-soon days) changed.
    void preferencesChanged();

private:
    void runAutomaticBackup();

    std::unique_ptr<Database> m_database;
    QString m_backupFolder;
    QString m_lastAutomaticBackup;
    QString m_lastBackupError;
    int m_backupKeep = 7;
    QUndoStack *m_undoStack = nullptr;
    EditCommands *m_commands = nullptr;
};
