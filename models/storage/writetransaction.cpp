// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "models/storage/database.h"

WriteTransaction::WriteTransaction(const Database &database)
    : m_database(database)
{
    if (database.isReadOnly()) {
        m_error = Database::tr("The file is open read-only; nothing was changed.");
        return;
    }
    // IMMEDIATE takes the write lock now, so a busy file fails here and not halfway through an edit.
    QSqlQuery q(database.connection());
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
