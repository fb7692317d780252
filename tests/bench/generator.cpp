// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/generator.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

GeneratorSizes GeneratorSizes::province()
{
    return {};
}

GeneratorSizes GeneratorSizes::national()
{
    GeneratorSizes s;
    s.provinces = 34;
    s.departments = 30;
    s.communes = 3321;
    s.indicators = 150;
    s.months = 60;
    s.tasks = 100000;
    s.observations = 10000000;
    return s;
}

namespace {

class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.prepare(sql);
    }
    bool run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        ++m_rows;
        return true;
    }
    QString error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    QSqlQuery m_query;
    QString m_error;
    qint64 m_rows = 0;
};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

GeneratorResult generateDatabase(const QString &path, const GeneratorSizes &sizes)
{
    GeneratorResult result;
    QElapsedTimer timer;
    timer.start();
    Database database;
    if (!database.create(path)) {
        result.error = database.errorString();
        return result;
    }
    const QSqlDatabase db = database.connection();
    QRandomGenerator random(sizes.seed);
    const QString now = QStringLiteral("2026-05-26T08:00:00Z");
    WriteTransaction tx(database);
    qint64 rows = 0;
    auto failed = [&](const Inserter &ins) {
        result.error = ins.error();
        return result;
    };

    // Units: provinces, departments under the first, communes spread over the provinces.
    Inserter units(db, QStringLiteral("INSERT INTO units (id, code, name, kind, parent_id, reports_monthly) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"));
    QVector<int> provinceIds, departmentIds, communeIds;
    int unitId = 0;
    for (int p = 0; p < sizes.provinces; ++p) {
        provinceIds << ++unitId;
        if (!units.run({unitId, QStringLiteral("TINH-%1").arg(p + 1), QStringLiteral("Tỉnh thử nghiệm %1").arg(p + 1),
                        QStringLiteral("province"), QVariant(), 0}))
            return failed(units);
    }
    for (int d = 0; d < sizes.departments; ++d) {
        departmentIds << ++unitId;
        if (!units.run({unitId, QStringLiteral("SO-%1").arg(d + 1), QStringLiteral("Sở thử nghiệm %1").arg(d + 1),
                        QStringLiteral("department"), provinceIds.constFirst(), 1}))
            return failed(units);
    }
    for (int c = 0; c < sizes.communes; ++c) {
        communeIds << ++unitId;
        if (!units.run({unitId, QStringLiteral("XA-%1").arg(c + 1), QStringLiteral("Xã thử nghiệm %1").arg(c + 1),
                        c % 5 == 0 ? QStringLiteral("ward") : QStringLiteral("commune"),
                        provinceIds.at(c % provinceIds.size()), 0}))
            return failed(units);
    }
    rows += units.rows();

    Inserter programmes(db, QStringLiteral("INSERT INTO programmes (id, code, name) VALUES (?, ?, ?)"));
    const QStringList programmeCodes = {QStringLiteral("DA06"), QStringLiteral("NQ57"), QStringLiteral("CDS"),
                                        QStringLiteral("CDS-DANG")};
    for (int i = 0; i < programmeCodes.size(); ++i)
        if (!programmes.run({i + 1, programmeCodes.at(i), programmeCodes.at(i)}))
            return failed(programmes);

    // Months from January 2022.
    Inserter periods(db, QStringLiteral("INSERT INTO periods (code, kind, starts_on, ends_on) VALUES (?, 'month', ?, ?)"));
    QStringList monthCodes, monthStarts;
    for (int m = 0; m < sizes.months; ++m) {
        const QDate start = QDate(2022, 1, 1).addMonths(m);
        monthCodes << start.toString(QStringLiteral("yyyy-MM"));
        monthStarts << isoDate(start);
        if (!periods.run({monthCodes.constLast(), monthStarts.constLast(), isoDate(start.addMonths(1).addDays(-1))}))
            return failed(periods);
    }
    rows += periods.rows();

    Inserter indicators(db, QStringLiteral("INSERT INTO indicators (id, code, name, measure, direction, is_rate, "
                                           "accumulation, decimals, programme_id, level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVector<bool> isRate;
    for (int i = 0; i < sizes.indicators; ++i) {
        const bool rate = i % 5 < 2;
        const bool rank = i % 25 == 24;
        isRate << rate;
        const QString measure = rate ? QStringLiteral("percent") : rank ? QStringLiteral("rank") : QStringLiteral("count");
        if (!indicators.run({i + 1, QStringLiteral("CT-%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                             QStringLiteral("Chỉ tiêu thử nghiệm %1").arg(i + 1), measure,
                             rank ? QStringLiteral("down") : QStringLiteral("up"), rate ? 1 : 0,
                             i % 2 ? QStringLiteral("cumulative") : QStringLiteral("periodic"), rate ? 2 : 0,
                             1 + i % programmeCodes.size(), QStringLiteral("commune")}))
            return failed(indicators);
    }
    Inserter targets(db, QStringLiteral("INSERT INTO targets (indicator_id, unit_id, effective_from, value, assigned_by) "
                                        "VALUES (?, ?, '2022-01-01', ?, 'provincial_sc')"));
    for (int i = 0; i < sizes.indicators; ++i)
        for (int p : std::as_const(provinceIds))
            if (!targets.run({i + 1, p, isRate.at(i) ? 80.0 : 1000.0}))
                return failed(targets);
    rows += indicators.rows() + targets.rows();

    // Observations: indicator × reporting unit (communes, then departments) × month, newest months first.
    const QVector<int> observedUnits = communeIds + departmentIds;
    Inserter observations(db, QStringLiteral("INSERT INTO observations (indicator_id, unit_id, period, period_start, value, "
                                             "numerator, denominator, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', ?)"));
    qint64 made = 0;
    for (int m = sizes.months - 1; m >= 0 && made < sizes.observations; --m) {
        for (int c = 0; c < observedUnits.size() && made < sizes.observations; ++c) {
            for (int i = 0; i < sizes.indicators && made < sizes.observations; ++i, ++made) {
                QVariant value, numerator, denominator;
                if (isRate.at(i)) {
                    const int den = 200 + int(random.bounded(800));
                    const int num = int(den * (0.5 + random.bounded(0.5)));
                    numerator = num;
                    denominator = den;
                    value = 100.0 * num / den;
                } else {
                    value = double(random.bounded(2000));
                }
                if (!observations.run({i + 1, observedUnits.at(c), monthCodes.at(m), monthStarts.at(m), value, numerator,
                                       denominator, now}))
                    return failed(observations);
            }
        }
    }
    rows += observations.rows();

    // Tasks: spread over five years, a mix of completed on time or late, open, overdue and standing.
    Inserter tasks(db, QStringLiteral("INSERT INTO tasks (id, code, title, kind, programme_id, assigned_by, lead_unit_id, "
                                      "assigned_on, deadline_date, deadline_text, completed_on, created_at, updated_at, search_text) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter coordinators(db, QStringLiteral("INSERT INTO task_coordinators (task_id, unit_id) VALUES (?, ?)"));
    const QStringList verbs = {QStringLiteral("Số hóa dữ liệu"), QStringLiteral("Triển khai dịch vụ công trực tuyến"),
                               QStringLiteral("Tuyên truyền, hướng dẫn"), QStringLiteral("Đầu tư hạ tầng số"),
                               QStringLiteral("Làm sạch dữ liệu"), QStringLiteral("Báo cáo kết quả")};
    const QStringList objects = {QStringLiteral("đất đai"), QStringLiteral("hộ tịch"), QStringLiteral("giáo dục"),
                                 QStringLiteral("y tế"), QStringLiteral("định danh điện tử mức 2"),
                                 QStringLiteral("thanh toán không dùng tiền mặt")};
    const QStringList assigners = {QStringLiteral("central"), QStringLiteral("government"),
                                   QStringLiteral("provincial_sc"), QStringLiteral("ppc")};
    QVector<int> leadUnits = departmentIds + communeIds;
    for (int t = 1; t <= sizes.tasks; ++t) {
        const QDate assigned = QDate(2022, 1, 1).addDays(random.bounded(1600));
        const bool standing = random.bounded(10) == 0;
        const QDate deadline = assigned.addDays(30 + random.bounded(300));
        QVariant completed;
        const int fate = random.bounded(10);
        if (fate < 6)
            completed = isoDate(deadline.addDays(-random.bounded(60)));
        else if (fate < 8)
            completed = isoDate(deadline.addDays(1 + random.bounded(60)));
        if (completed.isValid() && completed.toString() < isoDate(assigned))
            completed = isoDate(assigned);
        const QString title = QStringLiteral("%1 %2 (%3)").arg(verbs.at(t % verbs.size()), objects.at((t / 7) % objects.size()))
                                  .arg(t);
        if (!tasks.run({t, QStringLiteral("NV-%1").arg(t, 6, 10, QLatin1Char('0')), title,
                        t % 12 == 0 ? QStringLiteral("model") : QStringLiteral("task"), 1 + t % programmeCodes.size(),
                        assigners.at(t % assigners.size()), leadUnits.at(int(random.bounded(leadUnits.size()))),
                        isoDate(assigned), standing ? QVariant() : QVariant(isoDate(deadline)), QVariant(),
                        standing ? QVariant() : completed, now, now,
                        TextFold::fold(QStringLiteral("NV-%1 ").arg(t, 6, 10, QLatin1Char('0')) + title)}))
            return failed(tasks);
        if (t % 5 == 0
            && !coordinators.run({t, departmentIds.at(int(random.bounded(departmentIds.size())))}))
            return failed(coordinators);
    }
    rows += tasks.rows() + coordinators.rows();

    if (!tx.commit()) {
        result.error = tx.errorString();
        return result;
    }
    result.ok = true;
    result.rows = rows;
    result.milliseconds = timer.elapsed();
    return result;
}
