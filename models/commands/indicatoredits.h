// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/indicators/indicatordraft.h"
#include "models/storage/rowchange.h"

class Database;

/*!
 * Builds the changes of the indicator catalogue and its targets for EditCommands: validation with
 * messages in the user's language, then the rows before and after. Nothing is written here; EditCommands
 * commits the ChangeSet as one undo step.
 */
class IndicatorEdits final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorEdits)

public:
    //! What an edit changes, and the name of its undo step ("add indicator 'HS-SOHOA'").
    struct Edit
    {
        ChangeSet changes;
        QString text;
        qint64 id = 0; //!< the row added or changed
    };

    //! A new indicator (draft.id 0) or the changed fields of an existing one. An empty change set with
    //! true means nothing changed.
    static bool saveIndicator(const Database &database, const IndicatorDraft &draft, Edit *edit,
                              QString *errorMessage);
    static bool addTarget(const Database &database, const TargetDraft &draft, Edit *edit,
                          QString *errorMessage);
    static bool removeTarget(const Database &database, qint64 targetId, Edit *edit, QString *errorMessage);
};
