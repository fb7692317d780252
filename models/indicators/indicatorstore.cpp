// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/indicatorstore.h"

#include <algorithm>
#include <functional>

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "models/domain/period.h"
#include "models/indicators/indicatorrules.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool failed(const QSqlQuery &q, QString *errorMessage)
{
    if (errorMessage)
        *errorMessage = q.lastError().text();
    return false;
}

IndicatorRules::Part partOf(const IndicatorValue &v)
{
    return IndicatorRules::Part{v.value, v.hasRatio, v.numerator, v.denominator};
}

QString periodName(const QString &code)
{
    const Period p = Period::parse(code);
    return p.isValid() ? p.displayText() : code;
}

/*!
 * Rolls up \a parts (children's figures of the same period, or values to date) into a figure of the
 * period of \a periodOf. \a notReported children had a figure, but none that could be summed for it.
 */
IndicatorValue rolledUp(const IndicatorRecord &indicator, const QVector<IndicatorValue> &parts,
                        const IndicatorValue &periodOf, int notReported)
{
    QVector<IndicatorRules::Part> input;
    input.reserve(parts.size());
    for (const IndicatorValue &v : parts)
        input << partOf(v);
    const IndicatorRules::RollUp r = IndicatorRules::rollUp(indicator, input);
    IndicatorValue v;
    v.rolledUp = true;
    v.note = r.description();
    if (notReported > 0)
        v.note += QLatin1Char(' ') +
                  IndicatorStore::tr("%n unit(s) without a figure for %1 left out.", nullptr, notReported)
                      .arg(periodName(periodOf.period));
    if (!r.valid)
        return v;
    v.valid = true;
    v.value = r.value;
    v.hasRatio = r.hasRatio;
    v.numerator = r.numerator;
    v.denominator = r.denominator;
    v.period = periodOf.period;
    v.periodStart = periodOf.periodStart;
    v.unitCount = r.unitCount;
    v.leftOut = r.withoutRatio + notReported;
    return v;
}

//! The later of two figures by period start (the first on a tie).
bool later(const IndicatorValue &a, const IndicatorValue &than)
{
    return !than.valid || (a.valid && a.periodStart > than.periodStart);
}

//! Period codes and dates repeat across thousands of rows: each distinct one is converted once.
class TextCache
{
public:
    QString string(QByteArrayView bytes)
    {
        // fromRawData: the lookup key borrows SQLite's buffer; only a new entry gets a copy.
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        auto it = m_strings.constFind(key);
        if (it == m_strings.constEnd())
            it = m_strings.insert(QByteArray(bytes.data(), bytes.size()), QString::fromUtf8(bytes));
        return *it;
    }
    QDate date(QByteArrayView bytes)
    {
        const QByteArray key = QByteArray::fromRawData(bytes.data(), bytes.size());
        auto it = m_dates.constFind(key);
        if (it == m_dates.constEnd())
            it = m_dates.insert(QByteArray(bytes.data(), bytes.size()),
                                QDate::fromString(QString::fromUtf8(bytes), Qt::ISODate));
        return *it;
    }

private:
    QHash<QByteArray, QString> m_strings;
    QHash<QByteArray, QDate> m_dates;
};

/*!
 * One prepared statement on the Database's connection through the SQLite API, for the one query whose
 * rows are too many for QSQLITE's per-row conversion (latestObservations()). Finalized on destruction.
 */
class Statement
{
public:
    Statement(const Database &database, const QString &sql)
    {
        const QVariant v = database.connection().driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(v.constData());
        if (!m_db) {
            m_error = QStringLiteral("no SQLite handle");
            return;
        }
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
            setError();
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    bool bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        return check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    bool bind(int index, qint64 value) { return check(sqlite3_bind_int64(m_stmt, index, value)); }
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            setError();
        return rc;
    }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QByteArrayView bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
    }

    /*!
     * The seven observation columns from \a first: id, period, period_start, value, numerator,
     * denominator, peers. A NULL id means no observation.
     */
    IndicatorValue observationAt(int first, TextCache &texts) const
    {
        IndicatorValue v;
        if (isNull(first))
            return v;
        v.valid = true;
        v.observationId = int64(first);
        v.period = texts.string(bytes(first + 1));
        v.periodStart = texts.date(bytes(first + 2));
        v.hasRatio = !isNull(first + 4) && !isNull(first + 5);
        if (v.hasRatio) {
            v.numerator = real(first + 4);
            v.denominator = real(first + 5);
        }
        // A rate may be entered as numerator and denominator only (the schema allows value NULL then).
        if (!isNull(first + 3))
            v.value = real(first + 3);
        else if (v.hasRatio && v.denominator > 0)
            v.value = v.numerator / v.denominator * 100.0;
        v.peers = int(int64(first + 6));
        return v;
    }

