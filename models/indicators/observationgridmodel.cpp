// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/indicators/observationgridmodel.h"

#include <algorithm>
#include <cmath>

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/commands/editcommands.h"
#include "models/domain/localenumber.h"
#include "models/indicators/indicatorstore.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace {

constexpr int MaxColumns = 240;

const QString ObservationsEntity = QStringLiteral("observations");

//! The unit kinds an indicator of \a level is observed at; empty for "any".
QStringList levelKinds(const QString &level)
{
    using namespace Schema::UnitKind;
    if (level == QLatin1String("province"))
        return {QLatin1String(Province)};
    if (level == QLatin1String("district"))
        return {QLatin1String(District)};
    if (level == QLatin1String("commune"))
        return {QLatin1String(Commune), QLatin1String(Ward), QLatin1String(SpecialZone)};
    if (level == QLatin1String("department"))
        return {QLatin1String(Department), QLatin1String(Agency)};
    return {};
}

Period firstOfYear(Period::Kind kind, int year)
{
    return Period::containing(kind, QDate(year, 1, 1));
}

Period lastOfYear(Period::Kind kind, int year)
{
    return Period::containing(kind, QDate(year, 12, 31));
}

//! One side of "a/b": a number in the user's language.
bool readPart(const QString &text, double *value, QString *errorMessage)
{
    const LocaleNumber::Result r = LocaleNumber::parse(text);
    if (!r.ok) {
        *errorMessage = r.error;
        return false;
    }
    *value = r.value;
    return true;
}

} // namespace

ObservationGridModel::ObservationGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const Period month = Period::containing(Period::Kind::Month, QDate::currentDate());
    m_from = firstOfYear(Period::Kind::Month, month.yearNumber());
    m_to = lastOfYear(Period::Kind::Month, month.yearNumber());
}

ObservationGridModel::~ObservationGridModel() = default;

void ObservationGridModel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->commands(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session->commands(), &EditCommands::changed, this, &ObservationGridModel::onChanged);
        connect(m_session, &Session::opened, this, [this] { setIndicator(m_indicator.id); });
        connect(m_session, &Session::closed, this, [this] { load(false); });
    }
    setIndicator(m_indicator.id);
}

bool ObservationGridModel::isReadOnly() const
{
    return !m_session || !m_session->isOpen() || m_session->isReadOnly();
}

void ObservationGridModel::setIndicator(qint64 id)
{
    IndicatorRecord record;
    const Database *db = m_session && m_session->isOpen() ? m_session->database() : nullptr;
    if (db && id > 0) {
        for (const IndicatorRecord &r : IndicatorStore::loadCatalogue(*db, &m_error))
            if (r.id == id)
                record = r;
    }
    const bool other = record.id != m_indicator.id;
    m_indicator = record;
    if (db && record.id > 0 && other) {
        // The periods the indicator is entered for: the kind of its latest observation, in its year.
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT period FROM observations WHERE indicator_id = ? "
                                 "ORDER BY period_start DESC, id DESC LIMIT 1"));
        q.addBindValue(record.id);
        const Period latest = q.exec() && q.next() ? Period::parse(q.value(0).toString()) : Period();
        const Period::Kind kind = latest.isValid() ? latest.kind() : Period::Kind::Month;
        if (kind != m_from.kind()) {
            const int year = latest.isValid() ? latest.yearNumber() : QDate::currentDate().year();
            m_from = firstOfYear(kind, year);
            m_to = lastOfYear(kind, year);
        }
    }
    load(false);
}

void ObservationGridModel::setRange(const Period &from, const Period &to)
{
    if (!from.isValid() || !to.isValid() || from.kind() != to.kind())
        return;
    m_from = from.firstDay() <= to.firstDay() ? from : to;
    m_to = from.firstDay() <= to.firstDay() ? to : from;
    load(false);
}

void ObservationGridModel::setYear(int year)
{
    const Period::Kind kind = m_from.isValid() ? m_from.kind() : Period::Kind::Month;
    setRange(firstOfYear(kind, year), lastOfYear(kind, year));
}

