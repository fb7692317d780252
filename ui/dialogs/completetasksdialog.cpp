// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/completetasksdialog.h"

#include <algorithm>

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/domain/period.h"
#include "models/session.h"
#include "models/tasks/taskstore.h"
#include "ui/widgets/formwidgets.h"

namespace {

const QString DateFormat = QStringLiteral("dd/MM/yyyy");
// The read-only banner's colours: the same warning looks the same everywhere.
const QString NoteStyle = QStringLiteral("background: #fff4ce; color: #3b2f00; padding: 6px;");
const QString HintStyle = QStringLiteral("color: #616161;");

// What each period entry of the chooser carries.
constexpr int PeriodCodeRole = Qt::UserRole;
constexpr int CompletedOnRole = Qt::UserRole + 1;
constexpr int StatusRole = Qt::UserRole + 2;

QDateEdit *newDateEdit(const QString &name, const QDate &today, QWidget *parent)
{
    QDateEdit *edit = FormWidgets::dateEdit(name, today, parent);
    // A completion is a fact already happened: days to come cannot be chosen.
    edit->setMaximumDate(today);
    return edit;
}

} // namespace

CompleteTasksDialog::CompleteTasksDialog(Session *session, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ids(ids)
    , m_label(new QLabel(this))
    , m_date(newDateEdit(QStringLiteral("completedOn"), session->commands()->today(), this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_reopen(new QPushButton(this))
{
    setObjectName(QStringLiteral("completeTasksDialog"));
    m_label->setBuddy(m_date);
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);

    m_writable = m_session->isOpen() && !m_session->isReadOnly() && !m_ids.isEmpty();
    if (m_session->isOpen())
        inspectTasks();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    if (m_recurring) {
        // The task's own completion would close it: its Reopen is a choice in the section instead.
        m_label->setVisible(false);
        m_reopen->setVisible(false);
        layout->addWidget(buildOccurrenceSection());
    } else {
        auto *row = new QHBoxLayout;
        row->addWidget(m_label);
        row->addWidget(m_date);
        row->addStretch();
        layout->addLayout(row);
    }
    if (m_recurringCount > 0) {
        m_recurringNote = new QLabel(this);
        m_recurringNote->setObjectName(QStringLiteral("recurringNote"));
        m_recurringNote->setWordWrap(true);
        m_recurringNote->setStyleSheet(NoteStyle);
        layout->addWidget(m_recurringNote);
    }
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteTasksDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reopen, &QPushButton::clicked, this, &CompleteTasksDialog::reopen);

    updateEnabled();
    retranslate();
    if (m_recurring)
        resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

CompleteTasksDialog::~CompleteTasksDialog() = default;

void CompleteTasksDialog::inspectTasks()
{
    const Database &database = *m_session->database();
    if (m_ids.size() == 1) {
        TaskRecord task;
        if (TaskStore::loadTask(database, m_ids.constFirst(), &task) && task.isRecurring()) {
            m_recurring = true;
            m_task = task;
        }
        return;
    }
    // One read of the register rather than one per selected row: selections can be hundreds long.
    const QSet<qint64> selected(m_ids.cbegin(), m_ids.cend());
    for (const TaskRecord &task : TaskStore::load(database, true)) {
        if (task.isRecurring() && selected.contains(task.id))
            ++m_recurringCount;
    }
}

QWidget *CompleteTasksDialog::buildOccurrenceSection()
{
    auto *section = new QWidget(this);
    const QDate today = m_session->commands()->today();

    m_heading = new QLabel(section);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(m_task.code + QStringLiteral(" — ") + m_task.title);
    m_recurrenceNote = new QLabel(section);
    m_recurrenceNote->setObjectName(QStringLiteral("recurrenceNote"));
    m_recurrenceNote->setWordWrap(true);
    m_recurrenceNote->setStyleSheet(HintStyle);

    m_period = new QComboBox(section);
    m_period->setObjectName(QStringLiteral("period"));
    m_periodLabel = new QLabel(section);
    m_periodLabel->setBuddy(m_period);
    m_done = new QRadioButton(section);
    m_done->setObjectName(QStringLiteral("occurrenceDone"));
    m_occurrenceDate = newDateEdit(QStringLiteral("occurrenceCompletedOn"), today, section);
    // The facade refuses a completion before the assignment: the calendar does not offer it.
    if (m_task.assignedOn.isValid() && m_task.assignedOn <= today)
        m_occurrenceDate->setMinimumDate(m_task.assignedOn);
    m_notDone = new QRadioButton(section);
    m_notDone->setObjectName(QStringLiteral("occurrenceNotDone"));
    m_close = new QRadioButton(section);
    m_close->setObjectName(QStringLiteral("closeTask"));
    m_closeNote = new QLabel(section);
    m_closeNote->setObjectName(QStringLiteral("closeNote"));
    m_closeNote->setWordWrap(true);
    m_closeNote->setStyleSheet(HintStyle);
    // The note reads as part of its choice: indented past the radio indicator.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    m_closeNote->setContentsMargins(indent, 0, 0, 0);

    auto *choices = new QButtonGroup(section);
    choices->addButton(m_done);
    choices->addButton(m_notDone);
    choices->addButton(m_close);
    m_done->setChecked(true);

    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(m_done);
    doneRow->addWidget(m_occurrenceDate);
    doneRow->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_periodLabel, m_period);
    form->addRow(QString(), doneRow);
    form->addRow(QString(), m_notDone);

    auto *line = new QFrame(section);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_close);
    closeRow->addWidget(m_date);
    closeRow->addStretch();
    // A task already closed has no date to choose: the choice is to reopen it.
    m_date->setVisible(!m_task.completedOn.isValid());

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_recurrenceNote);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(line);
    layout->addLayout(closeRow);
    layout->addWidget(m_closeNote);

    fillPeriods();
    connect(m_period, &QComboBox::currentIndexChanged, this, &CompleteTasksDialog::periodChosen);
    connect(choices, &QButtonGroup::buttonToggled, this, &CompleteTasksDialog::updateEnabled);
    connect(m_date, &QDateEdit::dateChanged, this, &CompleteTasksDialog::updateCloseNote);
    return section;
}

