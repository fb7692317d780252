// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/*!
 * Where SteerDesk keeps its files on this PC: the user's data folder (the demo database lives there),
 * and the backup folder beside it. The folders are created on first use.
 */
namespace DataPaths {
QString dataFolder();
QString demoDatabasePath();
QString backupFolder();
} // namespace DataPaths
