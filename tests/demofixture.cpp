// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/storage/writetransaction.h"

bool DemoFixture::setUp(QString *errorMessage)
{
    if (!m_dir.isValid()) {
        *errorMessage = QStringLiteral("no temporary folder");
        return false;
    }
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    return DemoBuilder::writeFile(m_path, false, errorMessage);
}

bool DemoFixture::openChangedCopy(Database &db, const QStringList &statements)
{
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_path, copy))
        return false;
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (!db.open(copy))
        return false;
    WriteTransaction tx(db);
    QSqlQuery q(db.connection());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return tx.commit();
}

bool DemoFixture::openSession(Session &session, QString *errorMessage)
{
    const QString copy = m_dir.filePath(QStringLiteral("session-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_path, copy)) {
        *errorMessage = QStringLiteral("could not copy the demo to %1").arg(copy);
        return false;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return session.open(copy, errorMessage);
}

std::unique_ptr<Session> DemoFixture::openCopy(const QDate &today)
{
    auto session = std::make_unique<Session>();
    return openSession(*session, today) ? std::move(session) : nullptr;
}

bool DemoFixture::openSession(Session &session, const QDate &today)
{
    QString error;
    if (!openSession(session, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    session.commands()->setToday(today);
    return true;
}

QVariant DemoFixture::scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

qint64 DemoFixture::unitId(const Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
