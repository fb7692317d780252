// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/unitreports/unitreportexport.h"

#include "models/unitreports/unitreportstore.h"

namespace UnitReportExport {

QStringList header()
{
    return {QStringLiteral("unit"), QStringLiteral("due"), QStringLiteral("received"),
            QStringLiteral("status")};
}

QVector<QStringList> rows(const QVector<UnitReportRow> &reports)
{
    QVector<QStringList> list;
    list.reserve(reports.size());
    for (const UnitReportRow &r : reports) {
        // A report received after the as-of date was not known then: its date is not shown either.
        const bool received = r.status == UnitReportStatus::OnTime || r.status == UnitReportStatus::Late;
        list.append({r.unitCode, r.dueOn.toString(Qt::ISODate),
                     received ? r.receivedOn.toString(Qt::ISODate) : QString(),
                     UnitReportRules::code(r.status)});
    }
    return list;
}

} // namespace UnitReportExport
