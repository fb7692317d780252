// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/storage/rowchange.h"

class CommuneRules;
class Database;

/*!
 * CommuneEdits builds the changes of the commune traffic lights for EditCommands, which writes them as
 * one undo step with their audit rows: the rule's colours of a period, a colour set by hand with its
 * reason, the return to the rule's colour, and the rule set's weights and thresholds. Nothing here
 * writes; each function validates and says in the user's language why it refuses.
 *
 * An assessment's audit rows are filed under commune_assessments and its id (colour as the field of an
 * insert), so that a commune's history is the audit of its rows. An assessment by the rules keeps a
 * colour set by hand and its reason, and refreshes only what the rule says (score, rule_colour).
 */
class CommuneEdits final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneEdits)

public:
    struct Edit
    {
        ChangeSet changes;
        QString text; //!< the undo step's name
        int rows = 0; //!< assessments added or changed
    };

    //! The rule's colour of every commune for \a periodCode, as of its last day or \a today when earlier.
    static bool assess(const Database &database, const QString &periodCode, const QDate &today, Edit *edit,
                       QString *errorMessage);
    //! \a colourCode ("green", "yellow", "red") set by hand for one commune and period, with a reason.
    static bool setManual(const Database &database, qint64 unitId, const QString &periodCode,
                          const QString &colourCode, const QString &reason, Edit *edit,
                          QString *errorMessage);
    //! Back to the rule's colour (computed afresh) for one commune and period.
    static bool clearOverride(const Database &database, qint64 unitId, const QString &periodCode,
                              const QDate &today, Edit *edit, QString *errorMessage);
    //! The rule set's weights and thresholds (the score ranges are colour rules, edited with them).
    static bool saveRules(const Database &database, const CommuneRules &rules, Edit *edit,
                          QString *errorMessage);
};
