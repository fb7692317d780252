// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/tasktablemodel.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "models/domain/textfold.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"

struct TaskTableModel::Row
{
    qint64 id = 0;
    QString code, title, kind, programme, document, assignedBy, leadUnit, coordinators, deadlineText, recurrence;
    QDate deadline, completedOn;
    QString updatedAt;
    TaskStatus status = TaskStatus::NotYetAssigned;
    bool dueSoon = false;
};

namespace {

constexpr int PageSize = 256;

QString statusValue(TaskStatus s)
{
    return QString::number(int(s));
}

/*!
 * The register as of :asof in SQL. base: every task with the deadline in force on :asof (the newest
 * extension decided by then, else the deadline as first assigned) and its completion if known by then.
 * A recurring task is overdue when fewer of its elapsed periods (ended before :asof, and none after the
 * period it was closed in) were completed than have elapsed, in progress otherwise, done once closed:
 * the same rules as TaskStore/TaskStatusRules, which the tests compare.
 */
QString registerSql(const QString &where)
{
    const QString periodIndex = QStringLiteral(
        "CASE t.recurrence WHEN 'monthly' THEN CAST(strftime('%Y', %1) AS INTEGER) * 12 + CAST(strftime('%m', %1) AS INTEGER) "
        "WHEN 'quarterly' THEN CAST(strftime('%Y', %1) AS INTEGER) * 4 + (CAST(strftime('%m', %1) AS INTEGER) - 1) / 3 "
        "ELSE CAST(strftime('%Y', %1) AS INTEGER) END");
    // ext ranks the (few) extensions once: the newest decided by :asof, and the first ever made, whose
    // old date is the deadline as assigned. Only columns that filters or sorting need are computed for
    // every task; the page query adds the display-only ones for the rows it returns.
    return QStringLiteral(
               "WITH ext AS ("
               " SELECT task_id,"
               "  max(CASE WHEN newest = 1 THEN new_deadline_date END) AS in_force,"
               "  max(CASE WHEN first = 1 THEN old_deadline_date END) AS assigned"
               " FROM (SELECT task_id, new_deadline_date, old_deadline_date,"
               "   CASE WHEN decided_on <= :asof THEN row_number() OVER (PARTITION BY task_id, decided_on <= :asof"
               "     ORDER BY decided_on DESC, id DESC) END AS newest,"
               "   row_number() OVER (PARTITION BY task_id ORDER BY decided_on, id) AS first"
               "  FROM deadline_extensions)"
               " GROUP BY task_id"
               "), base AS ("
               " SELECT t.id, t.code, t.title, t.kind, t.programme_id, t.source_document_id, p.code AS programme,"
               "  t.assigned_by, u.name AS lead_unit, t.deadline_text, t.recurrence, t.updated_at,"
               "  CASE WHEN t.completed_on <= :asof THEN t.completed_on END AS completed,"
               "  CASE WHEN t.recurrence <> 'none' THEN NULL"
               "   WHEN ext.task_id IS NULL THEN t.deadline_date"
               "   ELSE coalesce(ext.in_force, ext.assigned, t.deadline_date) END AS deadline,"
               "  CASE WHEN t.recurrence <> 'none' THEN"
               "   min((%2) - 1, (%9)) - (%3) + 1 - (SELECT count(*) FROM task_occurrences o WHERE o.task_id = t.id"
               "     AND o.due_on < :asof AND o.completed_on <= :asof) END AS open_elapsed"
               " FROM tasks t JOIN units u ON u.id = t.lead_unit_id"
               " LEFT JOIN programmes p ON p.id = t.programme_id"
               " LEFT JOIN ext ON ext.task_id = t.id"
               " WHERE t.archived = :archived AND (t.assigned_on IS NULL OR t.assigned_on <= :asof) %1"
               "), reg AS ("
               " SELECT base.*, CASE"
               "  WHEN recurrence <> 'none' THEN CASE WHEN open_elapsed > 0 THEN %4"
               "       WHEN completed IS NOT NULL THEN %5 ELSE %6 END"
               "  WHEN completed IS NOT NULL THEN CASE WHEN deadline IS NULL OR completed <= deadline THEN %5 ELSE %7 END"
               "  WHEN deadline IS NULL THEN %8"
               "  WHEN :asof <= deadline THEN %6 ELSE %4 END AS status"
               " FROM base)")
        .arg(where, periodIndex.arg(QStringLiteral(":asof")), periodIndex.arg(QStringLiteral("t.assigned_on")),
             statusValue(TaskStatus::OpenOverdue), statusValue(TaskStatus::CompletedOnTime),
             statusValue(TaskStatus::OpenWithinDeadline), statusValue(TaskStatus::CompletedLate),
             statusValue(TaskStatus::Standing),
             // a recurring task closed by :asof stops falling due after the period it was closed in
             periodIndex.arg(QStringLiteral("CASE WHEN t.completed_on <= :asof THEN t.completed_on ELSE :asof END")));
}

QString sortExpression(int column)
{
    switch (column) {
    case TaskTableModel::TitleColumn:
        return QStringLiteral("title");
    case TaskTableModel::KindColumn:
        return QStringLiteral("kind");
    case TaskTableModel::ProgrammeColumn:
        return QStringLiteral("programme IS NULL, programme");
    case TaskTableModel::SourceDocumentColumn:
        return QStringLiteral("(SELECT d.issued_on FROM source_documents d WHERE d.id = source_document_id) IS NULL, "
                              "(SELECT d.issued_on FROM source_documents d WHERE d.id = source_document_id)");
    case TaskTableModel::AssignedByColumn:
        return QStringLiteral("assigned_by");
    case TaskTableModel::LeadUnitColumn:
        return QStringLiteral("lead_unit");
    case TaskTableModel::CoordinatingUnitsColumn:
        return QStringLiteral("(SELECT count(*) FROM task_coordinators c WHERE c.task_id = id)");
    case TaskTableModel::DeadlineColumn:
        return QStringLiteral("deadline IS NULL, deadline");
    case TaskTableModel::StatusColumn:
        return QStringLiteral("status");
    case TaskTableModel::CompletedOnColumn:
        return QStringLiteral("completed IS NULL, completed");
    case TaskTableModel::LastChangeColumn:
        return QStringLiteral("updated_at");
    default:
        return QStringLiteral("code COLLATE NOCASE");
    }
}

QString assignedByName(const QString &code)
{
    if (code == QLatin1String("central"))
        return TaskTableModel::tr("Central Steering Committee");
    if (code == QLatin1String("government"))
        return TaskTableModel::tr("Government");
    if (code == QLatin1String("provincial_sc"))
        return TaskTableModel::tr("Provincial Steering Committee");
    if (code == QLatin1String("ppc"))
        return TaskTableModel::tr("Provincial People's Committee");
    return TaskTableModel::tr("Other");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
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
    refresh();
}

// Filters on stored columns go into base (before the status is computed); status and deadline-in-force
// filters apply to reg. Values are always bound, never spliced into the text.
struct TaskQueryParts
{
    QString baseWhere;
    QString regWhere;
    QVector<QPair<QString, QVariant>> binds;
};

static TaskQueryParts queryParts(const TaskFilter &f)
{
    TaskQueryParts parts;
    parts.binds << qMakePair(QStringLiteral(":asof"), QVariant(f.asOf.toString(Qt::ISODate)));
    parts.binds << qMakePair(QStringLiteral(":archived"), QVariant(f.archived ? 1 : 0));
    // Every word must appear, in any order: "so hoa dat dai" finds "Số hóa dữ liệu đất đai".
    const QStringList words = TextFold::fold(f.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        QString word = words.at(i);
        word.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const QString name = QStringLiteral(":w%1").arg(i);
        parts.baseWhere += QStringLiteral(" AND t.search_text LIKE %1 ESCAPE '\\'").arg(name);
        parts.binds << qMakePair(name, QVariant(QLatin1Char('%') + word + QLatin1Char('%')));
    }
    if (!f.kind.isEmpty()) {
        parts.baseWhere += QStringLiteral(" AND t.kind = :kind");
        parts.binds << qMakePair(QStringLiteral(":kind"), QVariant(f.kind));
    }
    if (f.programmeId > 0) {
        parts.baseWhere += QStringLiteral(" AND t.programme_id = :programme");
        parts.binds << qMakePair(QStringLiteral(":programme"), QVariant(f.programmeId));
    }
    if (f.leadUnitId > 0) {
        parts.baseWhere += QStringLiteral(" AND t.lead_unit_id = :lead");
        parts.binds << qMakePair(QStringLiteral(":lead"), QVariant(f.leadUnitId));
    }
    if (!f.assignedBy.isEmpty()) {
        parts.baseWhere += QStringLiteral(" AND t.assigned_by = :assignedby");
        parts.binds << qMakePair(QStringLiteral(":assignedby"), QVariant(f.assignedBy));
    }
    QStringList reg;
    if (!f.statuses.isEmpty()) {
        QStringList values;
        for (TaskStatus s : f.statuses)
            values << statusValue(s);
        reg << QStringLiteral("status IN (%1)").arg(values.join(QLatin1Char(',')));
    }
    if (f.deadlineFrom.isValid()) {
        reg << QStringLiteral("deadline >= :from");
        parts.binds << qMakePair(QStringLiteral(":from"), QVariant(f.deadlineFrom.toString(Qt::ISODate)));
    }
    if (f.deadlineTo.isValid()) {
        reg << QStringLiteral("deadline <= :to");
        parts.binds << qMakePair(QStringLiteral(":to"), QVariant(f.deadlineTo.toString(Qt::ISODate)));
    }
    parts.regWhere = reg.isEmpty() ? QString() : QStringLiteral(" WHERE ") + reg.join(QStringLiteral(" AND "));
    return parts;
}

void TaskTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_database && m_database->isOpen())
        m_rows = fetchPage(0); // also sets m_total
    // Listeners must not fetch into a model that is still announcing a change (see canFetchMore).
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    Q_EMIT totalCountChanged(m_total);
}

