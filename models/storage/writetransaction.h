// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

/*!
 * WriteTransaction is the only way SteerDesk writes: BEGIN IMMEDIATE on construction, COMMIT in
 * commit(), ROLLBACK if it goes out of scope uncommitted. Every accepted edit is committed at once, so
 * there is no Save that can lose work; with synchronous=FULL a returned commit() survives a power cut.
 */
class WriteTransaction final
{
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    const Database &m_database;
    QString m_error;
    bool m_active = false;
};
