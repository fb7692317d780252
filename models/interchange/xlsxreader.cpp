// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/interchange/xlsxreader.h"

#include <cmath>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace {

// An .xlsx holds a few dozen parts; an archive with more entries than this is not a workbook, and
// looking a part up scans the entries.
constexpr int MaxEntries = 10000;

/*!
 * The current entry of an open archive as a sequential QIODevice, passing at most \a limit bytes and
 * then failing, so that a part that unpacks to more than its declared size (a zip bomb lies in its
 * header) stops at the limit instead of filling memory: QXmlStreamReader would otherwise keep a single
 * huge text node whole.
 */
class EntryDevice final : public QIODevice
{
public:
    EntryDevice(unzFile zip, qint64 limit)
        : m_zip(zip)
        , m_limit(limit)
    {}
    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_exceeded || m_failed)
            return -1;
        const qint64 wanted = qMin(qMin(maxSize, m_limit + 1 - m_read), qint64(1) << 20);
        const int read = unzReadCurrentFile(m_zip, data, unsigned(wanted));
        if (read < 0) {
            m_failed = true;
            return -1;
        }
        m_read += read;
        if (m_read > m_limit) {
            m_exceeded = true;
            return -1;
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_exceeded = false;
    bool m_failed = false;
};

bool isStart(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.isStartElement() && xml.name() == name;
}

//! The text of a rich string (<si> or <is>), its runs joined, phonetic runs (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

//! The "r:id" attribute, whichever namespace prefix (transitional or strict) the file uses.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

//! A relationship's target resolved against the folder of the part that names it.
QString resolvePart(const QString &fromPart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = fromPart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : fromPart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

//! The relationships file of \a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
QString relsOf(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

//! "AB12" → 27 (A = 0); -1 when \a reference has no column letters or too many.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            column = column * 26 + (c.unicode() - 'A' + 1);
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            column = column * 26 + (c.unicode() - 'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

//! A number format code with its literal parts removed: quoted text, [colour]/[$-locale] tags,
//! escaped characters (\x) and the fill (*x) and padding (_x) characters; only the first section.
QString formatSkeleton(const QString &code)
{
    QString skeleton;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(';'))
            break;
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('_')) {
            ++i;
        } else {
            skeleton += c.toLower();
        }
    }
    return skeleton;
}

} // namespace

struct XlsxReader::Private
{
    enum class Style : char { Plain, Date, Percent };
    struct Sheet
    {
        QString name;
        QString part;
    };
    struct Relationship
    {
        QString type;
        QString target;
    };
    //! Parses one part; returns false to stop, with \a problem set when that is an error.
    using Parser = std::function<bool(QXmlStreamReader &xml, QString &problem)>;
    enum class Result { Done, Missing, Failed };

    QString path;
    XlsxLimits limits;
    unzFile zip = nullptr;
    bool opened = false;
    bool date1904 = false;
    QVector<Sheet> sheets;
    QStringList sharedStrings;
    QVector<Style> cellStyles;

    QString fileName() const { return QFileInfo(path).fileName(); }

    ~Private()
    {
        if (zip)
            unzClose(zip);
    }

    QString damaged(const QString &part) const
    {
        return XlsxReader::tr("%1 is damaged: its part %2 cannot be read.").arg(fileName(), part);
    }

    Result parse(const QString &part, const Parser &parser, QString *errorMessage)
    {
        const auto failed = [&](const QString &message) {
            if (errorMessage)
                *errorMessage = message;
            return Result::Failed;
        };
        // 2: case-insensitive, as part names are in Office Open XML.
        const int located = unzLocateFile(zip, part.toUtf8().constData(), 2);
        if (located == UNZ_END_OF_LIST_OF_FILE)
            return Result::Missing;
        unz_file_info64 info;
        if (located != UNZ_OK ||
            unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return failed(damaged(part));
        const QString tooLarge = XlsxReader::tr("%1 is refused: its part %2 unpacks to more than %L3 MB.")
                                     .arg(fileName(), part)
                                     .arg(limits.maxPartBytes / (1024 * 1024));
        if (info.uncompressed_size > quint64(limits.maxPartBytes))
            return failed(tooLarge);
        // Bit 0: encrypted; Excel never encrypts parts that way (a protected workbook is not a zip).
        if ((info.flag & 1) != 0 || unzOpenCurrentFile(zip) != UNZ_OK)
            return failed(damaged(part));
        EntryDevice device(zip, limits.maxPartBytes);
        device.open(QIODevice::ReadOnly);
        QXmlStreamReader xml(&device);
        QString problem;
        const bool finished = parser(xml, problem);
        // The checksum is verified when a part was read to its end.
        const int closed = unzCloseCurrentFile(zip);
        if (device.exceeded())
            return failed(tooLarge);
        if (!problem.isEmpty())
            return failed(problem);
        if (device.failed() || (finished && closed != UNZ_OK))
            return failed(damaged(part));
        if (xml.hasError())
            return failed(XlsxReader::tr("%1 is damaged: its part %2 is not valid XML (line %3: %4).")
                              .arg(fileName(), part)
                              .arg(xml.lineNumber())
                              .arg(xml.errorString()));
        return Result::Done;
    }

    bool readRelationships(const QString &rels, QHash<QString, Relationship> *relationships,
                           QString *errorMessage)
    {
        const Result result = parse(
            rels,
            [&](QXmlStreamReader &xml, QString &) {
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (isStart(xml, QLatin1String("Relationship"))) {
                        const QXmlStreamAttributes attributes = xml.attributes();
                        relationships->insert(attributes.value(QLatin1String("Id")).toString(),
                                              {attributes.value(QLatin1String("Type")).toString(),
                                               attributes.value(QLatin1String("Target")).toString()});
                    }
                }
                return !xml.hasError();
            },
            errorMessage);
        return result != Result::Failed;
    }

