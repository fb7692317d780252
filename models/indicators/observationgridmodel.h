// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include "models/commands/observationedits.h"
#include "models/domain/period.h"
#include "models/indicators/indicatorrecord.h"

class Session;

/*!
 * ObservationGridModel is the data-entry grid of one indicator: a row per unit the indicator is observed
 * at (the province first, then the units of the indicator's level by name; a closed unit, or one of
 * another level, only when it has values in the range), a column per period of one kind (months unless
 * the indicator's observations use another) from one period to another. The unit names are the vertical
 * header, so that a view keeps them in sight while scrolling through the periods.
 *
 * The whole grid is one query on observations_latest (indicator, unit, period_start range). Cells show
 * values in the default QLocale with the indicator's decimals ("99,88", "1.623.297"), ranks with their
 * peers ("16/34"); a rate's numerator and denominator and a comment are in the tooltip. Edits are typed
 * in the user's language (LocaleNumber): "99,88", "955745/1037500" for a rate, "16/34" for a rank, an
 * empty text to remove. Every edit, a pasted block included, is one EditCommands step; a text that cannot
 * be read is refused with editFailed(message) and nothing is written. The model follows the data through
 * EditCommands::changed, so undo and redo show at once.
 */
class ObservationGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, //!< qint64 observation id; 0 for an empty cell
        RawValueRole,              //!< double value; invalid for an empty cell
        UnitIdRole,                //!< qint64 unit id of the row
        PeriodRole,                //!< period code of the column ("2026-05")
        CommentRole,               //!< the comment, empty when none
        HasCommentRole,            //!< bool: the view marks the cell
        NumeratorRole,             //!< double, rates entered with numerator and denominator; else invalid
        DenominatorRole,
        PeersRole,                 //!< int, ranks: the number ranked; else invalid
        EnteredByRole,             //!< who entered the value
        EnteredAtRole,             //!< QDateTime (UTC) it was entered
    };

    //! The content of one cell as stored.
    struct Cell
    {
        qint64 id = 0;
        double value = 0;
        bool hasRatio = false;
        double numerator = 0;
        double denominator = 0;
        int peers = 0;
        QString comment;
        QString enteredBy;
        QString enteredAt;
        bool isEmpty() const { return id == 0; }
    };

    explicit ObservationGridModel(QObject *parent = nullptr);
    ~ObservationGridModel() override;

    //! The open file the grid reads and the commands its edits go through; nullptr shows nothing.
    void setSession(Session *session);

    //! Shows indicator \a id; the period kind becomes the one its observations use (months by default),
    //! and the range, when not of that kind, the year of its latest observation.
    void setIndicator(qint64 id);
    qint64 indicatorId() const { return m_indicator.id; }
    const IndicatorRecord &indicator() const { return m_indicator; }

    //! The columns: \a from to \a to, both of one kind (swapped when reversed; at most 240 columns).
    void setRange(const Period &from, const Period &to);
    //! Every period of the current kind in \a year.
    void setYear(int year);
    Period from() const { return m_from; }
    Period to() const { return m_to; }
    Period::Kind periodKind() const { return m_from.kind(); }

    /*!
     * The one statement the grid is read with; positional parameters: the indicator id, the first and
     * the last column's period start ('YYYY-MM-DD'). The benchmark runs the same text in the sqlite3 tool.
     */
    static QString gridSql();

    //! Reads the grid again.
    void refresh();
    QString lastError() const { return m_error; }
    bool isReadOnly() const;

    const Cell &cell(int row, int column) const;
    qint64 unitIdAt(int row) const;
    Period periodAt(int column) const;
    //! The row of unit \a unitId, or -1.
    int rowOfUnit(qint64 unitId) const;

    /*!
     * Writes the cell at \a index as \a draft says (value, numerator and denominator, peers, comment;
     * remove). The unit and period are the cell's. False, with editFailed(), when refused.
     */
    bool applyDraft(const QModelIndex &index, ObservationDraft draft);
    /*!
     * Reads \a text as the cell at \a index would (see class comment) into \a draft, starting from the
     * cell's stored content (its comment and peers are kept). False with \a errorMessage when unreadable.
     */
    bool draftFromText(const QModelIndex &index, const QString &text, ObservationDraft *draft,
                       QString *errorMessage) const;
    /*!
     * Pastes tab-separated \a text (rows by line, as a spreadsheet copies a block) with its top-left at
     * \a topLeft: every cell read first, then all written as one undo step. Cells beyond the grid are
     * refused. Returns false with editFailed() when any cell cannot be read; nothing is written then.
     */
    bool pasteText(const QModelIndex &topLeft, const QString &text);
    //! Removes the values of \a indexes as one undo step.
    bool clearCells(const QModelIndexList &indexes);
    //! The cells of \a indexes' bounding block as tab-separated text in the current locale.
    QString copyText(const QModelIndexList &indexes) const;

    /*!
     * The peer count a rank entered at \a index without one gets: the cell's own, else the unit's nearest
     * earlier period in the grid, else the nearest earlier of any unit in the grid; 0 when unknown.
     */
    int defaultPeers(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The text a cell shows: "99,88", "1.623.297", "16/34"; empty for an empty cell.
    QString displayText(const Cell &cell) const;
    //! The text a cell is edited as: every digit of the value ("99,8765"), "16/34", "955745/1037500".
    QString editText(const Cell &cell) const;

Q_SIGNALS:
    //! An edit was refused; \a message says why, in the user's language.
    void editFailed(const QString &message);

private:
    struct Row
    {
        qint64 unitId = 0;
        QString name;
        QString code;
        bool closed = false;
    };

    void load(bool keepShape);
    void onChanged(const QString &entity);
    QString tooltip(int row, int column) const;
    bool commitDrafts(const QList<ObservationDraft> &drafts);

    QPointer<Session> m_session;
    IndicatorRecord m_indicator;
    Period m_from;
    Period m_to;
    QVector<Period> m_periods;
    QVector<Row> m_rows;
    QVector<Cell> m_cells; //!< row-major, m_rows.size() × m_periods.size()
    QString m_error;
};