private:
    bool check(int rc)
    {
        if (rc == SQLITE_OK)
            return true;
        setError();
        return false;
    }
    void setError() { m_error = QString::fromUtf8(sqlite3_errmsg(m_db)); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace

QVector<IndicatorRecord> IndicatorStore::loadCatalogue(const Database &database, QString *errorMessage)
{
    QVector<IndicatorRecord> list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT i.id, i.code, i.name, i.name_en, i.measure, i.direction, i.is_rate, "
                           "i.accumulation, i.decimals, p.code, i.level, i.unit_label, i.position "
                           "FROM indicators i LEFT JOIN programmes p ON p.id = i.programme_id "
                           "ORDER BY i.position, i.code")) ||
        !q.exec()) {
        failed(q, errorMessage);
        return list;
    }
    while (q.next()) {
        IndicatorRecord r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.nameEn = q.value(3).toString();
        r.measure = q.value(4).toString();
        r.direction = q.value(5).toString();
        r.isRate = q.value(6).toBool();
        r.accumulation = q.value(7).toString();
        r.decimals = q.value(8).toInt();
        r.programmeCode = q.value(9).toString();
        r.level = q.value(10).toString();
        r.unitLabel = q.value(11).toString();
        r.position = q.value(12).toInt();
        list << r;
    }
    return list;
}

namespace {

QString targetColumns()
{
    return QStringLiteral(
               "SELECT t.id, t.indicator_id, t.unit_id, t.effective_from, t.value, t.assigned_by, ") +
           TaskStore::documentReferenceSql(QStringLiteral("d")) +
           QStringLiteral(
               ", t.note FROM targets t LEFT JOIN source_documents d ON d.id = t.source_document_id ");
}

TargetRecord targetAt(const QSqlQuery &q)
{
    TargetRecord t;
    t.id = q.value(0).toLongLong();
    t.indicatorId = q.value(1).toLongLong();
    t.unitId = q.value(2).toLongLong();
    t.effectiveFrom = dateOf(q.value(3));
    t.value = q.value(4).toDouble();
    t.assignedBy = q.value(5).toString();
    t.document = q.value(6).toString();
    t.note = q.value(7).toString();
    return t;
}

} // namespace

QString IndicatorStore::targetsInForceSql()
{
    // A target is in force until the next one of the same indicator, unit and assigner takes effect;
    // the NOT EXISTS is a seek on the UNIQUE (indicator_id, unit_id, assigned_by, effective_from) index.
    return targetColumns() +
           QStringLiteral("WHERE t.effective_from <= ? AND (? = 0 OR t.indicator_id = ?) "
                          "AND NOT EXISTS (SELECT 1 FROM targets n WHERE n.indicator_id = t.indicator_id "
                          "  AND n.unit_id = t.unit_id AND n.assigned_by = t.assigned_by "
                          "  AND n.effective_from > t.effective_from AND n.effective_from <= ?) "
                          "ORDER BY t.indicator_id, t.unit_id, t.assigned_by");
}

QVector<TargetRecord> IndicatorStore::targetsInForce(const Database &database, const QDate &date,
                                                     qint64 indicatorId, QString *errorMessage)
{
    QVector<TargetRecord> list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(targetsInForceSql());
    q.addBindValue(isoDate(date));
    q.addBindValue(indicatorId);
    q.addBindValue(indicatorId);
    q.addBindValue(isoDate(date));
    if (!q.exec()) {
        failed(q, errorMessage);
        return list;
    }
    while (q.next())
        list << targetAt(q);
    return list;
}

QVector<TargetRecord> IndicatorStore::targets(const Database &database, qint64 indicatorId, QString *errorMessage)
{
    QVector<TargetRecord> list;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(targetColumns() +
              QStringLiteral("WHERE t.indicator_id = ? ORDER BY t.unit_id, t.effective_from, t.assigned_by"));
    q.addBindValue(indicatorId);
    if (!q.exec()) {
        failed(q, errorMessage);
        return list;
    }
    while (q.next())
        list << targetAt(q);
    return list;
}

