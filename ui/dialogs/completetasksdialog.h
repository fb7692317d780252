// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class Session;

/*!
 * CompleteTasksDialog marks the selected tasks completed on one date (today unless the secretary records
 * a completion after the fact; never a day to come), or reopens them. Either is one undo step.
 */
class CompleteTasksDialog final : public QDialog
{
    Q_OBJECT

public:
    CompleteTasksDialog(Session *session, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~CompleteTasksDialog() override;

    //! Marks the tasks completed on the chosen date.
    void accept() override;
    //! Clears the completion of the tasks.
    void reopen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool apply(const QDate &date);

    Session *m_session;
    QList<qint64> m_ids;
    QLabel *m_label;
    QDateEdit *m_date;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reopen;
};
