// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/taskspage.h"

#include <iterator>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/meetings/meetingstore.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskhistorymodel.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"
#include "ui/delegates/quickeditdelegate.h"
#include "ui/delegates/statusdelegate.h"
#include "ui/dialogs/changeleadunitdialog.h"
#include "ui/dialogs/completetasksdialog.h"
#include "ui/dialogs/extenddeadlinedialog.h"
#include "ui/dialogs/taskdialog.h"
#include "ui/pages/taskfilterbar.h"

namespace {

// Typing pauses this long before the query runs, so a word typed fast costs one query, not one a key.
constexpr int SearchDelayMs = 250;

// The statuses a user filters by, in the order the summary names them.
constexpr TaskStatus FilterStatuses[] = {TaskStatus::CompletedOnTime, TaskStatus::CompletedLate,
                                         TaskStatus::OpenWithinDeadline, TaskStatus::OpenOverdue,
                                         TaskStatus::Standing};
constexpr int AllStatuses = -1;

} // namespace

TasksPage::TasksPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new TaskTableModel(this))
    , m_history(new TaskHistoryModel(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_filterBar(new TaskFilterBar(session, this))
    , m_toolBar(new QToolBar(this))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_origin(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_historyView(new QTableView(this))
    , m_searchTimer(new QTimer(this))
{
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setCalendarPopup(true);
    // A date half typed ("26/05/2") is not one to query: statuses follow on Enter, focus out or the calendar.
    m_asOf->setKeyboardTracking(false);
    m_asOfLabel->setBuddy(m_asOf);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(QString(), AllStatuses);
    for (TaskStatus status : FilterStatuses)
        m_status->addItem(QString(), int(status));
    m_statusLabel->setBuddy(m_status);

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(QString(), QString());
    m_kind->addItem(QString(), QStringLiteral("task"));
    m_kind->addItem(QString(), QStringLiteral("model"));
    m_kindLabel->setBuddy(m_kind);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("tasksView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTableModel::CodeColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Quick edits: F2, or a click on a selected cell, edits the title, lead unit or completion date in
    // place; a double click opens the whole form.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_model->setCommands(session->commands());
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The title gets the room; the columns a secretary reads less often start hidden (the header's
    // context menu is for a later version, the export carries them all).
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    for (int column : {TaskTableModel::KindColumn, TaskTableModel::SourceDocumentColumn, TaskTableModel::AssignedByColumn,
                       TaskTableModel::CoordinatingUnitsColumn, TaskTableModel::LastChangeColumn})
        m_view->setColumnHidden(column, true);
    const QFontMetrics metrics(m_view->font());
    const auto widthFor = [&metrics](const char *sample) { return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 24; };
    m_view->setColumnWidth(TaskTableModel::CodeColumn, widthFor("NV-000000"));
    m_view->setColumnWidth(TaskTableModel::KindColumn, widthFor("Mô hình điểm"));
    m_view->setColumnWidth(TaskTableModel::ProgrammeColumn, widthFor("CDS-DANG"));
    m_view->setColumnWidth(TaskTableModel::LeadUnitColumn, widthFor("Sở Khoa học và Công nghệ"));
    m_view->setColumnWidth(TaskTableModel::DeadlineColumn, widthFor("Quý III/2026 (30/09/2026)"));
    m_view->setColumnWidth(TaskTableModel::StatusColumn, widthFor("Đang thực hiện, trong hạn"));
    m_view->setColumnWidth(TaskTableModel::CompletedOnColumn, widthFor("Ngày hoàn thành"));
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setItemDelegateForColumn(TaskTableModel::StatusColumn,
                                     new StatusDelegate(TaskTableModel::StatusRole, m_view));
    m_view->setItemDelegateForColumn(TaskTableModel::LeadUnitColumn,
                                     new QuickEditDelegate(QuickEditDelegate::Kind::Unit, session, m_view));
    m_view->setItemDelegateForColumn(TaskTableModel::CompletedOnColumn,
                                     new QuickEditDelegate(QuickEditDelegate::Kind::Date, session, m_view));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(TaskHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(TaskHistoryModel::FieldColumn, QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(TaskHistoryModel::OldValueColumn, QHeaderView::Interactive);
    m_historyView->setColumnWidth(TaskHistoryModel::OldValueColumn, 260);
    m_historyView->setWordWrap(false);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    auto *historyPanel = new QWidget(m_splitter);
    auto *historyLayout = new QVBoxLayout(historyPanel);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    // Where the task came from: "From directive 5 of the meeting of 28/05/2026 — …", a link to the meeting.
    m_origin->setObjectName(QStringLiteral("taskOrigin"));
    m_origin->setTextFormat(Qt::RichText);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_origin->hide();
    connect(m_origin, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT meetingRequested(link.section(QLatin1Char(':'), 1).toLongLong()); });
    historyLayout->addWidget(m_origin);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(m_historyTitle, 1);
    historyLayout->addLayout(historyBar);
    historyLayout->addWidget(m_historyView, 1);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(historyPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_toolBar->setObjectName(QStringLiteral("tasksToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    auto *historyButton = new QToolButton(this);
    historyButton->setDefaultAction(m_historyAction);
    historyBar->addWidget(historyButton);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOf);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    m_filterBar->setLeadingWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &TasksPage::applyFilter);
    // Every change of the text, typed, pasted or cleared, waits for the pause; the query runs once.
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TasksPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);
    connect(m_filterBar, &TaskFilterBar::filterChanged, this, &TasksPage::applyFilter);
    connect(m_filterBar, &TaskFilterBar::savedFilterChosen, this, &TasksPage::showSavedFilter);
    connect(m_filterBar, &TaskFilterBar::saveRequested, this, [this] { m_filterBar->saveFilter(m_model->filter()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateHistory();
        updateOrigin();
    });
    connect(m_view, &QTableView::doubleClicked, this, &TasksPage::editTask);
    // After a reset the rows are new: nothing is selected, and the History follows.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateHistory();
        updateOrigin();
    });
    connect(m_session->commands(), &EditCommands::changed, this, &TasksPage::dataChanged);
    connect(m_model, &TaskTableModel::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Not saved"), message); });

    connect(m_session, &Session::opened, this, &TasksPage::sessionChanged);
    connect(m_session, &Session::closed, this, &TasksPage::sessionChanged);
    connect(m_session, &Session::preferencesChanged, this, [this] {
        TaskFilter filter = m_model->filter();
        filter.dueSoonDays = m_session->dueSoonDays();
        m_model->setFilter(filter);
    });
    // The summary counts the rows the filter shows, in the same query that counts them.
    connect(m_model, &TaskTableModel::summaryChanged, this, &TasksPage::updateSummary);

    retranslate();
    applyFilter();
    sessionChanged();
}

TasksPage::~TasksPage() = default;

QString TasksPage::title() const
{
    return QCoreApplication::translate("Navigation", "Tasks");
}

QIcon TasksPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/tasks.svg"));
}

void TasksPage::refresh()
{
    m_model->refresh();
}

void TasksPage::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut, void (TasksPage::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        m_toolBar->addAction(action);
        m_view->addAction(action);
        return action;
    };
    m_newAction = make("actionNewTask", QKeySequence(Qt::Key_Insert), &TasksPage::newTask);
    m_editAction = make("actionEditTask", QKeySequence(Qt::CTRL | Qt::Key_E), &TasksPage::editTask);
    m_toolBar->addSeparator();
    m_completeAction = make("actionCompleteTasks", QKeySequence(), &TasksPage::completeTasks);
    m_leadUnitAction = make("actionChangeLeadUnit", QKeySequence(), &TasksPage::changeLeadUnit);
    m_extendAction = make("actionExtendDeadline", QKeySequence(), &TasksPage::extendDeadline);
    m_toolBar->addSeparator();
    m_archiveAction = make("actionArchiveTasks", QKeySequence(Qt::Key_Delete), &TasksPage::toggleArchived);
    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(QStringLiteral("actionShowHistory"));
    m_historyAction->setCheckable(true);
    m_historyAction->setChecked(true);
    connect(m_historyAction, &QAction::toggled, this, [this](bool on) {
        m_historyView->setVisible(on);
        // A hidden History gives its room back to the table.
        m_splitter->setSizes(on ? QList<int>{3, 1} : QList<int>{1, 0});
        updateHistory();
    });
    // The History's switch sits on the panel itself (and in the table's context menu): the toolbar's room
    // is for the actions that change tasks.
    m_view->addAction(m_historyAction);
}

void TasksPage::sessionChanged()
{
    // The model must drop its pointer before anything reads through it: the Database it held may be gone.
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    m_history->setTask(nullptr, 0);
    m_model->setDatabase(database);
    TaskFilter filter = m_model->filter();
    filter.dueSoonDays = m_session->dueSoonDays();
    m_model->setFilter(filter);
    m_filterBar->reloadLists();
    updateSummary();
    updateActions();
}

void TasksPage::dataChanged(const QString &entity)
{
    // A quick edit commits from inside the view's editor: reload once the view has closed it.
    if (m_model->isCommittingEdit()) {
        QMetaObject::invokeMethod(this, [this, entity] { dataChanged(entity); }, Qt::QueuedConnection);
        return;
    }
    // Keep the current task current across the reload, so an edit does not lose the secretary's place.
    const QList<qint64> selected = selectedIds();
    if (entity != QLatin1String("tasks"))
        m_filterBar->reloadLists();
    m_model->refresh();
    if (!selected.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(TaskTableModel::IdRole).toLongLong() == selected.first()) {
                m_view->setCurrentIndex(index);
                m_view->selectRow(row);
                break;
            }
        }
    }
    updateHistory();
    updateOrigin();
}

QList<qint64> TasksPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(TaskTableModel::IdRole).toLongLong();
    return ids;
}

void TasksPage::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool archivedView = m_model->filter().archived;
    m_newAction->setEnabled(writable && !archivedView);
    m_editAction->setEnabled(m_session->isOpen() && selected == 1);
    for (QAction *action : {m_completeAction, m_leadUnitAction, m_extendAction})
        action->setEnabled(writable && selected > 0 && !archivedView);
    m_archiveAction->setEnabled(writable && selected > 0);
    m_archiveAction->setText(archivedView ? tr("&Restore") : tr("&Archive"));
    m_archiveAction->setToolTip(archivedView ? tr("Bring the selected tasks back into the register")
                                             : tr("Move the selected tasks out of the register; nothing is deleted"));
}

