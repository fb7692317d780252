// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/directivereviewmodel.h"

#include <algorithm>

#include <QLocale>

#include "models/meetings/meetingstore.h"
#include "models/reference/referencedata.h"
#include "models/tasks/taskstore.h"

// A task row's internal id is its outcome's row + 1; an outcome row's is 0.

DirectiveReviewModel::DirectiveReviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

DirectiveReviewModel::~DirectiveReviewModel() = default;

void DirectiveReviewModel::setMeeting(const Database *database, qint64 meetingId, const QDate &asOf)
{
    m_database = database;
    m_meetingId = meetingId;
    m_asOf = asOf;
    refresh();
}

void DirectiveReviewModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    refresh();
}

void DirectiveReviewModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void DirectiveReviewModel::load()
{
    m_error.clear();
    m_outcomes.clear();
    m_tasks.clear();
    m_unitNames.clear();
    if (!m_database || m_meetingId <= 0)
        return;
    m_outcomes = MeetingStore::outcomes(*m_database, m_meetingId, &m_error);
    const QVector<TaskRecord> tasks = m_error.isEmpty() ? MeetingStore::tasksOfMeeting(*m_database, m_meetingId, &m_error)
                                                        : QVector<TaskRecord>();
    if (!m_error.isEmpty()) {
        m_outcomes.clear();
        return;
    }
    for (const ReferenceData::Unit &u : ReferenceData::storedUnits(*m_database))
        m_unitNames.insert(u.id, ReferenceData::localName(u.name, u.nameEn));
    QHash<qint64, const TaskRecord *> byId;
    for (const TaskRecord &t : tasks)
        byId.insert(t.id, &t);
    m_tasks.resize(m_outcomes.size());
    for (int i = 0; i < m_outcomes.size(); ++i) {
        for (qint64 id : m_outcomes.at(i).taskIds) {
            const TaskRecord *t = byId.value(id);
            if (!t)
                continue;
            TaskLine line;
            line.task = *t;
            line.status = TaskStore::overallStatus(*t, m_asOf);
            line.deadline = t->isRecurring() ? QDate() : t->deadlineOn(m_asOf);
            m_tasks[i].append(line);
        }
    }
}

const MeetingOutcome *DirectiveReviewModel::outcomeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
    return row >= 0 && row < m_outcomes.size() ? &m_outcomes.at(row) : nullptr;
}

QModelIndex DirectiveReviewModel::indexOfOutcome(qint64 outcomeId) const
{
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).id == outcomeId)
            return createIndex(i, 0, quintptr(0));
    }
    return {};
}

QModelIndex DirectiveReviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DirectiveReviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int DirectiveReviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_outcomes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_tasks.value(parent.row()).size());
}

int DirectiveReviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DirectiveReviewModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("information"))
        return tr("Information");
    if (kind == QLatin1String("decision"))
        return tr("Decision");
    if (kind == QLatin1String("directive"))
        return tr("Directive");
    return kind;
}

QString DirectiveReviewModel::unitNames(const QList<qint64> &ids) const
{
    QStringList names;
    for (qint64 id : ids)
        names << m_unitNames.value(id);
    // A directive to every commune would fill the column: name the first few and count the rest.
    constexpr int Shown = 3;
    if (names.size() > Shown + 1) {
        const int rest = int(names.size()) - Shown;
        names = names.mid(0, Shown);
        return names.join(QStringLiteral("; ")) + QStringLiteral("; ") + tr("and %n more", nullptr, rest);
    }
    return names.join(QStringLiteral("; "));
}

namespace {

//! "2/3 completed · 1 overdue" for a directive's tasks, or that none was created.
QString summaryOf(int tasks, int completed, int overdue, int withoutTask)
{
    if (tasks == 0)
        return DirectiveReviewModel::tr("No task created yet");
    const QLocale locale;
    QString text = DirectiveReviewModel::tr("%1/%2 completed").arg(locale.toString(completed), locale.toString(tasks));
    if (overdue > 0)
        text += QStringLiteral(" · ") + DirectiveReviewModel::tr("%n overdue", nullptr, overdue);
    if (withoutTask > 0)
        text += QStringLiteral(" · ") + DirectiveReviewModel::tr("%n without a task", nullptr, withoutTask);
    return text;
}

} // namespace

