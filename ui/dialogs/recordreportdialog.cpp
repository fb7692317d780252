// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/recordreportdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/commands/editcommands.h"
#include "models/domain/period.h"
#include "models/session.h"
#include "ui/widgets/formwidgets.h"

RecordReportDialog::RecordReportDialog(Session *session, const UnitReportRow &report, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_report(report)
    , m_heading(new QLabel(this))
    , m_receivedLabel(new QLabel(this))
    , m_received(FormWidgets::dateEdit(
          QStringLiteral("receivedOn"),
          report.receivedOn.isValid() ? report.receivedOn : session->commands()->today(), this))
    , m_documentLabel(new QLabel(this))
    , m_documentNumber(new QLineEdit(report.documentNumber, this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(report.note, this))
    , m_readOnlyNote(FormWidgets::readOnlyNote(this))
    , m_message(FormWidgets::problemLabel(QStringLiteral("message"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recordReportDialog"));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    // A report is recorded once it has arrived.
    m_received->setMaximumDate(session->commands()->today());
    m_receivedLabel->setBuddy(m_received);
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_documentLabel->setBuddy(m_documentNumber);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 6 + 12);
    m_noteLabel->setBuddy(m_note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_receivedLabel, m_received);
    form->addRow(m_documentLabel, m_documentNumber);
    form->addRow(m_noteLabel, m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_received->setFocus();
}

RecordReportDialog::~RecordReportDialog() = default;

void RecordReportDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QString error;
    if (!m_session->commands()->recordUnitReport(m_report.unitId, m_report.period, m_received->date(),
                                                 m_documentNumber->text().trimmed(),
                                                 m_note->toPlainText().trimmed(), &error)) {
        m_message->setText(error.isEmpty() ? tr("The report was not recorded.") : error);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

void RecordReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecordReportDialog::retranslate()
{
    setWindowTitle(tr("Record received report"));
    const QString month = Period::parse(m_report.period).firstDay().toString(QStringLiteral("MM/yyyy"));
    m_heading->setText(
        tr("%1 — report for %2, due %3")
            .arg(m_report.displayName(), month, m_report.dueOn.toString(QStringLiteral("dd/MM/yyyy"))));
    m_receivedLabel->setText(tr("&Received on:"));
    m_documentLabel->setText(tr("&Document number:"));
    m_documentNumber->setPlaceholderText(tr("e.g. 125/BC-STC; empty: none"));
    m_noteLabel->setText(tr("&Note:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(FormWidgets::checkWritable(m_session, m_readOnlyNote));
}
