// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVector>

#include "models/meetings/meetingrecord.h"
#include "models/reference/referencedata.h"

class DeadlineEdit;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QWidget;
class Session;
class UnitChecklist;

/*!
 * OutcomeDialog is the form of one outcome of a meeting: information, a decision, or a directive, and
 * its text as the conclusion words it. A directive also names its lead units (one task each once "Create
 * tasks" is pressed), its coordinating units, its deadline as worded ("Quý III/2026", "30/09/2026") or
 * standing (no single deadline: "Thường xuyên", or recurring: "Hằng tháng"), and its programme. The
 * directive's fields are hidden for the other kinds.
 *
 * OK sends the MeetingOutcome to the facade (EditCommands::saveOutcome, one undo step); a refusal is
 * shown in the dialog, which stays open with everything typed.
 */
class OutcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    /*!
     * Edits \a outcome; an id of 0 adds a new outcome (last) to meeting outcome.meetingId. \a heading
     * names the meeting above the form ("28/05/2026 — Hội nghị …").
     */
    OutcomeDialog(Session *session, const MeetingOutcome &outcome, const QString &heading,
                  QWidget *parent = nullptr);
    ~OutcomeDialog() override;

    //! The outcome edited, or added once the dialog was accepted; 0 for a new one not yet saved.
    qint64 outcomeId() const { return m_outcome.id; }
    //! The outcome as the form currently reads (a non-directive carries no deadline, units nor programme).
    MeetingOutcome outcome() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void setOutcome(const MeetingOutcome &outcome);
    void updateDirective();
    void retranslate();

    Session *m_session;
    MeetingOutcome m_outcome;
    QString m_headingText;
    QVector<ReferenceData::Unit> m_units;
    QVector<ReferenceData::Programme> m_programmes;
    bool m_canSave = false;

    QLabel *m_heading = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QWidget *m_directive = nullptr;
    QLabel *m_leadLabel = nullptr;
    UnitChecklist *m_leads = nullptr;
    QLabel *m_coordinatorsLabel = nullptr;
    UnitChecklist *m_coordinators = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    DeadlineEdit *m_deadline = nullptr;
    QCheckBox *m_standing = nullptr;
    QLabel *m_programmeLabel = nullptr;
    QComboBox *m_programme = nullptr;
    QLabel *m_tasksNote = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
