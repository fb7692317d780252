// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

/*!
 * Preferences that belong to one database file rather than to the PC (the report's issuing body and
 * number, whether the content is illustrative demo data): the settings table of data version 2.
 */
namespace DatabaseSettings {
//! The value of \a key, or \a fallback when it is not set.
QString value(const Database &database, const char *key, const QString &fallback = QString());
//! Sets \a key in one committed transaction with its audit row; false on a read-only file.
bool setValue(const Database &database, const char *key, const QString &value, QString *errorMessage = nullptr);
} // namespace DatabaseSettings
