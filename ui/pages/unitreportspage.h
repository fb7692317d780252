// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "models/domain/period.h"
#include "ui/pages/page.h"

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Session;
class UnitReportMatrixModel;
struct UnitReportRow;

/*!
 * UnitReportsPage shows the units' monthly reports: a month × unit matrix for a range of months as of a
 * date, each cell with its status dot (green on time, amber late, red missing, grey not yet due), the
 * counts of the chosen month ("05/2026: 11 on time · 2 late · 4 missing") and, ready to paste into a
 * reminder, the units that have not yet reported for it. The secretary records a received report (date,
 * document number, note) or clears one, through EditCommands (undoable).
 */
class UnitReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit UnitReportsPage(Session *session, QWidget *parent = nullptr);
    ~UnitReportsPage() override;

    QString title() const override;
    QIcon icon() const override;

    UnitReportMatrixModel *model() const { return m_model; }
    //! Shows the months \a first to \a last as of \a asOf.
    void setRange(const Period &first, const Period &last, const QDate &asOf);
    //! Selects the cell of unit \a unitId and month \a periodCode; false when the matrix has no such cell.
    bool selectCell(qint64 unitId, const QString &periodCode);
    //! The month whose summary and not-yet-reported list are shown: the selected column's, else the last.
    Period chosenMonth() const;
    QString summaryText() const;
    QString notYetReportedText() const;

    //! Opens the dialog recording the selected cell's report as received.
    void recordSelected();
    //! Empties the selected cell's received date, document number and note.
    void clearSelected();

protected:
    void catchUp() override;

private:
    void sessionChanged();
    void dataChanged(const QString &entity);
    void reload();
    void asOfChanged(const QDate &asOf);
    void updateSide();
    void updateActions();
    void retranslate() override;
    const UnitReportRow *selectedReport() const;
    int chosenColumn() const;
    void showError(const QString &error);

    Session *m_session;
    UnitReportMatrixModel *m_model;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QLabel *m_summary;
    QPushButton *m_record;
    QPushButton *m_clear;
    QLabel *m_message;
    QTableView *m_view;
    QLabel *m_listHeading;
    QPlainTextEdit *m_list;
    QPushButton *m_copy;
    //! The as-of month the range last ended at: while "to" is that month, it follows the as-of date.
    QDate m_trackedMonth;
};
