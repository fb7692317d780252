// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/indicators/indicatorrecord.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class Session;
class UnitComboBox;

/*!
 * Sets a target of one indicator: for which unit (the province by default), who assigned it, from which
 * date, the number typed the user's way ("99,5" in Vietnamese), and the document that set it. It takes
 * effect from that date until the next target of the same unit and assigner; earlier ones stay on record.
 */
class TargetDialog final : public QDialog
{
    Q_OBJECT

public:
    TargetDialog(Session *session, const IndicatorRecord &indicator, qint64 unitId, QWidget *parent = nullptr);
    ~TargetDialog() override;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    IndicatorRecord m_indicator;
    QFormLayout *m_form;
    QLabel *m_indicatorName;
    UnitComboBox *m_unit;
    QComboBox *m_assignedBy;
    QDateEdit *m_effectiveFrom;
    QLineEdit *m_value;
    QLineEdit *m_document;
    QDateEdit *m_documentDate;
    QLineEdit *m_note;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
