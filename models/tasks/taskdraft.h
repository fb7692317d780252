// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

/*!
 * A task as the task form edits it: typed fields, before validation. id 0 is a new task. The deadline
 * is the wording the secretary types ("Quý III/2026", "30/09/2026", or empty for a standing task);
 * TaskValidator turns it into the date it means. The source document is named by number and date and
 * found or created when the draft is saved.
 */
struct TaskDraft
{
    qint64 id = 0;
    QString code;
    QString title;
    QString kind = QStringLiteral("task");           //!< "task" or "model"
    qint64 programmeId = 0;                          //!< 0: none
    QString documentNumber;                          //!< e.g. "120/KH-UBND"; empty: none
    QDate documentDate;
    QString assignedBy = QStringLiteral("provincial_sc"); //!< central, government, provincial_sc, ppc, other
    qint64 leadUnitId = 0;
    QList<qint64> coordinatorIds;
    QDate assignedOn;
    QString deadlineText;                            //!< the wording; empty: standing
    QString recurrence = QStringLiteral("none");     //!< none, monthly, quarterly, yearly
    QDate completedOn;
    QString result;
    QString progressNotes;
};

//! A deadline extension decided for one or more tasks (bulk "Extend deadline").
struct ExtensionDraft
{
    QString deadlineText;   //!< the new deadline as worded: "31/12/2026" or "Quý IV/2026"
    QString documentNumber; //!< the document that granted it, e.g. "45/QĐ-UBND"; may be empty
    QDate documentDate;
    QDate decidedOn;
    QString reason;
};

//! A unit added from the Units page.
struct UnitDraft
{
    QString code;
    QString name;
    QString nameEn;
    QString kind = QStringLiteral("department"); //!< province, commune, ward, special_zone, department, agency, other
    qint64 parentId = 0;
    QDate openedOn; //!< invalid: not recorded
};

struct ProgrammeDraft
{
    QString code;
    QString name;
    QString nameEn;
};
