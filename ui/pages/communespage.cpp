// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/communespage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/communes/communestatusmodel.h"
#include "models/communes/communestore.h"
#include "models/domain/period.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "ui/delegates/colourdelegate.h"
#include "ui/dialogs/communerulesdialog.h"
#include "ui/dialogs/overridecolourdialog.h"

namespace {

constexpr int AllColours = -1;
constexpr TrafficLight FilterColours[] = {TrafficLight::Yellow, TrafficLight::Green, TrafficLight::Red};

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>").arg(html(item));
    return out + QStringLiteral("</ul>");
}

} // namespace

CommunesPage::CommunesPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new CommuneStatusModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_colourLabel(new QLabel(this))
    , m_colour(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_assess(new QPushButton(this))
    , m_override(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_rules(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_yellowList(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
{
    m_period->setObjectName(QStringLiteral("periodChooser"));
    m_periodLabel->setBuddy(m_period);
    m_colour->setObjectName(QStringLiteral("colourFilter"));
    m_colour->addItem(QString(), AllColours);
    for (TrafficLight light : FilterColours) {
        QPixmap dot(10, 10);
        dot.fill(ColourDelegate::colour(light));
        m_colour->addItem(QIcon(dot), QString(), int(light));
    }
    m_colourLabel->setBuddy(m_colour);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_assess->setObjectName(QStringLiteral("assessButton"));
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_clear->setObjectName(QStringLiteral("clearOverrideButton"));
    m_rules->setObjectName(QStringLiteral("rulesButton"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CommuneStatusModel::SortRole);
    m_view->setObjectName(QStringLiteral("communesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CommuneStatusModel::CommuneColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CommuneStatusModel::ReasonColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    const auto widthFor = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 28;
    };
    m_view->setColumnWidth(CommuneStatusModel::CommuneColumn, widthFor("Phường Vĩnh Thông Mới"));
    m_view->setColumnWidth(CommuneStatusModel::ColourColumn, widthFor("● Vàng xx"));
    m_view->setColumnWidth(CommuneStatusModel::ScoreColumn, widthFor("100,0"));
    m_view->setColumnWidth(CommuneStatusModel::SourceColumn, widthFor("Theo quy tắc"));
    m_view->setItemDelegateForColumn(CommuneStatusModel::ColourColumn,
                                     new ColourDelegate(CommuneStatusModel::ColourRole, m_view));

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setOpenLinks(false);
    m_yellowList->setObjectName(QStringLiteral("yellowToGreen"));
    m_yellowList->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    auto *yellowPane = new QWidget(this);
    auto *yellowLayout = new QVBoxLayout(yellowPane);
    yellowLayout->setContentsMargins(0, 0, 0, 0);
    yellowLayout->addWidget(m_yellowList, 1);
    yellowLayout->addWidget(m_copy, 0, Qt::AlignRight);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(yellowPane, QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_colourLabel);
    bar->addWidget(m_colour);
    bar->addSpacing(12);
    bar->addWidget(m_searchLabel);
    bar->addWidget(m_search, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_assess);
    actions->addWidget(m_override);
    actions->addWidget(m_clear);
    actions->addWidget(m_rules);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_yellowStale && m_tabs->currentWidget() == m_yellowList->parentWidget())
            fillYellowList();
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &CommunesPage::periodChosen);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &CommunesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CommunesPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateActions();
    });
    connect(m_assess, &QPushButton::clicked, this, &CommunesPage::assessChosenPeriod);
    connect(m_override, &QPushButton::clicked, this, &CommunesPage::overrideSelected);
    connect(m_clear, &QPushButton::clicked, this, &CommunesPage::clearSelectedOverride);
    connect(m_rules, &QPushButton::clicked, this, &CommunesPage::editRules);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_yellowList->toPlainText()); });
    connect(m_session, &Session::opened, this, &CommunesPage::sessionChanged);
    connect(m_session, &Session::closed, this, &CommunesPage::sessionChanged);
    connect(m_session->commands(), &EditCommands::changed, this, &CommunesPage::dataChanged);

    retranslate();
    sessionChanged();
}

CommunesPage::~CommunesPage() = default;

QString CommunesPage::title() const
{
    return QCoreApplication::translate("Navigation", "Communes");
}

QIcon CommunesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/communes.svg"));
}

void CommunesPage::sessionChanged()
{
    m_liveValid = false;
    m_live.clear();
    m_message->hide();
    // The model drops its pointer first: the Database it held may be gone.
    m_model->setDatabase(m_session->isOpen() ? m_session->database() : nullptr);
    reloadPeriods(QString());
}

void CommunesPage::catchUp()
{
    dataChanged(QStringLiteral("communes"));
}

void CommunesPage::dataChanged(const QString &entity)
{
    // Tasks, figures and rules change what the rules would say today; the communes' rows change the table.
    m_liveValid = false;
    m_live.clear();
    // Edits on other pages (a task completed, a figure typed) would each cost an assessment here: a hidden
    // page catches up when it is shown.
    if (deferWhileHidden())
        return;
    if (entity == QLatin1String("communes"))
        reloadPeriods(m_model->period());
    else
        updateYellowList();
    updateDetail();
}

