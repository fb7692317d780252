// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/outcomedialog.h"

#include <iterator>

#include <QCheckBox>
#include <QComboBox>
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
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/commands/meetingedits.h"
#include "models/meetings/directivereviewmodel.h"
#include "models/reference/referencedata.h"
#include "models/session.h"
#include "models/storage/schema.h"
#include "ui/widgets/deadlineedit.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/unitchecklist.h"

namespace {

const char *const Kinds[] = {Schema::OutcomeKind::Information, Schema::OutcomeKind::Decision,
                             Schema::OutcomeKind::Directive};

//! Names the three parts of \a checklist for tests and accessibility: \a prefix + Filter, List, Summary.
void nameChecklist(UnitChecklist *checklist, const QString &prefix)
{
    checklist->setObjectName(prefix);
    checklist->filterEdit()->setObjectName(prefix + QStringLiteral("Filter"));
    checklist->listWidget()->setObjectName(prefix + QStringLiteral("List"));
    checklist->summaryLabel()->setObjectName(prefix + QStringLiteral("Summary"));
}

} // namespace

OutcomeDialog::OutcomeDialog(Session *session, const MeetingOutcome &outcome, const QString &heading,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_outcome(outcome)
    , m_headingText(heading)
{
    setObjectName(QStringLiteral("outcomeDialog"));
    if (m_session->isOpen()) {
        m_units = ReferenceData::units(*m_session->database());
        m_programmes = ReferenceData::programmes(*m_session->database());
    }
    buildForm();
    m_canSave = m_session->isOpen() && !m_session->isReadOnly();
    setOutcome(outcome);
    retranslate();
    updateDirective();
    m_text->setFocus();
}

OutcomeDialog::~OutcomeDialog() = default;

void OutcomeDialog::buildForm()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const char *kind : Kinds)
        m_kind->addItem(QString(), QLatin1String(kind));
    m_kindLabel->setBuddy(m_kind);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 3 + 2 * m_text->frameWidth() + 8);
    m_textLabel->setBuddy(m_text);

    m_directive = new QWidget(this);
    m_directive->setObjectName(QStringLiteral("directiveFields"));
    m_leadLabel = new QLabel(m_directive);
    m_leads = new UnitChecklist(m_directive);
    nameChecklist(m_leads, QStringLiteral("leadUnits"));
    m_leads->setUnits(m_units);
    m_leadLabel->setBuddy(m_leads);
    m_coordinatorsLabel = new QLabel(m_directive);
    m_coordinators = new UnitChecklist(m_directive);
    nameChecklist(m_coordinators, QStringLiteral("coordinatingUnits"));
    m_coordinators->setUnits(m_units);
    m_coordinatorsLabel->setBuddy(m_coordinators);
    m_deadlineLabel = new QLabel(m_directive);
    m_deadline = new DeadlineEdit(m_directive);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    // An empty deadline is not standing by itself here: the box says so (the facade asks for one or the
    // other).
    m_deadline->setStandingAllowed(false);
    m_deadlineLabel->setBuddy(m_deadline);
    m_standing = new QCheckBox(m_directive);
    m_standing->setObjectName(QStringLiteral("standing"));
    m_programmeLabel = new QLabel(m_directive);
    m_programme = new QComboBox(m_directive);
    m_programme->setObjectName(QStringLiteral("programme"));
    // Programme names are sentences: the combo must not set the dialog's width.
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(24);
    m_programme->addItem(QString(), qint64(0));
    for (const ReferenceData::Programme &programme : std::as_const(m_programmes))
        m_programme->addItem(QString(), programme.id);
    m_programmeLabel->setBuddy(m_programme);

    m_tasksNote = new QLabel(this);
    m_tasksNote->setObjectName(QStringLiteral("tasksNote"));
    m_tasksNote->setWordWrap(true);
    m_readOnlyNote = FormWidgets::readOnlyNote(this);
    m_message = FormWidgets::problemLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *deadline = new QHBoxLayout;
    deadline->addWidget(m_deadline, 1);
    deadline->addSpacing(12);
    deadline->addWidget(m_standing);

    auto *units = new QGridLayout;
    units->setContentsMargins(0, 0, 0, 0);
    units->addWidget(m_leadLabel, 0, 0);
    units->addWidget(m_coordinatorsLabel, 0, 1);
    units->addWidget(m_leads, 1, 0);
    units->addWidget(m_coordinators, 1, 1);
    units->setColumnStretch(0, 1);
    units->setColumnStretch(1, 1);
    units->setRowStretch(1, 1);

    auto *directiveForm = new QFormLayout;
    directiveForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    directiveForm->addRow(m_deadlineLabel, deadline);
    directiveForm->addRow(m_programmeLabel, m_programme);

    auto *directiveLayout = new QVBoxLayout(m_directive);
    directiveLayout->setContentsMargins(0, 0, 0, 0);
    directiveLayout->addLayout(units, 1);
    directiveLayout->addLayout(directiveForm);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_kindLabel, m_kind);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_textLabel);
    // Without a directive's fields, the text takes all the room.
    layout->addWidget(m_text, 1);
    layout->addWidget(m_directive, 3);
    layout->addWidget(m_tasksNote);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(900, 680);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OutcomeDialog::updateDirective);
    connect(m_standing, &QCheckBox::toggled, this, &OutcomeDialog::updateDirective);
    connect(m_deadline, &DeadlineEdit::deadlineChanged, this, &OutcomeDialog::updateDirective);
    // A lead unit does not also coordinate: it is greyed in the other list.
    connect(m_leads, &UnitChecklist::changed, this,
            [this] { m_coordinators->setExcludedIds(m_leads->checkedIds()); });
}

