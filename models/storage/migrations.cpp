// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/migrations.h"

#include <QFile>

namespace Migrations {

const QVector<Step> &ladder()
{
    // Append only: a released step is never edited, a change is a new step.
    static const QVector<Step> steps = {
        {1, QStringLiteral(":/sql/v001_schema.sql")},
        {2, QStringLiteral(":/sql/v002_settings.sql")},
    };
    return steps;
}

int latestVersion()
{
    return ladder().constLast().version;
}

QByteArray sql(const Step &step)
{
    QFile file(step.resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Migrations