void CommunesPage::reloadPeriods(const QString &keep)
{
    const QStringList periods =
        m_session->isOpen() ? CommuneStore::periods(*m_session->database()) : QStringList();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    for (const QString &code : periods)
        m_period->addItem(Period::parse(code).displayText(), code);
    const int index = m_period->findData(keep);
    m_period->setCurrentIndex(index >= 0 ? index : (periods.isEmpty() ? -1 : 0));
    periodChosen();
}

void CommunesPage::setPeriod(const QString &period)
{
    const int index = m_period->findData(period);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void CommunesPage::periodChosen()
{
    const QString period = m_period->currentData().toString();
    if (period != m_model->period()) {
        m_liveValid = false;
        m_live.clear();
    }
    const qint64 selected = selectedUnit();
    m_model->setPeriod(period);
    m_model->refresh();
    const int row = m_model->rowOfUnit(selected);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    updateSummary();
    updateYellowList();
    updateActions();
}

void CommunesPage::applyFilter()
{
    const int colour = m_colour->currentData().toInt();
    m_model->setColourFilter(
        colour == AllColours ? std::nullopt : std::optional<TrafficLight>(static_cast<TrafficLight>(colour)));
    m_model->setSearchText(m_search->text());
}

void CommunesPage::updateSummary()
{
    if (!m_session->isOpen()) {
        m_summary->setText(tr("No file is open."));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(tr("The communes' colours could not be read: %1").arg(m_model->lastError()));
        return;
    }
    if (m_model->period().isEmpty()) {
        m_summary->setText(tr("No period has been assessed yet: use Assess by rules."));
        return;
    }
    const ColourCounts counts = m_model->counts();
    m_summary->setText(tr("%1: %2").arg(Period::parse(m_model->period()).displayText(), counts.text()));
}

qint64 CommunesPage::selectedUnit() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CommuneStatusModel::IdRole).toLongLong() : 0;
}

const QHash<qint64, CommuneAssessment> &CommunesPage::live()
{
    if (!m_liveValid && m_session->isOpen() && !m_model->period().isEmpty()) {
        const Database &db = *m_session->database();
        const Period period = Period::parse(m_model->period());
        const QDate asOf = CommuneAssessor::asOfFor(period, m_session->commands()->today());
        for (const CommuneAssessment &a :
             CommuneAssessor::assessAll(db, CommuneRules::load(db), period, asOf))
            m_live.insert(a.facts.unitId, a);
        m_liveValid = true;
    }
    return m_live;
}

void CommunesPage::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const StoredAssessment *a =
        current.isValid() ? m_model->assessmentAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!a || !m_session->isOpen()) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(html(tr("Select a commune to see why it has its colour, "
                                           "what would make it green and its history."))));
        return;
    }
    const QLocale locale;
    QString text =
        QStringLiteral("<h3>%1</h3>").arg(html(ReferenceData::localName(a->unitName, a->unitNameEn)));
    const QString score = a->score ? locale.toString(*a->score, 'f', 1) : tr("no score");
    text +=
        QStringLiteral("<p><b>%1</b></p>")
            .arg(html(a->isManual()
                          ? tr("%1, set by hand (the rules say %2, score %3)")
                                .arg(ColourRules::displayName(a->colour),
                                     ColourRules::displayName(a->ruleColour).toLower(), score)
                          : tr("%1 by the rules, score %2").arg(ColourRules::displayName(a->colour), score)));
    text += QStringLiteral("<p>%1</p>").arg(html(a->reason));
    const auto it = live().constFind(a->unitId);
    if (it != live().cend()) {
        if (it->explanation != a->reason)
            text += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(html(tr("By the rules today:")), html(it->explanation));
        if (a->colour != TrafficLight::Green && !it->toGreen.isEmpty())
            text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("What moves it to green:"))) +
                    list(it->toGreen);
    }
    QStringList history;
    for (const StoredAssessment &p : CommuneStore::ofCommune(*m_session->database(), a->unitId))
        history << tr("%1: %2 (%3)")
                       .arg(Period::parse(p.period).displayText(), ColourRules::displayName(p.colour),
                            p.isManual() ? tr("by hand: %1").arg(p.reason) : tr("by the rules"));
    text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("Colours by period:"))) + list(history);
    QStringList changes;
    for (const AssessmentChange &c : CommuneStore::history(*m_session->database(), a->unitId))
        changes.prepend(CommuneStore::describe(c));
    if (!changes.isEmpty())
        text += QStringLiteral("<p><b>%1</b></p>").arg(html(tr("Changes (newest first):"))) + list(changes);
    m_detail->setHtml(text);
}

QString CommunesPage::yellowToGreenText()
{
    if (m_yellowStale)
        fillYellowList();
    return m_yellowList->toPlainText();
}

void CommunesPage::updateYellowList()
{
    m_yellowStale = true;
    if (m_tabs->currentWidget() == m_yellowList->parentWidget())
        fillYellowList(); // else when its tab is shown, or its text asked for
}