TargetRecord IndicatorStore::targetInForce(const Database &database, qint64 indicatorId, qint64 unitId,
                                           const QDate &date, const QString &assignedBy,
                                           QString *errorMessage)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(targetColumns() +
              QStringLiteral("WHERE t.indicator_id = ? AND t.unit_id = ? AND t.assigned_by = ? "
                             "AND t.effective_from <= ? ORDER BY t.effective_from DESC LIMIT 1"));
    q.addBindValue(indicatorId);
    q.addBindValue(unitId);
    q.addBindValue(assignedBy);
    q.addBindValue(isoDate(date));
    if (!q.exec()) {
        failed(q, errorMessage);
        return {};
    }
    return q.next() ? targetAt(q) : TargetRecord();
}

QString IndicatorStore::latestObservationsSql()
{
    // One row per indicator and unit that has an observation in or before the date. Each pair costs two
    // seeks on observations_latest (indicator_id, unit_id, period_start[, rowid]) walked backwards, so
    // the cost follows the number of pairs (indicators × units), not the million observations behind
    // them. A window function (ROW_NUMBER() OVER (PARTITION BY indicator_id, unit_id ORDER BY
    // period_start DESC)) reads and sorts every observation instead: tens of times slower here.
    return QStringLiteral(
        "SELECT i.id, u.id, "
        "       o.id, o.period, o.period_start, o.value, o.numerator, o.denominator, o.peers, "
        "       p.id, p.period, p.period_start, p.value, p.numerator, p.denominator, p.peers "
        "FROM indicators i CROSS JOIN units u "
        "JOIN observations o ON o.id = ("
        "    SELECT x.id FROM observations x "
        "    WHERE x.indicator_id = i.id AND x.unit_id = u.id AND x.period_start <= ? "
        "    ORDER BY x.period_start DESC, x.id DESC LIMIT 1) "
        "LEFT JOIN observations p ON p.id = ("
        "    SELECT y.id FROM observations y "
        "    WHERE y.indicator_id = i.id AND y.unit_id = u.id AND y.period_start < o.period_start "
        "    ORDER BY y.period_start DESC, y.id DESC LIMIT 1) "
        "WHERE ? = 0 OR i.id = ?");
}

QVector<IndicatorStore::Observed> IndicatorStore::latestObservations(const Database &database,
                                                                     const QDate &date, qint64 indicatorId,
                                                                     QString *errorMessage)
{
    QVector<Observed> list;
    // This statement returns a row per indicator and unit (20k for a province, 500k nationally). QSQLITE
    // turns every column of every row into a QVariant before it is asked for, which costs several times
    // what SQLite spends finding the rows; reading the columns straight from the prepared statement keeps
    // the computation within reach of the sqlite3 tool (see tests/bench/bench_indicators.cpp). Still one
    // prepared statement with bound values, on the Database's own connection.
    Statement st(database, latestObservationsSql());
    if (!st.ok() || !st.bind(1, isoDate(date)) || !st.bind(2, indicatorId) || !st.bind(3, indicatorId)) {
        if (errorMessage)
            *errorMessage = st.error();
        return list;
    }
    TextCache texts;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        Observed o;
        o.indicatorId = st.int64(0);
        o.unitId = st.int64(1);
        o.latest = st.observationAt(2, texts);
        o.previous = st.observationAt(9, texts);
        list << o;
    }
    if (rc != SQLITE_DONE) {
        if (errorMessage)
            *errorMessage = st.error();
        list.clear();
    }
    return list;
}

