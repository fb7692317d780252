// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QVector>

#include "models/reference/referencedata.h"

class QCompleter;
class UnitFilterModel;

/*!
 * UnitComboBox chooses one unit out of a hundred or more: the secretary types any part of the name or
 * code, with or without Vietnamese accents ("tai chinh" finds "Sở Tài chính"), and picks from the popup.
 * Closed units are listed only when one is the current choice, so that an old task still shows its unit
 * but no new work goes to a unit that no longer exists. The typed text is the truth: unitId() is 0
 * while the text names no unit, never the previous choice left behind the typing.
 */
class UnitComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit UnitComboBox(QWidget *parent = nullptr);
    ~UnitComboBox() override;

    //! The units to choose from, in the order to list them (ReferenceData::units() order).
    void setUnits(const QVector<ReferenceData::Unit> &units);
    //! The chosen unit, or 0 when the text is empty or names no unit.
    qint64 unitId() const;
    //! Chooses \a id (0 clears the choice); a closed unit is added to the list for the purpose.
    void setUnitId(qint64 id);
    //! True when something is typed that is not a unit: the form can say so rather than "required".
    bool hasUnmatchedText() const;

Q_SIGNALS:
    //! The unit the text names changed (picked from the list, typed in full, or cleared).
    void unitChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate(qint64 keepId);
    int rowOfText(const QString &text) const;
    void textEdited(const QString &text);
    void completerActivated(const QModelIndex &index);
    void emitIfChanged();

    QVector<ReferenceData::Unit> m_units;
    UnitFilterModel *m_filter;
    QCompleter *m_completer;
    qint64 m_lastEmitted = 0;
};
