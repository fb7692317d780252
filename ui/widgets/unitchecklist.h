// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QVector>
#include <QWidget>

#include "models/reference/referencedata.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

/*!
 * UnitChecklist chooses several units out of a hundred or more: a filter line (any part of the name or
 * code, accents optional: "cong an" finds "Công an tỉnh"), the list with a check box per unit, and under
 * it a line naming the whole choice, which the scrolled or filtered list cannot show.
 *
 * Closed units are listed only when they were part of the choice given to setCheckedIds(), so that an old
 * record still shows them but no new work goes to a unit that no longer exists. Excluded units (the lead
 * unit of a task, among its coordinating units) are shown greyed and never count as chosen, whatever
 * their tick, so that a change of the lead unit back and forth loses nothing.
 */
class UnitChecklist final : public QWidget
{
    Q_OBJECT

public:
    explicit UnitChecklist(QWidget *parent = nullptr);
    ~UnitChecklist() override;

    //! The units to choose from, in the order to list them (ReferenceData::units() order).
    void setUnits(const QVector<ReferenceData::Unit> &units);
    //! The chosen units in the order they were ticked (those of setCheckedIds() first), excluded ones left
    //! out.
    QList<qint64> checkedIds() const;
    //! Ticks exactly \a ids (closed units among them stay listed); emits changed().
    void setCheckedIds(const QList<qint64> &ids);
    //! Units that cannot be chosen here (greyed, not counted); an empty list excludes none.
    void setExcludedIds(const QList<qint64> &ids);
    //! One excluded unit; 0 excludes none.
    void setExcludedId(qint64 id);
    //! What the line under the list says when nothing is chosen ("No coordinating unit.").
    void setEmptyText(const QString &text);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *listWidget() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    //! The choice changed: a unit ticked or unticked, setCheckedIds(), or an exclusion.
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    //! Enter in the filter line goes to the list's first match instead of pressing the dialog's OK.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void applyFilter();
    void itemChanged(QListWidgetItem *item);
    void updateSummary();
    void retranslate();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
    QVector<ReferenceData::Unit> m_units;
    QList<qint64> m_order;     //!< ticked units, in the order ticked
    QSet<qint64> m_keptClosed; //!< closed units listed because they were part of the given choice
    QSet<qint64> m_excluded;
    QString m_emptyText;
};
