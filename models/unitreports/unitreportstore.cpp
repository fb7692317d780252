// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unitreports/unitreportstore.h"

#include <algorithm>

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/domain/period.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/storage/databasesettings.h"
#include "models/storage/schema.h"

QString UnitReportRow::displayName() const
{
    return ReferenceData::localName(unitName, unitNameEn);
}

int UnitReportCounts::of(UnitReportStatus status) const
{
    switch (status) {
    case UnitReportStatus::OnTime:
        return onTime;
    case UnitReportStatus::Late:
        return late;
    case UnitReportStatus::Missing:
        return missing;
    case UnitReportStatus::NotDue:
        return notDue;
    }
    return 0;
}

void UnitReportCounts::add(UnitReportStatus status)
{
    switch (status) {
    case UnitReportStatus::OnTime:
        ++onTime;
        break;
    case UnitReportStatus::Late:
        ++late;
        break;
    case UnitReportStatus::Missing:
        ++missing;
        break;
    case UnitReportStatus::NotDue:
        ++notDue;
        break;
    }
}

int UnitReportStore::dueDay(const Database &database)
{
    bool ok = false;
    const int day = DatabaseSettings::value(database, Schema::Setting::UnitReportsDueDay).toInt(&ok);
    return ok && day >= 1 && day <= 31 ? day : UnitReportRules::DefaultDueDay;
}

QDate UnitReportStore::dueDate(const Database &database, const Period &month)
{
    return UnitReportRules::dueDate(month, dueDay(database));
}

namespace {

//! Open on at least one day of \a month (closed_on is the first day it no longer exists).
bool openDuring(const ReferenceData::Unit &unit, const Period &month)
{
    return (!unit.openedOn.isValid() || unit.openedOn <= month.lastDay()) &&
           (!unit.closedOn.isValid() || unit.closedOn > month.firstDay());
}

bool failQuery(QString *errorMessage, const QSqlQuery &q)
{
    if (errorMessage)
        *errorMessage =
            UnitReportStore::tr("The units' reports could not be read: %1").arg(q.lastError().text());
    return false;
}

} // namespace

QVector<UnitReportRow> UnitReportStore::load(const Database &database, const Period &first,
                                             const Period &last, const QDate &asOf, QString *errorMessage)
{
    QVector<UnitReportRow> result;
    if (first.kind() != Period::Kind::Month || last.kind() != Period::Kind::Month ||
        last.firstDay() < first.firstDay())
        return result;

    // Units that owe reports now; any unit with a row in the range owed one then.
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM units WHERE reports_monthly = 1"))) {
        failQuery(errorMessage, q);
        return result;
    }
    QSet<qint64> reporting;
    while (q.next())
        reporting.insert(q.value(0).toLongLong());
    QString error;
    QVector<ReferenceData::Unit> units = ReferenceData::storedUnits(database, &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The units' reports could not be read: %1").arg(error);
        return result;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(units.begin(), units.end(),
              [&collator](const ReferenceData::Unit &a, const ReferenceData::Unit &b) {
                  const int c = collator.compare(ReferenceData::localName(a.name, a.nameEn),
                                                 ReferenceData::localName(b.name, b.nameEn));
                  return c != 0 ? c < 0 : a.code < b.code;
              });

    // The stored reports of the range, by (unit, period).
    QSqlQuery r(database.connection());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT id, unit_id, period, due_on, received_on, document_number, note "
                             "FROM unit_reports WHERE period BETWEEN ? AND ?"));
    r.addBindValue(first.code());
    r.addBindValue(last.code());
    if (!r.exec()) {
        failQuery(errorMessage, r);
        return result;
    }
    QHash<QPair<qint64, QString>, UnitReportRow> stored;
    while (r.next()) {
        UnitReportRow row;
        row.reportId = r.value(0).toLongLong();
        row.unitId = r.value(1).toLongLong();
        row.period = r.value(2).toString();
        row.dueOn = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        row.receivedOn = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        row.documentNumber = r.value(5).toString();
        row.note = r.value(6).toString();
        stored.insert({row.unitId, row.period}, row);
    }

    const int day = dueDay(database);
    for (Period month = first; month.firstDay() <= last.firstDay(); month = month.next()) {
        const QString code = month.code();
        for (const ReferenceData::Unit &u : std::as_const(units)) {
            const auto it = stored.constFind({u.id, code});
            if (it == stored.cend() && !(reporting.contains(u.id) && openDuring(u, month)))
                continue;
            UnitReportRow row = it != stored.cend() ? *it : UnitReportRow();
            row.unitId = u.id;
            row.unitCode = u.code;
            row.unitName = u.name;
            row.unitNameEn = u.nameEn;
            row.period = code;
            if (!row.dueOn.isValid())
                row.dueOn = UnitReportRules::dueDate(month, day);
            row.status = UnitReportRules::derive(row.dueOn, row.receivedOn, asOf);
            row.daysLate = UnitReportRules::daysLate(row.dueOn, row.receivedOn, asOf);
            result.append(row);
        }
    }
    return result;
}

QVector<UnitReportRow> UnitReportStore::load(const Database &database, const Period &month, const QDate &asOf,
                                             QString *errorMessage)
{
    return load(database, month, month, asOf, errorMessage);
}

UnitReportCounts UnitReportStore::counts(const QVector<UnitReportRow> &rows)
{
    UnitReportCounts counts;
    for (const UnitReportRow &row : rows)
        counts.add(row.status);
    return counts;
}

QVector<UnitReportRow> UnitReportStore::notYetReported(const QVector<UnitReportRow> &rows)
{
    QVector<UnitReportRow> list;
    for (const UnitReportRow &row : rows) {
        if (row.status == UnitReportStatus::Missing || row.status == UnitReportStatus::NotDue)
            list.append(row);
    }
    // Stable: units keep their name order within the same days late.
    std::stable_sort(list.begin(), list.end(),
                     [](const UnitReportRow &a, const UnitReportRow &b) { return a.daysLate > b.daysLate; });
    return list;
}

QString UnitReportStore::notYetReportedText(const QVector<UnitReportRow> &rows, const Period &month,
                                            const QDate &asOf)
{
    const QLocale locale;
    const QString monthText = month.firstDay().toString(QStringLiteral("MM/yyyy"));
    const QString asOfText = locale.toString(asOf, QLocale::ShortFormat);
    QVector<UnitReportRow> list;
    for (const UnitReportRow &row : notYetReported(rows)) {
        if (row.period == month.code())
            list.append(row);
    }
    if (list.isEmpty())
        return tr("Every unit has reported for %1 (as of %2).").arg(monthText, asOfText);
    QStringList lines;
    lines.append(tr("Units that have not yet reported for %1 (as of %2):").arg(monthText, asOfText));
    int number = 0;
    for (const UnitReportRow &row : std::as_const(list)) {
        const QString due = locale.toString(row.dueOn, QLocale::ShortFormat);
        lines.append(row.status == UnitReportStatus::Missing
                         ? tr("%1. %2 — due %3, %n day(s) late", nullptr, row.daysLate)
                               .arg(locale.toString(++number), row.displayName(), due)
                         : tr("%1. %2 — due %3").arg(locale.toString(++number), row.displayName(), due));
    }
    return lines.join(QLatin1Char('\n'));
}
