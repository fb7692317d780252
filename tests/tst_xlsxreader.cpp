// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxReader on workbooks made by hand (every cell kind, styles, rich text) and on hostile files: not a
// zip, truncated, a zip bomb, a lying size, broken XML, too many rows, texts or columns.
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>

#include "models/interchange/xlsxreader.h"
#include "models/interchange/xlsxtablewriter.h"

namespace {

using Parts = QMap<QString, QByteArray>;

//! Writes zip archives entry by entry, an entry's content possibly in pieces (a zip bomb).
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path)
        : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
    {}
    ~ZipWriter() { close(); }
    bool begin(const QString &name)
    {
        return m_zip && zipOpenNewFileInZip64(m_zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr,
                                              0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
    }
    bool write(const QByteArray &bytes)
    {
        return zipWriteInFileInZip(m_zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
    }
    bool end() { return zipCloseFileInZip(m_zip) == ZIP_OK; }
    bool add(const QString &name, const QByteArray &bytes) { return begin(name) && write(bytes) && end(); }
    bool close()
    {
        zipFile zip = m_zip;
        m_zip = nullptr;
        return zip && zipClose(zip, nullptr) == ZIP_OK;
    }

private:
    zipFile m_zip;
};

bool writeZip(const QString &path, const Parts &parts)
{
    ZipWriter zip(path);
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!zip.add(it.key(), it.value()))
            return false;
    }
    return zip.close();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

//! A workbook of two sheets ("Số liệu" and "Trống") and a chart sheet, with styles and shared strings.
Parts workbook(const QByteArray &sheet1, const QByteArray &sharedStrings = QByteArray())
{
    Parts parts;
    parts.insert(
        QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>");
    parts.insert(
        QStringLiteral("xl/workbook.xml"),
        QStringLiteral(
            "<?xml version=\"1.0\"?><workbook "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            "<sheet name=\"Số liệu\" sheetId=\"1\" r:id=\"rId1\"/>"
            "<sheet name=\"Biểu đồ\" sheetId=\"3\" r:id=\"rId5\"/>"
            "<sheet name=\"Trống\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>")
            .toUtf8());
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                 "<?xml version=\"1.0\"?><Relationships "
                 "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"worksheets/sheet1.xml\"/>"
                 "<Relationship Id=\"rId2\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                 "Target=\"/xl/worksheets/sheet2.xml\"/>"
                 "<Relationship Id=\"rId5\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
                 "Target=\"chartsheets/sheet1.xml\"/>"
                 "<Relationship Id=\"rId3\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                 "Target=\"styles.xml\"/>"
                 "<Relationship Id=\"rId4\" "
                 "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                 "Target=\"sharedStrings.xml\"/>"
                 "</Relationships>");
    // cellXfs: 0 General, 1 built-in 14 (date), 2 custom Vietnamese date, 3 built-in 10 (0.00%),
    // 4 custom "#,##0.00", 5 custom percent with a literal.
    parts.insert(QStringLiteral("xl/styles.xml"),
                 "<?xml version=\"1.0\"?><styleSheet "
                 "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                 "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"[$-42A]dd/mm/yyyy\"/>"
                 "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/><numFmt numFmtId=\"166\" "
                 "formatCode=\"0.0%&quot; đạt&quot;\"/></numFmts>"
                 "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                 "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf "
                 "numFmtId=\"10\"/>"
                 "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>");
    parts.insert(
        QStringLiteral("xl/sharedStrings.xml"),
        sharedStrings.isEmpty()
            ? QStringLiteral(
                  "<?xml version=\"1.0\"?><sst "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                  "<si><t>Sở Khoa học và Công nghệ</t></si>"
                  "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Chỉ tiêu </t></r><r><t>số hoá</t></r>"
                  "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si></sst>")
                  .toUtf8()
            : sharedStrings);
    parts.insert(QStringLiteral("xl/worksheets/sheet1.xml"), sheet1);
    parts.insert(QStringLiteral("xl/worksheets/sheet2.xml"), sheetXml(QByteArray()));
    return parts;
}

