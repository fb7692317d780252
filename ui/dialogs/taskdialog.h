// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QVector>

#include "models/reference/referencedata.h"
#include "models/tasks/taskdraft.h"
#include "models/tasks/taskvalidator.h"

class DeadlineEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class OccurrenceTable;
class QPlainTextEdit;
class Session;
class UnitChecklist;
class UnitComboBox;

/*!
 * TaskDialog is the form of one task or pilot model, new or existing. On OK it builds a TaskDraft, shows
 * every problem TaskValidator finds next to its field (and keeps showing them, updated, while the user
 * corrects them), and only a clean draft goes to the facade. If the facade refuses, its message is shown
 * in the dialog and nothing the user typed is lost. In a read-only file the form opens but cannot save.
 */
class TaskDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a taskId 0 opens an empty form for a new task; otherwise the task is loaded for editing.
    TaskDialog(Session *session, qint64 taskId, QWidget *parent = nullptr);
    ~TaskDialog() override;

    //! The task edited, or created once the dialog was accepted; 0 for a new task not yet saved.
    qint64 taskId() const { return m_taskId; }
    //! The task as the form currently reads.
    TaskDraft draft() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void loadReferenceLists();
    void setDraft(const TaskDraft &draft);
    void retranslate();
    void fillChoiceTexts();
    void updateEnabled();
    void updateDeadlineNote();
    //! The periods of a stored recurring task, shown while the form still says it recurs that way.
    void updateRecurrenceViews();
    void fieldEdited();
    //! Shows \a problems next to their fields; \a focus moves the focus to the first.
    void showProblems(const QVector<TaskValidator::Problem> &problems, bool focus);
    QVector<TaskValidator::Problem> problems() const;
    QWidget *focusWidgetFor(TaskValidator::Field field) const;

    struct FieldLabel
    {
        QLabel *label;
        const char *text;
    };

    Session *m_session;
    qint64 m_taskId;
    TaskDraft m_loaded;
    QVector<ReferenceData::Unit> m_units;
    QVector<ReferenceData::Programme> m_programmes;
    bool m_canSave = false;
    bool m_showingProblems = false;
    bool m_messageFromFacade = false;
    bool m_documentDateTouched = false;
    bool m_syncingDocumentDate = false;
    QString m_loadError;
    QString m_storedRecurrence; //!< as stored: the occurrence list shows the stored periods

    QLineEdit *m_code = nullptr;
    QPlainTextEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_programme = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QLabel *m_documentDateLabel = nullptr;
    QDateEdit *m_documentDate = nullptr;
    QComboBox *m_assignedBy = nullptr;
    UnitComboBox *m_leadUnit = nullptr;
    UnitChecklist *m_coordinators = nullptr;
    QDateEdit *m_assignedOn = nullptr;
    DeadlineEdit *m_deadline = nullptr;
    QComboBox *m_recurrence = nullptr;
    QLabel *m_occurrencesLabel = nullptr;
    OccurrenceTable *m_occurrences = nullptr;
    QCheckBox *m_completed = nullptr;
    QDateEdit *m_completedOn = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPlainTextEdit *m_progressNotes = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QVector<FieldLabel> m_labels;
    QMap<TaskValidator::Field, QLabel *> m_errors;
};
