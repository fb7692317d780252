// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "models/communes/communeassessor.h"
#include "ui/pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class CommuneStatusModel;
class Session;

/*!
 * CommunesPage shows the traffic light of every commune for an assessed period: the counts per colour
 * ("55 yellow · 30 green · 17 red"), the table with colour, score, source and reason, filtered by colour
 * and by name typed without accents, and for the selected commune why it has its colour, what would make
 * it green and its history. It assesses a period by the rules, sets a colour by hand with a reason and
 * clears it, all through EditCommands (undoable); and lists, ready to copy, what moves each yellow
 * commune to green.
 *
 * What would make a commune green is computed from today's facts (CommuneAssessor) once per period and
 * kept until the data changes; the stored rows are read again on every change of the communes.
 */
class CommunesPage final : public Page
{
    Q_OBJECT

public:
    explicit CommunesPage(Session *session, QWidget *parent = nullptr);
    ~CommunesPage() override;

    QString title() const override;
    QIcon icon() const override;

    CommuneStatusModel *model() const { return m_model; }
    //! Shows \a period ("2026-05") when it has assessments.
    void setPeriod(const QString &period);
    //! The "what moves yellow communes to green" text of the period (computed now if it was put off).
    QString yellowToGreenText();

    //! Assesses \a period by the rules (asks nothing); false with the message shown.
    bool assess(const QString &period);
    //! Opens the dialog for the selected commune.
    void overrideSelected();
    void clearSelectedOverride();
    void editRules();

protected:
    void catchUp() override;

private:
    void sessionChanged();
    void dataChanged(const QString &entity);
    void reloadPeriods(const QString &keep);
    void periodChosen();
    void applyFilter();
    void updateSummary();
    void updateDetail();
    void updateActions();
    //! Marks the yellow-to-green list out of date; fills it at once only when its tab is shown.
    void updateYellowList();
    void fillYellowList();
    void assessChosenPeriod();
    void retranslate() override;
    //! The rules' view of the period's communes as of today (computed once, kept until data change).
    const QHash<qint64, CommuneAssessment> &live();
    qint64 selectedUnit() const;

    Session *m_session;
    CommuneStatusModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_colourLabel;
    QComboBox *m_colour;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QPushButton *m_assess;
    QPushButton *m_override;
    QPushButton *m_clear;
    QPushButton *m_rules;
    QLabel *m_summary;
    QLabel *m_message;
    QTableView *m_view;
    QTabWidget *m_tabs;
    QTextBrowser *m_detail;
    QPlainTextEdit *m_yellowList;
    QPushButton *m_copy;
    QHash<qint64, CommuneAssessment> m_live;
    bool m_liveValid = false;
    //! The yellow-to-green list waits until its tab is shown: the rules' view costs a full assessment.
    bool m_yellowStale = true;
};
