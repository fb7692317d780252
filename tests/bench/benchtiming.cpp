// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtiming.h"

#include <algorithm>

#include <QElapsedTimer>

namespace BenchTiming {

double timeMs(const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    return t.nsecsElapsed() / 1e6;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace BenchTiming