QList<qint64> DirectiveReviewModel::leadsWithoutTask(const QModelIndex &index) const
{
    const MeetingOutcome *outcome = outcomeAt(index);
    return outcome && outcome->isDirective() ? leadsWithoutTask(int(outcome - m_outcomes.constData())) : QList<qint64>();
}

QList<qint64> DirectiveReviewModel::leadsWithoutTask(int outcomeRow) const
{
    // A task created for a unit counts for it while the task keeps that unit as its lead.
    QList<qint64> missing;
    const QVector<TaskLine> &lines = m_tasks.at(outcomeRow);
    for (qint64 unit : m_outcomes.at(outcomeRow).leadUnitIds) {
        const bool has = std::any_of(lines.cbegin(), lines.cend(),
                                     [unit](const TaskLine &l) { return l.task.leadUnitId == unit; });
        if (!has)
            missing << unit;
    }
    return missing;
}

QString DirectiveReviewModel::statusSummary(int outcomeRow) const
{
    const QVector<TaskLine> &lines = m_tasks.at(outcomeRow);
    int completed = 0;
    int overdue = 0;
    for (const TaskLine &l : lines) {
        completed += TaskStatusRules::isCompleted(l.status) ? 1 : 0;
        overdue += l.status == TaskStatus::OpenOverdue ? 1 : 0;
    }
    return summaryOf(int(lines.size()), completed, overdue, int(leadsWithoutTask(outcomeRow).size()));
}

QVariant DirectiveReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    if (index.internalId() == 0) {
        const MeetingOutcome &o = m_outcomes.at(index.row());
        switch (role) {
        case IdRole:
            return o.id;
        case IsTaskRole:
            return false;
        case KindRole:
            return o.kind;
        case Qt::DisplayRole:
            switch (index.column()) {
            case TextColumn:
                return tr("%1. %2: %3").arg(locale.toString(index.row() + 1), kindName(o.kind), o.text);
            case LeadUnitColumn:
                return unitNames(o.leadUnitIds);
            case DeadlineColumn:
                if (!o.deadlineText.isEmpty())
                    return o.deadlineText;
                return o.deadlineDate.isValid() ? locale.toString(o.deadlineDate, QLocale::ShortFormat) : QString();
            case StatusColumn:
                return o.isDirective() ? statusSummary(index.row()) : QString();
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == TextColumn)
                return o.text;
            if (index.column() == LeadUnitColumn) {
                QStringList names;
                for (qint64 id : o.leadUnitIds)
                    names << m_unitNames.value(id);
                return names.join(QLatin1Char('\n'));
            }
            break;
        }
        return {};
    }
    const TaskLine &line = m_tasks.at(int(index.internalId()) - 1).at(index.row());
    switch (role) {
    case IdRole:
        return line.task.id;
    case IsTaskRole:
        return true;
    case StatusRole:
        return int(line.status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return QString(line.task.code + QStringLiteral(" — ") + line.task.title);
        case LeadUnitColumn:
            return m_unitNames.value(line.task.leadUnitId, line.task.leadUnitName);
        case DeadlineColumn:
            if (line.task.isRecurring())
                return ReferenceData::choiceName(ReferenceData::recurrences(), line.task.recurrence);
            return line.deadline.isValid() ? locale.toString(line.deadline, QLocale::ShortFormat) : tr("Standing");
        case StatusColumn:
            return line.status == TaskStatus::NotYetAssigned ? tr("Not yet assigned on %1").arg(locale.toString(m_asOf, QLocale::ShortFormat))
                                                             : TaskStatusRules::displayName(line.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return line.task.title;
        break;
    }
    return {};
}

QVariant DirectiveReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Outcome / task");
    case LeadUnitColumn:
        return tr("Lead unit");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status as of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
    }
    return {};
}