void ObservationGridModel::refresh()
{
    load(false);
}

void ObservationGridModel::onChanged(const QString &entity)
{
    if (entity == ObservationsEntity)
        load(true);
    else if (entity == QLatin1String(Schema::Units) || entity == QLatin1String(Schema::Indicators))
        setIndicator(m_indicator.id);
}

QString ObservationGridModel::gridSql()
{
    // CROSS JOIN keeps units outside, so each unit is one range seek on observations_latest
    // (indicator_id, unit_id, period_start) rather than a walk over the indicator's whole history.
    return QStringLiteral(
        "SELECT o.unit_id, o.period, o.id, o.value, o.numerator, o.denominator, o.peers, o.comment, "
        "       o.entered_by, o.entered_at "
        "FROM units u CROSS JOIN observations o "
        "WHERE o.indicator_id = ? AND o.unit_id = u.id AND o.period_start >= ? AND o.period_start <= ?");
}

void ObservationGridModel::load(bool keepShape)
{
    QVector<Period> periods;
    QVector<Row> rows;
    QVector<Cell> cells;
    QString error;
    const Database *db = m_session && m_session->isOpen() ? m_session->database() : nullptr;
    if (db && m_indicator.id > 0 && m_from.isValid()) {
        for (Period p = m_from; p.isValid() && p.firstDay() <= m_to.firstDay() && periods.size() < MaxColumns;
             p = p.next())
            periods << p;
    }
    if (!periods.isEmpty()) {
        QHash<QString, int> columnOf;
        for (int c = 0; c < periods.size(); ++c)
            columnOf.insert(periods.at(c).code(), c);
        // The whole grid in one statement: a seek per unit on observations_latest (indicator_id, unit_id,
        // period_start) for the range. Rows of another period kind in the range (a quarter starting on
        // the first month's day) have no column and are passed over.
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.prepare(gridSql());
        q.addBindValue(m_indicator.id);
        q.addBindValue(periods.constFirst().firstDay().toString(Qt::ISODate));
        q.addBindValue(periods.constLast().firstDay().toString(Qt::ISODate));
        struct Found
        {
            int column;
            Cell cell;
        };
        QHash<qint64, QVector<Found>> byUnit;
        if (!q.exec()) {
            error = q.lastError().text();
        } else {
            while (q.next()) {
                const auto column = columnOf.constFind(q.value(1).toString());
                if (column == columnOf.constEnd())
                    continue;
                Cell cell;
                cell.id = q.value(2).toLongLong();
                cell.hasRatio = !q.value(4).isNull() && !q.value(5).isNull();
                cell.numerator = q.value(4).toDouble();
                cell.denominator = q.value(5).toDouble();
                // A rate may be stored as numerator and denominator only.
                cell.value = !q.value(3).isNull() ? q.value(3).toDouble()
                                                  : (cell.hasRatio && cell.denominator > 0
                                                         ? cell.numerator / cell.denominator * 100.0
                                                         : 0.0);
                cell.peers = q.value(6).toInt();
                cell.comment = q.value(7).toString();
                cell.enteredBy = q.value(8).toString();
                cell.enteredAt = q.value(9).toString();
                byUnit[q.value(0).toLongLong()].append(Found{*column, cell});
            }
        }

        // Rows: the province, the units of the indicator's level that exist in the range, and any other
        // unit (closed, or of another level) that has values in it.
        const QStringList kinds = levelKinds(m_indicator.level);
        const QDate first = periods.constFirst().firstDay(), last = periods.constLast().lastDay();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        struct Candidate
        {
            Row row;
            int group;
        };
        QVector<Candidate> candidates;
        for (const ReferenceData::Unit &u : ReferenceData::storedUnits(*db)) {
            const bool province = u.kind == QLatin1String(Schema::UnitKind::Province);
            const bool inRange = (!u.openedOn.isValid() || u.openedOn <= last) &&
                                 (!u.closedOn.isValid() || u.closedOn > first);
            const bool ofLevel = kinds.isEmpty() || kinds.contains(u.kind);
            const bool hasValues = byUnit.contains(u.id);
            if (!province && !hasValues && !(ofLevel && inRange))
                continue;
            Row row{u.id, ReferenceData::localName(u.name, u.nameEn), u.code, u.isClosed()};
            candidates << Candidate{row, province ? 0 : (ofLevel && inRange ? 1 : 2)};
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&collator](const Candidate &a, const Candidate &b) {
            if (a.group != b.group)
                return a.group < b.group;
            if (a.group == 0)
                return false; // provinces in stored order
            return collator.compare(a.row.name, b.row.name) < 0;
        });
        rows.reserve(candidates.size());
        cells.resize(candidates.size() * periods.size());
        for (const Candidate &c : std::as_const(candidates)) {
            for (const Found &f : byUnit.value(c.row.unitId))
                cells[rows.size() * periods.size() + f.column] = f.cell;
            rows << c.row;
        }
    }

    m_error = error;
    const auto sameShape = [&] {
        if (rows.size() != m_rows.size() || periods != m_periods)
            return false;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).unitId != m_rows.at(i).unitId || rows.at(i).name != m_rows.at(i).name)
                return false;
        return true;
    };
    if (keepShape && sameShape()) {
        // Undo, redo or an edit: the same rows and columns, new values; the view keeps its place.
        m_cells = cells;
        if (!m_rows.isEmpty() && !m_periods.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_periods.size()) - 1));
        return;
    }
    beginResetModel();
    m_periods = periods;
    m_rows = rows;
    m_cells = cells;
    endResetModel();
}

