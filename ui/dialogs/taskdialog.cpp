// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/taskdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "models/tasks/taskstore.h"
#include "ui/widgets/deadlineedit.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/occurrencetable.h"
#include "ui/widgets/unitchecklist.h"
#include "ui/widgets/unitcombobox.h"

namespace {

//! A plain-text box \a lines high; \a grows: it takes the room the form has to spare.
QPlainTextEdit *newTextEdit(const QString &name, int lines, bool grows, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    // Tab moves on to the next field, as in every other box of the form; text is pasted plain.
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    if (grows)
        edit->setMinimumHeight(height);
    else
        edit->setFixedHeight(height);
    return edit;
}

//! Selects the item carrying \a value; a value the list does not know is kept as its own item.
void selectData(QComboBox *combo, const QVariant &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value.toString(), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

TaskDialog::TaskDialog(Session *session, qint64 taskId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_taskId(taskId)
{
    setObjectName(QStringLiteral("taskDialog"));
    buildForm();
    loadReferenceLists();

    const bool open = m_session->isOpen();
    TaskDraft draft;
    if (!open) {
        m_loadError = tr("No file is open.");
    } else if (m_taskId != 0) {
        QString error;
        if (!m_session->commands()->loadDraft(m_taskId, &draft, &error))
            m_loadError = error.isEmpty() ? tr("The task could not be read.") : error;
        TaskRecord record;
        if (m_loadError.isEmpty() && TaskStore::loadTask(*m_session->database(), m_taskId, &record) &&
            record.isRecurring()) {
            // Each period's status as the register shows it today.
            m_storedRecurrence = record.recurrence;
            m_occurrences->setTask(record, m_session->commands()->today(), m_session->dueSoonDays());
        }
    } else {
        draft.code = m_session->commands()->suggestTaskCode();
        draft.assignedOn = m_session->commands()->today();
    }
    m_canSave = open && m_loadError.isEmpty() && !m_session->isReadOnly();
    setDraft(draft);

    retranslate();
    updateEnabled();
    if (!m_canSave)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_title->setFocus();
}

TaskDialog::~TaskDialog() = default;

void TaskDialog::buildForm()
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_title = newTextEdit(QStringLiteral("title"), 4, false, this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(QString(), QStringLiteral("task"));
    m_kind->addItem(QString(), QStringLiteral("model"));
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programme"));
    // Programme names are sentences ("Nghị quyết 57-NQ/TW về đột phá …"): the combo must not set the width.
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(24);
    m_documentNumber = new QLineEdit(this);
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_documentDateLabel = new QLabel(this);
    m_documentDate = FormWidgets::dateEdit(QStringLiteral("documentDate"), QDate::currentDate(), this);
    m_documentDateLabel->setBuddy(m_documentDate);
    m_assignedBy = new QComboBox(this);
    m_assignedBy->setObjectName(QStringLiteral("assignedBy"));
    m_leadUnit = new UnitComboBox(this);
    m_leadUnit->setObjectName(QStringLiteral("leadUnit"));
    m_coordinators = new UnitChecklist(this);
    m_coordinators->setObjectName(QStringLiteral("coordinatorChecklist"));
    m_coordinators->filterEdit()->setObjectName(QStringLiteral("coordinatorFilter"));
    m_coordinators->listWidget()->setObjectName(QStringLiteral("coordinators"));
    m_coordinators->summaryLabel()->setObjectName(QStringLiteral("coordinatorSummary"));
    m_assignedOn = FormWidgets::dateEdit(QStringLiteral("assignedOn"), QDate::currentDate(), this);
    m_deadline = new DeadlineEdit(this);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_recurrence = new QComboBox(this);
    m_recurrence->setObjectName(QStringLiteral("recurrence"));
    m_occurrences = new OccurrenceTable(this);
    m_occurrences->setObjectName(QStringLiteral("occurrences"));
    m_occurrencesLabel = new QLabel(this);
    m_occurrencesLabel->setObjectName(QStringLiteral("occurrencesLabel"));
    m_completed = new QCheckBox(this);
    m_completed->setObjectName(QStringLiteral("completed"));
    const QDate today = m_session->commands()->today();
    m_completedOn = FormWidgets::dateEdit(QStringLiteral("completedOn"), today, this);
    // A completion is recorded after the fact: the calendar does not offer days still to come.
    m_completedOn->setMaximumDate(today);
    m_result = newTextEdit(QStringLiteral("result"), 3, false, this);
    m_progressNotes = newTextEdit(QStringLiteral("progressNotes"), 4, true, this);
    m_readOnlyNote = FormWidgets::readOnlyNote(this);
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    m_message = FormWidgets::problemLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    using Field = TaskValidator::Field;
    const auto error = [this](Field field, const char *name) {
        QLabel *label = FormWidgets::problemLabel(QString::fromLatin1(name), this);
        m_errors.insert(field, label);
        return label;
    };
    const auto label = [this](QWidget *buddy, const char *text) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        m_labels.append({l, text});
        return l;
    };

    auto *document = new QHBoxLayout;
    document->addWidget(m_documentNumber, 1);
    document->addWidget(m_documentDateLabel);
    document->addWidget(m_documentDate);

    auto *completed = new QHBoxLayout;
    completed->addWidget(m_completed);
    completed->addWidget(m_completedOn);
    completed->addStretch();

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(label(m_code, QT_TR_NOOP("&Code:")),
                 FormWidgets::withProblem(m_code, error(Field::Code, "codeError"), this));
    left->addRow(label(m_title, QT_TR_NOOP("&Title:")),
                 FormWidgets::withProblem(m_title, error(Field::Title, "titleError"), this));
    left->addRow(label(m_kind, QT_TR_NOOP("&Kind:")), m_kind);
    left->addRow(label(m_programme, QT_TR_NOOP("&Programme:")), m_programme);
    left->addRow(label(m_documentNumber, QT_TR_NOOP("Assigned in &document:")),
                 FormWidgets::withProblem(document, error(Field::Document, "documentError"), this));
    left->addRow(label(m_assignedBy, QT_TR_NOOP("Assigned &by:")), m_assignedBy);
    left->addRow(label(m_assignedOn, QT_TR_NOOP("Assigned &on:")),
                 FormWidgets::withProblem(m_assignedOn, error(Field::AssignedOn, "assignedOnError"), this));
    left->addRow(label(m_deadline, QT_TR_NOOP("Deadli&ne:")),
                 FormWidgets::withProblem(m_deadline, error(Field::Deadline, "deadlineError"), this));
    left->addRow(label(m_recurrence, QT_TR_NOOP("&Recurs:")),
                 FormWidgets::withProblem(m_recurrence, error(Field::Recurrence, "recurrenceError"), this));
    // The whole width of the column: status names are long, in Vietnamese even more.
    left->addRow(m_occurrencesLabel);
    left->addRow(m_occurrences);

    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(label(m_leadUnit, QT_TR_NOOP("&Lead unit:")),
                  FormWidgets::withProblem(m_leadUnit, error(Field::LeadUnit, "leadUnitError"), this));
    right->addRow(label(m_coordinators, QT_TR_NOOP("Coordinating &units:")), m_coordinators);
    right->addRow(label(m_completed, QT_TR_NOOP("Completion:")),
                  FormWidgets::withProblem(completed, error(Field::CompletedOn, "completedOnError"), this));
    right->addRow(label(m_result, QT_TR_NOOP("R&esult:")), m_result);
    right->addRow(label(m_progressNotes, QT_TR_NOOP("Pro&gress notes:")), m_progressNotes);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(1000, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_documentNumber, &QLineEdit::textChanged, this, &TaskDialog::updateEnabled);
    connect(m_completed, &QCheckBox::toggled, this, &TaskDialog::updateEnabled);
    // The document usually assigns the task on its own date: the date follows "Assigned on" until set.
    connect(m_documentDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_syncingDocumentDate)
            m_documentDateTouched = true;
    });
    connect(m_assignedOn, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_documentDateTouched)
            return;
        m_syncingDocumentDate = true;
        m_documentDate->setDate(date);
        m_syncingDocumentDate = false;
    });
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &TaskDialog::updateDeadlineNote);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &TaskDialog::updateRecurrenceViews);
    // The lead unit does not coordinate with itself: greyed in the list, whatever its tick.
    connect(m_leadUnit, &UnitComboBox::unitChanged, m_coordinators, &UnitChecklist::setExcludedId);

    // Once problems are on screen they follow the corrections, so the user sees each one go away.
    connect(m_code, &QLineEdit::textChanged, this, &TaskDialog::fieldEdited);
    connect(m_title, &QPlainTextEdit::textChanged, this, &TaskDialog::fieldEdited);
    connect(m_documentNumber, &QLineEdit::textChanged, this, &TaskDialog::fieldEdited);
    connect(m_documentDate, &QDateEdit::dateChanged, this, &TaskDialog::fieldEdited);
    connect(m_leadUnit, &UnitComboBox::unitChanged, this, &TaskDialog::fieldEdited);
    connect(m_leadUnit, &QComboBox::editTextChanged, this, &TaskDialog::fieldEdited);
    connect(m_coordinators, &UnitChecklist::changed, this, &TaskDialog::fieldEdited);
    connect(m_assignedOn, &QDateEdit::dateChanged, this, &TaskDialog::fieldEdited);
    connect(m_deadline, &DeadlineEdit::deadlineChanged, this, &TaskDialog::fieldEdited);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &TaskDialog::fieldEdited);
    connect(m_completed, &QCheckBox::toggled, this, &TaskDialog::fieldEdited);
    connect(m_completedOn, &QDateEdit::dateChanged, this, &TaskDialog::fieldEdited);
}