    bool readStyles(const QString &part, QString *errorMessage)
    {
        const Result result = parse(
            part,
            [&](QXmlStreamReader &xml, QString &) {
                QHash<int, QString> customFormats;
                bool inCellXfs = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement()) {
                        const QXmlStreamAttributes attributes = xml.attributes();
                        if (xml.name() == QLatin1String("numFmt")) {
                            customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                                 attributes.value(QLatin1String("formatCode")).toString());
                        } else if (xml.name() == QLatin1String("cellXfs")) {
                            inCellXfs = true;
                        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                            Style style = Style::Plain;
                            if (customFormats.contains(id)) {
                                const QString code = customFormats.value(id);
                                style = isDateFormat(code)      ? Style::Date
                                        : isPercentFormat(code) ? Style::Percent
                                                                : Style::Plain;
                            } else if (id >= 14 && id <= 22) { // Excel's built-in date and date-time formats
                                style = Style::Date;
                            } else if (id == 9 || id == 10) { // 0% and 0.00%
                                style = Style::Percent;
                            }
                            cellStyles << style;
                        }
                    } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                        inCellXfs = false;
                    }
                }
                return !xml.hasError();
            },
            errorMessage);
        return result != Result::Failed;
    }

    bool readSharedStrings(const QString &part, QString *errorMessage)
    {
        const Result result = parse(
            part,
            [&](QXmlStreamReader &xml, QString &problem) {
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (isStart(xml, QLatin1String("si"))) {
                        if (sharedStrings.size() >= limits.maxSharedStrings) {
                            problem = XlsxReader::tr("%1 is refused: it holds more than %L2 different texts.")
                                          .arg(fileName())
                                          .arg(limits.maxSharedStrings);
                            return false;
                        }
                        sharedStrings << richText(xml);
                    }
                }
                return !xml.hasError();
            },
            errorMessage);
        return result != Result::Failed;
    }
};

