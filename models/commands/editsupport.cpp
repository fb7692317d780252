// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/commands/editsupport.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

#include "models/domain/period.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"

namespace EditSupport {

namespace {

QString kindName(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month:
        return QLatin1String(Schema::PeriodKind::Month);
    case Period::Kind::Quarter:
        return QLatin1String(Schema::PeriodKind::Quarter);
    case Period::Kind::Half:
        return QLatin1String(Schema::PeriodKind::Half);
    case Period::Kind::Year:
        return QLatin1String(Schema::PeriodKind::Year);
    case Period::Kind::Invalid:
        break;
    }
    return QString();
}

} // namespace

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

void addMissingPeriods(const Database &database, const QList<Period> &periods, ChangeSet *changes)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM periods WHERE code = ?"));
    qint64 nextId = 0;
    QSet<QString> seen;
    for (const Period &period : periods) {
        if (!period.isValid() || seen.contains(period.code()))
            continue;
        seen.insert(period.code());
        q.addBindValue(period.code());
        if (q.exec() && q.next())
            continue;
        if (nextId == 0)
            nextId = RowChanges::nextId(database, Schema::Periods);
        RowChange p;
        p.table = QLatin1String(Schema::Periods);
        p.key.insert(QLatin1String(Schema::Column::Id), nextId++);
        p.after = {{QLatin1String(Schema::Column::Code), period.code()},
                   {QLatin1String(Schema::Column::Kind), kindName(period.kind())},
                   {QLatin1String(Schema::Column::StartsOn), period.firstDay().toString(Qt::ISODate)},
                   {QLatin1String(Schema::Column::EndsOn), period.lastDay().toString(Qt::ISODate)}};
        p.existsBefore = false;
        p.auditValueColumn = QLatin1String(Schema::Column::Code);
        changes->append(p);
    }
}

} // namespace EditSupport
