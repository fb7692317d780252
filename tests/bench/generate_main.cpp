// SPDX-License-Identifier: GPL-3.0-or-later
// steerdesk_generate --out FILE [--scale province|national] [--tasks N] [--observations N] [--communes N]
// Writes a large synthetic database for the benchmarks and prints what it wrote.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "tests/bench/generator.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("File to write (must not exist)."), QStringLiteral("file"));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("province (default) or national."), QStringLiteral("scale"));
    const QCommandLineOption tasks(QStringLiteral("tasks"), QStringLiteral("Number of tasks."), QStringLiteral("n"));
    const QCommandLineOption observations(QStringLiteral("observations"), QStringLiteral("Number of observations."), QStringLiteral("n"));
    const QCommandLineOption communes(QStringLiteral("communes"), QStringLiteral("Number of communes."), QStringLiteral("n"));
    parser.addOptions({out, scale, tasks, observations, communes});
    parser.process(app);
    if (!parser.isSet(out)) {
        std::fputs("steerdesk_generate: --out FILE is required\n", stderr);
        return 2;
    }
    GeneratorSizes sizes = parser.value(scale) == QLatin1String("national") ? GeneratorSizes::national()
                                                                             : GeneratorSizes::province();
    if (parser.isSet(tasks))
        sizes.tasks = parser.value(tasks).toInt();
    if (parser.isSet(observations))
        sizes.observations = parser.value(observations).toLongLong();
    if (parser.isSet(communes))
        sizes.communes = parser.value(communes).toInt();

    const GeneratorResult r = generateDatabase(parser.value(out), sizes);
    if (!r.ok) {
        std::fprintf(stderr, "steerdesk_generate: %s\n", qPrintable(r.error));
        return 1;
    }
    const qint64 bytes = QFileInfo(parser.value(out)).size();
    std::printf("generated %s: %d provinces, %d departments, %d communes, %d indicators x %d months, %d tasks, "
                "%lld observations requested\n",
                qPrintable(parser.value(out)), sizes.provinces, sizes.departments, sizes.communes, sizes.indicators,
                sizes.months, sizes.tasks, sizes.observations);
    std::printf("rows %lld in %lld ms (%.0f rows/s), file %.1f MB\n", r.rows, r.milliseconds,
                r.milliseconds > 0 ? 1000.0 * r.rows / r.milliseconds : 0.0, bytes / 1048576.0);
    return 0;
}
