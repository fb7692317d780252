// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/occurrencetable.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>

#include "models/domain/period.h"
#include "models/tasks/taskstore.h"
#include "ui/delegates/statusdelegate.h"

namespace {

const QString DateFormat = QStringLiteral("dd/MM/yyyy");
//! Rows shown before the table scrolls: the current period and the few before it.
constexpr int VisibleRows = 5;

} // namespace

OccurrenceTable::OccurrenceTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegateForColumn(StatusColumn, new StatusDelegate(StatusRole, this));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    fill();
}

OccurrenceTable::~OccurrenceTable() = default;

void OccurrenceTable::setTask(const TaskRecord &task, const QDate &asOf, int dueSoonDays)
{
    m_task = {task};
    m_asOf = asOf;
    m_dueSoonDays = dueSoonDays;
    fill();
}

QSize OccurrenceTable::sizeHint() const
{
    // Compact: a few rows, the rest scrolls; the newest period is on top.
    const int rows = std::clamp(rowCount(), 1, VisibleRows);
    const int height = horizontalHeader()->sizeHint().height() +
                       rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    return {QTableWidget::sizeHint().width(), height};
}

void OccurrenceTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill(); // period wordings and status names are in the language
    QTableWidget::changeEvent(event);
}

void OccurrenceTable::fill()
{
    setHorizontalHeaderLabels({tr("Period"), tr("Due"), tr("Status"), tr("Done on")});
    QVector<TaskOccurrence> rows;
    if (!m_task.isEmpty() && m_task.constFirst().isRecurring())
        rows = TaskStore::occurrences(m_task, m_asOf, m_dueSoonDays);
    std::reverse(rows.begin(), rows.end());
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const TaskOccurrence &o = rows.at(row);
        const QString texts[ColumnCount] = {
            Period::parse(o.period).displayText(), o.deadline.toString(DateFormat),
            TaskStatusRules::displayName(o.status),
            // A completion after the as-of date is not known yet.
            o.completedOn.isValid() && o.completedOn <= m_asOf ? o.completedOn.toString(DateFormat)
                                                               : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setData(StatusRole, int(o.status));
            item->setData(PeriodCodeRole, o.period);
            setItem(row, column, item);
        }
        // The status may be elided in a narrow form: the tooltip says it in full.
        item(row, StatusColumn)->setToolTip(texts[StatusColumn]);
    }
    updateGeometry();
}
