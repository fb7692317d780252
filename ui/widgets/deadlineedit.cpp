// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/deadlineedit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include "models/tasks/taskvalidator.h"

namespace {

// Dates read the Vietnamese way in both languages: the documents the secretary copies from do.
const QString DateFormat = QStringLiteral("dd/MM/yyyy");

} // namespace

DeadlineEdit::DeadlineEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_meaning(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("deadlineText"));
    m_edit->setClearButtonEnabled(true);
    m_meaning->setObjectName(QStringLiteral("deadlineMeaning"));
    m_meaning->setTextFormat(Qt::PlainText);
    // Room for "→ 30/09/2026" so the line edit does not jump while typing.
    m_meaning->setMinimumWidth(m_meaning->fontMetrics().horizontalAdvance(QStringLiteral("→ 00/00/00000")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_meaning);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateMeaning();
        Q_EMIT deadlineChanged();
    });
    updateMeaning();
}

DeadlineEdit::~DeadlineEdit() = default;

QString DeadlineEdit::deadlineText() const
{
    return m_edit->text().trimmed();
}

void DeadlineEdit::setDeadlineText(const QString &text)
{
    m_edit->setText(text);
}

QDate DeadlineEdit::date() const
{
    bool ok = false;
    const QDate date = TaskValidator::deadlineFromText(deadlineText(), &ok);
    return ok ? date : QDate();
}

bool DeadlineEdit::isValid() const
{
    if (isRecordedWording() || !m_note.isEmpty())
        return true;
    if (deadlineText().isEmpty())
        return m_standingAllowed;
    bool ok = false;
    TaskValidator::deadlineFromText(deadlineText(), &ok);
    return ok;
}

void DeadlineEdit::setStandingAllowed(bool allowed)
{
    m_standingAllowed = allowed;
    updateMeaning();
}

void DeadlineEdit::setRecordedWording(const QString &text)
{
    m_hasRecordedWording = true;
    m_recordedWording = text.trimmed();
    updateMeaning();
}

bool DeadlineEdit::isRecordedWording() const
{
    return m_hasRecordedWording && deadlineText() == m_recordedWording;
}

void DeadlineEdit::setNote(const QString &note)
{
    m_note = note;
    updateMeaning();
}

void DeadlineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateMeaning();
    QWidget::changeEvent(event);
}

void DeadlineEdit::updateMeaning()
{
    m_edit->setPlaceholderText(m_standingAllowed ? tr("e.g. Quý III/2026 or 30/09/2026; empty: standing")
                                                 : tr("e.g. Quý IV/2026 or 31/12/2026"));
    m_edit->setToolTip(tr("A date (30/09/2026) or a period (Quý III/2026, tháng 5/2026, năm 2026): a period "
                          "is due on its last day."));
    const QString text = deadlineText();
    bool ok = false;
    const QDate date = TaskValidator::deadlineFromText(text, &ok);
    QString meaning;
    bool problem = false;
    if (!m_note.isEmpty()) {
        meaning = m_note;
    } else if (!ok && isRecordedWording()) {
        meaning = tr("as recorded");
    } else if (text.isEmpty()) {
        meaning = m_standingAllowed ? tr("standing, no deadline") : QString();
    } else if (!ok) {
        meaning = tr("not a date or period");
        problem = true;
    } else if (date.isValid()) {
        meaning = tr("→ %1").arg(date.toString(DateFormat));
    } else {
        meaning = tr("standing, no deadline");
    }
    m_meaning->setText(meaning);
    // Red for a problem, the palette's own colour otherwise: never colour alone, the words say it too.
    m_meaning->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}