const ObservationGridModel::Cell &ObservationGridModel::cell(int row, int column) const
{
    static const Cell none;
    if (row < 0 || column < 0 || row >= m_rows.size() || column >= m_periods.size())
        return none;
    return m_cells.at(row * m_periods.size() + column);
}

qint64 ObservationGridModel::unitIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).unitId : 0;
}

Period ObservationGridModel::periodAt(int column) const
{
    return column >= 0 && column < m_periods.size() ? m_periods.at(column) : Period();
}

int ObservationGridModel::rowOfUnit(qint64 unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).unitId == unitId)
            return i;
    return -1;
}

int ObservationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

QString ObservationGridModel::displayText(const Cell &c) const
{
    if (c.isEmpty())
        return QString();
    if (m_indicator.isRank())
        return c.peers > 0 ? QStringLiteral("%1/%2").arg(LocaleNumber::format(c.value, 0),
                                                         LocaleNumber::format(c.peers, 0))
                           : LocaleNumber::format(c.value, 0);
    return LocaleNumber::format(c.value, m_indicator.decimals);
}

QString ObservationGridModel::editText(const Cell &c) const
{
    if (c.isEmpty())
        return QString();
    if (m_indicator.isRank())
        return displayText(c);
    return LocaleNumber::format(c.value, -1);
}

