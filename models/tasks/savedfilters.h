// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include "models/tasks/taskfilter.h"

class Database;

/*!
 * Filters the secretary names ("Quá hạn — Sở KH&CN"), kept in the database (saved_filters) because
 * they name its units and programmes. The as-of date is not part of a saved filter: it is today's
 * question, not the filter's. Saving a name that exists replaces that filter.
 */
namespace SavedFilters {

struct Entry
{
    qint64 id = 0;
    QString name;
    TaskFilter filter;
};

QVector<Entry> taskFilters(const Database &database);
bool saveTaskFilter(const Database &database, const QString &name, const TaskFilter &filter, QString *errorMessage);
bool remove(const Database &database, qint64 id, QString *errorMessage);

//! The filter as the JSON object stored in saved_filters.filter, and back (the as-of date is left out).
QString toJson(const TaskFilter &filter);
TaskFilter fromJson(const QString &json);

} // namespace SavedFilters