void CompleteTasksDialog::fillPeriods()
{
    // The statuses are today's, as the register shows them; the newest period comes first.
    const QVector<TaskRecord> tasks{m_task};
    QVector<TaskOccurrence> occurrences =
        TaskStore::occurrences(tasks, m_session->commands()->today(), m_session->dueSoonDays());
    std::reverse(occurrences.begin(), occurrences.end());
    int current = -1;
    int overdue = -1;
    for (const TaskOccurrence &o : std::as_const(occurrences)) {
        m_period->addItem(QString());
        const int index = m_period->count() - 1;
        m_period->setItemData(index, o.period, PeriodCodeRole);
        m_period->setItemData(index, o.completedOn, CompletedOnRole);
        m_period->setItemData(index, int(o.status), StatusRole);
        // The secretary's next job is the newest period past its due date and not recorded (early in June
        // that is May's report), else the newest period still open.
        if (overdue < 0 && o.status == TaskStatus::OpenOverdue)
            overdue = index;
        if (current < 0 && !TaskStatusRules::isCompleted(o.status))
            current = index;
    }
    if (overdue >= 0)
        current = overdue;
    m_period->setCurrentIndex(current >= 0 ? current : (m_period->count() > 0 ? 0 : -1));
    periodChosen();
}

void CompleteTasksDialog::periodChosen()
{
    // The date shows what is recorded for the period, so that it can be read, corrected or cleared.
    const QDate today = m_session->commands()->today();
    const QDate recorded = m_period->currentData(CompletedOnRole).toDate();
    if (recorded.isValid() && recorded > m_occurrenceDate->maximumDate())
        m_occurrenceDate->setMaximumDate(recorded); // an old record stays as it is, even past "today"
    m_occurrenceDate->setDate(recorded.isValid() ? recorded : today);
    // Choosing a period is choosing to record it, not to close the task.
    if (m_close->isChecked())
        m_done->setChecked(true);
    updateEnabled();
}

bool CompleteTasksDialog::okAllowed() const
{
    if (!m_writable || m_recurringCount > 0)
        return false;
    return !m_recurring || m_close->isChecked() || m_period->currentIndex() >= 0;
}

void CompleteTasksDialog::updateEnabled()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(okAllowed());
    m_reopen->setEnabled(m_writable && m_recurringCount == 0);
    m_date->setEnabled(m_recurringCount == 0 && (!m_recurring || m_close->isChecked()));
    if (!m_recurring)
        return;
    const bool hasPeriods = m_period->count() > 0;
    m_period->setEnabled(hasPeriods);
    m_done->setEnabled(hasPeriods);
    m_notDone->setEnabled(hasPeriods);
    m_occurrenceDate->setEnabled(hasPeriods && m_done->isChecked());
    updateOkText();
}

void CompleteTasksDialog::updateOkText()
{
    // The button says what it will do: record a period, or close (reopen) the whole task.
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!m_recurring)
        ok->setText(tr("Mark completed"));
    else if (!m_close->isChecked())
        ok->setText(tr("Record"));
    else
        ok->setText(m_task.completedOn.isValid() ? tr("Reopen task") : tr("Close task"));
}