QString ObservationGridModel::tooltip(int row, int column) const
{
    const Cell &c = cell(row, column);
    QStringList lines;
    lines << tr("%1, %2").arg(m_rows.at(row).name, m_periods.at(column).displayText());
    if (c.isEmpty()) {
        lines << (m_indicator.isRate ? tr("No value. Type a number, or numerator/denominator (955745/1037500).")
                  : m_indicator.isRank() ? tr("No value. Type the rank with the number ranked (16/34).")
                                         : tr("No value. Type a number to enter one."));
        return lines.join(QLatin1Char('\n'));
    }
    if (m_indicator.isRank() && c.peers > 0)
        lines << tr("Rank %1 of %2").arg(LocaleNumber::format(c.value, 0), LocaleNumber::format(c.peers, 0));
    else
        lines << tr("Value: %1").arg(LocaleNumber::format(c.value, -1));
    if (c.hasRatio)
        lines << tr("Numerator / denominator: %1 / %2")
                     .arg(LocaleNumber::format(c.numerator, -1), LocaleNumber::format(c.denominator, -1));
    if (!c.comment.isEmpty())
        lines << tr("Comment: %1").arg(c.comment);
    const QDateTime at = QDateTime::fromString(c.enteredAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : c.enteredAt;
    if (!c.enteredBy.isEmpty())
        lines << tr("Entered by %1 on %2").arg(c.enteredBy, when);
    else if (!when.isEmpty())
        lines << tr("Entered on %1").arg(when);
    return lines.join(QLatin1Char('\n'));
}

QVariant ObservationGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c);
    case Qt::EditRole:
        return editText(c);
    case Qt::ToolTipRole:
        return tooltip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return c.id;
    case RawValueRole:
        return c.isEmpty() ? QVariant() : QVariant(c.value);
    case UnitIdRole:
        return m_rows.at(index.row()).unitId;
    case PeriodRole:
        return m_periods.at(index.column()).code();
    case CommentRole:
        return c.comment;
    case HasCommentRole:
        return !c.comment.isEmpty();
    case NumeratorRole:
        return c.hasRatio ? QVariant(c.numerator) : QVariant();
    case DenominatorRole:
        return c.hasRatio ? QVariant(c.denominator) : QVariant();
    case PeersRole:
        return c.peers > 0 ? QVariant(c.peers) : QVariant();
    case EnteredByRole:
        return c.enteredBy;
    case EnteredAtRole:
        return c.enteredAt.isEmpty() ? QVariant() : QVariant(QDateTime::fromString(c.enteredAt, Qt::ISODateWithMs));
    default:
        return {};
    }
}

Qt::ItemFlags ObservationGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ObservationGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_periods.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_periods.at(section).displayText();
        if (role == PeriodRole)
            return m_periods.at(section).code();
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &r = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return r.closed ? tr("%1 (closed)").arg(r.name) : r.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(r.code, r.name);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case UnitIdRole:
        return r.unitId;
    default:
        return {};
    }
}

int ObservationGridModel::defaultPeers(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const Cell &own = cell(index.row(), index.column());
    if (own.peers > 0)
        return own.peers;
    // The unit's previous periods in the grid, then every unit's, nearest first.
    for (int c = index.column() - 1; c >= 0; --c)
        if (cell(index.row(), c).peers > 0)
            return cell(index.row(), c).peers;
    for (int c = index.column(); c >= 0; --c)
        for (int r = 0; r < m_rows.size(); ++r)
            if (cell(r, c).peers > 0)
                return cell(r, c).peers;
    // Before the grid: the unit's latest ranked observation.
    if (!m_session || !m_session->isOpen())
        return 0;
    QSqlQuery q(m_session->database()->connection());
    q.prepare(QStringLiteral("SELECT peers FROM observations WHERE indicator_id = ? AND unit_id = ? "
                             "AND period_start < ? AND peers IS NOT NULL ORDER BY period_start DESC LIMIT 1"));
    q.addBindValue(m_indicator.id);
    q.addBindValue(unitIdAt(index.row()));
    q.addBindValue(periodAt(index.column()).firstDay().toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool ObservationGridModel::draftFromText(const QModelIndex &index, const QString &text, ObservationDraft *draft,
                                         QString *errorMessage) const
{
    const Cell &c = cell(index.row(), index.column());
    ObservationDraft d;
    d.unitId = unitIdAt(index.row());
    d.period = periodAt(index.column()).code();
    d.comment = c.comment;
    d.peers = m_indicator.isRank() ? c.peers : 0;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        d.remove = true;
        *draft = d;
        return true;
    }
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        double a = 0, b = 0;
        if (!m_indicator.isRate && !m_indicator.isRank()) {
            *errorMessage = tr("Only a rate (numerator/denominator, e.g. 955745/1037500) or a rank "
                               "(rank/number ranked, e.g. 16/34) is entered with \"/\".");
            return false;
        }
        if (!readPart(t.left(slash), &a, errorMessage) || !readPart(t.mid(slash + 1), &b, errorMessage))
            return false;
        if (m_indicator.isRate) {
            d.hasRatio = true;
            d.numerator = a;
            d.denominator = b;
            d.value = b > 0 ? a / b * 100.0 : 0;
        } else {
            if (b < 1 || b != std::floor(b)) {
                *errorMessage = tr("The number ranked is a whole number, e.g. 16/34.");
                return false;
            }
            d.value = a;
            d.peers = int(b);
        }
        *draft = d;
        return true;
    }
    const LocaleNumber::Result r = LocaleNumber::parse(t);
    if (!r.ok) {
        *errorMessage = r.error;
        return false;
    }
    if (r.percent && m_indicator.measure != QLatin1String(Schema::Measure::Percent)) {
        *errorMessage = tr("This indicator is not a percentage: enter the number without \"%\".");
        return false;
    }
    d.value = r.value;
    // The value as it was (the edit text of a rate entered as numerator/denominator): keep both.
    if (c.hasRatio && !c.isEmpty() && r.value == c.value) {
        d.hasRatio = true;
        d.numerator = c.numerator;
        d.denominator = c.denominator;
    }
    if (m_indicator.isRank() && d.peers <= 0) {
        d.peers = defaultPeers(index);
        if (d.peers <= 0) {
            *errorMessage = tr("How many were ranked is not known yet: enter the rank with it, e.g. 16/34.");
            return false;
        }
    }
    *draft = d;
    return true;
}