XlsxReader::XlsxReader(const QString &path, const XlsxLimits &limits)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->limits = limits;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(QString *errorMessage)
{
    using Relationship = Private::Relationship;
    QString error;
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        if (d->zip)
            unzClose(d->zip);
        d->zip = nullptr;
        return false;
    };
    if (d->opened)
        return true;
    if (!QFileInfo::exists(d->path))
        return fail(tr("%1 does not exist.").arg(QDir::toNativeSeparators(d->path)));
    d->zip = unzOpen64(QFile::encodeName(d->path).constData());
    unz_global_info64 global;
    if (!d->zip || unzGetGlobalInfo64(d->zip, &global) != UNZ_OK)
        return fail(tr("%1 is not an Excel workbook (.xlsx), or it is damaged: it cannot be opened as one. "
                       "Save it again as an Excel workbook (.xlsx).")
                        .arg(d->fileName()));
    if (global.number_entry > MaxEntries)
        return fail(tr("%1 is refused: it holds more than %L2 parts.").arg(d->fileName()).arg(MaxEntries));

    // The package's relationships name the workbook part (xl/workbook.xml in every known producer).
    QHash<QString, Relationship> packageRelationships;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (!d->readRelationships(QStringLiteral("_rels/.rels"), &packageRelationships, &error))
        return fail(error);
    for (const Relationship &relationship : std::as_const(packageRelationships)) {
        if (relationship.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = resolvePart(QString(), relationship.target);
    }

    QHash<QString, Relationship> relationships;
    if (!d->readRelationships(relsOf(workbookPart), &relationships, &error))
        return fail(error);
    QVector<std::pair<QString, QString>> declaredSheets; // name, relationship id
    const Private::Result workbook = d->parse(
        workbookPart,
        [&](QXmlStreamReader &xml, QString &) {
            while (!xml.atEnd()) {
                xml.readNext();
                if (isStart(xml, QLatin1String("workbookPr"))) {
                    const QStringView value = xml.attributes().value(QLatin1String("date1904"));
                    d->date1904 = value == QLatin1String("1") || value == QLatin1String("true");
                } else if (isStart(xml, QLatin1String("sheet")) && declaredSheets.size() < MaxEntries) {
                    declaredSheets.append(
                        {xml.attributes().value(QLatin1String("name")).toString(), relationshipId(xml)});
                }
            }
            return !xml.hasError();
        },
        &error);
    if (workbook == Private::Result::Failed)
        return fail(error);
    if (workbook == Private::Result::Missing)
        return fail(tr("%1 is not an Excel workbook (.xlsx): it has no workbook part.").arg(d->fileName()));

    for (const auto &[name, id] : std::as_const(declaredSheets)) {
        const Relationship relationship = relationships.value(id);
        // Chart sheets and dialog sheets hold no cells.
        if (relationship.type.endsWith(QLatin1String("/worksheet")))
            d->sheets.append({name, resolvePart(workbookPart, relationship.target)});
    }
    if (d->sheets.isEmpty())
        return fail(tr("%1 has no sheet with cells.").arg(d->fileName()));

    QString stylesPart, sharedStringsPart;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(QLatin1String("/styles")))
            stylesPart = resolvePart(workbookPart, relationship.target);
        else if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = resolvePart(workbookPart, relationship.target);
    }
    if (!stylesPart.isEmpty() && !d->readStyles(stylesPart, &error))
        return fail(error);
    if (!sharedStringsPart.isEmpty() && !d->readSharedStrings(sharedStringsPart, &error))
        return fail(error);
    d->opened = true;
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Private::Sheet &sheet : std::as_const(d->sheets))
        names << sheet.name;
    return names;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool XlsxReader::readSheet(int index, const RowHandler &handler, QString *errorMessage)
{
    if (!d->opened || index < 0 || index >= d->sheets.size()) {
        if (errorMessage)
            *errorMessage = tr("%1 has no sheet number %2.").arg(d->fileName()).arg(index + 1);
        return false;
    }
    const Private::Sheet &sheet = d->sheets.at(index);
    const Private::Result result = d->parse(
        sheet.part,
        [&](QXmlStreamReader &xml, QString &problem) {
            int rowNumber = 0;
            QVector<XlsxCell> cells;
            const auto report = [&](const QString &message) {
                problem = message;
                return false;
            };
            while (!xml.atEnd()) {
                xml.readNext();
                if (!isStart(xml, QLatin1String("row")))
                    continue;
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                const int previous = rowNumber;
                rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
                if (rowNumber > d->limits.maxRows || (!r.isEmpty() && r.toLongLong() > d->limits.maxRows))
                    return report(tr("The sheet %1 of %2 is refused: it has more than %L3 rows.")
                                      .arg(sheet.name, d->fileName())
                                      .arg(d->limits.maxRows));
                if (rowNumber <= previous)
                    return report(tr("%1 is damaged: the rows of sheet %2 are out of order near row %L3.")
                                      .arg(d->fileName(), sheet.name)
                                      .arg(previous));
                cells.clear();
                int nextColumn = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() != QLatin1String("c")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QXmlStreamAttributes attributes = xml.attributes();
                    const QStringView reference = attributes.value(QLatin1String("r"));
                    const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
                    if (column < 0 || column >= d->limits.maxColumns)
                        return report(
                            tr("The sheet %1 of %2 is refused: row %L3 has a cell beyond column %L4.")
                                .arg(sheet.name, d->fileName())
                                .arg(rowNumber)
                                .arg(d->limits.maxColumns));
                    nextColumn = column + 1;
                    const QString type = attributes.value(QLatin1String("t")).toString();
                    const int style = attributes.value(QLatin1String("s")).toInt();
                    QString raw;
                    bool hasValue = false;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("v")) {
                            raw = xml.readElementText();
                            hasValue = true;
                        } else if (xml.name() == QLatin1String("is")) {
                            raw = richText(xml);
                            hasValue = true;
                        } else {
                            xml.skipCurrentElement(); // <f>ormulas: their cached value is in <v>
                        }
                    }
                    if (xml.hasError())
                        return false;
                    XlsxCell cell;
                    const QString cellName =
                        reference.isEmpty() ? QString::number(column + 1) : reference.toString();
                    if (!hasValue) {
                        // An empty cell that only carries a style.
                    } else if (type == QLatin1String("s")) {
                        bool ok = false;
                        const int i = raw.toInt(&ok);
                        if (!ok || i < 0 || i >= d->sharedStrings.size())
                            return report(
                                tr("%1 is damaged: cell %2 of sheet %3 refers to a text that does not exist.")
                                    .arg(d->fileName(), cellName, sheet.name));
                        cell.type = XlsxCell::Type::Text;
                        cell.value = d->sharedStrings.at(i);
                    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
                        cell.type = XlsxCell::Type::Text;
                        cell.value = raw;
                    } else if (type == QLatin1String("b")) {
                        cell.type = XlsxCell::Type::Boolean;
                        cell.value =
                            raw.trimmed() == QLatin1String("1") || raw.trimmed() == QLatin1String("true");
                    } else if (type == QLatin1String("e")) {
                        cell.type = XlsxCell::Type::Error;
                        cell.value = raw;
                    } else if (type == QLatin1String("d")) {
                        const QDate date = QDate::fromString(raw.left(10), Qt::ISODate);
                        if (!date.isValid())
                            return report(
                                tr("%1 is damaged: cell %2 of sheet %3 holds \"%4\", which is not a date.")
                                    .arg(d->fileName(), cellName, sheet.name, raw.left(40)));
                        cell.type = XlsxCell::Type::Date;
                        cell.value = date;
                    } else {
                        bool ok = false;
                        const double number = raw.trimmed().toDouble(&ok);
                        if (!ok || !std::isfinite(number))
                            return report(
                                tr("%1 is damaged: cell %2 of sheet %3 holds \"%4\", which is not a number.")
                                    .arg(d->fileName(), cellName, sheet.name, raw.left(40)));
                        const Private::Style kind = style >= 0 && style < d->cellStyles.size()
                                                        ? d->cellStyles.at(style)
                                                        : Private::Style::Plain;
                        const QDate date =
                            kind == Private::Style::Date ? dateFromSerial(number, d->date1904) : QDate();
                        if (date.isValid()) {
                            cell.type = XlsxCell::Type::Date;
                            cell.value = date;
                        } else {
                            cell.type = XlsxCell::Type::Number;
                            cell.value = number;
                            cell.percent = kind == Private::Style::Percent;
                        }
                    }
                    if (cell.type != XlsxCell::Type::Empty) {
                        if (cells.size() <= column)
                            cells.resize(column + 1);
                        cells[column] = cell;
                    }
                }
                if (xml.hasError())
                    return false;
                if (!cells.isEmpty() && !handler(rowNumber, cells))
                    return false;
            }
            return !xml.hasError();
        },
        errorMessage);
    if (result == Private::Result::Missing) {
        if (errorMessage)
            *errorMessage = tr("%1 is damaged: the sheet %2 is missing.").arg(d->fileName(), sheet.name);
        return false;
    }
    return result == Private::Result::Done;
}

