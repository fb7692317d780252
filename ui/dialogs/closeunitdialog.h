// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/commands/unitedits.h"

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class Session;
class UnitComboBox;

/*!
 * CloseUnitDialog closes a unit on a date with the unit that takes over from it (a district closed by
 * the 2025 merger, succeeded by a ward), or, for a unit already closed, names its successor. Before a
 * unit that still leads open tasks or has open units under it is closed, the dialog says so ("Sở X still
 * leads 3 open tasks.") and OK waits for the secretary to confirm.
 */
class CloseUnitDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Close, SetSuccessor };

    CloseUnitDialog(Session *session, qint64 unitId, Mode mode, QWidget *parent = nullptr);
    ~CloseUnitDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateOk();
    void retranslate();

    Session *m_session;
    Mode m_mode;
    ReferenceData::Unit m_unit;
    UnitUsage m_usage;
    QLabel *m_readOnlyNote;
    QLabel *m_heading;
    QLabel *m_dateLabel;
    QDateEdit *m_closedOn;
    QLabel *m_successorLabel;
    UnitComboBox *m_successor;
    QLabel *m_warning;
    QCheckBox *m_acknowledge;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_writable = false;
};
