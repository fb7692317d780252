// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/unitreportspage.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "models/unitreports/unitreportmatrixmodel.h"
#include "models/unitreports/unitreportstore.h"
#include "ui/delegates/dotdelegate.h"
#include "ui/dialogs/recordreportdialog.h"
#include "ui/widgets/formwidgets.h"

namespace {

//! How many months the page shows by default: the as-of month and the five before it.
constexpr int DefaultMonths = 6;

//! A report's status as the shared dot: green on time, amber late, red missing, grey not yet due.
class ReportStatusDelegate final : public DotDelegate
{
public:
    using DotDelegate::DotDelegate;

protected:
    QColor dotColour(const QModelIndex &index) const override
    {
        const QVariant status = index.data(UnitReportMatrixModel::StatusRole);
        if (!status.isValid())
            return {};
        switch (static_cast<UnitReportStatus>(status.toInt())) {
        case UnitReportStatus::OnTime:
            return shade(Shade::Green);
        case UnitReportStatus::Late:
            return shade(Shade::Amber);
        case UnitReportStatus::Missing:
            return shade(Shade::Red);
        case UnitReportStatus::NotDue:
            return shade(Shade::Grey);
        }
        return {};
    }
};

QDateEdit *monthEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("MM/yyyy"));
    return edit;
}

QString monthText(const Period &month)
{
    return month.firstDay().toString(QStringLiteral("MM/yyyy"));
}

} // namespace

UnitReportsPage::UnitReportsPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(new UnitReportMatrixModel(this))
    , m_fromLabel(new QLabel(this))
    , m_from(monthEdit(QStringLiteral("fromMonth"), QDate(), this))
    , m_toLabel(new QLabel(this))
    , m_to(monthEdit(QStringLiteral("toMonth"), QDate(), this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(FormWidgets::dateEdit(QStringLiteral("asOf"), session->commands()->today(), this))
    , m_summary(new QLabel(this))
    , m_record(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
    , m_listHeading(new QLabel(this))
    , m_list(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
{
    const QDate asOf = m_asOf->date();
    m_to->setDate(QDate(asOf.year(), asOf.month(), 1));
    m_from->setDate(m_to->date().addMonths(-(DefaultMonths - 1)));
    m_trackedMonth = m_to->date();
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_asOfLabel->setBuddy(m_asOf);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("reportsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new ReportStatusDelegate(m_view));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("00/0000")) + 40);
    m_view->horizontalHeader()->setHighlightSections(true);

    m_listHeading->setObjectName(QStringLiteral("listHeading"));
    m_listHeading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("notYetReported"));
    m_list->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_listHeading);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_copy, 0, Qt::AlignRight);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOf);
    bar->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_record);
    actions->addWidget(m_clear);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    // The matrix first: six months side by side; the list needs only a line's width.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 320});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &UnitReportsPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &UnitReportsPage::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &UnitReportsPage::asOfChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateSide();
        updateActions();
    });
    connect(m_view, &QTableView::doubleClicked, this, &UnitReportsPage::recordSelected);
    connect(m_record, &QPushButton::clicked, this, &UnitReportsPage::recordSelected);
    connect(m_clear, &QPushButton::clicked, this, &UnitReportsPage::clearSelected);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_list->toPlainText()); });
    connect(m_session, &Session::opened, this, &UnitReportsPage::sessionChanged);
    connect(m_session, &Session::closed, this, &UnitReportsPage::sessionChanged);
    connect(m_session->commands(), &EditCommands::changed, this, &UnitReportsPage::dataChanged);

    retranslate();
    sessionChanged();
}

UnitReportsPage::~UnitReportsPage() = default;

QString UnitReportsPage::title() const
{
    return QCoreApplication::translate("Navigation", "Monthly reports");
}

QIcon UnitReportsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/reports.svg"));
}

void UnitReportsPage::catchUp()
{
    reload();
}

void UnitReportsPage::sessionChanged()
{
    m_message->hide();
    reload();
}

void UnitReportsPage::dataChanged(const QString &entity)
{
    if (entity != QLatin1String("unit_reports") && entity != QLatin1String("units"))
        return;
    if (deferWhileHidden())
        return;
    reload();
}

void UnitReportsPage::asOfChanged(const QDate &asOf)
{
    // A range that ended at the as-of month follows it, keeping its length; a range chosen apart stays.
    const QDate month(asOf.year(), asOf.month(), 1);
    if (m_to->date() == m_trackedMonth && month != m_trackedMonth && month.isValid()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const int span = (m_to->date().year() - m_from->date().year()) * 12 + m_to->date().month() -
                         m_from->date().month();
        m_to->setDate(month);
        m_from->setDate(month.addMonths(-span));
    }
    m_trackedMonth = month;
    reload();
}

void UnitReportsPage::setRange(const Period &first, const Period &last, const QDate &asOf)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockAsOf(m_asOf);
    m_from->setDate(first.firstDay());
    m_to->setDate(last.firstDay());
    m_asOf->setDate(asOf);
    m_trackedMonth = QDate(asOf.year(), asOf.month(), 1);
    reload();
}

