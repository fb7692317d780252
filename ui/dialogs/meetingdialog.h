// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVector>

#include "models/meetings/meetingrecord.h"
#include "models/reference/referencedata.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class Session;

/*!
 * MeetingDialog is the form of one meeting, new or existing: when (date, and the start time if it was
 * recorded), what (title, kind; the points connected to an online conference), who chaired it and with
 * which title, where, the conclusion notice issued afterwards, notes, and the attendees in the order the
 * minutes list them (name, position, unit), added, removed and moved row by row.
 *
 * OK sends the Meeting to the facade (EditCommands::saveMeeting, one undo step); a refusal is shown in
 * the dialog, which stays open with everything typed. In a read-only file the form opens but cannot save.
 */
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    enum AttendeeColumn { NameColumn, JobTitleColumn, UnitColumn, AttendeeColumnCount };

    //! \a meetingId 0 opens an empty form for a new meeting; otherwise the meeting is loaded for editing.
    MeetingDialog(Session *session, qint64 meetingId, QWidget *parent = nullptr);
    ~MeetingDialog() override;

    //! The meeting edited, or created once the dialog was accepted; 0 for a new meeting not yet saved.
    qint64 meetingId() const { return m_meetingId; }
    //! The meeting as the form currently reads (attendee rows left wholly empty are skipped).
    Meeting meeting() const;

    //! Adds an empty attendee row after the current one (or last) and starts editing its name.
    void addAttendee();
    void removeAttendee();
    //! Moves the current attendee one row up (\a delta -1) or down (+1).
    void moveAttendee(int delta);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void setMeeting(const Meeting &meeting);
    void setAttendeeRow(int row, const MeetingAttendee &attendee);
    MeetingAttendee attendeeAt(int row) const;
    QString unitName(qint64 id) const;
    void updateEnabled();
    void retranslate();

    Session *m_session;
    qint64 m_meetingId;
    Meeting m_loaded;
    QVector<ReferenceData::Unit> m_units;
    bool m_canSave = false;
    QString m_loadError;

    QDateEdit *m_heldOn = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QTimeEdit *m_startsAt = nullptr;
    QPlainTextEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_pointsLabel = nullptr;
    QSpinBox *m_points = nullptr;
    QLineEdit *m_chair = nullptr;
    QLineEdit *m_chairTitle = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLabel *m_documentDateLabel = nullptr;
    QDateEdit *m_documentDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_attendeesLabel = nullptr;
    QTableWidget *m_attendees = nullptr;
    QPushButton *m_addAttendee = nullptr;
    QPushButton *m_removeAttendee = nullptr;
    QPushButton *m_upAttendee = nullptr;
    QPushButton *m_downAttendee = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
};
