// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/communes/communerules.h"

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class Session;

/*!
 * CommuneRulesDialog edits the commune rule set's weights and overdue thresholds and saves them through
 * EditCommands (one undo step). The score ranges are colour rules and are only shown here: they are
 * edited with the other colour rules.
 */
class CommuneRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CommuneRulesDialog(Session *session, QWidget *parent = nullptr);
    ~CommuneRulesDialog() override;

    void accept() override;
    CommuneRules rules() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session *m_session;
    CommuneRules m_rules;
    QLabel *m_taskWeightLabel;
    QDoubleSpinBox *m_taskWeight;
    QLabel *m_indicatorWeightLabel;
    QDoubleSpinBox *m_indicatorWeight;
    QLabel *m_greenMaxLabel;
    QSpinBox *m_greenMax;
    QLabel *m_redMinLabel;
    QSpinBox *m_redMin;
    QCheckBox *m_provinceTargets;
    QLabel *m_ranges;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
