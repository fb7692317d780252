// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include "models/reference/referencedata.h"
#include "models/storage/rowchange.h"

class Database;
struct UnitDraft;

//! What still depends on a unit: what closing it would leave behind.
struct UnitUsage
{
    int tasks = 0;        //!< tasks it leads (archived ones left out)
    int openTasks = 0;    //!< of which not completed
    int openChildren = 0; //!< units directly under it that are still open

    bool blocksClosing() const { return openTasks > 0 || openChildren > 0; }
};

/*!
 * UnitEdits builds the changes of the Units page: add a unit under a parent, close it on a date with the
 * unit that takes over (the 2025 merger: a district closes, a ward succeeds it), reopen it, name its
 * successor, move it under another parent. Each function validates against the stored units, and on
 * success fills \a changes (one undo step for EditCommands to commit) and \a text (the step's name);
 * otherwise it returns false with a message in the user's language. No function writes: the facade does.
 *
 * The hierarchy checks use ReferenceData::storedUnits, the one unit loader.
 */
class UnitEdits final
{
    Q_DECLARE_TR_FUNCTIONS(UnitEdits)

public:
    //! Tasks \a unitId leads and its open child units.
    static UnitUsage usage(const Database &database, qint64 unitId);
    //! "Sở X still leads 3 open tasks. …" for the close dialog; empty when nothing blocks closing.
    static QString usageWarning(const ReferenceData::Unit &unit, const UnitUsage &usage);

    static bool add(const Database &database, const UnitDraft &draft, qint64 *newId, ChangeSet *changes,
                    QString *text, QString *errorMessage);
    /*!
     * Closes \a id on \a closedOn (after its opening day), \a successorId (0: none) taking over: an
     * existing unit open on that day that is neither \a id nor under it. A unit that still leads open
     * tasks or has open units under it is closed only when \a acknowledged; otherwise the refusal says
     * what is left (usageWarning()).
     */
    static bool close(const Database &database, qint64 id, const QDate &closedOn, qint64 successorId,
                      bool acknowledged, ChangeSet *changes, QString *text, QString *errorMessage);
    //! Opens a closed unit again; its closing date and successor are cleared.
    static bool reopen(const Database &database, qint64 id, ChangeSet *changes, QString *text,
                       QString *errorMessage);
    //! Names (or with 0 clears) the successor of a closed unit, checked as close() checks it.
    static bool setSuccessor(const Database &database, qint64 id, qint64 successorId, ChangeSet *changes,
                             QString *text, QString *errorMessage);
    //! Places \a id under \a parentId (last among its new siblings); never under itself or its own units.
    static bool move(const Database &database, qint64 id, qint64 parentId, ChangeSet *changes, QString *text,
                     QString *errorMessage);

    //! Whether \a candidate is \a ancestor or lies somewhere under it.
    static bool isWithin(const QVector<ReferenceData::Unit> &units, qint64 candidate, qint64 ancestor);
};