void CompleteTasksDialog::accept()
{
    if (!okAllowed())
        return;
    QString error;
    bool done = false;
    EditCommands *commands = m_session->commands();
    if (!m_recurring) {
        done = commands->setCompleted(m_ids, m_date->date(), &error);
    } else if (m_close->isChecked()) {
        // Closing, or reopening a closed task: the task's own completion date, as for any task.
        done = commands->setCompleted(m_ids, m_task.completedOn.isValid() ? QDate() : m_date->date(), &error);
    } else {
        const QDate date = m_done->isChecked() ? m_occurrenceDate->date() : QDate();
        done = commands->setOccurrenceCompleted(m_task.id, m_period->currentData(PeriodCodeRole).toString(),
                                                date, &error);
    }
    if (report(done, error))
        QDialog::accept();
}

void CompleteTasksDialog::reopen()
{
    if (!m_reopen->isEnabled() || !m_reopen->isVisible())
        return;
    QString error;
    if (report(m_session->commands()->setCompleted(m_ids, QDate(), &error), error))
        QDialog::accept();
}

bool CompleteTasksDialog::report(bool done, const QString &error)
{
    if (done)
        return true;
    m_message->setText(error.isEmpty() ? tr("Nothing was changed.") : error);
    m_message->setVisible(true);
    return false;
}

void CompleteTasksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompleteTasksDialog::retranslate()
{
    const int count = int(m_ids.size());
    setWindowTitle(tr("Mark completed"));
    m_label->setText(tr("Mark %n task(s) &completed on:", nullptr, count));
    updateOkText();
    m_reopen->setText(tr("&Reopen"));
    m_reopen->setToolTip(tr("Clear the completion: the %n task(s) are open again.", nullptr, count));
    if (m_recurringNote) {
        m_recurringNote->setText(
            tr("Recurring tasks must be recorded one at a time, period by period: %n of the %1 "
               "selected tasks recur. Marked here, they would be closed for good. Select a recurring task "
               "on its own and choose Mark completed again.",
               nullptr, m_recurringCount)
                .arg(count));
    }
    if (m_recurring)
        retranslateOccurrenceSection();
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
}

void CompleteTasksDialog::retranslateOccurrenceSection()
{
    if (!m_recurring)
        return;
    const QString recurrence = m_task.recurrence;
    m_recurrenceNote->setText(recurrence == QLatin1String("monthly")
                                  ? tr("Falls due every month: each month is recorded on its own.")
                              : recurrence == QLatin1String("quarterly")
                                  ? tr("Falls due every quarter: each quarter is recorded on its own.")
                                  : tr("Falls due every year: each year is recorded on its own."));
    m_periodLabel->setText(tr("&Period:"));
    for (int i = 0; i < m_period->count(); ++i) {
        const Period period = Period::parse(m_period->itemData(i, PeriodCodeRole).toString());
        const auto status = static_cast<TaskStatus>(m_period->itemData(i, StatusRole).toInt());
        //: A period to record and its status today, e.g. "Tháng 5/2026 — Đang thực hiện, trong hạn".
        m_period->setItemText(i,
                              tr("%1 — %2").arg(period.displayText(), TaskStatusRules::displayName(status)));
    }
    m_period->setPlaceholderText(tr("No period has fallen due yet"));
    m_done->setText(tr("&Done on"));
    m_notDone->setText(tr("&Not done"));
    m_notDone->setToolTip(tr("Clears the completion recorded for this period."));
    const bool closed = m_task.completedOn.isValid();
    m_close->setText(closed ? tr("Re&open the recurring task (it falls due again)")
                            : tr("C&lose the recurring task (it no longer falls due)"));
    updateCloseNote();
}

void CompleteTasksDialog::updateCloseNote()
{
    if (!m_recurring)
        return;
    if (m_task.completedOn.isValid()) {
        m_closeNote->setText(tr("It was closed on %1 and has not fallen due since %2.")
                                 .arg(m_task.completedOn.toString(DateFormat),
                                      Period::containing(TaskStore::recurrenceKind(m_task.recurrence), m_task.completedOn)
                                          .next()
                                          .displayText()));
        return;
    }
    const Period last = Period::containing(TaskStore::recurrenceKind(m_task.recurrence), m_date->date());
    m_closeNote->setText(tr("Only when the task has ended: no period after %1 falls due any more. A period's "
                            "report is recorded above.")
                             .arg(last.displayText()));
}
