// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/unitreportedits.h"

#include <QLocale>
#include <QSqlQuery>

#include "models/commands/editsupport.h"
#include "models/domain/period.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/unitreports/unitreportstore.h"

namespace {

using namespace EditSupport;

const QLatin1String ReceivedColumn(Schema::Column::ReceivedOn);
const QLatin1String DocumentColumn("document_number");
const QLatin1String NoteColumn("note");

//! The unit's name in the current language and whether it owes monthly reports, or false.
bool unitOf(const Database &database, qint64 unitId, QString *name, bool *reports)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT name, name_en, reports_monthly FROM units WHERE id = ?"));
    q.addBindValue(unitId);
    if (!q.exec() || !q.next())
        return false;
    *name = ReferenceData::localName(q.value(0).toString(), q.value(1).toString());
    *reports = q.value(2).toInt() == 1;
    return true;
}

//! The stored report of the unit and month: its id and columns (without id), or false.
bool storedReport(const Database &database, qint64 unitId, const QString &period, qint64 *id,
                  QVariantMap *row)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id, unit_id, period, due_on, received_on, document_number, note "
                             "FROM unit_reports WHERE unit_id = ? AND period = ?"));
    q.addBindValue(unitId);
    q.addBindValue(period);
    if (!q.exec() || !q.next())
        return false;
    *id = q.value(0).toLongLong();
    const QStringList columns = {QLatin1String(Schema::Column::UnitId),
                                 QLatin1String(Schema::Column::Period),
                                 QLatin1String(Schema::Column::DueOn),
                                 ReceivedColumn,
                                 DocumentColumn,
                                 NoteColumn};
    for (int i = 0; i < columns.size(); ++i)
        row->insert(columns.at(i), q.value(i + 1));
    return true;
}

RowChange reportChange(qint64 id)
{
    RowChange c;
    c.table = QLatin1String(Schema::UnitReports);
    c.key.insert(QLatin1String(Schema::Column::Id), id);
    c.auditField = ReceivedColumn;
    c.auditValueColumn = ReceivedColumn;
    return c;
}

QString monthText(const Period &month)
{
    return month.firstDay().toString(QStringLiteral("MM/yyyy"));
}

//! The unit (its name, whether it owes reports) and the month an edit is about, or false with a message.
bool target(const Database &database, qint64 unitId, const QString &periodCode, QString *name, bool *reports,
            Period *month, QString *errorMessage)
{
    if (!unitOf(database, unitId, name, reports))
        return fail(errorMessage, UnitReportEdits::tr("The unit no longer exists."));
    *month = Period::parse(periodCode);
    if (month->kind() != Period::Kind::Month)
        return fail(errorMessage, UnitReportEdits::tr("Choose the month of the report."));
    return true;
}

} // namespace

bool UnitReportEdits::record(const Database &database, qint64 unitId, const QString &periodCode,
                             const QDate &receivedOn, const QString &documentNumber, const QString &note,
                             const QDate &today, Edit *edit, QString *errorMessage)
{
    QString name;
    bool reports = false;
    Period month;
    if (!target(database, unitId, periodCode, &name, &reports, &month, errorMessage))
        return false;
    if (!receivedOn.isValid())
        return fail(errorMessage, tr("Enter the date the report was received."));
    const QLocale locale;
    if (receivedOn > today)
        return fail(errorMessage, tr("The received date %1 is in the future.")
                                      .arg(locale.toString(receivedOn, QLocale::ShortFormat)));
    if (receivedOn < month.firstDay())
        return fail(errorMessage,
                    tr("The report for %1 cannot have been received on %2, before the month began.")
                        .arg(monthText(month), locale.toString(receivedOn, QLocale::ShortFormat)));
    qint64 id = 0;
    QVariantMap before;
    const bool hasStored = storedReport(database, unitId, month.code(), &id, &before);
    if (!hasStored && !reports)
        return fail(errorMessage, tr("%1 does not owe monthly reports.").arg(name));

    Edit result;
    QVariantMap after = before;
    if (!hasStored) {
        addMissingPeriods(database, {month}, &result.changes);
        id = RowChanges::nextId(database, Schema::UnitReports);
        after.insert(QLatin1String(Schema::Column::UnitId), unitId);
        after.insert(QLatin1String(Schema::Column::Period), month.code());
        after.insert(QLatin1String(Schema::Column::DueOn),
                     UnitReportStore::dueDate(database, month).toString(Qt::ISODate));
    }
    after.insert(ReceivedColumn, nullable(receivedOn));
    after.insert(DocumentColumn, nullable(documentNumber));
    after.insert(NoteColumn, nullable(note));
    if (hasStored && RowChanges::sameRow(before, after)) {
        *edit = Edit(); // nothing differs: no undo step
        return true;
    }
    RowChange change = reportChange(id);
    change.before = before;
    change.after = after;
    change.existsBefore = hasStored;
    result.changes.append(change);
    result.text = tr("record the report of %1 for %2").arg(shortTitle(name), monthText(month));
    *edit = result;
    return true;
}

bool UnitReportEdits::clear(const Database &database, qint64 unitId, const QString &periodCode, Edit *edit,
                            QString *errorMessage)
{
    QString name;
    bool reports = false;
    Period month;
    if (!target(database, unitId, periodCode, &name, &reports, &month, errorMessage))
        return false;
    qint64 id = 0;
    QVariantMap before;
    if (!storedReport(database, unitId, month.code(), &id, &before) ||
        (before.value(ReceivedColumn).isNull() && before.value(DocumentColumn).isNull() &&
         before.value(NoteColumn).isNull()))
        return fail(errorMessage, tr("No report of %1 is recorded for %2.").arg(name, monthText(month)));
    QVariantMap after = before;
    after.insert(ReceivedColumn, QVariant());
    after.insert(DocumentColumn, QVariant());
    after.insert(NoteColumn, QVariant());
    Edit result;
    RowChange change = reportChange(id);
    change.before = before;
    change.after = after;
    result.changes.append(change);
    result.text = tr("clear the report of %1 for %2").arg(shortTitle(name), monthText(month));
    *edit = result;
    return true;
}
