// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVector>

#include "models/reference/referencedata.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Session;

/*!
 * ReferenceListsDialog shows the units and programmes tasks refer to and lets the secretary add one or
 * correct a name (codes stay: other files and exports refer to them). Every change goes through the
 * facade, so it is undoable; the lists follow EditCommands::changed, so an undo made elsewhere shows here.
 */
class ReferenceListsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReferenceListsDialog(Session *session, QWidget *parent = nullptr);
    ~ReferenceListsDialog() override;

    //! Each opens a small form; on success the list is reloaded with the new or renamed row selected.
    void addUnit();
    void renameUnit();
    void addProgramme();
    void renameProgramme();

protected:
    void changeEvent(QEvent *event) override;

private:
    void entityChanged(const QString &entity);
    void reloadUnits();
    void reloadProgrammes();
    void filterUnits();
    void updateButtons();
    void retranslate();

    Session *m_session;
    QVector<ReferenceData::Unit> m_unitList;
    QVector<ReferenceData::Programme> m_programmeList;

    QLabel *m_readOnlyNote;
    QTabWidget *m_tabs;
    QWidget *m_unitsTab;
    QLineEdit *m_unitFilter;
    QTableWidget *m_units;
    QPushButton *m_addUnit;
    QPushButton *m_renameUnit;
    QWidget *m_programmesTab;
    QTableWidget *m_programmes;
    QPushButton *m_addProgramme;
    QPushButton *m_renameProgramme;
    QDialogButtonBox *m_buttons;
};