void CommunesPage::fillYellowList()
{
    m_yellowStale = false;
    if (!m_session->isOpen() || m_model->period().isEmpty()) {
        m_yellowList->clear();
        return;
    }
    const QLocale locale;
    QStringList lines;
    int yellow = 0;
    for (const StoredAssessment &a : m_model->assessments()) {
        if (a.colour != TrafficLight::Yellow)
            continue;
        ++yellow;
        const QString score = a.score ? locale.toString(*a.score, 'f', 1) : tr("no score");
        lines << QString()
              << tr("%1 (score %2)").arg(ReferenceData::localName(a.unitName, a.unitNameEn), score);
        const auto it = live().constFind(a.unitId);
        const QStringList steps = it != live().cend() ? it->toGreen : QStringList();
        if (steps.isEmpty())
            lines << QStringLiteral("  • ") + tr("Green by the rules today; the colour was set by hand.");
        for (const QString &step : steps)
            lines << QStringLiteral("  • ") + step;
    }
    const QString heading = tr("What moves the %n yellow commune(s) to green, %1:", nullptr, yellow)
                                .arg(Period::parse(m_model->period()).displayText());
    m_yellowList->setPlainText(heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void CommunesPage::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const QModelIndex current = m_view->currentIndex();
    const StoredAssessment *a =
        current.isValid() ? m_model->assessmentAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_assess->setEnabled(writable);
    m_rules->setEnabled(m_session->isOpen());
    m_override->setEnabled(writable && a);
    m_clear->setEnabled(writable && a && a->isManual());
}

bool CommunesPage::assess(const QString &period)
{
    QString error;
    int changed = 0;
    if (!m_session->commands()->assessCommunes(period, &changed, &error)) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    reloadPeriods(period);
    m_message->setText(
        changed == 0
            ? tr("Assessed %1 by the rules: nothing changed.").arg(Period::parse(period).displayText())
            : tr("Assessed %1 by the rules: %n commune(s) changed.", nullptr, changed)
                  .arg(Period::parse(period).displayText()));
    m_message->show();
    return true;
}

void CommunesPage::assessChosenPeriod()
{
    // The months up to this one, and every period assessed before.
    QStringList codes;
    const QDate today = m_session->commands()->today();
    for (int back = 0; back < 12; ++back)
        codes << Period::containing(Period::Kind::Month, today.addMonths(-back)).code();
    for (int i = 0; i < m_period->count(); ++i) {
        if (!codes.contains(m_period->itemData(i).toString()))
            codes << m_period->itemData(i).toString();
    }
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return Period::parse(a).firstDay() > Period::parse(b).firstDay();
    });
    QStringList names;
    for (const QString &code : std::as_const(codes))
        names << Period::parse(code).displayText();
    const int current = std::max(0, int(codes.indexOf(m_model->period())));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Assess by rules"),
                                                 tr("Period to assess (a colour set by hand stays):"), names,
                                                 current, false, &ok);
    if (ok && names.contains(chosen))
        assess(codes.at(int(names.indexOf(chosen))));
}

void CommunesPage::overrideSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const StoredAssessment *a =
        current.isValid() ? m_model->assessmentAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!a)
        return;
    const StoredAssessment chosen = *a;
    OverrideColourDialog dialog(ReferenceData::localName(chosen.unitName, chosen.unitNameEn),
                                Period::parse(chosen.period).displayText(), ColourRules::code(chosen.colour),
                                this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_session->commands()->overrideCommune(chosen.unitId, chosen.period, dialog.colourCode(),
                                                dialog.reason(), &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

void CommunesPage::clearSelectedOverride()
{
    const qint64 unit = selectedUnit();
    QString error;
    if (unit && !m_session->commands()->clearCommuneOverride(unit, m_model->period(), &error)) {
        m_message->setText(error);
        m_message->show();
    }
}

void CommunesPage::editRules()
{
    CommuneRulesDialog dialog(m_session, this);
    dialog.exec();
}

void CommunesPage::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_colourLabel->setText(tr("&Colour:"));
    m_colour->setItemText(0, tr("All"));
    for (int i = 0; i < int(std::size(FilterColours)); ++i)
        m_colour->setItemText(i + 1, ColourRules::displayName(FilterColours[i]));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Commune name, accents optional"));
    m_assess->setText(tr("&Assess by rules…"));
    m_assess->setToolTip(tr("Compute every commune's colour for a period from its tasks and indicators"));
    m_override->setText(tr("&Override colour…"));
    m_clear->setText(tr("C&lear override"));
    m_rules->setText(tr("R&ules…"));
    m_tabs->setTabText(0, tr("Selected commune"));
    m_tabs->setTabText(1, tr("Yellow to green"));
    m_copy->setText(tr("Cop&y list"));
    // Period names, colour names and numbers follow the language.
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, Period::parse(m_period->itemData(i).toString()).displayText());
    m_model->refresh();
    updateSummary();
    updateYellowList();
    updateDetail();
}
