// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/indicatorspage.h"

#include <iterator>
#include <optional>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/indicators/indicatorstatusmodel.h"
#include "models/session.h"
#include "ui/delegates/colourdelegate.h"
#include "ui/dialogs/colourrulesdialog.h"
#include "ui/widgets/indicatorcatalogue.h"
#include "ui/widgets/observationgrid.h"

namespace {

// The colour combo's data: int(TrafficLight), or AllColours.
constexpr int AllColours = -1;
constexpr TrafficLight FilterColours[] = {TrafficLight::Green, TrafficLight::Yellow, TrafficLight::Red,
                                          TrafficLight::None};

} // namespace

IndicatorsPage::IndicatorsPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new IndicatorStatusModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_colourLabel(new QLabel(this))
    , m_colour(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_grid(new ObservationGrid(session, this))
    , m_catalogue(new IndicatorCatalogue(session, this))
{
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setCalendarPopup(true);
    // A date half typed is not one to compute: the rows follow on Enter, focus out or the calendar.
    m_asOf->setKeyboardTracking(false);
    m_asOfLabel->setBuddy(m_asOf);

    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->addItem(QString(), int(IndicatorStatusModel::UnitScope::Province));
    m_scope->addItem(QString(), int(IndicatorStatusModel::UnitScope::AllUnits));
    m_scopeLabel->setBuddy(m_scope);

    m_colour->setObjectName(QStringLiteral("colourFilter"));
    m_colour->addItem(QString(), AllColours);
    for (TrafficLight light : FilterColours)
        m_colour->addItem(QString(), int(light));
    m_colourLabel->setBuddy(m_colour);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IndicatorStatusModel::SortRole);
    m_view->setObjectName(QStringLiteral("indicatorsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IndicatorStatusModel::IndicatorColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // One line a row: with every unit the table runs to thousands of rows, so the rows stay compact.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(IndicatorStatusModel::IndicatorColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    const QFontMetrics metrics(m_view->font());
    const auto widthFor = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    m_view->setColumnWidth(IndicatorStatusModel::UnitColumn, widthFor("Sở Khoa học và Công nghệ"));
    m_view->setColumnWidth(IndicatorStatusModel::PeriodColumn, widthFor("6 tháng đầu năm 2026"));
    m_view->setColumnWidth(IndicatorStatusModel::ValueColumn, widthFor("1.623.297.000"));
    m_view->setColumnWidth(IndicatorStatusModel::TargetColumn, widthFor("1.623.297.000"));
    m_view->setColumnWidth(IndicatorStatusModel::AchievementColumn, widthFor("Mức đạt 100,0%"));
    m_view->setColumnWidth(IndicatorStatusModel::ChangeColumn, widthFor("+1.623.297"));
    m_view->setColumnWidth(IndicatorStatusModel::StatusColumn, widthFor("Trạng thái xx"));
    m_view->setItemDelegateForColumn(IndicatorStatusModel::StatusColumn,
                                     new ColourDelegate(IndicatorStatusModel::ColourRole, m_view));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOf);
    bar->addSpacing(12);
    bar->addWidget(m_scopeLabel);
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    bar->addWidget(m_colourLabel);
    bar->addWidget(m_colour);
    bar->addStretch(1);

    auto *status = new QWidget(m_tabs);
    auto *statusLayout = new QVBoxLayout(status);
    statusLayout->addLayout(bar);
    statusLayout->addWidget(m_summary);
    statusLayout->addWidget(m_view, 1);
    m_tabs->setObjectName(QStringLiteral("indicatorTabs"));
    m_tabs->addTab(status, QString());
    m_tabs->addTab(m_grid, QString());
    m_tabs->addTab(m_catalogue, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_model->setAsOf(date);
        updateSummary();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &IndicatorsPage::applyFilter);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &IndicatorsPage::applyFilter);
    // Double-clicking a figure opens its indicator in the data-entry grid, where it can be corrected.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(IndicatorStatusModel::IdRole).toLongLong();
        if (id <= 0)
            return;
        m_grid->setIndicator(id);
        m_tabs->setCurrentWidget(m_grid);
    });
    connect(m_catalogue, &IndicatorCatalogue::colourRulesRequested, this, [this](qint64 indicatorId) {
        ColourRulesDialog dialog(m_session, this);
        dialog.selectIndicator(indicatorId);
        dialog.exec();
    });
    connect(m_session->commands(), &EditCommands::changed, this, [this](const QString &entity) {
        // What the figures are made of changed (an edit, an undo or a redo): compute them again.
        static const QStringList sources{QStringLiteral("indicators"), QStringLiteral("targets"),
                                         QStringLiteral("observations"), QStringLiteral("colour_rules"),
                                         QStringLiteral("units")};
        if (sources.contains(entity))
            refresh();
    });
    connect(m_session, &Session::opened, this, &IndicatorsPage::sessionChanged);
    connect(m_session, &Session::closed, this, &IndicatorsPage::sessionChanged);

    m_model->setAsOf(m_asOf->date());
    applyFilter();
    retranslate();
    sessionChanged();
}