void OutcomeDialog::setOutcome(const MeetingOutcome &outcome)
{
    const int kind = m_kind->findData(outcome.kind);
    m_kind->setCurrentIndex(kind < 0 ? int(std::size(Kinds)) - 1 : kind);
    m_text->setPlainText(outcome.text);
    // A directive with tasks stays one: its tasks are linked to it.
    m_kind->setEnabled(outcome.taskIds.isEmpty());
    m_leads->setCheckedIds(outcome.leadUnitIds);
    m_coordinators->setCheckedIds(outcome.coordinatingUnitIds);
    m_coordinators->setExcludedIds(outcome.leadUnitIds);
    m_deadline->setDeadlineText(outcome.deadlineText);
    m_standing->setChecked(outcome.standing);
    const int programme = m_programme->findData(outcome.programmeId);
    m_programme->setCurrentIndex(programme < 0 ? 0 : programme);
}

MeetingOutcome OutcomeDialog::outcome() const
{
    MeetingOutcome outcome = m_outcome; // keeps the id, the meeting, the position and the tasks
    outcome.kind = m_kind->currentData().toString();
    outcome.text = m_text->toPlainText().trimmed();
    outcome.leadUnitIds.clear();
    outcome.coordinatingUnitIds.clear();
    outcome.deadlineText.clear();
    outcome.deadlineDate = QDate();
    outcome.standing = false;
    outcome.programmeId = 0;
    if (!outcome.isDirective())
        return outcome;
    outcome.leadUnitIds = m_leads->checkedIds();
    outcome.coordinatingUnitIds = m_coordinators->checkedIds();
    outcome.deadlineText = m_deadline->deadlineText();
    // The box says standing; the facade reads the wording ("Thường xuyên", "Hằng tháng" need no tick).
    outcome.standing = m_standing->isChecked();
    outcome.deadlineDate = outcome.standing ? QDate() : m_deadline->date();
    outcome.programmeId = m_programme->currentData().toLongLong();
    return outcome;
}

void OutcomeDialog::accept()
{
    if (!m_canSave)
        return;
    const MeetingOutcome edited = outcome();
    QString error;
    qint64 id = 0;
    if (!m_session->commands()->saveOutcome(edited, &id, &error)) {
        // The form stays as typed: the user corrects it or cancels.
        m_message->setText(error.isEmpty() ? tr("The outcome was not saved.") : error);
        m_message->setVisible(true);
        return;
    }
    if (id > 0)
        m_outcome.id = id;
    QDialog::accept();
}

void OutcomeDialog::updateDirective()
{
    const bool directive = m_kind->currentData().toString() == QLatin1String(Schema::OutcomeKind::Directive);
    m_directive->setVisible(directive);
    m_tasksNote->setVisible(directive && !m_outcome.taskIds.isEmpty());
    // A standing directive may still be worded ("Thường xuyên", "Hằng tháng"): no date is read from it. A
    // recurring wording ("Hằng tháng") is understood with or without the box: its tasks recur.
    const QString recurrence = MeetingEdits::recurrenceOf(m_deadline->deadlineText());
    if (!recurrence.isEmpty())
        m_deadline->setNote(tr("a task recurring %1").arg(ReferenceData::choiceName(ReferenceData::recurrences(), recurrence).toLower()));
    else
        m_deadline->setNote(m_standing->isChecked() ? tr("standing: no single deadline") : QString());
}

void OutcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OutcomeDialog::retranslate()
{
    setWindowTitle(m_outcome.id == 0 ? tr("New outcome") : tr("Outcome %1").arg(m_outcome.position + 1));
    m_heading->setText(m_headingText);
    m_heading->setVisible(!m_headingText.isEmpty());
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, DirectiveReviewModel::kindName(m_kind->itemData(i).toString()));
    m_textLabel->setText(tr("&Text, as the conclusion words it:"));
    m_text->setPlaceholderText(
        tr("e.g. Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu"));
    m_leadLabel->setText(tr("&Lead units (one task each):"));
    m_coordinatorsLabel->setText(tr("C&oordinating units:"));
    m_leads->setEmptyText(tr("No lead unit: a directive needs at least one."));
    m_coordinators->setEmptyText(tr("No coordinating unit."));
    m_deadlineLabel->setText(tr("&Deadline:"));
    m_standing->setText(tr("&Standing"));
    m_standing->setToolTip(
        tr("No single deadline: an ongoing task (Thường xuyên), or one that recurs as worded "
           "(Hằng tháng, Hằng quý, Hằng năm)"));
    m_programmeLabel->setText(tr("&Programme:"));
    m_programme->setItemText(0, tr("None"));
    for (int i = 0; i < m_programmes.size(); ++i) {
        const ReferenceData::Programme &programme = m_programmes.at(i);
        m_programme->setItemText(i + 1, ReferenceData::localName(programme.name, programme.nameEn));
        m_programme->setItemData(i + 1, programme.code, Qt::ToolTipRole);
    }
    m_tasksNote->setText(
        tr("%n task(s) were created from this directive; they keep their own deadline and units "
           "when it is edited.",
           nullptr, int(m_outcome.taskIds.size())));
    updateDirective();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote) && m_canSave);
}
