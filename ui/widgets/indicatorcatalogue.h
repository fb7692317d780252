// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class IndicatorCatalogModel;
class Session;
class TargetTableModel;

/*!
 * The Indicators page's catalogue tab: every indicator with how it is measured, and under it the targets
 * of the selected one with the assigners side by side (TargetTableModel). The buttons add and edit
 * indicators, set and remove targets, and open the indicator's colour rules; every change goes through
 * EditCommands, so it is undoable and audited, and the tables follow undo and redo.
 */
class IndicatorCatalogue final : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorCatalogue(Session *session, QWidget *parent = nullptr);
    ~IndicatorCatalogue() override;

    //! The indicator selected in the catalogue; 0 for none.
    qint64 currentIndicatorId() const;
    void setCurrentIndicator(qint64 id);

Q_SIGNALS:
    //! The secretary asked to edit the colour rules of \a indicatorId.
    void colourRulesRequested(qint64 indicatorId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sessionChanged();
    void dataChanged(const QString &entity);
    void selectionChanged();
    void newIndicator();
    void editIndicator();
    void newTarget();
    void removeTarget();
    void updateButtons();
    void retranslate();

    Session *m_session;
    IndicatorCatalogModel *m_catalogue;
    QSortFilterProxyModel *m_proxy;
    TargetTableModel *m_targets;
    QTableView *m_catalogueView;
    QTableView *m_targetsView;
    QLabel *m_targetsTitle;
    QPushButton *m_newIndicator;
    QPushButton *m_editIndicator;
    QPushButton *m_colourRules;
    QPushButton *m_newTarget;
    QPushButton *m_removeTarget;
};
