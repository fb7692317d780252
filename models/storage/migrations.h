// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

/*!
 * The migration ladder: step N turns a version N-1 file into version N. Each step is one SQL file in
 * resources/sql, run by Database inside one transaction together with the new user_version, so a file
 * is always at exactly one version, never between two.
 */
namespace Migrations {

struct Step
{
    int version;
    QString resource; //!< e.g. ":/sql/v001_schema.sql"
};

//! Every step in order, the last being the version this build writes.
const QVector<Step> &ladder();
int latestVersion();
//! The SQL text of a step, empty when the resource is missing.
QByteArray sql(const Step &step);

} // namespace Migrations