IndicatorsPage::~IndicatorsPage() = default;

QString IndicatorsPage::title() const
{
    return QCoreApplication::translate("Navigation", "Indicators");
}

QIcon IndicatorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/indicators.svg"));
}

void IndicatorsPage::refresh()
{
    m_model->refresh();
    updateSummary();
}

void IndicatorsPage::sessionChanged()
{
    // The model must drop its pointer before anything reads through it: the Database it held may be gone.
    m_model->setDatabase(m_session->isOpen() ? m_session->database() : nullptr);
    updateSummary();
}

void IndicatorsPage::applyFilter()
{
    const auto scope = static_cast<IndicatorStatusModel::UnitScope>(m_scope->currentData().toInt());
    m_model->setUnitScope(scope);
    // Province only, every row names the province: its column gives the indicators' names the room.
    m_view->setColumnHidden(IndicatorStatusModel::UnitColumn,
                            scope == IndicatorStatusModel::UnitScope::Province);
    const int colour = m_colour->currentData().toInt();
    m_model->setColourFilter(
        colour == AllColours ? std::nullopt : std::optional<TrafficLight>(static_cast<TrafficLight>(colour)));
}

void IndicatorsPage::updateSummary()
{
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No file is open."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(tr("The indicators could not be read: %1").arg(m_model->lastError()));
        return;
    }
    // The report's figures: every unit's targets in force, whatever the table's filters show.
    const QLocale locale;
    const IndicatorStatus::Figures f = m_model->status().figures();
    m_summary->setText(tr("As of %1: %2 indicators with a target in force · %3 achieved · %4 green · "
                          "%5 yellow · %6 red")
                           .arg(locale.toString(m_asOf->date(), QStringLiteral("dd/MM/yyyy")),
                                locale.toString(f.withTarget), locale.toString(f.achieved),
                                locale.toString(f.green), locale.toString(f.yellow), locale.toString(f.red)));
}

void IndicatorsPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_view->parentWidget()), tr("Status as of a date"));
    m_tabs->setTabText(m_tabs->indexOf(m_grid), tr("Data entry"));
    m_tabs->setTabText(m_tabs->indexOf(m_catalogue), tr("Catalogue and targets"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("Latest figures and targets in force on this date"));
    m_scopeLabel->setText(tr("&Units:"));
    m_scope->setItemText(0, tr("Province only"));
    m_scope->setItemText(1, tr("All units"));
    m_colourLabel->setText(tr("&Colour:"));
    // setItemText keeps each combo's current index, so the filter in force does not change.
    m_colour->setItemText(0, tr("All"));
    for (int i = 0; i < int(std::size(FilterColours)); ++i) {
        const QString name = ColourRules::displayName(FilterColours[i]);
        m_colour->setItemText(i + 1, name.isEmpty() ? tr("No colour (no target)") : name);
    }
    // Numbers, periods and colour names in the table follow the language: the model's text is recomputed.
    m_model->refresh();
    updateSummary();
}
