// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tasks/taskhistorymodel.h"

#include <QLocale>
#include <QSqlQuery>

#include "models/domain/period.h"
#include "models/reference/referencedata.h"
#include "models/storage/database.h"

namespace {

//! The field names of the tasks table as the History shows them.
QString fieldName(const QString &field)
{
    static const struct
    {
        const char *field;
        const char *name;
    } names[] = {
        {"code", QT_TRANSLATE_NOOP("TaskHistoryModel", "Code")},
        {"title", QT_TRANSLATE_NOOP("TaskHistoryModel", "Title")},
        {"kind", QT_TRANSLATE_NOOP("TaskHistoryModel", "Kind")},
        {"programme_id", QT_TRANSLATE_NOOP("TaskHistoryModel", "Programme")},
        {"source_document_id", QT_TRANSLATE_NOOP("TaskHistoryModel", "Source document")},
        {"assigned_by", QT_TRANSLATE_NOOP("TaskHistoryModel", "Assigned by")},
        {"lead_unit_id", QT_TRANSLATE_NOOP("TaskHistoryModel", "Lead unit")},
        {"assigned_on", QT_TRANSLATE_NOOP("TaskHistoryModel", "Assigned on")},
        {"deadline_date", QT_TRANSLATE_NOOP("TaskHistoryModel", "Deadline")},
        {"deadline_text", QT_TRANSLATE_NOOP("TaskHistoryModel", "Deadline wording")},
        {"recurrence", QT_TRANSLATE_NOOP("TaskHistoryModel", "Recurrence")},
        {"completed_on", QT_TRANSLATE_NOOP("TaskHistoryModel", "Completed on")},
        {"result", QT_TRANSLATE_NOOP("TaskHistoryModel", "Result")},
        {"progress_notes", QT_TRANSLATE_NOOP("TaskHistoryModel", "Progress notes")},
        {"archived", QT_TRANSLATE_NOOP("TaskHistoryModel", "Archived")},
        {"archived_at", QT_TRANSLATE_NOOP("TaskHistoryModel", "Archived at")},
        {"coordinating_unit", QT_TRANSLATE_NOOP("TaskHistoryModel", "Coordinating unit")},
        {"deadline_extension", QT_TRANSLATE_NOOP("TaskHistoryModel", "Deadline extension")},
        {"directive", QT_TRANSLATE_NOOP("TaskHistoryModel", "Meeting directive")},
    };
    for (const auto &n : names) {
        if (field == QLatin1String(n.field))
            return TaskHistoryModel::tr(n.name);
    }
    if (field.startsWith(QLatin1String("occurrence:")))
        return TaskHistoryModel::tr("Completed, %1").arg(Period::parse(field.mid(11)).displayText());
    return field;
}

QString actionName(const QString &action)
{
    const QString base = action.section(QLatin1Char(':'), -1);
    QString name;
    if (base == QLatin1String("insert"))
        name = TaskHistoryModel::tr("Added");
    else if (base == QLatin1String("delete"))
        name = TaskHistoryModel::tr("Removed");
    else
        name = TaskHistoryModel::tr("Changed");
    if (action.startsWith(QLatin1String("undo:")))
        return TaskHistoryModel::tr("%1 (undo)").arg(name);
    if (action.startsWith(QLatin1String("redo:")))
        return TaskHistoryModel::tr("%1 (redo)").arg(name);
    return name;
}

} // namespace

TaskHistoryModel::TaskHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TaskHistoryModel::~TaskHistoryModel() = default;

void TaskHistoryModel::setTask(const Database *database, qint64 taskId)
{
    m_database = database;
    m_taskId = taskId;
    refresh();
}

void TaskHistoryModel::refresh()
{
    beginResetModel();
    m_entries = load();
    endResetModel();
}

QVector<TaskHistoryModel::Entry> TaskHistoryModel::load() const
{
    QVector<Entry> entries;
    if (!m_database || !m_database->isOpen() || m_taskId <= 0)
        return entries;
    // Ids become names here, so that "Lead unit: Sở Tài chính → Sở Xây dựng" reads as the secretary wrote it,
    // and a directive the task came from reads as its meeting ("28/05/2026 — Hội nghị …").
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.at, a.user, a.action, a.field,"
        " CASE WHEN a.field IN ('lead_unit_id', 'coordinating_unit') THEN (SELECT name FROM units WHERE id = a.old_value)"
        "  WHEN a.field = 'programme_id' THEN (SELECT name FROM programmes WHERE id = a.old_value)"
        "  WHEN a.field = 'source_document_id' THEN (SELECT number FROM source_documents WHERE id = a.old_value)"
        "  WHEN a.field = 'directive' THEN (SELECT strftime('%d/%m/%Y', m.held_on) || ' — ' || m.title FROM meeting_outcomes o"
        "   JOIN meetings m ON m.id = o.meeting_id WHERE o.id = a.old_value)"
        "  ELSE a.old_value END,"
        " CASE WHEN a.field IN ('lead_unit_id', 'coordinating_unit') THEN (SELECT name FROM units WHERE id = a.new_value)"
        "  WHEN a.field = 'programme_id' THEN (SELECT name FROM programmes WHERE id = a.new_value)"
        "  WHEN a.field = 'source_document_id' THEN (SELECT number FROM source_documents WHERE id = a.new_value)"
        "  WHEN a.field = 'directive' THEN (SELECT strftime('%d/%m/%Y', m.held_on) || ' — ' || m.title FROM meeting_outcomes o"
        "   JOIN meetings m ON m.id = o.meeting_id WHERE o.id = a.new_value)"
        "  ELSE a.new_value END"
        " FROM audit_log a WHERE a.entity = 'tasks' AND a.record_id = ? ORDER BY a.id DESC"));
    q.addBindValue(m_taskId);
    if (!q.exec())
        return entries;
    const QLocale locale;
    const auto value = [&locale](const QString &field, const QVariant &v) -> QString {
        if (v.isNull())
            return QString();
        const QString text = v.toString();
        if (field == QLatin1String("assigned_by"))
            return ReferenceData::assigningLevelName(text);
        if (field == QLatin1String("archived"))
            return text == QLatin1String("1") ? TaskHistoryModel::tr("yes") : TaskHistoryModel::tr("no");
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10)
            return date.toString(QStringLiteral("dd/MM/yyyy"));
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        return text;
    };
    while (q.next()) {
        Entry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
        e.user = q.value(1).toString();
        e.action = actionName(q.value(2).toString());
        const QString field = q.value(3).toString();
        e.field = field.isEmpty() ? tr("Task") : fieldName(field);
        e.oldValue = value(field, q.value(4));
        e.newValue = value(field, q.value(5));
        entries.append(e);
    }
    return entries;
}

int TaskHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TaskHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.at, QLocale::ShortFormat);
        case UserColumn:
            return e.user;
        case ActionColumn:
            return e.action;
        case FieldColumn:
            return e.field;
        case OldValueColumn:
            return e.oldValue;
        case NewValueColumn:
            return e.newValue;
        default:
            break;
        }
    }
    return {};
}

QVariant TaskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Before");
    case NewValueColumn:
        return tr("After");
    default:
        return {};
    }
}
