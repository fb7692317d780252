// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class Session;
class UnitComboBox;

/*!
 * Puts a unit under another one (a department's centre moved under the department, a commune filed
 * under the wrong parent). The new parent is chosen by name, accents optional; a unit cannot go under
 * itself or one of its own units, which EditCommands::moveUnit refuses with the reason.
 */
class MoveUnitDialog final : public QDialog
{
    Q_OBJECT

public:
    MoveUnitDialog(Session *session, qint64 unitId, QWidget *parent = nullptr);
    ~MoveUnitDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    qint64 m_unitId;
    QString m_unitName;
    QLabel *m_label;
    UnitComboBox *m_parent;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
