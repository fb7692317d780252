// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/rowchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "models/storage/audit.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

namespace RowChanges {
namespace {

const QLatin1String UpdatedAt("updated_at");

//! Columns whose change is bookkeeping, not something the History should list: the audit row itself
//! says who changed what and when (an observation's entered_at/entered_by, a task's updated_at).
bool isBookkeeping(const QString &column)
{
    return column == UpdatedAt || column == QLatin1String("created_at") || column == QLatin1String("search_text")
        || column == QLatin1String("archived_at") || column == QLatin1String("entered_at")
        || column == QLatin1String("entered_by");
}

//! Names are spliced into SQL, so they must be plain identifiers: they come from code, and this keeps it so.
bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString actionName(const char *base, Reason reason)
{
    const QString action = QLatin1String(base);
    switch (reason) {
    case Reason::Undo:
        return QStringLiteral("undo:") + action;
    case Reason::Redo:
        return QStringLiteral("redo:") + action;
    case Reason::Edit:
        break;
    }
    return action;
}

class Writer
{
public:
    Writer(const Database &database, Reason reason)
        : m_database(database)
        , m_reason(reason)
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    {
    }

    bool write(const RowChange &c, const QVariantMap &from, bool fromExists, const QVariantMap &to, bool toExists)
    {
        if (!isIdentifier(c.table))
            return fail(QStringLiteral("bad table name"));
        if (!fromExists && toExists)
            return insert(c, to);
        if (fromExists && !toExists)
            return remove(c, from);
        if (fromExists && toExists)
            return update(c, from, to);
        return true;
    }

    QString error() const { return m_error; }

private:
    bool insert(const RowChange &c, QVariantMap values)
    {
        if (values.contains(UpdatedAt))
            values.insert(UpdatedAt, m_now);
        QStringList columns, marks;
        QVariantList binds;
        for (const QVariantMap *map : {&c.key, const_cast<const QVariantMap *>(&values)}) {
            for (auto it = map->cbegin(); it != map->cend(); ++it) {
                if (!isIdentifier(it.key()))
                    return fail(QStringLiteral("bad column name"));
                columns << it.key();
                marks << QStringLiteral("?");
                binds << it.value();
            }
        }
        if (!exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(c.table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
                  binds, false))
            return false;
        return audit(c, "insert", c.auditField, QVariant(), valueOf(c, values));
    }

    bool remove(const RowChange &c, const QVariantMap &values)
    {
        QVariantList binds;
        const QString where = whereClause(c, &binds);
        if (where.isEmpty())
            return false;
        if (!exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(c.table, where), binds, true))
            return false;
        return audit(c, "delete", c.auditField, valueOf(c, values), QVariant());
    }

    bool update(const RowChange &c, const QVariantMap &from, const QVariantMap &to)
    {
        QStringList sets;
        QVariantList binds;
        QStringList changed;
        for (auto it = to.cbegin(); it != to.cend(); ++it) {
            if (!isIdentifier(it.key()))
                return fail(QStringLiteral("bad column name"));
            if (it.key() == UpdatedAt || sameValue(from.value(it.key()), it.value()))
                continue;
            sets << it.key() + QStringLiteral(" = ?");
            binds << it.value();
            changed << it.key();
        }
        if (sets.isEmpty())
            return true;
        if (to.contains(UpdatedAt)) {
            sets << QStringLiteral("updated_at = ?");
            binds << m_now;
        }
        const QString where = whereClause(c, &binds);
        if (where.isEmpty())
            return false;
        if (!exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(c.table, sets.join(QLatin1String(", ")), where),
                  binds, true))
            return false;
        for (const QString &column : std::as_const(changed)) {
            // A child row's main value is logged under the child's name ("occurrence:2026-05").
            const QString field = !c.auditField.isEmpty() && column == c.auditValueColumn ? c.auditField : column;
            if (!isBookkeeping(column) && !audit(c, "update", field, from.value(column), to.value(column)))
                return false;
        }
        return true;
    }

    QVariant valueOf(const RowChange &c, const QVariantMap &values) const
    {
        if (c.auditValueColumn.isEmpty())
            return QVariant();
        return values.contains(c.auditValueColumn) ? values.value(c.auditValueColumn) : c.key.value(c.auditValueColumn);
    }

    QString whereClause(const RowChange &c, QVariantList *binds)
    {
        QStringList parts;
        for (auto it = c.key.cbegin(); it != c.key.cend(); ++it) {
            if (!isIdentifier(it.key())) {
                fail(QStringLiteral("bad key column"));
                return QString();
            }
            parts << it.key() + QStringLiteral(" = ?");
            *binds << it.value();
        }
        if (parts.isEmpty())
            fail(QStringLiteral("a row change without a key"));
        return parts.join(QLatin1String(" AND "));
    }

    bool exec(const QString &sql, const QVariantList &binds, bool expectOneRow)
    {
        QSqlQuery q(m_database.connection());
        if (!q.prepare(sql))
            return fail(q.lastError().text());
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError().text());
        if (expectOneRow && q.numRowsAffected() != 1)
            return fail(QCoreApplication::translate("RowChanges",
                                                    "The record was changed or removed meanwhile; nothing was saved."));
        return true;
    }

    bool audit(const RowChange &c, const char *action, const QString &field, const QVariant &oldValue,
               const QVariant &newValue)
    {
        AuditEntry entry;
        entry.action = actionName(action, m_reason);
        entry.entity = c.auditEntity.isEmpty() ? c.table : c.auditEntity;
        entry.recordId = c.auditRecordId ? c.auditRecordId : c.key.value(QStringLiteral("id")).toLongLong();
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        QString error;
        if (!AuditLog::record(m_database, entry, &error))
            return fail(error);
        return true;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    const Database &m_database;
    Reason m_reason;
    QString m_now;
    QString m_error;
};

} // namespace

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

bool sameRow(const QVariantMap &a, const QVariantMap &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!sameValue(it.value(), b.value(it.key())))
            return false;
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()) && !it.value().isNull())
            return false;
    }
    return true;
}

bool apply(const Database &database, const ChangeSet &changes, Direction direction, Reason reason,
           QString *errorMessage)
{
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        if (errorMessage)
            *errorMessage = transaction.errorString();
        return false;
    }
    Writer writer(database, reason);
    const int n = int(changes.size());
    for (int i = 0; i < n; ++i) {
        const bool forward = direction == Direction::Forward;
        const RowChange &c = changes.at(forward ? i : n - 1 - i);
        const bool ok = forward ? writer.write(c, c.before, c.existsBefore, c.after, c.existsAfter)
                                : writer.write(c, c.after, c.existsAfter, c.before, c.existsBefore);
        if (!ok) {
            if (errorMessage)
                *errorMessage = writer.error();
            return false; // the transaction rolls back: nothing of the edit is written
        }
    }
    if (!transaction.commit()) {
        if (errorMessage)
            *errorMessage = transaction.errorString();
        return false;
    }
    return true;
}

qint64 nextId(const Database &database, const char *table)
{
    // Ids of rows inserted and then undone live on in the audit log; a new row must not inherit their
    // history, so the next id is past those too.
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM %1), 0),"
                             " coalesce((SELECT max(record_id) FROM audit_log WHERE entity = ?), 0)) + 1")
                  .arg(QLatin1String(table)));
    q.addBindValue(QLatin1String(table));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 1;
}

} // namespace RowChanges
