// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/domain/period.h"
#include "models/storage/rowchange.h"

class Database;

/*!
 * What one cell of the data-entry grid should hold after an edit: the whole observation of one
 * indicator for one unit and one period. \c remove deletes the observation. A rate may be given by
 * numerator and denominator (hasRatio; the value is then n / d × 100), a rank carries its peer count.
 */
struct ObservationDraft
{
    qint64 unitId = 0;
    QString period; //!< period code: "2026-05", "2026Q1", "2026"
    bool remove = false;
    double value = 0;
    bool hasRatio = false;
    double numerator = 0;
    double denominator = 0;
    int peers = 0; //!< ranks: the number ranked; 0 when not a rank
    QString comment;
};

/*!
 * ObservationEdits checks drafts of observations against their indicator and turns them into the row
 * changes EditCommands::setObservations() commits as one undo step: inserts (with the periods rows a
 * new period needs), updates and deletes of observations, each stamped with who entered it and when.
 * Nothing is written here. A batch is all or nothing: one bad draft refuses the whole edit with a
 * message naming the unit and period.
 */
class ObservationEdits final
{
    Q_DECLARE_TR_FUNCTIONS(ObservationEdits)

public:
    /*!
     * Builds the changes for \a drafts of indicator \a indicatorId into \a changes and names the undo
     * step in \a stepText ("enter the value of 'Tỷ lệ hồ sơ …' for Xã Mỹ Hòa, Tháng 5/2026"). Drafts that
     * change nothing add no change. \a enteredAt stamps the rows (EditSupport::nowText()).
     */
    static bool build(const Database &database, qint64 indicatorId, const QList<ObservationDraft> &drafts,
                      const QString &enteredAt, ChangeSet *changes, QString *stepText, QString *errorMessage);
};
