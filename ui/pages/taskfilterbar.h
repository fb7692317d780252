// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "models/tasks/taskfilter.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class Session;
class UnitComboBox;

/*!
 * The second row of filters above the task table: programme, lead unit, assigning level, deadline
 * range, archived tasks, and the filters the secretary has named and saved in the file. It edits the
 * part of a TaskFilter these widgets own and says when it changed; TasksPage merges it with the search,
 * status and kind above it.
 */
class TaskFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TaskFilterBar(Session *session, QWidget *parent = nullptr);
    ~TaskFilterBar() override;

    //! Copies this bar's fields into \a filter, leaving the others as they are.
    void fillFilter(TaskFilter *filter) const;
    //! Shows \a filter's fields (after choosing a saved filter), without emitting filterChanged per widget.
    void showFilter(const TaskFilter &filter);
    //! Reloads units, programmes and saved filters from the open file (after open, or an edit of them).
    void reloadLists();
    //! Puts \a widget (the page's actions) at the start of the second row.
    void setLeadingWidget(QWidget *widget);
    //! Empties every field of this bar.
    void clear();
    //! Saves \a filter under a name asked from the user; reports problems in a message box.
    void saveFilter(const TaskFilter &filter);

Q_SIGNALS:
    void filterChanged();
    //! A saved filter was chosen: the page applies all of it, search, status and kind included.
    void savedFilterChosen(const TaskFilter &filter);
    //! The user asks to save the current filter under a name; the page knows the whole filter.
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void savedChosen(int index);
    void deleteSaved();
    void retranslate();

    Session *m_session;
    QComboBox *m_programme;
    UnitComboBox *m_leadUnit;
    QComboBox *m_assignedBy;
    QLabel *m_deadlineLabel;
    QDateEdit *m_deadlineFrom;
    QLabel *m_toLabel;
    QDateEdit *m_deadlineTo;
    QCheckBox *m_archived;
    QComboBox *m_saved;
    QPushButton *m_save;
    QPushButton *m_delete;
    QHBoxLayout *m_secondRow = nullptr;
    bool m_showing = false; //!< showFilter() is setting the widgets: one filterChanged at the end
};