void TasksPage::updateHistory()
{
    const QList<qint64> ids = selectedIds();
    const bool show = m_historyAction->isChecked() && ids.size() == 1 && m_session->isOpen();
    m_history->setTask(show ? m_session->database() : nullptr, show ? ids.first() : 0);
    if (!m_historyAction->isChecked()) {
        m_historyTitle->setText(tr("History hidden"));
        return;
    }
    if (!show) {
        m_historyTitle->setText(ids.size() > 1 ? tr("History: select one task to see its changes")
                                               : tr("History: select a task"));
        return;
    }
    const QModelIndex current = m_view->selectionModel()->selectedRows(TaskTableModel::CodeColumn).value(0);
    m_historyTitle->setText(m_history->rowCount() == 0
                                ? tr("History of %1: no changes recorded since it was entered").arg(current.data().toString())
                                : tr("History of %1").arg(current.data().toString()));
}

void TasksPage::updateOrigin()
{
    const QList<qint64> ids = selectedIds();
    QVector<TaskOrigin> origins;
    if (ids.size() == 1 && m_session->isOpen())
        origins = MeetingStore::originsOfTask(*m_session->database(), ids.first());
    QStringList lines;
    for (const TaskOrigin &origin : std::as_const(origins)) {
        // The date is the link to the meeting; the words around it are the translator's.
        const QString link = QStringLiteral("<a href=\"meeting:%1\">%2</a>")
                                 .arg(QString::number(origin.meetingId),
                                      QLocale().toString(origin.heldOn, QLocale::ShortFormat).toHtmlEscaped());
        lines << tr("From directive %1 of the meeting of %2 — %3")
                     .arg(QLocale().toString(origin.outcomeNumber), link, origin.meetingTitle.toHtmlEscaped());
    }
    m_origin->setText(lines.join(QStringLiteral("<br/>")));
    m_origin->setToolTip(origins.isEmpty() ? QString() : tr("Click the date to open the meeting"));
    m_origin->setVisible(!lines.isEmpty());
}

