// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/extenddeadlinedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"
#include "ui/widgets/deadlineedit.h"


ExtendDeadlineDialog::ExtendDeadlineDialog(Session *session, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ids(ids)
    , m_heading(new QLabel(this))
    , m_deadlineLabel(new QLabel(this))
    , m_deadline(new DeadlineEdit(this))
    , m_deadlineError(FormWidgets::problemLabel(QStringLiteral("deadlineError"), this))
    , m_documentLabel(new QLabel(this))
    , m_documentNumber(new QLineEdit(this))
    , m_documentDateLabel(new QLabel(this))
    , m_documentDate(FormWidgets::dateEdit(QStringLiteral("documentDate"), session->commands()->today(), this))
    , m_documentError(FormWidgets::problemLabel(QStringLiteral("documentError"), this))
    , m_decidedOnLabel(new QLabel(this))
    , m_decidedOn(FormWidgets::dateEdit(QStringLiteral("decidedOn"), session->commands()->today(), this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("extendDeadlineDialog"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    // An extension always names a new deadline: empty is missing, not "standing".
    m_deadline->setStandingAllowed(false);
    m_deadlineLabel->setBuddy(m_deadline);
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_documentLabel->setBuddy(m_documentNumber);
    m_documentDateLabel->setBuddy(m_documentDate);
    m_decidedOnLabel->setBuddy(m_decidedOn);
    // A decision is recorded once taken.
    m_decidedOn->setMaximumDate(session->commands()->today());
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_reasonLabel->setBuddy(m_reason);

    // For one task the secretary sees what is being extended; for many, how many.
    if (m_session->isOpen() && m_ids.size() == 1) {
        TaskDraft draft;
        QString error; // without the reminder the dialog still works: the error is not worth a message
        if (m_session->commands()->loadDraft(m_ids.constFirst(), &draft, &error)) {
            m_currentTitle = draft.code + QStringLiteral(" — ") + draft.title;
            m_currentDeadline = draft.deadlineText;
        }
    }

    auto *deadline = new QVBoxLayout;
    deadline->addWidget(m_deadline);
    auto *document = new QHBoxLayout;
    document->addWidget(m_documentNumber, 1);
    document->addWidget(m_documentDateLabel);
    document->addWidget(m_documentDate);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_deadlineLabel, FormWidgets::withProblem(deadline, m_deadlineError, this));
    form->addRow(m_documentLabel, FormWidgets::withProblem(document, m_documentError, this));
    form->addRow(m_decidedOnLabel, m_decidedOn);
    form->addRow(m_reasonLabel, m_reason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExtendDeadlineDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_documentNumber, &QLineEdit::textChanged, this, &ExtendDeadlineDialog::updateEnabled);
    const auto revalidate = [this] {
        if (m_showingProblems)
            showProblems(problems(), false);
    };
    connect(m_deadline, &DeadlineEdit::deadlineChanged, this, revalidate);
    connect(m_documentNumber, &QLineEdit::textChanged, this, revalidate);
    connect(m_documentDate, &QDateEdit::dateChanged, this, revalidate);
    connect(m_decidedOn, &QDateEdit::dateChanged, this, revalidate);

    const bool writable = m_session->isOpen() && !m_session->isReadOnly() && !m_ids.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(writable);
    updateEnabled();
    retranslate();
    m_deadline->setFocus();
}

ExtendDeadlineDialog::~ExtendDeadlineDialog() = default;

ExtensionDraft ExtendDeadlineDialog::extension() const
{
    ExtensionDraft extension;
    extension.deadlineText = m_deadline->deadlineText();
    extension.documentNumber = m_documentNumber->text().trimmed();
    extension.documentDate = extension.documentNumber.isEmpty() ? QDate() : m_documentDate->date();
    extension.decidedOn = m_decidedOn->date();
    extension.reason = m_reason->toPlainText().trimmed();
    return extension;
}

void ExtendDeadlineDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_messageFromFacade = false;
    const QVector<TaskValidator::Problem> found = problems();
    m_showingProblems = true;
    showProblems(found, true);
    if (!found.isEmpty())
        return;
    QString error;
    if (!m_session->commands()->extendDeadlines(m_ids, extension(), &error)) {
        m_message->setText(error.isEmpty() ? tr("No deadline was changed.") : error);
        m_message->setVisible(true);
        m_messageFromFacade = true;
        return;
    }
    QDialog::accept();
}

QVector<TaskValidator::Problem> ExtendDeadlineDialog::problems() const
{
    // The tasks' assignment dates differ: the facade checks the new deadline against each of them.
    return TaskValidator::validate(extension(), QDate(), m_session->commands()->today());
}

void ExtendDeadlineDialog::showProblems(const QVector<TaskValidator::Problem> &problems, bool focus)
{
    QStringList deadline;
    QStringList document;
    QStringList other;
    for (const TaskValidator::Problem &problem : problems) {
        if (problem.field == TaskValidator::Field::Deadline)
            deadline.append(problem.message);
        else if (problem.field == TaskValidator::Field::Document)
            document.append(problem.message);
        else
            other.append(problem.message);
    }
    m_deadlineError->setText(deadline.join(QLatin1Char('\n')));
    m_deadlineError->setVisible(!deadline.isEmpty());
    m_documentError->setText(document.join(QLatin1Char('\n')));
    m_documentError->setVisible(!document.isEmpty());
    if (!m_messageFromFacade) {
        m_message->setText(other.join(QLatin1Char('\n')));
        m_message->setVisible(!other.isEmpty());
    }
    if (!focus)
        return;
    if (!deadline.isEmpty())
        m_deadline->setFocus(Qt::OtherFocusReason);
    else if (!document.isEmpty())
        (m_documentNumber->text().trimmed().isEmpty() ? static_cast<QWidget *>(m_documentNumber)
                                                      : m_documentDate)
            ->setFocus(Qt::OtherFocusReason);
    else if (!other.isEmpty())
        m_decidedOn->setFocus(Qt::OtherFocusReason);
}

void ExtendDeadlineDialog::updateEnabled()
{
    const bool hasDocument = !m_documentNumber->text().trimmed().isEmpty();
    m_documentDate->setEnabled(hasDocument);
    m_documentDateLabel->setEnabled(hasDocument);
}

void ExtendDeadlineDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExtendDeadlineDialog::retranslate()
{
    setWindowTitle(tr("Extend deadline"));
    if (!m_currentTitle.isEmpty()) {
        m_heading->setText(tr("%1\nDeadline now: %2")
                               .arg(m_currentTitle, m_currentDeadline.isEmpty() ? tr("standing, no deadline")
                                                                                : m_currentDeadline));
    } else {
        m_heading->setText(tr("A new deadline for %n task(s).", nullptr, int(m_ids.size())));
    }
    m_deadlineLabel->setText(tr("&New deadline:"));
    m_documentLabel->setText(tr("Granted in &document:"));
    m_documentNumber->setPlaceholderText(tr("e.g. 45/QĐ-UBND; empty: none"));
    m_documentDateLabel->setText(tr("dated"));
    m_decidedOnLabel->setText(tr("Decided &on:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend"));
    FormWidgets::checkWritable(m_session, m_readOnlyNote);
    if (m_showingProblems)
        showProblems(problems(), false);
}
