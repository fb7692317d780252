// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVector>

#include "models/indicators/colourrules.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

/*!
 * ColourRulesDialog edits one traffic-light rule set: the file's default set for indicators, one
 * indicator's own set (or "use the default set", which removes its own), or the commune score set. The
 * table lists the ranges in order — colour, from, from included, to, to included, label — with numbers in
 * the user's locale (an empty bound is open). The problems ColourRules::validate() finds (gaps, overlaps)
 * are shown under the table as they are typed, and OK stays disabled until there are none. OK saves the
 * set through EditCommands::setColourRules as one undo step.
 */
class ColourRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { ColourColumn, FromColumn, FromIncludedColumn, ToColumn, ToIncludedColumn, LabelColumn, ColumnCount };

    explicit ColourRulesDialog(Session *session, QWidget *parent = nullptr);
    ~ColourRulesDialog() override;

    //! Edits indicator \a indicatorId's set; 0 edits the default set for indicators.
    void selectIndicator(qint64 indicatorId);
    void selectCommuneScore();
    //! The problems of the table as it stands, in the user's language.
    QStringList problems() const { return m_problems; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSet();
    void setRows(const QVector<ColourRange> &ranges);
    void insertRow(int row, const ColourRange &range);
    //! The table's ranges; unreadable numbers are added to \a problems.
    QVector<ColourRange> rows(QStringList *problems) const;
    void check();
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void useDefaultToggled(bool useDefault);
    qint64 currentIndicator() const;
    bool communeScore() const;
    void retranslate();

    Session *m_session;
    ColourRules m_defaults; //!< what an indicator without its own set follows
    QStringList m_problems;
    bool m_loading = false;
    QLabel *m_readOnlyNote;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QCheckBox *m_useDefault;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_hint;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    bool m_writable = false;
};
