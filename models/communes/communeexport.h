// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

struct StoredAssessment;

/*!
 * The communes table of INTERCHANGE.md for one period: unit (the commune's code), name, colour
 * (green, yellow, red), source (rule, manual) and reason (the rule's explanation or the manual reason).
 */
namespace CommuneExport {
QStringList header();
QVector<QStringList> rows(const QVector<StoredAssessment> &assessments);
} // namespace CommuneExport