void TaskDialog::loadReferenceLists()
{
    if (m_session->isOpen()) {
        m_units = ReferenceData::units(*m_session->database());
        m_programmes = ReferenceData::programmes(*m_session->database());
    }
    m_leadUnit->setUnits(m_units);
    m_coordinators->setUnits(m_units);

    m_programme->addItem(QString(), qint64(0));
    for (const ReferenceData::Programme &programme : std::as_const(m_programmes))
        m_programme->addItem(QString(), programme.id);
    for (const ReferenceData::Choice &choice : ReferenceData::assigningLevels())
        m_assignedBy->addItem(choice.name, choice.code);
    for (const ReferenceData::Choice &choice : ReferenceData::recurrences())
        m_recurrence->addItem(choice.name, choice.code);
}

void TaskDialog::setDraft(const TaskDraft &draft)
{
    m_loaded = draft;
    m_code->setText(draft.code);
    m_title->setPlainText(draft.title);
    selectData(m_kind, draft.kind);
    selectData(m_programme, draft.programmeId);
    m_documentNumber->setText(draft.documentNumber);
    selectData(m_assignedBy, draft.assignedBy);
    m_leadUnit->setUnitId(draft.leadUnitId);
    if (draft.assignedOn.isValid())
        m_assignedOn->setDate(draft.assignedOn);
    // A stored document date that differs from the assignment is the user's: it no longer follows.
    m_documentDateTouched = draft.documentDate.isValid() && draft.documentDate != draft.assignedOn;
    m_syncingDocumentDate = true;
    m_documentDate->setDate(draft.documentDate.isValid() ? draft.documentDate : m_assignedOn->date());
    m_syncingDocumentDate = false;
    m_deadline->setDeadlineText(draft.deadlineText);
    if (m_taskId != 0)
        m_deadline->setRecordedWording(draft.deadlineText);
    selectData(m_recurrence, draft.recurrence);
    m_completed->setChecked(draft.completedOn.isValid());
    if (draft.completedOn.isValid()) {
        // An old completion stays as recorded even if "today" is set back (tests, a wrong clock).
        if (draft.completedOn > m_completedOn->maximumDate())
            m_completedOn->setMaximumDate(draft.completedOn);
        m_completedOn->setDate(draft.completedOn);
    }
    m_result->setPlainText(draft.result);
    m_progressNotes->setPlainText(draft.progressNotes);

    // Coordinators: open units, and closed ones only where the task already has them.
    m_coordinators->setCheckedIds(draft.coordinatorIds);
    m_coordinators->setExcludedId(draft.leadUnitId);
}