QVector<TaskTableModel::Row> TaskTableModel::fetchPage(int offset)
{
    QVector<Row> rows;
    const TaskQueryParts parts = queryParts(m_filter);
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList order;
    for (const QString &term : sortExpression(m_sortColumn).split(QStringLiteral(", ")))
        order << term + direction;
    q.prepare(registerSql(parts.baseWhere)
              + QStringLiteral(", page AS (SELECT reg.*, row_number() OVER (ORDER BY %1, id) AS rowid_order,"
                                   " count(*) OVER () AS total FROM reg")
                    .arg(order.join(QStringLiteral(", ")))
              + parts.regWhere + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
              + QStringLiteral(", id LIMIT %1 OFFSET %2)").arg(PageSize).arg(offset)
              + QStringLiteral(" SELECT page.id, page.code, page.title, page.kind, page.programme,"
                               " %2,"
                               " page.assigned_by, page.lead_unit,"
                               " (SELECT group_concat(cu.code, '; ') FROM task_coordinators c"
                               "   JOIN units cu ON cu.id = c.unit_id WHERE c.task_id = page.id),"
                               " page.deadline_text, page.recurrence, page.deadline, page.completed, page.updated_at,"
                               " page.status, page.total,"
                               " CASE WHEN page.status = %1 AND julianday(page.deadline) - julianday(:asof) <= :soon"
                               "   THEN 1 ELSE 0 END"
                               " FROM page LEFT JOIN source_documents d ON d.id = page.source_document_id"
                               " ORDER BY page.rowid_order")
                    .arg(statusValue(TaskStatus::OpenWithinDeadline), TaskStore::documentReferenceSql(QStringLiteral("d"))));
    for (const auto &b : parts.binds)
        q.bindValue(b.first, b.second);
    q.bindValue(QStringLiteral(":soon"), m_filter.dueSoonDays);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    // One scan gives the page and the number of matching rows; past the last page there is no row to
    // carry it, and the count stays what it was.
    if (offset == 0)
        m_total = 0;
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
        r.dueSoon = q.value(16).toBool();
        m_total = q.value(15).toInt();
        rows << r;
    }
    return rows;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
            return assignedByName(r.assignedBy);
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
