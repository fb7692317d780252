// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/unitreports/unitreportstore.h"

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Session;

/*!
 * RecordReportDialog records that a unit's monthly report was received: the day it arrived (not in the
 * future), its document number and a note. The facade checks and stores it (EditCommands::
 * recordUnitReport, undoable); a refusal is shown under the fields and the dialog stays open.
 */
class RecordReportDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordReportDialog(Session *session, const UnitReportRow &report, QWidget *parent = nullptr);
    ~RecordReportDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    UnitReportRow m_report;
    QLabel *m_heading;
    QLabel *m_receivedLabel;
    QDateEdit *m_received;
    QLabel *m_documentLabel;
    QLineEdit *m_documentNumber;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
