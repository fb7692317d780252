// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QVector>

#include "models/tasks/taskdraft.h"
#include "models/tasks/taskvalidator.h"

class DeadlineEdit;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Session;

/*!
 * ExtendDeadlineDialog records that the selected tasks got a new deadline: the new wording (with the
 * date it means shown while typing), the document that granted it, the day it was decided and why. The
 * old deadline is kept in the tasks' history by the facade, which also checks each task (a new
 * deadline before a task's assignment is refused there, since the form serves many tasks at once).
 */
class ExtendDeadlineDialog final : public QDialog
{
    Q_OBJECT

public:
    ExtendDeadlineDialog(Session *session, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~ExtendDeadlineDialog() override;

    ExtensionDraft extension() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void showProblems(const QVector<TaskValidator::Problem> &problems, bool focus);
    QVector<TaskValidator::Problem> problems() const;

    Session *m_session;
    QList<qint64> m_ids;
    QString m_currentTitle; //!< for a single task: its title and deadline, shown as a reminder
    QString m_currentDeadline;
    bool m_showingProblems = false;
    bool m_messageFromFacade = false;

    QLabel *m_heading;
    QLabel *m_deadlineLabel;
    DeadlineEdit *m_deadline;
    QLabel *m_deadlineError;
    QLabel *m_documentLabel;
    QLineEdit *m_documentNumber;
    QLabel *m_documentDateLabel;
    QDateEdit *m_documentDate;
    QLabel *m_documentError;
    QLabel *m_decidedOnLabel;
    QDateEdit *m_decidedOn;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
