// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

#include "models/meetings/meetingstore.h"

class Database;

/*!
 * The meetings of the file, newest first: date and time, title, kind (with the points connected of an
 * online conference), chair, how many directives, and what became of their tasks as of a date ("12/14
 * hoàn thành · 1 quá hạn"), and whether its figures are frozen. IdRole gives the meeting's id.
 */
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, KindColumn, ChairColumn, DirectivesColumn, TasksColumn, FrozenColumn,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit MeetingListModel(QObject *parent = nullptr);
    ~MeetingListModel() override;

    //! Lists the meetings of \a database (nullptr: none) with task statuses as of \a asOf.
    void load(const Database *database, const QDate &asOf);
    void refresh();
    QString errorMessage() const { return m_error; }
    //! The row of meeting \a id, or -1.
    int rowOf(qint64 id) const;
    const MeetingSummary &meetingAt(int row) const { return m_rows.at(row); }
    const QVector<MeetingSummary> &meetings() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The kind's name in the current language ("Họp định kỳ", "Chuyên đề", "Hội nghị trực tuyến").
    static QString kindName(const QString &kind);

private:
    const Database *m_database = nullptr;
    QDate m_asOf;
    QVector<MeetingSummary> m_rows;
    QString m_error;
};
