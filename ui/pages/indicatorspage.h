// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class IndicatorCatalogue;
class ObservationGrid;
class IndicatorStatusModel;
class Session;

/*!
 * IndicatorsPage shows, read-only, every indicator for the province (or every unit) as of a date: the
 * latest figure and its period, the target in force, achievement, the change since the previous period
 * and the traffic light in colour and in words, with the report's summary of targets achieved. The rows
 * come from IndicatorStatusModel; the scope and colour filters choose among them in memory, and the
 * table sorts on the raw numbers. Beside it, tabs hold the data-entry grid and the catalogue with its
 * targets; the figures are computed again whenever an edit, undo or redo changes what they are made of.
 */
class IndicatorsPage final : public Page
{
    Q_OBJECT

public:
    explicit IndicatorsPage(Session *session, QWidget *parent = nullptr);
    ~IndicatorsPage() override;

    QString title() const override;
    QIcon icon() const override;

    IndicatorStatusModel *model() const { return m_model; }
    //! Computes the rows and the summary again from the open file.
    void refresh();

private:
    void sessionChanged();
    void applyFilter();
    void updateSummary();
    void retranslate() override;

    Session *m_session;
    IndicatorStatusModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_colourLabel;
    QComboBox *m_colour;
    QLabel *m_summary;
    QTableView *m_view;
    QTabWidget *m_tabs;
    ObservationGrid *m_grid;
    IndicatorCatalogue *m_catalogue;
};