bool XlsxReader::readSheet(int index, QVector<QVector<XlsxCell>> *rows, QString *errorMessage)
{
    rows->clear();
    qint64 cells = 0;
    QString tooMany;
    const bool ok = readSheet(
        index,
        [&](int rowNumber, const QVector<XlsxCell> &row) {
            cells += row.size();
            if (cells > d->limits.maxCells) {
                tooMany = tr("The sheet %1 of %2 is refused: it has more than %L3 cells.")
                              .arg(d->sheets.at(index).name, d->fileName())
                              .arg(d->limits.maxCells);
                return false;
            }
            rows->resize(rowNumber - 1);
            rows->append(row);
            return true;
        },
        errorMessage);
    if (!tooMany.isEmpty()) {
        rows->clear();
        if (errorMessage)
            *errorMessage = tooMany;
        return false;
    }
    return ok;
}

QDate XlsxReader::dateFromSerial(double serial, bool system1904)
{
    // 2958465 is 9999-12-31, Excel's last day; below 1 is "day 0", no date.
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const int days = int(std::floor(serial));
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel counts the 29th of February 1900 that never was (Lotus 1-2-3's bug): serials before it
    // count from 31/12/1899, later ones from 30/12/1899; serial 60 itself is shown as 28/02/1900's
    // successor and is taken as 28/02/1900.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

bool XlsxReader::isDateFormat(const QString &code)
{
    const QString skeleton = formatSkeleton(code);
    return skeleton.contains(QLatin1Char('d')) || skeleton.contains(QLatin1Char('m')) ||
           skeleton.contains(QLatin1Char('y'));
}

bool XlsxReader::isPercentFormat(const QString &code)
{
    return formatSkeleton(code).contains(QLatin1Char('%'));
}
