// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/taskspage.h"

#include <iterator>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QFontMetrics>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskstore.h"
#include "models/tasks/tasktablemodel.h"
#include "ui/delegates/statusdelegate.h"

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
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_search(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
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
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

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
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        applyFilter();
        updateStatistics();
    });
    // Every change of the text, typed, pasted or cleared, waits for the pause; the query runs once.
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TasksPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);

    connect(m_session, &Session::opened, this, &TasksPage::sessionChanged);
    connect(m_session, &Session::closed, this, &TasksPage::sessionChanged);

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
    reloadRecords();
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void TasksPage::sessionChanged()
{
    // The model must drop its pointer before anything reads through it: the Database it held may be gone.
    m_model->setDatabase(m_session->isOpen() ? m_session->database() : nullptr);
    reloadRecords();
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
    m_model->setFilter(filter);
}

void TasksPage::reloadRecords()
{
    m_records.clear();
    m_loadError.clear();
    if (const Database *database = m_session->isOpen() ? m_session->database() : nullptr)
        m_records = TaskStore::load(*database, false, &m_loadError);
    updateStatistics();
}

void TasksPage::updateStatistics()
{
    m_statistics = TaskStatistics::compute(m_records, m_asOf->date(), m_model->filter().dueSoonDays);
    updateSummary();
}

void TasksPage::updateSummary()
{
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No file is open."));
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_summary->setText(tr("The tasks could not be read: %1").arg(m_loadError));
        return;
    }
    const QLocale locale;
    const TaskStatistics::Counts &c = m_statistics.tasks;
    m_summary->setText(tr("%1 tasks · %2 completed (%3 on time, %4 late) · %5 within deadline · "
                          "%6 overdue and not completed · pilot models %7/%8")
                           .arg(locale.toString(c.total), locale.toString(c.completed()),
                                locale.toString(c.completedOnTime), locale.toString(c.completedLate),
                                locale.toString(c.openWithinDeadline + c.standing), locale.toString(c.openOverdue),
                                locale.toString(m_statistics.modelsCompleted),
                                locale.toString(m_statistics.modelsTotal)));
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

    // The locale may have changed with the language: the numbers' separators follow it.
    updateSummary();
}
