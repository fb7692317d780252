// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/tasktablemodel.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "models/commands/editcommands.h"
#include "models/domain/textfold.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

struct TaskTableModel::Row
{
    qint64 id = 0;
    qint64 leadUnitId = 0;
    QString code, title, kind, programme, document, assignedBy, leadUnit, coordinators, deadlineText, recurrence;
    QDate deadline, completedOn;
    QString updatedAt;
    TaskStatus status = TaskStatus::NotYetAssigned;
    bool dueSoon = false;
};

namespace {

constexpr int PageSize = 256;

// The summary's aggregate folds each row into one small code, its status plus these flags, and counts
// the codes: one pass, no sort, the status derived once a row.
constexpr int DueSoonFlag = 8;
constexpr int PilotModelFlag = 16;
static_assert(int(TaskStatus::Standing) < DueSoonFlag, "a status must fit below the flags");

QString statusValue(TaskStatus s)
{
    return QString::number(int(s));
}

// Every query reads tasks t with its lead unit u, programme p and source document d. The inner join
// leaves out a task whose lead unit is missing, as TaskStore::load does; SQLite drops the outer joins
// from a query that does not use them.
const QLatin1String From(" FROM tasks t JOIN units u ON u.id = t.lead_unit_id"
                         " LEFT JOIN programmes p ON p.id = t.programme_id"
                         " LEFT JOIN source_documents d ON d.id = t.source_document_id");

//! The period \a date falls in, as a number that grows by one a period of t's recurrence.
QString periodIndex(const QString &date)
{
    return QStringLiteral("CASE t.recurrence"
                          " WHEN 'monthly' THEN"
                          "  CAST(strftime('%Y', %1) AS INTEGER) * 12 + CAST(strftime('%m', %1) AS INTEGER)"
                          " WHEN 'quarterly' THEN"
                          "  CAST(strftime('%Y', %1) AS INTEGER) * 4"
                          "  + (CAST(strftime('%m', %1) AS INTEGER) - 1) / 3"
                          " ELSE CAST(strftime('%Y', %1) AS INTEGER) END")
        .arg(date);
}

// Few tasks are ever extended: for the others the deadline in force is the stored column, and only
// the extended ones pay for looking up their extensions (the others, one probe of an index).
const QLatin1String HasExtensions("t.id IN (SELECT task_id FROM deadline_extensions)");

/*!
 * The deadline in force on :asof of an extended one-off task t: the newest extension decided by then,
 * else the deadline as first assigned, which is the old date of the first extension (NULL when the task
 * had none: it was standing until an extension gave it one), as TaskStatusRules::deadlineInForce says.
 */
const QLatin1String ExtendedDeadline("coalesce("
                                     "(SELECT e.new_deadline_date FROM deadline_extensions e"
                                     "  WHERE e.task_id = t.id AND e.decided_on <= :asof"
                                     "  ORDER BY e.decided_on DESC, e.id DESC LIMIT 1),"
                                     " (SELECT e.old_deadline_date FROM deadline_extensions e"
                                     "  WHERE e.task_id = t.id ORDER BY e.decided_on, e.id LIMIT 1))");

//! The deadline of task t in force on :asof; NULL for a standing or recurring task.
QString deadlineSql()
{
    return QStringLiteral("(CASE WHEN t.recurrence <> 'none' THEN NULL"
                          " WHEN %1 THEN %2 ELSE t.deadline_date END)")
        .arg(HasExtensions, ExtendedDeadline);
}

//! The completion of task t known on :asof.
const QLatin1String CompletedSql("(CASE WHEN t.completed_on <= :asof THEN t.completed_on END)");

/*!
 * int(TaskStatus) of task t as of :asof, by the rules of TaskStore::overallStatus (the tests compare
 * the two on every task of the demo file at several dates). A recurring task is overdue when fewer of
 * its elapsed periods (ended before :asof, and none after the period it was closed in) were completed
 * than have elapsed, in progress otherwise, done once closed. With \a flagDueSoon, DueSoonFlag is added
 * for an open task due by :soon (the summary counts those).
 */
QString statusSql(bool flagDueSoon = false)
{
    const QString onTime = statusValue(TaskStatus::CompletedOnTime);
    const QString within = statusValue(TaskStatus::OpenWithinDeadline);
    const QString overdue = statusValue(TaskStatus::OpenOverdue);
    const auto oneOff = [&](const QString &deadline) {
        const QString withinSoon = QString::number(int(TaskStatus::OpenWithinDeadline) + DueSoonFlag);
        const QString open = flagDueSoon ? QStringLiteral("CASE WHEN %1 <= :soon THEN %2 ELSE %3 END")
                                               .arg(deadline, withinSoon, within)
                                         : within;
        return QStringLiteral("CASE WHEN t.completed_on <= :asof THEN"
                              "  CASE WHEN %1 IS NULL OR t.completed_on <= %1 THEN %2 ELSE %3 END"
                              " WHEN %1 IS NULL THEN %4 WHEN :asof <= %1 THEN %5 ELSE %6 END")
            .arg(deadline, onTime, statusValue(TaskStatus::CompletedLate), statusValue(TaskStatus::Standing),
                 open, overdue);
    };
    // A recurring task closed by :asof stops falling due after the period it was closed in. Only the
    // completions of periods that fell due count: not one recorded for a period before the assignment,
    // nor after the period the task was closed in.
    const QString openElapsed =
        QStringLiteral("min((%1) - 1, (%2)) - (%3) + 1 - (SELECT count(*) FROM task_occurrences o"
                       " JOIN periods op ON op.code = o.period"
                       " WHERE o.task_id = t.id AND o.due_on < :asof AND o.completed_on <= :asof"
                       " AND op.ends_on >= t.assigned_on"
                       " AND (t.completed_on IS NULL OR t.completed_on > :asof OR op.starts_on <= t.completed_on))")
            .arg(periodIndex(QStringLiteral(":asof")),
                 periodIndex(QStringLiteral("CASE WHEN t.completed_on <= :asof THEN t.completed_on"
                                            " ELSE :asof END")),
                 periodIndex(QStringLiteral("t.assigned_on")));
    return QStringLiteral("(CASE WHEN t.recurrence <> 'none' THEN"
                          " CASE WHEN %1 > 0 THEN %2 WHEN t.completed_on <= :asof THEN %3 ELSE %4 END"
                          " WHEN %5 THEN %6 ELSE %7 END)")
        .arg(openElapsed, overdue, onTime, within, HasExtensions, oneOff(ExtendedDeadline),
             oneOff(QStringLiteral("t.deadline_date")));
}

/*!
 * ORDER BY for \a column, over t, u, p and d, ending with the id so that pages never overlap; the id
 * follows the direction, so that descending is ascending reversed and an index read backwards gives
 * it. The stored keys (code, updated_at, assigned_by) walk their index and stop after the page; the
 * others sort, keeping only the rows up to the page. Empty values come last ascending, first descending.
 */
QString orderBy(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString emptyLast =
        ascending ? QStringLiteral(" ASC NULLS LAST") : QStringLiteral(" DESC NULLS FIRST");
    QString key;
    switch (column) {
    case TaskTableModel::TitleColumn:
        key = QStringLiteral("t.title") + direction;
        break;
    case TaskTableModel::KindColumn:
        key = QStringLiteral("t.kind") + direction;
        break;
    case TaskTableModel::ProgrammeColumn:
        key = QStringLiteral("p.code") + emptyLast;
        break;
    case TaskTableModel::SourceDocumentColumn:
        key = QStringLiteral("d.issued_on") + emptyLast;
        break;
    case TaskTableModel::AssignedByColumn:
        key = QStringLiteral("t.assigned_by") + direction;
        break;
    case TaskTableModel::LeadUnitColumn:
        key = QStringLiteral("u.name") + direction;
        break;
    case TaskTableModel::CoordinatingUnitsColumn:
        key = QStringLiteral("(SELECT count(*) FROM task_coordinators c WHERE c.task_id = t.id)") + direction;
        break;
    case TaskTableModel::DeadlineColumn:
        key = deadlineSql() + emptyLast;
        break;
    case TaskTableModel::StatusColumn:
        key = statusSql() + direction;
        break;
    case TaskTableModel::CompletedOnColumn:
        key = QString(CompletedSql) + emptyLast;
        break;
    case TaskTableModel::LastChangeColumn:
        key = QStringLiteral("t.updated_at") + direction;
        break;
    default:
        key = QStringLiteral("t.code COLLATE NOCASE") + direction;
        break;
    }
    return key + QStringLiteral(", t.id") + direction;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

/*!
 * The filter as SQL. storedWhere tests stored columns only (cheap, and open to the indexes);
 * deadlineWhere and statuses need the values derived as of :asof, so each costs a derivation a row.
 * Values are always bound, never spliced into the text.
 */
struct TaskQueryParts
{
    QString storedWhere;
    QString deadlineWhere;
    QString statuses; //!< "4,5": int(TaskStatus) values, empty for all
    QVector<QPair<QString, QVariant>> binds;

    void bindTo(QSqlQuery &query) const
    {
        for (const auto &b : binds)
            query.bindValue(b.first, b.second);
    }
};

TaskQueryParts queryParts(const TaskFilter &f)
{
    TaskQueryParts parts;
    parts.binds << qMakePair(QStringLiteral(":asof"), QVariant(f.asOf.toString(Qt::ISODate)));
    parts.binds << qMakePair(QStringLiteral(":soon"),
                             QVariant(f.asOf.addDays(f.dueSoonDays).toString(Qt::ISODate)));
    parts.binds << qMakePair(QStringLiteral(":archived"), QVariant(f.archived ? 1 : 0));
    // "+" keeps SQLite off the index that leads with archived: nearly every task has the same value,
    // and reading 100k rows through that index costs five times a plain scan, and forgoes the index
    // that gives the order.
    parts.storedWhere = QStringLiteral(" WHERE +t.archived = :archived"
                                       " AND (t.assigned_on IS NULL OR t.assigned_on <= :asof)");
    // Every word must appear, in any order: "so hoa dat dai" finds "Số hóa dữ liệu đất đai".
    const QStringList words = TextFold::fold(f.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        word.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const QString name = QStringLiteral(":w%1").arg(i);
        parts.storedWhere += QStringLiteral(" AND t.search_text LIKE %1 ESCAPE '\\'").arg(name);
        parts.binds << qMakePair(name, QVariant(QLatin1Char('%') + word + QLatin1Char('%')));
    }
    if (!f.kind.isEmpty()) {
        parts.storedWhere += QStringLiteral(" AND t.kind = :kind");
        parts.binds << qMakePair(QStringLiteral(":kind"), QVariant(f.kind));
    }
    if (f.programmeId > 0) {
        parts.storedWhere += QStringLiteral(" AND t.programme_id = :programme");
        parts.binds << qMakePair(QStringLiteral(":programme"), QVariant(f.programmeId));
    }
    if (f.leadUnitId > 0) {
        parts.storedWhere += QStringLiteral(" AND t.lead_unit_id = :lead");
        parts.binds << qMakePair(QStringLiteral(":lead"), QVariant(f.leadUnitId));
    }
    if (!f.assignedBy.isEmpty()) {
        parts.storedWhere += QStringLiteral(" AND t.assigned_by = :assignedby");
        parts.binds << qMakePair(QStringLiteral(":assignedby"), QVariant(f.assignedBy));
    }
    if (f.deadlineFrom.isValid()) {
        parts.deadlineWhere += QStringLiteral(" AND %1 >= :from").arg(deadlineSql());
        parts.binds << qMakePair(QStringLiteral(":from"), QVariant(f.deadlineFrom.toString(Qt::ISODate)));
    }
    if (f.deadlineTo.isValid()) {
        parts.deadlineWhere += QStringLiteral(" AND %1 <= :to").arg(deadlineSql());
        parts.binds << qMakePair(QStringLiteral(":to"), QVariant(f.deadlineTo.toString(Qt::ISODate)));
    }
    QStringList values;
    for (TaskStatus s : f.statuses)
        values << statusValue(s);
    parts.statuses = values.join(QLatin1Char(','));
    return parts;
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setDatabase(const Database *database)
{
    m_database = database;
    refresh();
}

void TaskTableModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    reload(false);
}

void TaskTableModel::refresh()
{
    reload(true);
}

void TaskTableModel::reload(bool recount)
{
    const bool readable = m_database && m_database->isOpen();
    // Without a file there is nothing to count; the same rows in a new order keep their count.
    recount = recount || !readable;
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (recount) {
        m_total = 0;
        m_summary = TaskSummary();
        if (readable)
            count();
    }
    if (readable && m_error.isEmpty() && m_total > 0)
        m_rows = fetchPage(0);
    // Listeners must not fetch into a model that is still announcing a change (see canFetchMore).
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (recount) {
        Q_EMIT totalCountChanged(m_total);
        Q_EMIT summaryChanged();
    }
}

void TaskTableModel::count()
{
    const TaskQueryParts parts = queryParts(m_filter);
    // Each row yields its code: the status, plus DueSoonFlag when due soon, plus PilotModelFlag for a
    // pilot model. The counts, in the order read below: tasks completed on time, late, within the
    // deadline (due soon or not), overdue, standing, due soon; pilot models, and those completed.
    const auto code = [](TaskStatus status, int flags = 0) {
        return QString::number(int(status) + flags);
    };
    const QStringList counted = {
        code(TaskStatus::CompletedOnTime),
        code(TaskStatus::CompletedLate),
        code(TaskStatus::OpenWithinDeadline) + QLatin1Char(',')
            + code(TaskStatus::OpenWithinDeadline, DueSoonFlag),
        code(TaskStatus::OpenOverdue),
        code(TaskStatus::Standing),
        code(TaskStatus::OpenWithinDeadline, DueSoonFlag),
    };
    QString sql = QStringLiteral("SELECT count(*)");
    for (const QString &codes : counted)
        sql += QStringLiteral(", count(*) FILTER (WHERE k IN (%1))").arg(codes);
    sql += QStringLiteral(", count(*) FILTER (WHERE k >= %1), count(*) FILTER (WHERE k IN (%2, %3))")
               .arg(QString::number(PilotModelFlag), code(TaskStatus::CompletedOnTime, PilotModelFlag),
                    code(TaskStatus::CompletedLate, PilotModelFlag));
    // LIMIT -1 keeps the subquery a coroutine: each row's code is derived once, not once a count.
    sql += QStringLiteral(" FROM (SELECT CASE WHEN t.kind = 'model' THEN %1 ELSE 0 END + %2 AS k")
               .arg(QString::number(PilotModelFlag), statusSql(true))
        + From + parts.storedWhere + parts.deadlineWhere + QStringLiteral(" LIMIT -1)");
    if (!parts.statuses.isEmpty())
        sql += QStringLiteral(" WHERE k % %1 IN (%2)").arg(QString::number(DueSoonFlag), parts.statuses);
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    parts.bindTo(q);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return;
    }
    m_total = q.value(0).toInt();
    m_summary.completedOnTime = q.value(1).toInt();
    m_summary.completedLate = q.value(2).toInt();
    m_summary.openWithinDeadline = q.value(3).toInt();
    m_summary.openOverdue = q.value(4).toInt();
    m_summary.standing = q.value(5).toInt();
    m_summary.dueSoon = q.value(6).toInt();
    m_summary.pilotModels = q.value(7).toInt();
    m_summary.pilotModelsCompleted = q.value(8).toInt();
    m_summary.total = m_total - m_summary.pilotModels;
}

QVector<TaskTableModel::Row> TaskTableModel::fetchPage(int offset)
{
    QVector<Row> rows;
    const TaskQueryParts parts = queryParts(m_filter);
    QString where = parts.storedWhere + parts.deadlineWhere;
    if (!parts.statuses.isEmpty())
        where += QStringLiteral(" AND %1 IN (%2)").arg(statusSql(), parts.statuses);
    const QString order = orderBy(m_sortColumn, m_sortOrder);
    // The inner query picks the page's ids, deriving only what the filter and the order need; the
    // display columns and the status are read for those rows alone.
    const QString sql =
        QStringLiteral("SELECT t.id, t.code, t.title, t.kind, p.code, %1, t.assigned_by, u.name,"
                       " (SELECT group_concat(cu.code, '; ') FROM task_coordinators c"
                       "   JOIN units cu ON cu.id = c.unit_id WHERE c.task_id = t.id),"
                       " t.deadline_text, t.recurrence, %2, %3, t.updated_at, %4, t.lead_unit_id")
            .arg(TaskStore::documentReferenceSql(QStringLiteral("d")), deadlineSql(), QString(CompletedSql),
                 statusSql())
        + From + QStringLiteral(" WHERE t.id IN (SELECT t.id") + From + where + QStringLiteral(" ORDER BY ")
        + order + QStringLiteral(" LIMIT %1 OFFSET %2)").arg(PageSize).arg(offset)
        + QStringLiteral(" ORDER BY ") + order;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    parts.bindTo(q);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.code = q.value(1).toString();
        r.title = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.programme = q.value(4).toString();
        r.document = q.value(5).toString();
        r.assignedBy = q.value(6).toString();
        r.leadUnit = q.value(7).toString();
        r.coordinators = q.value(8).toString();
        r.deadlineText = q.value(9).toString();
        r.recurrence = q.value(10).toString();
        r.deadline = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        r.completedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        r.updatedAt = q.value(13).toString();
        r.status = TaskStatus(q.value(14).toInt());
        r.leadUnitId = q.value(15).toLongLong();
        r.dueSoon = TaskStatusRules::isDueSoon(r.status, r.deadline, m_filter.asOf, m_filter.dueSoonDays);
        rows << r;
    }
    return rows;
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_commands || m_filter.archived || (m_database && m_database->isReadOnly()))
        return f;
    const Row &r = m_rows.at(index.row());
    const bool recurring = r.recurrence != QLatin1String("none");
    switch (index.column()) {
    case TitleColumn:
    case LeadUnitColumn:
        return f | Qt::ItemIsEditable;
    case CompletedOnColumn:
        // A recurring task is completed period by period, not closed by a date typed in a cell.
        return recurring ? f : f | Qt::ItemIsEditable;
    default:
        return f;
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row r = m_rows.at(index.row());
    QString error;
    bool ok = false;
    m_committing = true;
    const auto done = qScopeGuard([this] { m_committing = false; });
    switch (index.column()) {
    case TitleColumn: {
        if (value.toString().trimmed() == r.title)
            return true;
        TaskDraft draft;
        ok = m_commands->loadDraft(r.id, &draft, &error);
        if (ok) {
            draft.title = value.toString();
            ok = m_commands->updateTask(draft, &error);
        }
        break;
    }
    case LeadUnitColumn:
        if (value.toLongLong() == r.leadUnitId)
            return true;
        ok = m_commands->setLeadUnit({r.id}, value.toLongLong(), &error);
        break;
    case CompletedOnColumn:
        if (value.toDate() == r.completedOn)
            return true;
        ok = m_commands->setCompleted({r.id}, value.toDate(), &error);
        break;
    default:
        return false;
    }
    // On success the commands announce the change and the page reloads the rows.
    if (!ok)
        Q_EMIT editFailed(error);
    return ok;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_database && m_rows.size() < m_total;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<Row> page = fetchPage(int(m_rows.size()));
    if (page.isEmpty()) {
        // The file changed since the count: stop asking for rows that are no longer there.
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    m_notifying = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_notifying = false;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.status);
    case DueSoonRole:
        return r.dueSoon;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? r.title : QVariant();
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title;
        case LeadUnitColumn:
            return r.leadUnitId;
        case CompletedOnColumn:
            // An open task's editor starts on the as-of date: the day the secretary is recording.
            return r.completedOn.isValid() ? r.completedOn : m_filter.asOf;
        default:
            return data(index, Qt::DisplayRole);
        }
    case RawValueRole:
        switch (index.column()) {
        case DeadlineColumn:
            return r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString();
        case CompletedOnColumn:
            return r.completedOn.isValid() ? r.completedOn.toString(Qt::ISODate) : QString();
        case StatusColumn:
            return TaskStatusRules::code(r.status);
        case KindColumn:
            return r.kind;
        case AssignedByColumn:
            return r.assignedBy;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return r.code;
        case TitleColumn:
            return r.title;
        case KindColumn:
            return r.kind == QLatin1String("model") ? tr("Pilot model") : tr("Task");
        case ProgrammeColumn:
            return r.programme;
        case SourceDocumentColumn:
            return r.document;
        case AssignedByColumn:
            return ReferenceData::assigningLevelName(r.assignedBy);
        case LeadUnitColumn:
            return r.leadUnit;
        case CoordinatingUnitsColumn:
            return r.coordinators;
        case DeadlineColumn:
            if (r.recurrence == QLatin1String("monthly"))
                return tr("Every month");
            if (r.recurrence == QLatin1String("quarterly"))
                return tr("Every quarter");
            if (r.recurrence == QLatin1String("yearly"))
                return tr("Every year");
            if (!r.deadline.isValid())
                return tr("Standing");
            // The wording as assigned, and the date it means.
            return r.deadlineText.isEmpty() ? dateText(r.deadline)
                                            : tr("%1 (%2)").arg(r.deadlineText, dateText(r.deadline));
        case StatusColumn:
            return r.dueSoon ? tr("%1, due soon").arg(TaskStatusRules::displayName(r.status))
                             : TaskStatusRules::displayName(r.status);
        case CompletedOnColumn:
            return dateText(r.completedOn);
        case LastChangeColumn:
            return dateText(QDateTime::fromString(r.updatedAt, Qt::ISODate).toLocalTime().date());
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Task");
    case KindColumn:
        return tr("Kind");
    case ProgrammeColumn:
        return tr("Programme");
    case SourceDocumentColumn:
        return tr("Source document");
    case AssignedByColumn:
        return tr("Assigned by");
    case LeadUnitColumn:
        return tr("Lead unit");
    case CoordinatingUnitsColumn:
        return tr("Coordinating units");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case CompletedOnColumn:
        return tr("Completed on");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}