bool TasksPage::showTask(qint64 taskId)
{
    TaskRecord task;
    if (!m_session->isOpen() || !TaskStore::loadTask(*m_session->database(), taskId, &task))
        return false;
    TaskFilter filter;
    filter.search = task.code;
    filter.archived = task.archived;
    showSavedFilter(filter);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(TaskTableModel::IdRole).toLongLong() == taskId) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            m_view->scrollTo(index);
            m_view->setFocus();
            return true;
        }
    }
    return false;
}

void TasksPage::newTask()
{
    TaskDialog dialog(m_session, 0, this);
    dialog.exec();
}

void TasksPage::editTask()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    TaskDialog dialog(m_session, ids.first(), this);
    dialog.exec();
}

void TasksPage::completeTasks()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    CompleteTasksDialog dialog(m_session, ids, this);
    dialog.exec();
}

void TasksPage::changeLeadUnit()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    ChangeLeadUnitDialog dialog(m_session, ids, this);
    dialog.exec();
}

void TasksPage::extendDeadline()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    ExtendDeadlineDialog dialog(m_session, ids, this);
    dialog.exec();
}

void TasksPage::toggleArchived()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const bool archive = !m_model->filter().archived;
    QString error;
    // Archiving hides nothing for good (Restore, and Undo, bring tasks back), so it asks no question.
    if (!m_session->commands()->setArchived(ids, archive, &error))
        QMessageBox::warning(this, archive ? tr("Archive") : tr("Restore"), error);
}

