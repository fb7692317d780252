// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QVector>

/*!
 * What every benchmark measures with: the time one step takes, and the median of several runs (the
 * middle value, so that one slow run on a busy machine does not move the figure printed).
 */
namespace BenchTiming {

//! Milliseconds \a step takes, with nanosecond resolution.
double timeMs(const std::function<void()> &step);
//! The median of \a values; 0 when empty.
double median(QVector<double> values);

} // namespace BenchTiming
