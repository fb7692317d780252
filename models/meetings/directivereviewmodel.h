// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QVector>

#include "models/meetings/meetingrecord.h"
#include "models/tasks/taskrecord.h"

class Database;

/*!
 * "What became of the meeting's directives", as a tree: one top-level row per outcome of a meeting in
 * order (information and decisions too, so the minutes read whole), and under a directive one row per
 * task created from it with its lead unit, deadline in force and status as of a date. A directive row
 * sums its tasks ("2/3 hoàn thành · 1 quá hạn"), or says that no task was created yet.
 *
 * IdRole gives the outcome's id on an outcome row and the task's id on a task row; IsTaskRole tells
 * them apart; StatusRole gives a task's TaskStatus (as int) for the status delegate.
 */
class DirectiveReviewModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, LeadUnitColumn, DeadlineColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsTaskRole, StatusRole, KindRole };

    explicit DirectiveReviewModel(QObject *parent = nullptr);
    ~DirectiveReviewModel() override;

    //! Shows meeting \a meetingId of \a database (nullptr or 0: empty) with statuses as of \a asOf.
    void setMeeting(const Database *database, qint64 meetingId, const QDate &asOf);
    void setAsOf(const QDate &asOf);
    void refresh();
    qint64 meetingId() const { return m_meetingId; }
    QString errorMessage() const { return m_error; }

    //! The outcome of a top-level row, or of the parent of a task row; nullptr for an invalid index.
    const MeetingOutcome *outcomeAt(const QModelIndex &index) const;
    //! The lead units of the directive at \a index (or the parent of a task row) without a task created from it.
    QList<qint64> leadsWithoutTask(const QModelIndex &index) const;
    //! The index of outcome \a outcomeId's row, or an invalid index.
    QModelIndex indexOfOutcome(qint64 outcomeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The outcome kind's name in the current language ("Thông tin", "Quyết định", "Chỉ đạo").
    static QString kindName(const QString &kind);

private:
    struct TaskLine
    {
        TaskRecord task;
        TaskStatus status = TaskStatus::NotYetAssigned;
        QDate deadline; //!< in force on the as-of date; invalid: standing
    };
    void load();
    QString unitNames(const QList<qint64> &ids) const;
    //! The status column of directive row \a outcomeRow.
    QString statusSummary(int outcomeRow) const;
    QList<qint64> leadsWithoutTask(int outcomeRow) const;

    const Database *m_database = nullptr;
    qint64 m_meetingId = 0;
    QDate m_asOf;
    QVector<MeetingOutcome> m_outcomes;
    QVector<QVector<TaskLine>> m_tasks; //!< per outcome, in task code order
    QHash<qint64, QString> m_unitNames;
    QString m_error;
};
