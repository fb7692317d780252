// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unitreports/unitreportstatus.h"

#include <algorithm>

#include "models/domain/period.h"

namespace {
//! A report received after the as-of date was not known then.
QDate knownReceipt(const QDate &receivedOn, const QDate &asOf)
{
    return receivedOn.isValid() && receivedOn <= asOf ? receivedOn : QDate();
}
} // namespace

UnitReportStatus UnitReportRules::derive(const QDate &dueOn, const QDate &receivedOn, const QDate &asOf)
{
    const QDate received = knownReceipt(receivedOn, asOf);
    if (received.isValid())
        return received <= dueOn ? UnitReportStatus::OnTime : UnitReportStatus::Late;
    return asOf > dueOn ? UnitReportStatus::Missing : UnitReportStatus::NotDue;
}

QDate UnitReportRules::dueDate(const Period &month, int dueDay)
{
    if (month.kind() != Period::Kind::Month)
        return {};
    const QDate first = month.firstDay();
    return QDate(first.year(), first.month(), std::clamp(dueDay, 1, first.daysInMonth()));
}

int UnitReportRules::daysLate(const QDate &dueOn, const QDate &receivedOn, const QDate &asOf)
{
    switch (derive(dueOn, receivedOn, asOf)) {
    case UnitReportStatus::Late:
        return int(dueOn.daysTo(receivedOn));
    case UnitReportStatus::Missing:
        return int(dueOn.daysTo(asOf));
    case UnitReportStatus::OnTime:
    case UnitReportStatus::NotDue:
        break;
    }
    return 0;
}

namespace {
struct Entry
{
    UnitReportStatus status;
    const char *code;
    const char *name;
};
const Entry Entries[] = {
    {UnitReportStatus::OnTime, "on_time", QT_TRANSLATE_NOOP("UnitReportRules", "On time")},
    {UnitReportStatus::Late, "late", QT_TRANSLATE_NOOP("UnitReportRules", "Late")},
    {UnitReportStatus::Missing, "missing", QT_TRANSLATE_NOOP("UnitReportRules", "Missing")},
    {UnitReportStatus::NotDue, "not_due", QT_TRANSLATE_NOOP("UnitReportRules", "Not yet due")},
};
} // namespace

QString UnitReportRules::code(UnitReportStatus status)
{
    for (const Entry &e : Entries) {
        if (e.status == status)
            return QLatin1String(e.code);
    }
    return {};
}

UnitReportStatus UnitReportRules::fromCode(const QString &code, bool *ok)
{
    for (const Entry &e : Entries) {
        if (code == QLatin1String(e.code)) {
            if (ok)
                *ok = true;
            return e.status;
        }
    }
    if (ok)
        *ok = false;
    return UnitReportStatus::NotDue;
}

QString UnitReportRules::displayName(UnitReportStatus status)
{
    for (const Entry &e : Entries) {
        if (e.status == status)
            return tr(e.name);
    }
    return {};
}