QByteArray rowsOfNumbers(int count)
{
    QByteArray rows;
    for (int r = 1; r <= count; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" +
                QByteArray::number(r) + "</v></c></row>";
    return rows;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString refusal(const QString &path, const XlsxLimits &limits = XlsxLimits())
    {
        XlsxReader reader(path, limits);
        QString error;
        if (!reader.open(&error))
            return error;
        QVector<QVector<XlsxCell>> rows;
        if (!reader.readSheet(0, &rows, &error))
            return error;
        return QString();
    }

private Q_SLOTS:
    void readsEveryKindOfCell()
    {
        const QString path = m_dir.filePath(QStringLiteral("kinds.xlsx"));
        const QByteArray rows =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>Xã Mỹ Hoà</t></is></c></row>"
            // Row 2 holds no cell: it is left out. Row 3: numbers, booleans, errors, formulas.
            "<row r=\"3\"><c r=\"A3\"><v>1623297</v></c><c r=\"B3\" s=\"4\"><v>99.88</v></c><c r=\"C3\" "
            "t=\"b\"><v>1</v></c>"
            "<c r=\"D3\" t=\"e\"><v>#N/A</v></c><c r=\"E3\" t=\"str\"><f>A1</f><v>tính</v></c><c "
            "r=\"F3\"><f>1+1</f><v>2</v></c>"
            "<c r=\"G3\" s=\"1\"/></row>"
            // Row 4: dates (built-in, custom Vietnamese, ISO "d" cells) and percents.
            "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>46168</v></c><c r=\"B4\" s=\"2\"><v>46168.5</v></c><c "
            "r=\"C4\" t=\"d\"><v>2026-05-26T00:00:00</v></c>"
            "<c r=\"D4\" s=\"3\"><v>0.9988</v></c><c r=\"E4\" s=\"5\"><v>1.2485</v></c><c r=\"F4\" "
            "s=\"99\"><v>7</v></c></row>"
            // Cells without references follow each other.
            "<row><c><v>1</v></c><c t=\"inlineStr\"><is><t>hai</t></is></c></row>";
        QVERIFY(writeZip(path, workbook(sheetXml(rows))));

        XlsxReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QCOMPARE(reader.sheetNames(), QStringList({QStringLiteral("Số liệu"), QStringLiteral("Trống")}));
        QCOMPARE(reader.sheetIndex(QStringLiteral("trống")), 1);
        QCOMPARE(reader.sheetIndex(QStringLiteral("Biểu đồ")), -1);

        QVector<QVector<XlsxCell>> sheet;
        QVERIFY2(reader.readSheet(0, &sheet, &error), qPrintable(error));
        QCOMPARE(sheet.size(), 5);
        QCOMPARE(sheet.at(0).size(), 4);
        QCOMPARE(sheet.at(0).at(0).type, XlsxCell::Type::Text);
        QCOMPARE(sheet.at(0).at(0).value.toString(), QStringLiteral("Sở Khoa học và Công nghệ"));
        QCOMPARE(sheet.at(0).at(1).value.toString(), QStringLiteral("Chỉ tiêu số hoá"));
        QCOMPARE(sheet.at(0).at(2).type, XlsxCell::Type::Empty);
        QCOMPARE(sheet.at(0).at(3).value.toString(), QStringLiteral("Xã Mỹ Hoà"));
        QVERIFY(sheet.at(1).isEmpty());

        const QVector<XlsxCell> &numbers = sheet.at(2);
        QCOMPARE(numbers.size(), 6); // the styled empty G3 is left out
        QCOMPARE(numbers.at(0).type, XlsxCell::Type::Number);
        QCOMPARE(numbers.at(0).value.toDouble(), 1623297.0);
        QCOMPARE(numbers.at(1).value.toDouble(), 99.88);
        QVERIFY(!numbers.at(1).percent);
        QCOMPARE(numbers.at(2).type, XlsxCell::Type::Boolean);
        QCOMPARE(numbers.at(2).value.toBool(), true);
        QCOMPARE(numbers.at(3).type, XlsxCell::Type::Error);
        QCOMPARE(numbers.at(3).value.toString(), QStringLiteral("#N/A"));
        QCOMPARE(numbers.at(4).type, XlsxCell::Type::Text);
        QCOMPARE(numbers.at(4).value.toString(), QStringLiteral("tính"));
        QCOMPARE(numbers.at(5).value.toDouble(), 2.0);

        const QVector<XlsxCell> &dates = sheet.at(3);
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(dates.at(c).type, XlsxCell::Type::Date);
            QCOMPARE(dates.at(c).value.toDate(), QDate(2026, 5, 26));
        }
        QCOMPARE(dates.at(3).type, XlsxCell::Type::Number);
        QVERIFY(dates.at(3).percent);
        QCOMPARE(dates.at(3).value.toDouble(), 0.9988);
        QVERIFY(dates.at(4).percent);
        QVERIFY(!dates.at(5).percent); // a style that does not exist is plain

        QCOMPARE(sheet.at(4).size(), 2);
        QCOMPARE(sheet.at(4).at(1).value.toString(), QStringLiteral("hai"));

        QVector<QVector<XlsxCell>> empty;
        QVERIFY2(reader.readSheet(1, &empty, &error), qPrintable(error));
        QVERIFY(empty.isEmpty());
        QVERIFY(!reader.readSheet(2, &empty, &error));
    }

    void handlerSeesRowNumbersAndCanStop()
    {
        const QString path = m_dir.filePath(QStringLiteral("stop.xlsx"));
        QVERIFY(writeZip(path, workbook(sheetXml(rowsOfNumbers(50)))));
        XlsxReader reader(path);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        QVector<int> seen;
        QVERIFY(reader.readSheet(
            0,
            [&](int row, const QVector<XlsxCell> &cells) {
                seen << row;
                return cells.constFirst().value.toInt() < 3;
            },
            &error));
        QCOMPARE(seen, QVector<int>({1, 2, 3}));
    }

    void dates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("first day") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("before the false leap day") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("after it") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("2023") << 45000.0 << false << QDate(2023, 3, 15);
        QTest::newRow("with a time") << 46168.75 << false << QDate(2026, 5, 26);
        QTest::newRow("1904") << 44706.0 << true << QDate(2026, 5, 26);
        QTest::newRow("zero") << 0.0 << false << QDate();
        QTest::newRow("negative") << -5.0 << false << QDate();
        QTest::newRow("beyond 9999") << 3e6 << false << QDate();
    }

    void dates()
    {
        QFETCH(double, serial);
        QFETCH(bool, system1904);
        QFETCH(QDate, date);
        QCOMPARE(XlsxReader::dateFromSerial(serial, system1904), date);
    }

    void formats()
    {
        QVERIFY(XlsxReader::isDateFormat(QStringLiteral("dd/mm/yyyy")));
        QVERIFY(XlsxReader::isDateFormat(QStringLiteral("[$-42A]d/m/yyyy;@")));
        QVERIFY(XlsxReader::isDateFormat(QStringLiteral("mmm-yy")));
        QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("General")));
        QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("#,##0.00")));
        QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("[Red]#,##0;[Blue]-#,##0")));
        QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("#,##0 \"ngày\"")));
        QVERIFY(!XlsxReader::isDateFormat(QStringLiteral("0.00%")));
        QVERIFY(XlsxReader::isPercentFormat(QStringLiteral("0.00%")));
        QVERIFY(!XlsxReader::isPercentFormat(QStringLiteral("0.00\"%\"")));
        QVERIFY(!XlsxReader::isPercentFormat(QStringLiteral("#,##0")));
    }

    void refusesWhatIsNotAWorkbook()
    {
        const QString text = m_dir.filePath(QStringLiteral("baocao.xlsx"));
        QVERIFY(writeFile(text, "code,name\nSO-KHCN,Sở Khoa học và Công nghệ\n"));
        QString error = refusal(text);
        QVERIFY2(error.contains(QStringLiteral("baocao.xlsx")) && error.contains(QStringLiteral("Excel")),
                 qPrintable(error));

        QVERIFY(
            refusal(m_dir.filePath(QStringLiteral("absent.xlsx"))).contains(QStringLiteral("absent.xlsx")));

        // A zip without a workbook (a .docx, say).
        const QString zip = m_dir.filePath(QStringLiteral("other.xlsx"));
        QVERIFY(writeZip(zip, {{QStringLiteral("word/document.xml"), "<document/>"}}));
        error = refusal(zip);
        QVERIFY2(error.contains(QStringLiteral("workbook")), qPrintable(error));
    }

    void refusesATruncatedFile()
    {
        const QString whole = m_dir.filePath(QStringLiteral("whole.xlsx"));
        QVERIFY(writeZip(whole, workbook(sheetXml(rowsOfNumbers(2000)))));
        QFile f(whole);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const double fraction : {0.3, 0.6, 0.9, 0.99}) {
            const QString cut = m_dir.filePath(QStringLiteral("cut.xlsx"));
            QVERIFY(writeFile(cut, bytes.left(qsizetype(bytes.size() * fraction))));
            const QString error = refusal(cut);
            QVERIFY2(!error.isEmpty() && error.contains(QStringLiteral("cut.xlsx")), qPrintable(error));
        }
    }

    void refusesAZipBomb()
    {
        // 300 MB of zeros in one XML text node packs into about 300 KB.
        const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        {
            Parts parts = workbook(sheetXml(rowsOfNumbers(1)));
            parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
            ZipWriter zip(path);
            for (auto it = parts.cbegin(); it != parts.cend(); ++it)
                QVERIFY(zip.add(it.key(), it.value()));
            QVERIFY(zip.begin(QStringLiteral("xl/worksheets/sheet1.xml")));
            QVERIFY(zip.write("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>"));
            const QByteArray zeros(1024 * 1024, '0');
            for (int i = 0; i < 300; ++i)
                QVERIFY(zip.write(zeros));
            QVERIFY(zip.write("</t></is></c></row></sheetData></worksheet>"));
            QVERIFY(zip.end());
            QVERIFY(zip.close());
        }
        QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);
        QString error = refusal(path);
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")) &&
                     error.contains(QStringLiteral("200 MB")),
                 qPrintable(error));

        // The same part with a lying size in the archive's directory: reading stops all the same, at the
        // limit or at the checksum, and never holds the part whole.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const QByteArray name = "xl/worksheets/sheet1.xml";
        for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
            if (bytes.mid(at + 46, name.size()) == name) {
                const char small[4] = {100, 0, 0, 0};
                bytes.replace(at + 24, 4, small, 4);
            }
        }
        const QString lying = m_dir.filePath(QStringLiteral("lying.xlsx"));
        QVERIFY(writeFile(lying, bytes));
        error = refusal(lying);
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(error));

        // With the limit lowered, the header's honest size is refused before any unpacking.
        XlsxLimits small;
        small.maxPartBytes = 1024 * 1024;
        const QString honest = m_dir.filePath(QStringLiteral("honest.xlsx"));
        QVERIFY(writeZip(honest, workbook(sheetXml(rowsOfNumbers(30000)))));
        error = refusal(honest, small);
        QVERIFY2(error.contains(QStringLiteral("1 MB")), qPrintable(error));
    }

    void refusesBrokenXml()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.xlsx"));
        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))));
        const QString error = refusal(path);
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")) &&
                     error.contains(QStringLiteral("XML")),
                 qPrintable(error));

        Parts parts = workbook(sheetXml(rowsOfNumbers(1)));
        parts.insert(QStringLiteral("xl/styles.xml"), "<styleSheet><cellXfs>");
        QVERIFY(writeZip(path, parts));
        QVERIFY(refusal(path).contains(QStringLiteral("xl/styles.xml")));
    }

    void refusesWhatExceedsTheLimits()
    {
        XlsxLimits limits;
        limits.maxRows = 10;
        limits.maxColumns = 3;
        limits.maxSharedStrings = 2;
        limits.maxCells = 15;
        const QString path = m_dir.filePath(QStringLiteral("limits.xlsx"));

        QVERIFY(writeZip(path, workbook(sheetXml(rowsOfNumbers(10)))));
        QVERIFY(refusal(path, limits).isEmpty());
        QVERIFY(writeZip(path, workbook(sheetXml(rowsOfNumbers(11)))));
        QString error = refusal(path, limits);
        QVERIFY2(error.contains(QStringLiteral("10")) && error.contains(QStringLiteral("Số liệu")),
                 qPrintable(error));
        // A single row far down counts as far down.
        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"99999999999\"><c><v>1</v></c></row>"))));
        QVERIFY(!refusal(path, limits).isEmpty());

        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"1\"><c r=\"D1\"><v>1</v></c></row>"))));
        error = refusal(path, limits);
        QVERIFY2(error.contains(QStringLiteral("column")), qPrintable(error));
        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"1\"><c r=\"ABCDE1\"><v>1</v></c></row>"))));
        QVERIFY(!refusal(path).isEmpty());

        QVERIFY(writeZip(path, workbook(sheetXml(rowsOfNumbers(1)),
                                        "<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>")));
        error = refusal(path, limits);
        QVERIFY2(error.contains(QStringLiteral("2")) && error.contains(QStringLiteral("limits.xlsx")),
                 qPrintable(error));

        QByteArray wide;
        for (int r = 1; r <= 6; ++r)
            wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"C" + QByteArray::number(r) +
                    "\"><v>1</v></c></row>";
        QVERIFY(writeZip(path, workbook(sheetXml(wide))));
        error = refusal(path, limits);
        QVERIFY2(error.contains(QStringLiteral("15")), qPrintable(error));
    }

    void refusesDamagedCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>"))));
        QString error = refusal(path);
        QVERIFY2(error.contains(QStringLiteral("B1")), qPrintable(error));
        QVERIFY(writeZip(path, workbook(sheetXml("<row r=\"1\"><c r=\"C1\"><v>một</v></c></row>"))));
        error = refusal(path);
        QVERIFY2(error.contains(QStringLiteral("C1")) && error.contains(QStringLiteral("một")),
                 qPrintable(error));
        QVERIFY(writeZip(path, workbook(sheetXml(
                                   "<row r=\"2\"><c><v>1</v></c></row><row r=\"1\"><c><v>1</v></c></row>"))));
        QVERIFY(!refusal(path).isEmpty());
        Parts parts = workbook(sheetXml(rowsOfNumbers(1)));
        parts.remove(QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(writeZip(path, parts));
        error = refusal(path);
        QVERIFY2(error.contains(QStringLiteral("Số liệu")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