void UnitReportsPage::reload()
{
    // The cell selected stays selected when it is still shown.
    const QModelIndex current = m_view->currentIndex();
    const qint64 unit =
        current.isValid()
            ? m_model->headerData(current.row(), Qt::Vertical, UnitReportMatrixModel::UnitIdRole).toLongLong()
            : 0;
    const QString period =
        current.isValid()
            ? m_model->headerData(current.column(), Qt::Horizontal, UnitReportMatrixModel::PeriodRole)
                  .toString()
            : QString();

    QDate first = m_from->date();
    QDate last = m_to->date();
    if (first > last)
        std::swap(first, last);
    if (m_session->isOpen()) {
        QString error;
        if (!m_model->load(*m_session->database(), Period::containing(Period::Kind::Month, first),
                           Period::containing(Period::Kind::Month, last), m_asOf->date(), &error))
            showError(tr("The monthly reports could not be read: %1").arg(error));
    } else {
        m_model->setReports({}, {});
    }
    if (unit == 0 || !selectCell(unit, period)) {
        updateSide();
        updateActions();
    }
}

bool UnitReportsPage::selectCell(qint64 unitId, const QString &periodCode)
{
    int column = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal, UnitReportMatrixModel::PeriodRole).toString() ==
            periodCode)
            column = c;
    }
    for (int row = 0; column >= 0 && row < m_model->rowCount(); ++row) {
        if (m_model->headerData(row, Qt::Vertical, UnitReportMatrixModel::UnitIdRole).toLongLong() ==
            unitId) {
            m_view->setCurrentIndex(m_model->index(row, column));
            updateSide();
            updateActions();
            return true;
        }
    }
    return false;
}

int UnitReportsPage::chosenColumn() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.column() : m_model->columnCount() - 1;
}

Period UnitReportsPage::chosenMonth() const
{
    const int column = chosenColumn();
    return column >= 0 && column < m_model->months().size() ? m_model->months().at(column) : Period();
}

const UnitReportRow *UnitReportsPage::selectedReport() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->reportAt(current) : nullptr;
}

QString UnitReportsPage::summaryText() const
{
    return m_summary->text();
}

QString UnitReportsPage::notYetReportedText() const
{
    return m_list->toPlainText();
}

void UnitReportsPage::updateSide()
{
    const int column = chosenColumn();
    if (!m_session->isOpen() || column < 0 || column >= m_model->columnCount()) {
        m_summary->setText(m_session->isOpen() ? tr("No month is shown.") : tr("No file is open."));
        m_listHeading->clear();
        m_list->clear();
        return;
    }
    const Period month = m_model->months().at(column);
    const UnitReportCounts counts = m_model->countsOf(column);
    QStringList parts;
    parts << tr("%n on time", nullptr, counts.onTime) << tr("%n late", nullptr, counts.late)
          << tr("%n missing", nullptr, counts.missing);
    if (counts.notDue > 0)
        parts << tr("%n not yet due", nullptr, counts.notDue);
    m_summary->setText(tr("%1: %2").arg(monthText(month), parts.join(QStringLiteral(" · "))));

    QVector<UnitReportRow> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const UnitReportRow *report = m_model->reportAt(m_model->index(row, column)))
            rows << *report;
    }
    m_listHeading->setText(tr("Not yet reported for %1, ready to send as a reminder:").arg(monthText(month)));
    m_list->setPlainText(UnitReportStore::notYetReportedText(rows, month, m_asOf->date()));
}

void UnitReportsPage::updateActions()
{
    const bool writable = m_session->isOpen() && !m_session->isReadOnly();
    const UnitReportRow *report = selectedReport();
    m_record->setEnabled(writable && report);
    m_clear->setEnabled(writable && report && report->receivedOn.isValid());
    m_copy->setEnabled(!m_list->toPlainText().isEmpty());
}

void UnitReportsPage::showError(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void UnitReportsPage::recordSelected()
{
    const UnitReportRow *report = selectedReport();
    if (!report || !m_session->isOpen() || m_session->isReadOnly())
        return;
    m_message->hide();
    RecordReportDialog dialog(m_session, *report, this);
    dialog.exec(); // the dialog records through the facade; the page reloads on its change signal
}

void UnitReportsPage::clearSelected()
{
    const UnitReportRow *report = selectedReport();
    if (!report || !report->receivedOn.isValid())
        return;
    m_message->hide();
    QString error;
    if (!m_session->commands()->clearUnitReport(report->unitId, report->period, &error))
        showError(error);
}

void UnitReportsPage::retranslate()
{
    m_fromLabel->setText(tr("&Months from:"));
    m_toLabel->setText(tr("&to:"));
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("Only reports received by this date count; later ones show as not received"));
    m_record->setText(tr("&Record received…"));
    m_record->setToolTip(tr("Record the received date and document number of the selected unit's report"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Empty the received date of the selected report (it stays owed)"));
    m_copy->setText(tr("Cop&y"));
    // Status names and the list follow the language.
    if (m_session->isOpen() && m_model->columnCount() > 0)
        reload();
    else
        updateSide();
}
