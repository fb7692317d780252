// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "models/commands/colourruleedits.h"
#include "models/commands/observationedits.h"
#include "models/commands/unitedits.h"
#include "models/indicators/indicatordraft.h"
#include "models/meetings/meetingrecord.h"
#include "models/storage/rowchange.h"
#include "models/tasks/taskdraft.h"

class CommuneRules;
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

    // Indicator catalogue and targets -----------------------------------------------------------
    //! Adds (draft.id 0) or saves an indicator of the catalogue; \a newId receives its id.
    bool saveIndicator(const IndicatorDraft &draft, qint64 *newId, QString *errorMessage);
    //! Sets a target from a date (until the next one of the same indicator, unit and assigner).
    bool addTarget(const TargetDraft &draft, qint64 *newId, QString *errorMessage);
    bool removeTarget(qint64 targetId, QString *errorMessage);

    // Observations (indicator data entry) -------------------------------------------------------
    // (ObservationEdits builds the changes; see models/commands/observationedits.h)
    /*!
     * Writes \a drafts (cells of indicator \a indicatorId: new values, changed values, removals) as one
     * undo step, entity "observations". All or nothing: a bad draft refuses the whole edit.
     */
    bool setObservations(qint64 indicatorId, const QList<ObservationDraft> &drafts, QString *errorMessage);

    // Units tree and colour rules ---------------------------------------------------------------
    // (UnitEdits and ColourRuleEdits build the changes; entities "units" and "colour_rules")
    //! The tasks unit \a id leads and its open units: what the UI warns about before closing it.
    UnitUsage unitUsage(qint64 id) const;
    /*!
     * Closes unit \a id on \a closedOn, \a successorId (0: none) taking over. A unit that still leads
     * open tasks or has open units under it is closed only when \a acknowledged (the UI showed
     * unitUsage()); otherwise the refusal names what is left ("Sở X still leads 3 open tasks.").
     */
    bool closeUnit(qint64 id, const QDate &closedOn, qint64 successorId, bool acknowledged, QString *errorMessage);
    //! Opens a closed unit again (its closing date and successor are cleared).
    bool reopenUnit(qint64 id, QString *errorMessage);
    //! Names the unit that took over from closed unit \a id; 0 clears it.
    bool setSuccessor(qint64 id, qint64 successorId, QString *errorMessage);
    //! Places unit \a id under \a parentId.
    bool moveUnit(qint64 id, qint64 parentId, QString *errorMessage);
    /*!
     * Replaces a colour rule set: \a scope "indicator" with \a indicatorId 0 (the file's default set) or
     * an indicator's id (its own set; empty \a ranges: it uses the default set again), or "commune_score".
     * A set with gaps or overlaps is refused with ColourRules::validate()'s messages.
     */
    bool setColourRules(const QString &scope, qint64 indicatorId, const QVector<ColourRange> &ranges,
                        QString *errorMessage);

    // Commune traffic lights --------------------------------------------------------------------
    // (CommuneEdits builds the changes; entity "communes")
    //! Stores the rule's colour of every commune for \a periodCode ("2026-05") as of its last day, or today
    //! when earlier; a colour set by hand stays, its score and rule colour are refreshed. One undo step;
    //! \a changedCount receives how many communes changed (0: nothing differed, no step).
    bool assessCommunes(const QString &periodCode, int *changedCount, QString *errorMessage);
    //! Sets a commune's colour ("green", "yellow", "red") for a period by hand; the reason is required.
    bool overrideCommune(qint64 unitId, const QString &periodCode, const QString &colour, const QString &reason,
                         QString *errorMessage);
    //! Returns a commune's colour for a period to the rule's, computed afresh.
    bool clearCommuneOverride(qint64 unitId, const QString &periodCode, QString *errorMessage);
    //! Saves the commune rule set's weights and thresholds (audited, undoable).
    bool setCommuneRules(const CommuneRules &rules, QString *errorMessage);

    // Unit reports ------------------------------------------------------------------------------
    // (UnitReportEdits builds the changes; entity "unit_reports")
    /*!
     * Records that unit \a unitId's report for month \a periodCode ("2026-05") was received on \a receivedOn
     * (not in the future, not before the month began) with its document number and note; adds the row,
     * due on the file's due day, or updates it.
     */
    bool recordUnitReport(qint64 unitId, const QString &periodCode, const QDate &receivedOn,
                          const QString &documentNumber, const QString &note, QString *errorMessage);
    //! Empties the received date, document number and note of a recorded report (it stays owed).
    bool clearUnitReport(qint64 unitId, const QString &periodCode, QString *errorMessage);

    // Meetings ----------------------------------------------------------------------------------
    // (MeetingEdits and MeetingFigures build the changes; entity "meetings", "tasks" for createDirectiveTasks)
    //! Adds (meeting.id 0) or saves a meeting with its attendees; \a newId receives its id.
    bool saveMeeting(const Meeting &meeting, qint64 *newId, QString *errorMessage);
    //! Removes a meeting with its attendees, outcomes and frozen figures; tasks created from it stay.
    bool removeMeeting(qint64 meetingId, QString *errorMessage);
    //! Adds (outcome.id 0, last) or saves one outcome of a meeting with its units; \a newId receives its id.
    bool saveOutcome(const MeetingOutcome &outcome, qint64 *newId, QString *errorMessage);
    //! Removes an outcome; tasks created from it stay in the register.
    bool removeOutcome(qint64 outcomeId, QString *errorMessage);
    /*!
     * Turns directive \a outcomeId into one task per lead unit that has none from it yet, linked both
     * ways, as one undo step (undo removes the tasks and the links together). \a created receives how
     * many tasks were added.
     */
    bool createDirectiveTasks(qint64 outcomeId, int *created, QString *errorMessage);
    //! Stores the meeting's figures as of its date (once: frozen figures never change).
    bool freezeMeetingFigures(qint64 meetingId, QString *errorMessage);

Q_SIGNALS:
    //! Data of \a entity changed, by an edit, an undo or a redo: "tasks", "units", "programmes",
    //! "indicators", "targets", "observations", "colour_rules", "communes", "unit_reports" or "meetings".
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
