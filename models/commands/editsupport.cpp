// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/editsupport.h"

#include <QDateTime>
#include <QSqlQuery>

#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace EditSupport {

QVariant nullable(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t);
}

QVariant nullable(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

//! A title short enough for a menu item: "Undo: change the deadline of 'Số hóa dữ liệu …'".
QString shortTitle(const QString &title)
{
    constexpr int MaxLength = 60;
    const QString t = title.simplified();
    return t.size() <= MaxLength ? t : t.left(MaxLength - 1) + QChar(0x2026);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool exists(const Database &database, const char *table, qint64 id)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool codeTaken(const Database &database, const char *table, const QString &code, qint64 exceptId)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE code = ? COLLATE NOCASE AND id <> ?").arg(QLatin1String(table)));
    q.addBindValue(code.trimmed());
    q.addBindValue(exceptId);
    return q.exec() && q.next();
}

/*!
 * The source document named \a number of \a date: its id if the file has it, else a new row added to
 * \a changes (so that undoing the edit removes it too). 0 for no document.
 */
qint64 resolveDocument(const Database &database, const QString &number, const QDate &date, ChangeSet *changes)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return 0;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM source_documents WHERE number = ? AND issued_on IS ?"));
    q.addBindValue(n);
    q.addBindValue(nullable(date));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    for (const RowChange &c : std::as_const(*changes)) {
        if (c.table == QLatin1String(Schema::SourceDocuments) && c.after.value(QStringLiteral("number")) == n
            && c.after.value(QStringLiteral("issued_on")) == nullable(date))
            return c.key.value(QStringLiteral("id")).toLongLong();
    }
    RowChange doc;
    doc.table = QLatin1String(Schema::SourceDocuments);
    const qint64 id = RowChanges::nextId(database, Schema::SourceDocuments);
    doc.key.insert(QStringLiteral("id"), id);
    doc.after = {{QStringLiteral("number"), n}, {QStringLiteral("issued_on"), nullable(date)}};
    doc.existsBefore = false;
    doc.auditValueColumn = QStringLiteral("number");
    changes->prepend(doc);
    return id;
}

} // namespace EditSupport
