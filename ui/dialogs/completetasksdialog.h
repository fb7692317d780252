// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "models/tasks/taskrecord.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class Session;

/*!
 * CompleteTasksDialog marks the selected tasks completed on one date (today unless the secretary records
 * a completion after the fact; never a day to come), or reopens them. Either is one undo step.
 *
 * A recurring task is done period by period, and its own completion date closes it for good. So for
 * one recurring task the dialog records one period instead (done on a date, or not done), and offers
 * closing the task only as a separate, secondary choice. A selection of several tasks that includes a
 * recurring one is refused with a note: marking it would silently close it.
 */
class CompleteTasksDialog final : public QDialog
{
    Q_OBJECT

public:
    CompleteTasksDialog(Session *session, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~CompleteTasksDialog() override;

    //! Marks the tasks completed on the chosen date; for a recurring task, records the chosen period
    //! (or closes or reopens the task, when that is what is chosen).
    void accept() override;
    //! Clears the completion of the tasks.
    void reopen();

protected:
    void changeEvent(QEvent *event) override;

private:
    //! Finds which of the tasks recur: one alone is recorded by period, among others it blocks.
    void inspectTasks();
    QWidget *buildOccurrenceSection();
    void fillPeriods();
    void periodChosen();
    void updateEnabled();
    void updateOkText();
    void retranslate();
    void retranslateOccurrenceSection();
    void updateCloseNote();
    bool report(bool done, const QString &error);
    bool okAllowed() const;

    Session *m_session;
    QList<qint64> m_ids;
    bool m_writable = false;
    //! The one selected task when it recurs (m_recurring); its periods are recorded one by one.
    bool m_recurring = false;
    TaskRecord m_task;
    //! How many of several selected tasks recur (then nothing can be marked here).
    int m_recurringCount = 0;

    QLabel *m_label;
    QDateEdit *m_date;
    QLabel *m_readOnlyNote;
    QLabel *m_recurringNote = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reopen;

    // One recurring task ------------------------------------------------------------------------
    QLabel *m_heading = nullptr;
    QLabel *m_recurrenceNote = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QRadioButton *m_done = nullptr;
    QDateEdit *m_occurrenceDate = nullptr;
    QRadioButton *m_notDone = nullptr;
    QRadioButton *m_close = nullptr;
    QLabel *m_closeNote = nullptr;
};
