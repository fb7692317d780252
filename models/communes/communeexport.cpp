// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/communes/communeexport.h"

#include "models/communes/communestore.h"

namespace CommuneExport {

QStringList header()
{
    return {QStringLiteral("unit"), QStringLiteral("name"), QStringLiteral("colour"),
            QStringLiteral("source"), QStringLiteral("reason")};
}

QVector<QStringList> rows(const QVector<StoredAssessment> &assessments)
{
    QVector<QStringList> list;
    list.reserve(assessments.size());
    for (const StoredAssessment &a : assessments)
        list.append({a.unitCode, a.unitName, ColourRules::code(a.colour), a.source, a.reason});
    return list;
}

} // namespace CommuneExport
