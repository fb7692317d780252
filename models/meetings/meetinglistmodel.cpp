// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetings/meetinglistmodel.h"

#include <QLocale>

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

MeetingListModel::~MeetingListModel() = default;

void MeetingListModel::load(const Database *database, const QDate &asOf)
{
    m_database = database;
    m_asOf = asOf;
    refresh();
}

void MeetingListModel::refresh()
{
    beginResetModel();
    m_error.clear();
    m_rows = m_database ? MeetingStore::list(*m_database, m_asOf, &m_error) : QVector<MeetingSummary>();
    endResetModel();
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("regular"))
        return tr("Regular review");
    if (kind == QLatin1String("thematic"))
        return tr("Thematic");
    if (kind == QLatin1String("online_conference"))
        return tr("Online conference");
    return kind;
}

namespace {

//! "12/14 completed · 1 overdue", or "—" without tasks.
QString tasksText(const MeetingSummary &m)
{
    if (m.tasks == 0)
        return QStringLiteral("—");
    const QLocale locale;
    QString text = MeetingListModel::tr("%1/%2 completed").arg(locale.toString(m.tasksCompleted), locale.toString(m.tasks));
    if (m.tasksOverdue > 0)
        text += QStringLiteral(" · ") + MeetingListModel::tr("%n overdue", nullptr, m.tasksOverdue);
    return text;
}

} // namespace

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingSummary &m = m_rows.at(index.row());
    if (role == IdRole)
        return m.id;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: {
            const QString date = locale.toString(m.heldOn, QLocale::ShortFormat);
            return m.startsAt.isValid() ? date + QLatin1Char(' ') + m.startsAt.toString(QStringLiteral("HH:mm")) : date;
        }
        case TitleColumn:
            return m.title;
        case KindColumn:
            return kindName(m.kind);
        case ChairColumn:
            return m.chair;
        case DirectivesColumn:
            return locale.toString(m.directives);
        case TasksColumn:
            return tasksText(m);
        case FrozenColumn:
            return m.frozenAsOf.isValid() ? locale.toString(m.frozenAsOf, QLocale::ShortFormat) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return m.title;
        if (index.column() == FrozenColumn)
            return m.frozenAsOf.isValid()
                       ? tr("Figures frozen as of %1").arg(locale.toString(m.frozenAsOf, QLocale::ShortFormat))
                       : tr("Figures not frozen");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DirectivesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return QString(m.heldOn.toString(Qt::ISODate) + m.startsAt.toString(QStringLiteral("HH:mm")));
        case DirectivesColumn:
            return m.directives;
        case TasksColumn:
            return m.tasks;
        case FrozenColumn:
            return m.frozenAsOf;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Meeting");
    case KindColumn:
        return tr("Kind");
    case ChairColumn:
        return tr("Chair");
    case DirectivesColumn:
        return tr("Directives");
    case TasksColumn:
        return tr("Tasks as of %1").arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
    case FrozenColumn:
        return tr("Figures frozen");
    }
    return {};
}