bool ObservationGridModel::commitDrafts(const QList<ObservationDraft> &drafts)
{
    if (!m_session || !m_session->isOpen()) {
        Q_EMIT editFailed(tr("No file is open."));
        return false;
    }
    QString error;
    if (!m_session->commands()->setObservations(m_indicator.id, drafts, &error)) {
        Q_EMIT editFailed(error);
        return false;
    }
    return true;
}

bool ObservationGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ObservationDraft draft;
    QString error;
    if (!draftFromText(index, value.toString(), &draft, &error)) {
        Q_EMIT editFailed(tr("%1, %2: %3")
                              .arg(m_rows.at(index.row()).name, m_periods.at(index.column()).displayText(), error));
        return false;
    }
    return commitDrafts({draft});
}

bool ObservationGridModel::applyDraft(const QModelIndex &index, ObservationDraft draft)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    draft.unitId = unitIdAt(index.row());
    draft.period = periodAt(index.column()).code();
    return commitDrafts({draft});
}

bool ObservationGridModel::pasteText(const QModelIndex &topLeft, const QString &text)
{
    if (!topLeft.isValid() || !checkIndex(topLeft, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    // A spreadsheet ends the copied block with a line break.
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return true;
    QList<ObservationDraft> drafts;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList values = lines.at(r).split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const int row = topLeft.row() + r, column = topLeft.column() + c;
            if (row >= rowCount() || column >= columnCount()) {
                Q_EMIT editFailed(tr("The pasted block does not fit in the grid from %1, %2: nothing was pasted.")
                                      .arg(m_rows.at(topLeft.row()).name,
                                           m_periods.at(topLeft.column()).displayText()));
                return false;
            }
            ObservationDraft draft;
            QString error;
            if (!draftFromText(index(row, column), values.at(c), &draft, &error)) {
                Q_EMIT editFailed(tr("%1, %2: %3 Nothing was pasted.")
                                      .arg(m_rows.at(row).name, m_periods.at(column).displayText(), error));
                return false;
            }
            drafts << draft;
        }
    }
    return commitDrafts(drafts);
}

bool ObservationGridModel::clearCells(const QModelIndexList &indexes)
{
    QList<ObservationDraft> drafts;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || !checkIndex(i, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            cell(i.row(), i.column()).isEmpty())
            continue;
        ObservationDraft d;
        d.unitId = unitIdAt(i.row());
        d.period = periodAt(i.column()).code();
        d.remove = true;
        drafts << d;
    }
    return drafts.isEmpty() || commitDrafts(drafts);
}

QString ObservationGridModel::copyText(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return QString();
    int top = rowCount(), left = columnCount(), bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList values;
        for (int c = left; c <= right; ++c)
            values << editText(cell(r, c));
        lines << values.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
