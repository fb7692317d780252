// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "models/reference/referencedata.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;
class UnitComboBox;

/*!
 * UnitDialog adds a unit (code, names, kind, the unit it is part of, opening date) or renames one (its
 * names only: the code stays, other files and exports refer to it). OK saves through the facade; a
 * refusal is shown in the dialog, which stays open with what was typed.
 */
class UnitDialog final : public QDialog
{
    Q_OBJECT

public:
    //! A new unit, under \a parentId (0: none) and of \a kind ("department", "commune" …) to begin with.
    UnitDialog(Session *session, qint64 parentId, const QString &kind, QWidget *parent = nullptr);
    //! Renames \a unit.
    UnitDialog(Session *session, const ReferenceData::Unit &unit, QWidget *parent = nullptr);
    ~UnitDialog() override;

    //! The unit added or renamed once accepted.
    qint64 unitId() const { return m_unitId; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();

    Session *m_session;
    bool m_adding;
    qint64 m_unitId = 0;
    QString m_code;
    QLabel *m_readOnlyNote;
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameEnLabel;
    QLineEdit *m_nameEn;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_parentLabel;
    UnitComboBox *m_parent;
    QCheckBox *m_hasOpenedOn;
    QDateEdit *m_openedOn;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
