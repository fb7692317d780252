// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "models/storage/rowchange.h"
#include "models/tasks/taskdraft.h"

class Database;
class QUndoStack;

/*!
 * The one door through which the user interface changes data. Each method validates, writes the change
 * and its audit rows in one committed transaction, and pushes an undo command whose text names what
 * was done ("change the deadline of 'Số hóa dữ liệu đất đai'"). A method returns false with a message
 * in the user's language when nothing was changed. The UI never builds a QUndoCommand itself.
 *
 * Owned by Session; it lives as long as the Session's undo stack and refers to the open Database.
 */
class EditCommands final : public QObject
{
    Q_OBJECT

public:
    EditCommands(QUndoStack *undoStack, QObject *parent = nullptr);
    ~EditCommands() override;

    //! The database edits go to; nullptr when no file is open. Set by Session.
    void setDatabase(Database *database) { m_database = database; }
    //! The date "completion not in the future" is checked against (today unless a test sets it).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // Tasks -------------------------------------------------------------------------------------
    //! A new task from the form; \a newId receives its id.
    bool createTask(const TaskDraft &draft, qint64 *newId, QString *errorMessage);
    //! Saves the form of an existing task (draft.id). A changed deadline of a task that has extensions is
    //! refused: extensions keep their history, use extendDeadlines.
    bool updateTask(const TaskDraft &draft, QString *errorMessage);
    //! Marks \a ids completed on \a date; an invalid date reopens them.
    bool setCompleted(const QList<qint64> &ids, const QDate &date, QString *errorMessage);
    bool setLeadUnit(const QList<qint64> &ids, qint64 unitId, QString *errorMessage);
    //! Records an extension for each task: the old and new deadline, the document and the decision date.
    bool extendDeadlines(const QList<qint64> &ids, const ExtensionDraft &extension, QString *errorMessage);
    /*!
     * Records that the occurrence of recurring task \a taskId for period \a periodCode ("2026-05") was
     * done on \a date (invalid: not done). Each occurrence has its own status.
     */
    bool setOccurrenceCompleted(qint64 taskId, const QString &periodCode, const QDate &date, QString *errorMessage);
    //! Archives (or restores) tasks: nothing is deleted.
    bool setArchived(const QList<qint64> &ids, bool archived, QString *errorMessage);
    //! The form's view of a stored task, for editing.
    bool loadDraft(qint64 id, TaskDraft *draft, QString *errorMessage) const;
    //! The code a new task would get ("NV-0272"): the highest NV-number plus one.
    QString suggestTaskCode() const;

    // Units and programmes ----------------------------------------------------------------------
    bool addUnit(const UnitDraft &draft, qint64 *newId, QString *errorMessage);
    bool renameUnit(qint64 id, const QString &name, const QString &nameEn, QString *errorMessage);
    bool addProgramme(const ProgrammeDraft &draft, qint64 *newId, QString *errorMessage);
    bool renameProgramme(qint64 id, const QString &name, const QString &nameEn, QString *errorMessage);

    // Observations (indicator data entry) -------------------------------------------------------
    // (ObservationEdits builds the changes; see models/commands/observationedits.h)

    // Units tree and colour rules ---------------------------------------------------------------
    // (UnitEdits and ColourRuleEdits build the changes)

    // Commune traffic lights --------------------------------------------------------------------
    // (CommuneEdits builds the changes)

Q_SIGNALS:
    //! Data of \a entity ("tasks", "units", "programmes") changed: by an edit, an undo or a redo.
    void changed(const QString &entity);
    //! An undo or redo could not be written (the file became read-only, the disk is full …); the
    //! data and the undo stack stay as they were.
    void failed(const QString &message);

private:
    class ChangeCommand;
    friend class ChangeCommand;

    bool checkWritable(QString *errorMessage) const;
    //! Applies \a changes and pushes them as one undo step named \a text.
    bool commit(const QString &text, const QString &entity, const ChangeSet &changes, QString *errorMessage);
    bool replay(const ChangeSet &changes, RowChanges::Direction direction, const QString &entity);
    struct RenameTexts
    {
        QString nameRequired, gone, step;
    };
    //! Renames the units or programmes row \a id (name and English name) as one undo step.
    bool renameRecord(const char *table, const QString &entity, qint64 id, const QString &name, const QString &nameEn,
                      const RenameTexts &texts, QString *errorMessage);

    QUndoStack *m_undoStack = nullptr;
    Database *m_database = nullptr;
    QDate m_today;
};
