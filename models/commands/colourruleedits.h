// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "models/indicators/colourrules.h"
#include "models/storage/rowchange.h"

class Database;

/*!
 * ColourRuleEdits builds the change that replaces one stored traffic-light rule set: the file's default
 * set for indicators (scope 'indicator', indicator 0), one indicator's own set, or the commune score set
 * (scope 'commune_score'). The old rows are deleted and the new ones inserted in one change set, deletes
 * first (the order of a set is unique per scope and indicator), so that undo writes the old set back
 * exactly. A set ColourRules::validate() objects to is refused with its messages; an empty set removes
 * the stored rows (an indicator then follows the default set again).
 */
class ColourRuleEdits final
{
    Q_DECLARE_TR_FUNCTIONS(ColourRuleEdits)

public:
    //! The ranges stored for the set, in order; empty when the file has none of its own.
    static QVector<ColourRange> stored(const Database &database, const QString &scope, qint64 indicatorId,
                                       QString *errorMessage = nullptr);

    static bool build(const Database &database, const QString &scope, qint64 indicatorId,
                      const QVector<ColourRange> &ranges, ChangeSet *changes, QString *text,
                      QString *errorMessage);
};
