// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/sqliteheader.h"

#include <QFile>
#include <QtEndian>

namespace {
constexpr int HeaderSize = 100;

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(p));
}
} // namespace

SqliteHeader SqliteHeader::read(const QString &path)
{
    SqliteHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return h;
    h.fileSize = file.size();
    if (h.fileSize == 0) {
        h.kind = Kind::Empty;
        return h;
    }
    const QByteArray bytes = file.read(HeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 16 || !bytes.startsWith(magic)) {
        h.kind = Kind::NotSqlite;
        return h;
    }
    if (bytes.size() < HeaderSize) {
        h.kind = Kind::Truncated;
        return h;
    }
    const char *d = bytes.constData();
    // Page size: a power of two 512..32768, or 1 meaning 65536 (file format spec, offset 16).
    const quint32 rawPageSize = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(d + 16));
    h.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const bool powerOfTwo = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    const uchar writeVersion = uchar(d[18]);
    const uchar readVersion = uchar(d[19]);
    if (!powerOfTwo || writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) {
        h.kind = Kind::Damaged;
        return h;
    }
    h.walMode = writeVersion == 2;
    const quint32 changeCounter = be32(d + 24);
    const quint32 versionValidFor = be32(d + 92);
    // The in-header page count is valid only when written by SQLite >= 3.7.0 in the same transaction.
    h.pageCount = changeCounter == versionValidFor ? be32(d + 28) : 0;
    h.userVersion = qint32(be32(d + 60));
    h.applicationId = qint32(be32(d + 68));
    if (h.pageCount > 0 && h.fileSize < qint64(h.pageCount) * h.pageSize) {
        h.kind = Kind::Truncated;
        return h;
    }
    if (h.fileSize % h.pageSize != 0) {
        h.kind = Kind::Truncated;
        return h;
    }
    h.kind = Kind::Valid;
    return h;
}
