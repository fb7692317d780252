// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "models/meetings/meetingfigures.h"

class Database;

/*!
 * How the figures moved between two meetings: one row per headline figure (tasks by status, completion
 * rate, pilot models, indicators achieved and by colour, communes by colour, unit reports received) and
 * then one per provincial indicator value, with the earlier meeting's figure, the later one's and the
 * change. Either side may be missing (not frozen: the column says so). Figures are shown the user's way
 * ("1.623.297", "99,88%"); RawValueRole gives the number.
 */
class MeetingFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FigureColumn, EarlierColumn, LaterColumn, ChangeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit MeetingFiguresModel(QObject *parent = nullptr);
    ~MeetingFiguresModel() override;

    /*!
     * Compares \a earlier with \a later; \a earlierCaption and \a laterCaption head the columns ("Họp
     * 17/04/2025"). Indicator names come from \a database (nullptr: codes).
     */
    void setFigures(const Database *database, const MeetingFigures &earlier, const QString &earlierCaption,
                    const MeetingFigures &later, const QString &laterCaption);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString label;
        std::optional<double> earlier;
        std::optional<double> later;
        QString earlierText;
        QString laterText;
        QString changeText;
        bool section = false; //!< a heading row ("Nhiệm vụ", "Chỉ tiêu")
        QString earlierTip;   //!< what a figure belongs to: the period of an indicator's value
        QString laterTip;
    };

    //! The lines of \a earlier and \a later, each side empty where that side is not frozen.
    static QVector<Line> headlineLines(const MeetingFigures &earlier, const MeetingFigures &later);
    static QVector<Line> indicatorLines(const Database *database, const MeetingFigures &earlier,
                                        const MeetingFigures &later);

    QVector<Line> m_lines;
    QString m_earlierCaption;
    QString m_laterCaption;
    bool m_earlierFrozen = false;
    bool m_laterFrozen = false;
};
