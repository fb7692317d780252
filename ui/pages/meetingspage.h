// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "models/meetings/meetingrecord.h"
#include "ui/pages/page.h"

class DirectiveReviewModel;
class MeetingFiguresModel;
class MeetingFiguresPane;
class MeetingListModel;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;
class Session;
struct MeetingSummary;

/*!
 * MeetingsPage is where the secretary records a meeting and follows what became of it. On the left the
 * meetings, newest first, with how their directives' tasks stand as of a date; on the right the chosen
 * meeting (when, kind, chair, place, attendees) and two tabs: its conclusions and directives, each
 * directive with the tasks created from it and their status ("Create tasks" makes one per lead unit),
 * and its figures set beside an earlier meeting's (frozen once with "Freeze figures"; a meeting not
 * frozen shows them computed now, and says so).
 *
 * Every change goes through the Session's EditCommands (one undo step each); the page reloads when the
 * commands say meetings, tasks or units changed, and only once it is shown again when it was hidden.
 */
class MeetingsPage final : public Page
{
    Q_OBJECT

public:
    explicit MeetingsPage(Session *session, QWidget *parent = nullptr);
    ~MeetingsPage() override;

    QString title() const override;
    QIcon icon() const override;

    MeetingListModel *meetingModel() const { return m_meetings; }
    DirectiveReviewModel *directiveModel() const { return m_directives; }
    MeetingFiguresModel *figuresModel() const;

    //! Chooses meeting \a meetingId in the list; false when the list has no such meeting.
    bool showMeeting(qint64 meetingId);
    //! The chosen meeting's id; 0 when none.
    qint64 currentMeetingId() const;
    //! Selects outcome \a outcomeId of the chosen meeting; false when it has no such outcome.
    bool selectOutcome(qint64 outcomeId);
    //! The last message shown above the tabs (created tasks, a refusal), or empty.
    QString messageText() const;
    //! The chosen meeting's header as plain text (date, kind, chair, attendees …).
    QString headerText() const;

    void newMeeting();
    void editMeeting();
    //! Removes the chosen meeting after asking (its outcomes go with it; its tasks stay).
    void removeMeeting();
    //! Freezes the chosen meeting's figures after asking.
    void freezeFigures();
    void addOutcome();
    void editOutcome();
    //! Removes the selected outcome, after asking when tasks were created from it.
    void removeOutcome();
    //! Creates the tasks of the selected directive and says which.
    void createTasks();

Q_SIGNALS:
    //! The user asks to see task \a taskId in the task register.
    void taskRequested(qint64 taskId);

protected:
    void catchUp() override;

private:
    void createActions();
    void sessionChanged();
    void dataChanged(const QString &entity);
    //! Reloads the list and the chosen meeting, keeping the choice.
    void reload();
    void meetingChosen();
    void updateHeader();
    void updateActions();
    //! Gives the Figures tab the chosen meeting (it reads the figures once shown).
    void updateFigures();
    void outcomeActivated(const QModelIndex &index);
    void openSelectedTask();
    void showMessage(const QString &text, bool problem);
    const MeetingSummary *currentSummary() const;
    const MeetingOutcome *currentOutcome() const;
    qint64 currentTaskId() const;
    QString meetingCaption() const;
    void retranslate() override;

    Session *m_session;
    MeetingListModel *m_meetings;
    DirectiveReviewModel *m_directives;
    Meeting m_meeting;                        //!< the chosen meeting as loaded (id 0: none)
    QHash<qint64, QString> m_unitNames;

    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLabel *m_message;
    QToolBar *m_meetingBar;
    QTableView *m_meetingsView;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QToolBar *m_outcomeBar;
    QTreeView *m_outcomesView;
    MeetingFiguresPane *m_figuresPane;

    QAction *m_newMeetingAction = nullptr;
    QAction *m_editMeetingAction = nullptr;
    QAction *m_removeMeetingAction = nullptr;
    QAction *m_freezeAction = nullptr;
    QAction *m_addOutcomeAction = nullptr;
    QAction *m_editOutcomeAction = nullptr;
    QAction *m_removeOutcomeAction = nullptr;
    QAction *m_createTasksAction = nullptr;
    QAction *m_openTaskAction = nullptr;
};
