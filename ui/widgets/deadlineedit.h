// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

/*!
 * DeadlineEdit takes a deadline as the documents word it ("Quý III/2026", "30/09/2026", "2026Q3") and
 * shows beside it, while typing, the date it means ("→ 30/09/2026") or that it is not understood. The
 * wording is what is kept; the date is only what TaskValidator reads from it, so the form and the
 * facade can never disagree on it.
 */
class DeadlineEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineEdit(QWidget *parent = nullptr);
    ~DeadlineEdit() override;

    QString deadlineText() const;
    void setDeadlineText(const QString &text);
    //! The date the wording means; invalid for an empty (standing) or unreadable wording.
    QDate date() const;
    //! True when the wording is understood (an empty one only when standing deadlines are allowed).
    bool isValid() const;
    //! Whether an empty wording is a standing task (the task form) or missing (an extension).
    void setStandingAllowed(bool allowed);
    /*!
     * The wording stored with the task. Older records carry wordings no parser reads ("Thường xuyên",
     * "Trước năm học 2026 - 2027"); left as they are, they keep their recorded date and are not an error.
     */
    void setRecordedWording(const QString &text);
    //! Whether the text is the recorded wording, unchanged.
    bool isRecordedWording() const;
    //! A fixed meaning shown instead of the date (a recurring task is due every period); empty: none.
    void setNote(const QString &note);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *meaningLabel() const { return m_meaning; }

Q_SIGNALS:
    void deadlineChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMeaning();

    QLineEdit *m_edit;
    QLabel *m_meaning;
    bool m_standingAllowed = true;
    bool m_hasRecordedWording = false;
    QString m_recordedWording;
    QString m_note;
};
