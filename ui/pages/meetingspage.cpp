// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/meetingspage.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/meetings/directivereviewmodel.h"
#include "models/meetings/meetinglistmodel.h"
#include "models/meetings/meetingstore.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/schema.h"
#include "models/tasks/taskstore.h"
#include "ui/delegates/statusdelegate.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/outcomedialog.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/meetingfigurespane.h"

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

/*!
 * An outcome's text wraps in its column, so that a directive reads whole; a task row under it stays one
 * line (its title repeats the directive: the code is what tells it apart). QTreeView asks a row's height
 * without the column's width, so the width is put in here.
 */
class OutcomeTextDelegate final : public QStyledItemDelegate
{
public:
    explicit OutcomeTextDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.parent().isValid())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem wrapped = option;
        const int indent = index.column() == 0 && m_view->rootIsDecorated() ? m_view->indentation() : 0;
        wrapped.rect = QRect(0, 0, qMax(40, m_view->header()->sectionSize(index.column()) - indent), 1);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.parent().isValid())
            option->features &= ~QStyleOptionViewItem::WrapText; // one line, ending in "…"
        else
            option->features |= QStyleOptionViewItem::WrapText;
    }

private:
    QTreeView *m_view;
};

} // namespace

MeetingsPage::MeetingsPage(Session *session, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_meetings(new MeetingListModel(this))
    , m_directives(new DirectiveReviewModel(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(FormWidgets::dateEdit(QStringLiteral("asOf"), session->commands()->today(), this))
    , m_message(new QLabel(this))
    , m_meetingBar(new QToolBar(this))
    , m_meetingsView(new QTableView(this))
    , m_header(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_outcomeBar(new QToolBar(this))
    , m_outcomesView(new QTreeView(this))
    , m_figuresPane(new MeetingFiguresPane(this))
{
    // A date half typed ("26/05/2") is not one to query: statuses follow on Enter, focus out or the calendar.
    m_asOf->setKeyboardTracking(false);
    m_asOfLabel->setBuddy(m_asOf);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_meetingsView->setObjectName(QStringLiteral("meetingsView"));
    m_meetingsView->setModel(m_meetings);
    m_meetingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingsView->setAlternatingRowColors(true);
    m_meetingsView->setWordWrap(false);
    m_meetingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_meetingsView->verticalHeader()->hide();
    m_meetingsView->verticalHeader()->setDefaultSectionSize(m_meetingsView->fontMetrics().height() + 8);
    const QFontMetrics metrics(m_meetingsView->font());
    const auto widthFor = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 24;
    };
    QHeaderView *header = m_meetingsView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(MeetingListModel::TitleColumn, QHeaderView::Stretch);
    m_meetingsView->setColumnWidth(MeetingListModel::DateColumn, widthFor("28/05/2026 14:00"));
    m_meetingsView->setColumnWidth(MeetingListModel::KindColumn, widthFor("Hội nghị trực tuyến"));
    m_meetingsView->setColumnWidth(MeetingListModel::DirectivesColumn, widthFor("Chỉ đạo"));
    m_meetingsView->setColumnWidth(MeetingListModel::TasksColumn, widthFor("12/14 hoàn thành · 1 quá hạn"));
    m_meetingsView->setColumnWidth(MeetingListModel::FrozenColumn, widthFor("Chốt số liệu"));
    // The chair is in the header of the chosen meeting: the list keeps its room for the title.
    m_meetingsView->setColumnHidden(MeetingListModel::ChairColumn, true);

    m_header->setObjectName(QStringLiteral("meetingHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_outcomesView->setObjectName(QStringLiteral("outcomesView"));
    m_outcomesView->setModel(m_directives);
    m_outcomesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outcomesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outcomesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outcomesView->setAlternatingRowColors(true);
    m_outcomesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Directives are sentences: they wrap in their column rather than end in "…".
    m_outcomesView->setUniformRowHeights(false);
    m_outcomesView->setItemDelegateForColumn(DirectiveReviewModel::TextColumn,
                                             new OutcomeTextDelegate(m_outcomesView));
    m_outcomesView->setItemDelegateForColumn(
        DirectiveReviewModel::StatusColumn,
        new StatusDelegate(DirectiveReviewModel::StatusRole, m_outcomesView));
    QHeaderView *treeHeader = m_outcomesView->header();
    treeHeader->setStretchLastSection(false);
    treeHeader->setSectionResizeMode(DirectiveReviewModel::TextColumn, QHeaderView::Stretch);
    treeHeader->setSectionResizeMode(DirectiveReviewModel::LeadUnitColumn, QHeaderView::Interactive);
    treeHeader->setSectionResizeMode(DirectiveReviewModel::DeadlineColumn, QHeaderView::Interactive);
    treeHeader->setSectionResizeMode(DirectiveReviewModel::StatusColumn, QHeaderView::Interactive);
    m_outcomesView->setColumnWidth(DirectiveReviewModel::LeadUnitColumn,
                                   widthFor("Sở Khoa học và Công nghệ"));
    m_outcomesView->setColumnWidth(DirectiveReviewModel::DeadlineColumn, widthFor("Thường xuyên"));
    // Wide enough for its heading, "Tình trạng đến ngày 28/05/2026", and "Đang thực hiện, trong hạn".
    m_outcomesView->setColumnWidth(DirectiveReviewModel::StatusColumn,
                                   widthFor("Tình trạng đến ngày 28/05/2026"));
    // A wrapped text is as high as the column is narrow: lay the rows out again when it changes.
    connect(treeHeader, &QHeaderView::sectionResized, m_outcomesView, [this](int section) {
        if (section == DirectiveReviewModel::TextColumn)
            m_outcomesView->doItemsLayout();
    });

    m_meetingBar->setObjectName(QStringLiteral("meetingsToolBar"));
    m_meetingBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_outcomeBar->setObjectName(QStringLiteral("outcomesToolBar"));
    m_outcomeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();

    auto *outcomesPane = new QWidget(this);
    auto *outcomesLayout = new QVBoxLayout(outcomesPane);
    outcomesLayout->setContentsMargins(0, 0, 0, 0);
    outcomesLayout->addWidget(m_outcomeBar);
    outcomesLayout->addWidget(m_outcomesView, 1);

    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(outcomesPane, QString());
    m_tabs->addTab(m_figuresPane, QString());

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_meetingBar);
    topLayout->addWidget(m_meetingsView, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->addWidget(m_header);
    bottomLayout->addWidget(m_tabs, 1);

    // The meetings above, the chosen one below: its directives are sentences and need the page's width,
    // which a list beside them would take on a 1366-pixel office screen.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({m_meetingsView->verticalHeader()->defaultSectionSize() * 6 + 60, 520});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOf);
    bar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &MeetingsPage::reload);
    connect(m_meetingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::meetingChosen);
    connect(m_meetingsView, &QTableView::doubleClicked, this, &MeetingsPage::editMeeting);
    connect(m_outcomesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::updateActions);
    connect(m_outcomesView, &QTreeView::doubleClicked, this, &MeetingsPage::outcomeActivated);
    connect(m_directives, &QAbstractItemModel::modelReset, this, [this] {
        m_outcomesView->expandAll();
        updateActions();
    });
    connect(m_session, &Session::opened, this, &MeetingsPage::sessionChanged);
    connect(m_session, &Session::closed, this, &MeetingsPage::sessionChanged);
    connect(m_session->commands(), &EditCommands::changed, this, &MeetingsPage::dataChanged);

    retranslate();
    sessionChanged();
}

MeetingsPage::~MeetingsPage() = default;

QString MeetingsPage::title() const
{
    return QCoreApplication::translate("Navigation", "Meetings");
}

QIcon MeetingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/meetings.svg"));
}

void MeetingsPage::createActions()
{
    const auto make = [this](QToolBar *bar, QWidget *view, const char *name, const QKeySequence &shortcut,
                             void (MeetingsPage::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty()) {
            // The same keys act on the list or on the directives, wherever the focus is.
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        bar->addAction(action);
        view->addAction(action);
        return action;
    };
    // Ctrl+N is File › New: a meeting is added with Insert, as a task is.
    m_newMeetingAction = make(m_meetingBar, m_meetingsView, "actionNewMeeting", QKeySequence(Qt::Key_Insert),
                              &MeetingsPage::newMeeting);
    m_editMeetingAction = make(m_meetingBar, m_meetingsView, "actionEditMeeting",
                               QKeySequence(Qt::CTRL | Qt::Key_E), &MeetingsPage::editMeeting);
    m_removeMeetingAction = make(m_meetingBar, m_meetingsView, "actionRemoveMeeting",
                                 QKeySequence(Qt::Key_Delete), &MeetingsPage::removeMeeting);
    m_meetingBar->addSeparator();
    m_freezeAction = make(m_meetingBar, m_meetingsView, "actionFreezeFigures", QKeySequence(),
                          &MeetingsPage::freezeFigures);

    m_addOutcomeAction = make(m_outcomeBar, m_outcomesView, "actionAddOutcome", QKeySequence(Qt::Key_Insert),
                              &MeetingsPage::addOutcome);
    m_editOutcomeAction = make(m_outcomeBar, m_outcomesView, "actionEditOutcome",
                               QKeySequence(Qt::CTRL | Qt::Key_E), &MeetingsPage::editOutcome);
    m_removeOutcomeAction = make(m_outcomeBar, m_outcomesView, "actionRemoveOutcome",
                                 QKeySequence(Qt::Key_Delete), &MeetingsPage::removeOutcome);
    m_outcomeBar->addSeparator();
    m_createTasksAction = make(m_outcomeBar, m_outcomesView, "actionCreateTasks",
                               QKeySequence(Qt::CTRL | Qt::Key_T), &MeetingsPage::createTasks);
    m_openTaskAction =
        make(m_outcomeBar, m_outcomesView, "actionOpenTask", QKeySequence(), &MeetingsPage::openSelectedTask);
}

void MeetingsPage::catchUp()
{
    reload();
}

void MeetingsPage::sessionChanged()
{
    // The models drop their database at once: the one they held may be gone. Reading the new file waits
    // until the page is shown, so that opening a file does not read every page's data.
    {
        const QSignalBlocker blocker(m_meetingsView->selectionModel());
        m_directives->setMeeting(nullptr, 0, m_asOf->date());
        m_meetings->load(nullptr, m_asOf->date());
    }
    m_meeting = Meeting();
    m_message->hide();
    if (deferWhileHidden()) {
        updateHeader();
        updateActions();
        return;
    }
    reload();
}

void MeetingsPage::dataChanged(const QString &entity)
{
    if (entity != QLatin1String("meetings") && entity != QLatin1String("tasks") &&
        entity != QLatin1String("units"))
        return;
    if (deferWhileHidden())
        return;
    reload();
}

void MeetingsPage::reload()
{
    const qint64 keep = currentMeetingId();
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    m_unitNames.clear();
    if (database) {
        for (const ReferenceData::Unit &unit : ReferenceData::storedUnits(*database))
            m_unitNames.insert(unit.id, ReferenceData::localName(unit.name, unit.nameEn));
    }
    {
        // One choice after the reload, not one per row the reset and the selection go through.
        const QSignalBlocker blocker(m_meetingsView->selectionModel());
        m_meetings->load(database, m_asOf->date());
        int row = keep > 0 ? m_meetings->rowOf(keep) : -1;
        if (row < 0 && m_meetings->rowCount() > 0)
            row = 0; // the newest meeting
        if (row >= 0)
            m_meetingsView->setCurrentIndex(m_meetings->index(row, MeetingListModel::DateColumn));
    }
    meetingChosen();
    if (!m_meetings->errorMessage().isEmpty())
        showMessage(tr("The meetings could not be read: %1").arg(m_meetings->errorMessage()), true);
}

bool MeetingsPage::showMeeting(qint64 meetingId)
{
    const int row = m_meetings->rowOf(meetingId);
    if (row < 0)
        return false;
    m_meetingsView->setCurrentIndex(m_meetings->index(row, MeetingListModel::DateColumn));
    m_meetingsView->scrollTo(m_meetings->index(row, 0));
    if (currentMeetingId() != m_meeting.id)
        meetingChosen();
    return true;
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex current = m_meetingsView->currentIndex();
    return current.isValid() ? current.data(MeetingListModel::IdRole).toLongLong() : 0;
}

const MeetingSummary *MeetingsPage::currentSummary() const
{
    const QModelIndex current = m_meetingsView->currentIndex();
    return current.isValid() ? &m_meetings->meetingAt(current.row()) : nullptr;
}

void MeetingsPage::meetingChosen()
{
    const qint64 id = currentMeetingId();
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    // The outcome (or task) selected stays selected when the same meeting is shown again.
    const QModelIndex currentOutcome = m_outcomesView->currentIndex();
    const bool sameMeeting = id != 0 && id == m_meeting.id;
    // What the page said about another meeting ("Created 3 tasks …") does not belong to this one.
    if (!sameMeeting)
        m_message->hide();
    const qint64 keepOutcome =
        sameMeeting && currentOutcome.isValid() && m_directives->outcomeAt(currentOutcome)
            ? m_directives->outcomeAt(currentOutcome)->id
            : 0;
    const qint64 keepTask = sameMeeting ? currentTaskId() : 0;

    m_meeting = Meeting();
    QString error;
    if (database && id > 0 && !MeetingStore::load(*database, id, &m_meeting, &error))
        m_meeting = Meeting();
    m_directives->setMeeting(database, id, m_asOf->date());
    if (!error.isEmpty() || !m_directives->errorMessage().isEmpty())
        showMessage(tr("The meeting could not be read: %1")
                        .arg(error.isEmpty() ? m_directives->errorMessage() : error),
                    true);
    if (keepOutcome > 0) {
        QModelIndex index = m_directives->indexOfOutcome(keepOutcome);
        for (int row = 0; keepTask > 0 && index.isValid() && row < m_directives->rowCount(index); ++row) {
            const QModelIndex child = m_directives->index(row, 0, index);
            if (child.data(DirectiveReviewModel::IdRole).toLongLong() == keepTask) {
                index = child;
                break;
            }
        }
        if (index.isValid())
            m_outcomesView->setCurrentIndex(index);
    }
    updateHeader();
    updateFigures();
    updateActions();
}

void MeetingsPage::updateHeader()
{
    if (!m_session->isOpen()) {
        m_header->setText(html(tr("No file is open.")));
        return;
    }
    if (m_meeting.id == 0) {
        m_header->setText(html(m_meetings->rowCount() == 0
                                   ? tr("No meeting is recorded yet: add one with New meeting.")
                                   : tr("Choose a meeting in the list.")));
        return;
    }
    const Meeting &m = m_meeting;
    QString when = shortDate(m.heldOn);
    if (m.startsAt.isValid())
        when = tr("%1, %2").arg(when, m.startsAt.toString(QStringLiteral("HH:mm")));
    QStringList lines;
    lines << QStringLiteral("<b>%1 — %2</b>").arg(html(when), html(m.title));

    QStringList facts;
    QString kind = MeetingListModel::kindName(m.kind);
    if (m.kind == QLatin1String(Schema::MeetingKind::OnlineConference) && m.connectedPoints >= 0)
        kind = tr("%1 with %n connected point(s)", nullptr, m.connectedPoints).arg(kind);
    facts << html(kind);
    if (!m.chair.isEmpty()) {
        const QString chair = m.chairTitle.isEmpty() ? m.chair : tr("%1, %2").arg(m.chair, m.chairTitle);
        facts << tr("Chaired by %1").arg(html(chair));
    }
    if (!m.location.isEmpty())
        facts << tr("at %1").arg(html(m.location));
    lines << facts.join(QStringLiteral(" · "));
    if (!m.documentNumber.isEmpty()) {
        lines << html(m.documentDate.isValid()
                          ? tr("Conclusion notice %1 of %2").arg(m.documentNumber, shortDate(m.documentDate))
                          : tr("Conclusion notice %1").arg(m.documentNumber));
    }
    if (!m.attendees.isEmpty()) {
        QStringList people;
        for (const MeetingAttendee &a : m.attendees) {
            QStringList about;
            if (!a.jobTitle.isEmpty())
                about << a.jobTitle;
            if (a.unitId > 0 && m_unitNames.contains(a.unitId))
                about << m_unitNames.value(a.unitId);
            people << (about.isEmpty()
                           ? html(a.personName)
                           : tr("%1 (%2)").arg(html(a.personName), html(about.join(QStringLiteral(", ")))));
        }
        lines << tr("Attendees: %1").arg(people.join(QStringLiteral("; ")));
    } else {
        lines << html(tr("No attendee recorded."));
    }
    if (!m.notes.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(html(m.notes));
    m_header->setText(lines.join(QStringLiteral("<br/>")));
}

QString MeetingsPage::headerText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

QString MeetingsPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString MeetingsPage::meetingCaption() const
{
    return MeetingStore::caption(m_meeting.heldOn, m_meeting.title);
}

const MeetingOutcome *MeetingsPage::currentOutcome() const
{
    return m_directives->outcomeAt(m_outcomesView->currentIndex());
}

qint64 MeetingsPage::currentTaskId() const
{
    const QModelIndex current = m_outcomesView->currentIndex();
    return current.isValid() && current.data(DirectiveReviewModel::IsTaskRole).toBool()
               ? current.data(DirectiveReviewModel::IdRole).toLongLong()
               : 0;
}

bool MeetingsPage::selectOutcome(qint64 outcomeId)
{
    const QModelIndex index = m_directives->indexOfOutcome(outcomeId);
    if (!index.isValid())
        return false;
    m_outcomesView->setCurrentIndex(index);
    m_outcomesView->scrollTo(index);
    return true;
}

void MeetingsPage::updateActions()
{
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    const MeetingSummary *meeting = currentSummary();
    const MeetingOutcome *outcome = currentOutcome();
    m_newMeetingAction->setEnabled(writable);
    m_editMeetingAction->setEnabled(open && meeting);
    m_removeMeetingAction->setEnabled(writable && meeting);
    const bool frozen = meeting && meeting->frozenAsOf.isValid();
    m_freezeAction->setEnabled(writable && meeting && !frozen);
    m_freezeAction->setToolTip(
        frozen ? tr("The figures of this meeting were frozen as of %1: they never change.")
                     .arg(shortDate(meeting->frozenAsOf))
               : tr("Store the task counts, indicators and commune colours as of the meeting's date with the "
                    "meeting, "
                    "so that what was printed for it never changes"));
    m_addOutcomeAction->setEnabled(writable && meeting);
    m_editOutcomeAction->setEnabled(open && outcome);
    m_removeOutcomeAction->setEnabled(writable && outcome);
    const QList<qint64> missing = m_directives->leadsWithoutTask(m_outcomesView->currentIndex());
    m_createTasksAction->setEnabled(writable && !missing.isEmpty());
    if (outcome && outcome->isDirective() && missing.isEmpty() && !outcome->leadUnitIds.isEmpty())
        m_createTasksAction->setToolTip(tr("Every lead unit of this directive has its task"));
    else
        m_createTasksAction->setToolTip(
            tr("Create one task per lead unit of the selected directive, linked to it "
               "(Ctrl+T)"));
    m_openTaskAction->setEnabled(open && currentTaskId() > 0);
}

void MeetingsPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void MeetingsPage::newMeeting()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return;
    m_message->hide();
    MeetingDialog dialog(m_session, 0, this);
    if (dialog.exec() == QDialog::Accepted)
        showMeeting(dialog.meetingId());
}

void MeetingsPage::editMeeting()
{
    const qint64 id = currentMeetingId();
    if (id == 0)
        return;
    m_message->hide();
    MeetingDialog dialog(m_session, id, this);
    dialog.exec(); // saved through the facade; the page reloads on its change signal
}

void MeetingsPage::removeMeeting()
{
    const MeetingSummary *meeting = currentSummary();
    if (!meeting || m_session->isReadOnly())
        return;
    const qint64 id = meeting->id;
    QString text = tr("Remove the meeting %1?").arg(MeetingStore::caption(meeting->heldOn, meeting->title));
    QString details =
        tr("Its attendees and its %n outcome(s) are removed with it.", nullptr, meeting->outcomes);
    if (meeting->tasks > 0)
        details += QLatin1Char(' ') + tr("The %n task(s) created from its directives stay in the register.",
                                         nullptr, meeting->tasks);
    if (meeting->frozenAsOf.isValid())
        details += QLatin1Char(' ') + tr("Its frozen figures are removed too.");
    details += QLatin1Char(' ') + tr("Edit › Undo brings everything back.");
    QMessageBox box(QMessageBox::Question, tr("Remove meeting"), text, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("confirmRemoveMeeting"));
    box.setInformativeText(details);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    if (box.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->commands()->removeMeeting(id, &error))
        showMessage(error, true);
}

void MeetingsPage::freezeFigures()
{
    const MeetingSummary *meeting = currentSummary();
    if (!meeting || m_session->isReadOnly() || meeting->frozenAsOf.isValid())
        return;
    const qint64 id = meeting->id;
    QMessageBox box(QMessageBox::Question, tr("Freeze figures"),
                    tr("Freeze the figures of the meeting of %1?").arg(shortDate(meeting->heldOn)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmFreeze"));
    box.setInformativeText(
        tr("The task counts by status, the indicators against their targets and the commune "
           "colours as of %1 are stored with the meeting. What is printed for it then never "
           "changes, whatever is recorded later.")
            .arg(shortDate(meeting->heldOn)));
    box.button(QMessageBox::Yes)->setText(tr("Freeze"));
    if (box.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->commands()->freezeMeetingFigures(id, &error))
        showMessage(error, true);
    else
        showMessage(tr("The figures of the meeting of %1 are frozen.").arg(shortDate(m_meeting.heldOn)),
                    false);
}

void MeetingsPage::addOutcome()
{
    if (m_meeting.id == 0 || !m_session->isOpen() || m_session->isReadOnly())
        return;
    m_message->hide();
    MeetingOutcome outcome;
    outcome.meetingId = m_meeting.id;
    outcome.position = m_directives->rowCount();
    OutcomeDialog dialog(m_session, outcome, meetingCaption(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectOutcome(dialog.outcomeId());
}

void MeetingsPage::editOutcome()
{
    const MeetingOutcome *outcome = currentOutcome();
    if (!outcome)
        return;
    m_message->hide();
    const MeetingOutcome edited = *outcome; // the model resets when the edit is saved
    OutcomeDialog dialog(m_session, edited, meetingCaption(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectOutcome(edited.id);
}

void MeetingsPage::removeOutcome()
{
    const MeetingOutcome *outcome = currentOutcome();
    if (!outcome || m_session->isReadOnly())
        return;
    const qint64 id = outcome->id;
    if (!outcome->taskIds.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Remove outcome"),
            tr("Remove outcome %1 of this meeting?").arg(QLocale().toString(outcome->position + 1)),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmRemoveOutcome"));
        box.setInformativeText(
            tr("The %n task(s) created from it stay in the register, no longer linked to this "
               "meeting. Edit › Undo brings the outcome and the links back.",
               nullptr, int(outcome->taskIds.size())));
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Yes)->setText(tr("Remove"));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_message->hide();
    QString error;
    if (!m_session->commands()->removeOutcome(id, &error))
        showMessage(error, true);
}

void MeetingsPage::createTasks()
{
    const MeetingOutcome *outcome = currentOutcome();
    if (!outcome || !m_session->isOpen() || m_session->isReadOnly())
        return;
    const qint64 id = outcome->id;
    const QList<qint64> before = outcome->taskIds;
    QString error;
    int created = 0;
    if (!m_session->commands()->createDirectiveTasks(id, &created, &error)) {
        showMessage(error, true);
        return;
    }
    // Name the new tasks by code: the secretary quotes them in the conclusion notice.
    const Database &database = *m_session->database();
    MeetingOutcome after;
    QStringList codes;
    if (MeetingStore::outcome(database, id, &after)) {
        for (qint64 task : std::as_const(after.taskIds)) {
            TaskRecord record;
            if (!before.contains(task) && TaskStore::loadTask(database, task, &record))
                codes << record.code;
        }
    }
    std::sort(codes.begin(), codes.end());
    showMessage(tr("Created %n task(s): %1.", nullptr, created).arg(codes.join(QStringLiteral(", "))), false);
    selectOutcome(id);
}

void MeetingsPage::outcomeActivated(const QModelIndex &index)
{
    if (index.data(DirectiveReviewModel::IsTaskRole).toBool())
        Q_EMIT taskRequested(index.data(DirectiveReviewModel::IdRole).toLongLong());
    else
        editOutcome();
}

void MeetingsPage::openSelectedTask()
{
    const qint64 task = currentTaskId();
    if (task > 0)
        Q_EMIT taskRequested(task);
}

MeetingFiguresModel *MeetingsPage::figuresModel() const
{
    return m_figuresPane->model();
}

void MeetingsPage::updateFigures()
{
    const Database *database = m_session->isOpen() ? m_session->database() : nullptr;
    const qint64 previous = database && m_meeting.id > 0 ? MeetingStore::previousMeeting(*database, m_meeting.id) : 0;
    m_figuresPane->setMeeting(database, m_meeting.id, m_meeting.heldOn, m_meetings->meetings(), previous,
                              database ? tr("Choose a meeting in the list.") : tr("No file is open."));
}

void MeetingsPage::retranslate()
{
    m_asOfLabel->setText(tr("&As of:"));
    m_asOf->setToolTip(tr("The directives' tasks are shown with their status as of this date"));
    m_tabs->setTabText(0, tr("Conclusions and directives"));
    m_tabs->setTabText(1, tr("Figures"));
    m_newMeetingAction->setText(tr("&New meeting…"));
    m_newMeetingAction->setToolTip(tr("Record a meeting: date, kind, chair, attendees (Insert)"));
    m_editMeetingAction->setText(tr("&Edit…"));
    m_editMeetingAction->setToolTip(tr("Open the chosen meeting's form (Ctrl+E or double-click)"));
    m_removeMeetingAction->setText(tr("&Remove"));
    m_freezeAction->setText(tr("&Freeze figures…"));
    m_addOutcomeAction->setText(tr("&Add outcome…"));
    m_addOutcomeAction->setToolTip(tr("Add information, a decision or a directive to the meeting (Insert)"));
    m_editOutcomeAction->setText(tr("Edit o&utcome…"));
    m_editOutcomeAction->setToolTip(tr("Open the selected outcome's form (Ctrl+E or double-click)"));
    m_removeOutcomeAction->setText(tr("Remo&ve outcome"));
    m_createTasksAction->setText(tr("Create &tasks"));
    m_openTaskAction->setText(tr("&Open task"));
    m_openTaskAction->setToolTip(tr("Show the selected task in the task register (or double-click it)"));
    // Names, dates and kinds follow the language: read them again (once shown, if hidden).
    if (m_session->isOpen() && !deferWhileHidden())
        reload();
    else
        updateHeader();
}
