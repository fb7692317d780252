// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QVector>

#include "models/reference/referencedata.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

/*!
 * ProgrammesDialog shows the programmes tasks and indicators belong to (Project 06, Resolution 57 …) and
 * lets the secretary add one or correct a name (codes stay: other files and exports refer to them).
 * Every change goes through the facade, so it is undoable; the list follows EditCommands::changed, so an
 * undo made elsewhere shows here. Units are edited on the Units page.
 */
class ProgrammesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProgrammesDialog(Session *session, QWidget *parent = nullptr);
    ~ProgrammesDialog() override;

    //! Each opens a small form; on success the list is reloaded with the new or renamed row selected.
    void addProgramme();
    void renameProgramme();

protected:
    void changeEvent(QEvent *event) override;

private:
    void entityChanged(const QString &entity);
    void reloadProgrammes();
    void updateButtons();
    void retranslate();

    Session *m_session;
    QVector<ReferenceData::Programme> m_programmeList;

    QLabel *m_readOnlyNote;
    QTableWidget *m_programmes;
    QPushButton *m_addProgramme;
    QPushButton *m_renameProgramme;
    QDialogButtonBox *m_buttons;
};