QHash<IndicatorStore::Key, IndicatorStore::Figure>
IndicatorStore::resolve(const QVector<IndicatorRecord> &indicators, const QVector<UnitNode> &units,
                        const QVector<Observed> &observed, const QDate &date)
{
    QHash<Key, Figure> figures;
    figures.reserve(observed.size() + indicators.size() * 4);
    QSet<qint64> observedIndicators;
    for (const Observed &o : observed) {
        figures.insert(Key(o.indicatorId, o.unitId), Figure{o.latest, o.previous});
        observedIndicators.insert(o.indicatorId);
    }
    // Children that exist on the date, by parent: a unit closed by a merger no longer counts (its
    // successor does), a unit opened later does not count yet.
    QHash<qint64, QVector<qint64>> children;
    for (const UnitNode &u : units)
        if (u.parentId != 0 && u.existsOn(date))
            children[u.parentId] << u.id;

    for (const IndicatorRecord &indicator : indicators) {
        if (!observedIndicators.contains(indicator.id))
            continue;
        QSet<qint64> visiting;
        // The figure of a unit: its own, else the roll-up of its children's (computed first).
        std::function<Figure(qint64)> figureOf = [&](qint64 unitId) -> Figure {
            const Key key(indicator.id, unitId);
            if (const auto it = figures.constFind(key); it != figures.constEnd())
                return *it;
            const auto kids = children.constFind(unitId);
            if (kids == children.constEnd() || visiting.contains(unitId))
                return {};
            visiting.insert(unitId);
            QVector<Figure> childFigures;
            for (qint64 child : *kids) {
                const Figure f = figureOf(child);
                if (f.latest.valid)
                    childFigures << f;
            }
            visiting.remove(unitId);
            Figure result;
            if (childFigures.isEmpty())
                return result;

            // The roll-up's period: the latest among the children's figures.
            IndicatorValue current;
            for (const Figure &f : std::as_const(childFigures))
                if (later(f.latest, current))
                    current = f.latest;
            // The period before it: the latest of the children's figures that starts earlier.
            IndicatorValue before;
            for (const Figure &f : std::as_const(childFigures)) {
                for (const IndicatorValue *v : {&f.latest, &f.previous})
                    if (v->valid && v->periodStart < current.periodStart && later(*v, before))
                        before = *v;
            }
            // What each child contributes to a period: for a periodic indicator its figure of exactly
            // that period; for a cumulative one its value to date as of that period.
            const auto partsFor = [&](const IndicatorValue &period, int *notReported) {
                QVector<IndicatorValue> parts;
                *notReported = 0;
                for (const Figure &f : std::as_const(childFigures)) {
                    const IndicatorValue *pick = nullptr;
                    if (indicator.isCumulative()) {
                        if (f.latest.periodStart <= period.periodStart)
                            pick = &f.latest;
                        else if (f.previous.valid && f.previous.periodStart <= period.periodStart)
                            pick = &f.previous;
                    } else if (f.latest.period == period.period) {
                        pick = &f.latest;
                    } else if (f.previous.valid && f.previous.period == period.period) {
                        pick = &f.previous;
                    }
                    if (pick)
                        parts << *pick;
                    else
                        ++*notReported;
                }
                return parts;
            };
            int notReported = 0;
            QVector<IndicatorValue> parts = partsFor(current, &notReported);
            // A child with no figure yet as of an earlier period is not "left out" of a sum to date.
            result.latest = rolledUp(indicator, parts, current, indicator.isCumulative() ? 0 : notReported);
            if (before.valid && result.latest.valid) {
                parts = partsFor(before, &notReported);
                result.previous =
                    rolledUp(indicator, parts, before, indicator.isCumulative() ? 0 : notReported);
            }
            figures.insert(key, result);
            return result;
        };
        for (const UnitNode &u : units)
            if (children.contains(u.id))
                figureOf(u.id);
    }
    return figures;
}

IndicatorStore::Figure IndicatorStore::valueAsOf(const Database &database, qint64 indicatorId, qint64 unitId,
                                                 const QDate &date, QString *errorMessage)
{
    QString error;
    QVector<IndicatorRecord> indicators = loadCatalogue(database, &error);
    QVector<UnitNode> units;
    QVector<Observed> observed;
    if (error.isEmpty())
        units = ReferenceData::storedUnits(database, &error);
    if (error.isEmpty())
        observed = latestObservations(database, date, indicatorId, &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    indicators.erase(std::remove_if(indicators.begin(), indicators.end(),
                                    [indicatorId](const IndicatorRecord &r) { return r.id != indicatorId; }),
                     indicators.end());
    return resolve(indicators, units, observed, date).value(Key(indicatorId, unitId));
}

QString IndicatorStore::periodNote(const IndicatorRecord &indicator, const IndicatorValue &value)
{
    if (!value.valid)
        return {};
    const QString period = periodName(value.period);
    return indicator.isCumulative() ? tr("value to date, reported for %1").arg(period)
                                    : tr("value for %1").arg(period);
}
