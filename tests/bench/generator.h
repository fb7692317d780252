// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/*!
 * Writes large synthetic SteerDesk databases for benchmarks, at the sizes PRODUCT.md names: a province
 * (~30 departments, ~100 communes, 150 indicators observed monthly for five years: about a million
 * observations; 100k tasks to stress the task register) and a national secretary (34 provinces,
 * 3,321 communes). Deterministic for a given seed, so two runs measure the same file.
 */
struct GeneratorSizes
{
    int provinces = 1;
    int departments = 30;
    int communes = 100;
    int indicators = 150;
    int months = 60;
    int tasks = 100000;
    qint64 observations = 1000000;
    quint32 seed = 20260526;

    static GeneratorSizes province();
    static GeneratorSizes national();
};

struct GeneratorResult
{
    bool ok = false;
    QString error;
    qint64 rows = 0;
    qint64 milliseconds = 0;
};

GeneratorResult generateDatabase(const QString &path, const GeneratorSizes &sizes);
