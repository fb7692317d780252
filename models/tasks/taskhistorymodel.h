// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

class Database;

/*!
 * Who changed what and when for one task, newest first, from the audit log: each row is one changed
 * field (or a whole-task action) with its old and new value in words — unit and programme names rather
 * than ids, dates in the user's format. Undone and redone changes are marked as such.
 */
class TaskHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, UserColumn, ActionColumn, FieldColumn, OldValueColumn, NewValueColumn, ColumnCount };

    explicit TaskHistoryModel(QObject *parent = nullptr);
    ~TaskHistoryModel() override;

    //! Shows the history of task \a taskId in \a database (nullptr or 0: empty).
    void setTask(const Database *database, qint64 taskId);
    void refresh();
    qint64 taskId() const { return m_taskId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime at;
        QString user, action, field, oldValue, newValue;
    };
    QVector<Entry> load() const;

    const Database *m_database = nullptr;
    qint64 m_taskId = 0;
    QVector<Entry> m_entries;
};