TaskDraft TaskDialog::draft() const
{
    TaskDraft draft = m_loaded; // keeps the id and anything the form does not show
    draft.id = m_taskId;
    draft.code = m_code->text().trimmed();
    draft.title = m_title->toPlainText().trimmed();
    draft.kind = m_kind->currentData().toString();
    draft.programmeId = m_programme->currentData().toLongLong();
    draft.documentNumber = m_documentNumber->text().trimmed();
    draft.documentDate = draft.documentNumber.isEmpty() ? QDate() : m_documentDate->date();
    draft.assignedBy = m_assignedBy->currentData().toString();
    draft.leadUnitId = m_leadUnit->unitId();
    // The lead unit does not coordinate with itself, even when it was also ticked in the list.
    draft.coordinatorIds = m_coordinators->checkedIds();
    draft.coordinatorIds.removeAll(draft.leadUnitId);
    draft.assignedOn = m_assignedOn->date();
    draft.deadlineText = m_deadline->deadlineText();
    draft.recurrence = m_recurrence->currentData().toString();
    draft.completedOn = m_completed->isChecked() ? m_completedOn->date() : QDate();
    draft.result = m_result->toPlainText().trimmed();
    draft.progressNotes = m_progressNotes->toPlainText().trimmed();
    return draft;
}

