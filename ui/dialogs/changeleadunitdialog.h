// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class Session;
class UnitComboBox;

/*!
 * ChangeLeadUnitDialog hands the selected tasks to another lead unit, chosen by typing part of its name.
 * All the tasks change in one undo step.
 */
class ChangeLeadUnitDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeLeadUnitDialog(Session *session, const QList<qint64> &ids, QWidget *parent = nullptr);
    ~ChangeLeadUnitDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    QList<qint64> m_ids;
    QLabel *m_label;
    UnitComboBox *m_unit;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