void TasksPage::showSavedFilter(const TaskFilter &saved)
{
    // Widgets first, quietly; then one query for the whole filter.
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockKind(m_kind);
    m_search->setText(saved.search);
    const int status = saved.statuses.isEmpty() ? 0 : m_status->findData(int(saved.statuses.first()));
    m_status->setCurrentIndex(qMax(0, status));
    const int kind = m_kind->findData(saved.kind);
    m_kind->setCurrentIndex(qMax(0, kind));
    m_filterBar->showFilter(saved); // emits filterChanged once: applyFilter reads every widget
}

void TasksPage::applyFilter()
{
    m_searchTimer->stop();
    TaskFilter filter = m_model->filter();
    filter.asOf = m_asOf->date();
    filter.search = m_search->text().trimmed();
    filter.kind = m_kind->currentData().toString();
    filter.statuses.clear();
    const int status = m_status->currentData().toInt();
    if (status != AllStatuses)
        filter.statuses.append(static_cast<TaskStatus>(status));
    m_filterBar->fillFilter(&filter);
    m_model->setFilter(filter);
    updateActions();
}

void TasksPage::updateSummary()
{
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No file is open."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(tr("The tasks could not be read: %1").arg(m_model->lastError()));
        return;
    }
    const QLocale locale;
    const TaskSummary c = m_model->summary();
    m_summary->setText(tr("%1 tasks · %2 completed (%3 on time, %4 late) · %5 within deadline · "
                          "%6 overdue and not completed · pilot models %7/%8")
                           .arg(locale.toString(c.total), locale.toString(c.completed()),
                                locale.toString(c.completedOnTime), locale.toString(c.completedLate),
                                locale.toString(c.openWithinDeadline + c.standing), locale.toString(c.openOverdue),
                                locale.toString(c.pilotModelsCompleted), locale.toString(c.pilotModels)));
}

void TasksPage::retranslate()
{
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("Statuses are derived as of this date"));
    m_search->setPlaceholderText(tr("Search code or title — accents optional"));
    m_statusLabel->setText(tr("&Status:"));
    m_kindLabel->setText(tr("&Kind:"));

    // setItemText keeps each combo's current index, so the filter in force does not change.
    m_status->setItemText(0, tr("All"));
    for (int i = 0; i < int(std::size(FilterStatuses)); ++i)
        m_status->setItemText(i + 1, TaskStatusRules::displayName(FilterStatuses[i]));
    m_kind->setItemText(0, tr("All"));
    m_kind->setItemText(1, tr("Tasks"));
    m_kind->setItemText(2, tr("Pilot models"));

    m_newAction->setText(tr("&New task…"));
    m_newAction->setToolTip(tr("Record a new task (Insert)"));
    m_editAction->setText(tr("&Edit…"));
    m_editAction->setToolTip(tr("Open the selected task's form (Ctrl+E or double-click); F2 edits the title, "
                                "lead unit or completion date in the table"));
    m_completeAction->setText(tr("Mark &completed…"));
    m_completeAction->setToolTip(tr("Record the completion date of the selected tasks, or reopen them"));
    m_leadUnitAction->setText(tr("Change &lead unit…"));
    m_leadUnitAction->setToolTip(tr("Give the selected tasks to another lead unit"));
    m_extendAction->setText(tr("E&xtend deadline…"));
    m_extendAction->setToolTip(tr("Record a deadline extension for the selected tasks, with its document"));
    m_historyAction->setText(tr("&History"));
    m_historyAction->setToolTip(tr("Show who changed the selected task, what and when"));
    updateActions();
    updateHistory();
    updateOrigin();

    // The locale may have changed with the language: the numbers' separators follow it.
    updateSummary();
}