void TaskDialog::accept()
{
    if (!m_canSave)
        return;
    m_messageFromFacade = false;
    const QVector<TaskValidator::Problem> found = problems();
    m_showingProblems = true;
    showProblems(found, true);
    if (!found.isEmpty())
        return;

    const TaskDraft task = draft();
    QString error;
    bool saved = false;
    if (m_taskId == 0) {
        qint64 newId = 0;
        saved = m_session->commands()->createTask(task, &newId, &error);
        if (saved)
            m_taskId = newId;
    } else {
        saved = m_session->commands()->updateTask(task, &error);
    }
    if (!saved) {
        // The form stays as typed: the user corrects it or cancels.
        m_message->setText(error.isEmpty() ? tr("The task was not saved.") : error);
        m_message->setVisible(true);
        m_messageFromFacade = true;
        return;
    }
    QDialog::accept();
}

void TaskDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TaskDialog::retranslate()
{
    setWindowTitle(m_taskId == 0 ? tr("New task") : tr("Task %1").arg(m_loaded.code));
    for (const FieldLabel &field : std::as_const(m_labels))
        field.label->setText(tr(field.text));
    m_documentDateLabel->setText(tr("dated"));
    m_documentNumber->setPlaceholderText(tr("e.g. 120/KH-UBND; empty: none"));
    m_leadUnit->lineEdit()->setPlaceholderText(tr("Type part of the name, accents optional"));
    m_code->setToolTip(tr("A new task gets the next free code; any unique code may be used."));
    fillChoiceTexts();
    m_coordinators->setEmptyText(tr("No coordinating unit."));
    updateDeadlineNote();
    updateRecurrenceViews();

    if (!m_loadError.isEmpty()) {
        m_readOnlyNote->setText(m_loadError);
        m_readOnlyNote->setVisible(true);
    } else {
        FormWidgets::checkWritable(m_session, m_readOnlyNote);
    }
    // Validation messages are in the language they were made in: make them again.
    if (m_showingProblems)
        showProblems(problems(), false);
}

void TaskDialog::fillChoiceTexts()
{
    m_kind->setItemText(0, tr("Task"));
    m_kind->setItemText(1, tr("Pilot model"));
    m_programme->setItemText(0, tr("None"));
    for (int i = 0; i < m_programmes.size(); ++i) {
        const ReferenceData::Programme &programme = m_programmes.at(i);
        m_programme->setItemText(i + 1, ReferenceData::localName(programme.name, programme.nameEn));
        m_programme->setItemData(i + 1, programme.code, Qt::ToolTipRole);
    }
    // setItemText keeps the current index: the choice survives the change of language.
    for (const ReferenceData::Choice &choice : ReferenceData::assigningLevels()) {
        const int index = m_assignedBy->findData(choice.code);
        if (index >= 0)
            m_assignedBy->setItemText(index, choice.name);
    }
    for (const ReferenceData::Choice &choice : ReferenceData::recurrences()) {
        const int index = m_recurrence->findData(choice.code);
        if (index >= 0)
            m_recurrence->setItemText(index, choice.name);
    }
}

void TaskDialog::updateEnabled()
{
    const bool hasDocument = !m_documentNumber->text().trimmed().isEmpty();
    m_documentDate->setEnabled(hasDocument);
    m_documentDateLabel->setEnabled(hasDocument);
    m_completedOn->setEnabled(m_completed->isChecked());
}

void TaskDialog::updateDeadlineNote()
{
    // A recurring task falls due at the end of each period from its assignment: no single date to show.
    const bool recurring = m_recurrence->currentData().toString() != QLatin1String("none");
    m_deadline->setNote(recurring ? tr("due at the end of every period") : QString());
}

