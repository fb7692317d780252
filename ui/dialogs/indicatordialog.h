// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/indicators/indicatordraft.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class Session;

/*!
 * The form of one indicator of the catalogue: code, names in Vietnamese and English, what it measures,
 * which direction is better, whether it is a rate, for the period or to date, decimals, programme, the
 * level it is observed at and what is counted. Saving goes through EditCommands::saveIndicator; a
 * refusal is shown under the form and the typing is kept.
 */
class IndicatorDialog final : public QDialog
{
    Q_OBJECT

public:
    //! \a draft.id 0: a new indicator.
    IndicatorDialog(Session *session, const IndicatorDraft &draft, QWidget *parent = nullptr);
    ~IndicatorDialog() override;

    //! The indicator saved (its id), after accept().
    qint64 savedId() const { return m_savedId; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDependentFields();
    IndicatorDraft draft() const;

    Session *m_session;
    IndicatorDraft m_draft;
    qint64 m_savedId = 0;
    QFormLayout *m_form;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QComboBox *m_measure;
    QComboBox *m_direction;
    QCheckBox *m_rate;
    QComboBox *m_accumulation;
    QSpinBox *m_decimals;
    QComboBox *m_programme;
    QComboBox *m_level;
    QLineEdit *m_unitLabel;
    QLabel *m_readOnlyNote;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
