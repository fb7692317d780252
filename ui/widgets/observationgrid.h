// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ObservationGridModel;
class Session;

/*!
 * ObservationGrid is where the secretary enters an indicator's figures: choose the indicator (code –
 * name) and the periods (a year, or from one period to another), then type into the units × periods
 * table the way numbers are written in their language ("99,88", "1.623.297"; "955745/1037500" for a
 * rate, "16/34" for a rank), or paste a block copied from Excel (Ctrl+V). The panel beside the table
 * shows the selected cell in full (value, numerator and denominator, peers, comment, who entered it and
 * when) and applies changes to it. Every change is one undo step of the session; what cannot be read is
 * refused with the reason under the table, in the user's language. A read-only file is shown, not edited.
 */
class ObservationGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit ObservationGrid(Session *session, QWidget *parent = nullptr);
    ~ObservationGrid() override;

    //! Shows indicator \a id (as if chosen in the list).
    void setIndicator(qint64 id);
    qint64 indicatorId() const;

    ObservationGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    //! The last refusal or problem shown under the table; empty when none.
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadIndicators();
    void onIndicatorChosen();
    void onYearChanged(int year);
    void onRangeEdited();
    void syncRangeControls();
    void updateReadOnly();
    void showCell();
    void applyPanel();
    void showMessage(const QString &text);
    void paste();
    void copy();

    QPointer<Session> m_session;
    ObservationGridModel *m_model = nullptr;
    QLabel *m_indicatorLabel = nullptr;
    QComboBox *m_indicatorBox = nullptr;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;

    QGroupBox *m_panel = nullptr;
    QLabel *m_cellTitle = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_numeratorLabel = nullptr;
    QLineEdit *m_numerator = nullptr;
    QLabel *m_denominatorLabel = nullptr;
    QLineEdit *m_denominator = nullptr;
    QLabel *m_peersLabel = nullptr;
    QSpinBox *m_peers = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_entered = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_syncing = false;
};