void TaskDialog::updateRecurrenceViews()
{
    const QString recurrence = m_recurrence->currentData().toString();
    // The stored periods, while the form still recurs the way they were counted.
    const bool showPeriods = !m_storedRecurrence.isEmpty() && recurrence == m_storedRecurrence;
    m_occurrencesLabel->setVisible(showPeriods);
    m_occurrences->setVisible(showPeriods);
    m_occurrencesLabel->setText(tr("Periods, with their status today:"));
    m_occurrences->setToolTip(
        tr("Each period's status today. Record a period's report with Mark completed."));
    // The task's own completion date closes a recurring task: it must not read as "this month is done".
    const bool recurring = !recurrence.isEmpty() && recurrence != QLatin1String("none");
    m_completed->setText(recurring ? tr("Clo&sed on") : tr("Co&mpleted on"));
    m_completed->setToolTip(recurring ? tr("A recurring task closed on a date no longer falls due after that "
                                           "period. Each period's report is recorded with Mark completed.")
                                      : QString());
}

void TaskDialog::fieldEdited()
{
    if (m_showingProblems)
        showProblems(problems(), false);
}

QVector<TaskValidator::Problem> TaskDialog::problems() const
{
    const TaskDraft task = draft();
    QVector<TaskValidator::Problem> found =
        TaskValidator::validate(task, m_session->commands()->today(), /*codeTaken=*/false);
    // A wording stored before this parser ("Thường xuyên", "Trước năm học 2026 - 2027") and left untouched
    // keeps its recorded date in the facade: it is not the user's mistake to fix.
    bool understood = true;
    TaskValidator::deadlineFromText(task.deadlineText, &understood);
    if (!understood && m_deadline->isRecordedWording()) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [](const TaskValidator::Problem &problem) {
                                       return problem.field == TaskValidator::Field::Deadline;
                                   }),
                    found.end());
    }
    // "Lead unit required" would puzzle someone who typed a name: say what is wrong with what they typed.
    if (m_leadUnit->hasUnmatchedText()) {
        const QString message =
            tr("No unit is called “%1”: choose one from the list.").arg(m_leadUnit->currentText().trimmed());
        bool replaced = false;
        for (TaskValidator::Problem &problem : found) {
            if (problem.field == TaskValidator::Field::LeadUnit) {
                problem.message = replaced ? QString() : message;
                replaced = true;
            }
        }
        if (!replaced)
            found.append({TaskValidator::Field::LeadUnit, message});
    }
    return found;
}

void TaskDialog::showProblems(const QVector<TaskValidator::Problem> &problems, bool focus)
{
    QMap<TaskValidator::Field, QStringList> byField;
    QStringList unplaced;
    for (const TaskValidator::Problem &problem : problems) {
        if (problem.message.isEmpty())
            continue;
        if (m_errors.contains(problem.field))
            byField[problem.field].append(problem.message);
        else
            unplaced.append(problem.message);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    // A refusal from the facade stays until the next OK; validation messages follow the fields.
    if (!m_messageFromFacade) {
        m_message->setText(unplaced.join(QLatin1Char('\n')));
        m_message->setVisible(!unplaced.isEmpty());
    }
    if (!focus)
        return;
    // The first problem in reading order (left column top to bottom, then the right one) gets the focus.
    using Field = TaskValidator::Field;
    for (Field field : {Field::Code, Field::Title, Field::Document, Field::AssignedOn, Field::Deadline,
                        Field::Recurrence, Field::LeadUnit, Field::CompletedOn}) {
        if (byField.contains(field)) {
            if (QWidget *widget = focusWidgetFor(field))
                widget->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QWidget *TaskDialog::focusWidgetFor(TaskValidator::Field field) const
{
    using Field = TaskValidator::Field;
    switch (field) {
    case Field::Code:
        return m_code;
    case Field::Title:
        return m_title;
    case Field::LeadUnit:
        return m_leadUnit;
    case Field::AssignedOn:
        return m_assignedOn;
    case Field::Deadline:
        return m_deadline->lineEdit();
    case Field::Recurrence:
        return m_recurrence;
    case Field::CompletedOn:
        return m_completed->isChecked() ? static_cast<QWidget *>(m_completedOn) : m_completed;
    case Field::Document:
        return m_documentNumber->text().trimmed().isEmpty() ? static_cast<QWidget *>(m_documentNumber)
                                                            : m_documentDate;
    }
    return nullptr;
}
