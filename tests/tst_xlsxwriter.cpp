// SPDX-License-Identifier: GPL-3.0-or-later
// XlsxTableWriter and TableExport, read back the way the importer reads: typed cells, Vietnamese text,
// the frozen header and the autofilter in the sheet's XML; nothing left behind when writing fails; and
// `steerdesk export … --out x.xlsx` run as a user runs it.
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/unzip.h>

#include "models/interchange/csvwriter.h"
#include "models/interchange/tableexport.h"
#include "models/interchange/xlsxreader.h"
#include "models/interchange/xlsxtablewriter.h"
#include "demofixture.h"

namespace {

QByteArray partOf(const QString &path, const QString &part)
{
    QByteArray bytes;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (zip && unzLocateFile(zip, part.toUtf8().constData(), 1) == UNZ_OK &&
        unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        for (int read; (read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0;)
            bytes.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    if (zip)
        unzClose(zip);
    return bytes;
}

bool readAll(const QString &path, QVector<QVector<XlsxCell>> *rows, QString *error,
             QStringList *sheets = nullptr)
{
    XlsxReader reader(path);
    if (!reader.open(error))
        return false;
    if (sheets)
        *sheets = reader.sheetNames();
    return reader.readSheet(0, rows, error);
}

int runSteerdesk(const QStringList &arguments, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(STEERDESK_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().count("\r\n"));
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoFixture m_demo;

    const QVector<XlsxColumn> m_columns{{QStringLiteral("unit"), XlsxColumn::Text, -1},
                                        {QStringLiteral("value"), XlsxColumn::Number, 2},
                                        {QStringLiteral("achievement_pct"), XlsxColumn::Percent, 2},
                                        {QStringLiteral("deadline"), XlsxColumn::Date, 0},
                                        {QStringLiteral("count"), XlsxColumn::Number, -1}};

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void writesTypedCellsThatReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("bảng.xlsx"));
        const QString longText(200, QLatin1Char('x'));
        const QVector<QVector<QVariant>> rows{
            {QStringLiteral("Sở Khoa học và Công nghệ"), 1623297.0, 0.9988, QDate(2026, 5, 26), 42},
            {QStringLiteral("Xã Mỹ Hoà"), QVariant(), QVariant(), QStringLiteral("Quý III/2026"), QVariant()},
            {longText, -0.5, 1.2485, QDate(2024, 2, 29), 3.25},
        };
        QString error;
        QVERIFY2(XlsxTableWriter::write(path, QStringLiteral("Chỉ tiêu"), m_columns, rows, &error),
                 qPrintable(error));

        QVector<QVector<XlsxCell>> cells;
        QStringList sheets;
        QVERIFY2(readAll(path, &cells, &error, &sheets), qPrintable(error));
        QCOMPARE(sheets, QStringList{QStringLiteral("Chỉ tiêu")});
        // Others may read an export, as they may read a CSV written with QSaveFile.
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
        QCOMPARE(cells.size(), 4);
        for (int c = 0; c < m_columns.size(); ++c)
            QCOMPARE(cells.at(0).at(c).value.toString(), m_columns.at(c).title);

        const QVector<XlsxCell> &first = cells.at(1);
        QCOMPARE(first.at(0).type, XlsxCell::Type::Text);
        QCOMPARE(first.at(0).value.toString(), QStringLiteral("Sở Khoa học và Công nghệ"));
        QCOMPARE(first.at(1).type, XlsxCell::Type::Number);
        QCOMPARE(first.at(1).value.toDouble(), 1623297.0);
        QVERIFY(!first.at(1).percent);
        QCOMPARE(first.at(2).type, XlsxCell::Type::Number);
        QVERIFY(first.at(2).percent);
        QCOMPARE(first.at(2).value.toDouble(), 0.9988);
        QCOMPARE(first.at(3).type, XlsxCell::Type::Date);
        QCOMPARE(first.at(3).value.toDate(), QDate(2026, 5, 26));
        QCOMPARE(first.at(4).value.toDouble(), 42.0);

        const QVector<XlsxCell> &second = cells.at(2);
        QCOMPARE(second.size(), 4); // empty cells are not written; the worded deadline stays text
        QCOMPARE(second.at(1).type, XlsxCell::Type::Empty);
        QCOMPARE(second.at(3).type, XlsxCell::Type::Text);
        QCOMPARE(second.at(3).value.toString(), QStringLiteral("Quý III/2026"));
        QCOMPARE(cells.at(3).at(3).value.toDate(), QDate(2024, 2, 29));
        QCOMPARE(cells.at(3).at(0).value.toString(), longText);

        // The header is bold and frozen, the table has an autofilter, the columns are fitted but capped.
        const QString sheet = QString::fromUtf8(partOf(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY2(sheet.contains(QStringLiteral(
                     "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")),
                 qPrintable(sheet));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:E4\"/>")));
        const QRegularExpression width(
            QStringLiteral("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([\\d.]+)\""));
        QMap<int, double> widths;
        for (auto it = width.globalMatch(sheet); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            widths.insert(m.captured(1).toInt(), m.captured(2).toDouble());
        }
        QCOMPARE(widths.size(), 5);
        QVERIFY2(widths.value(1) <= XlsxTableWriter::MaxColumnWidth + 1,
                 qPrintable(QString::number(widths.value(1))));
        QVERIFY(widths.value(1) > 30);
        QVERIFY(widths.value(4) >= 11 && widths.value(4) < 20);
        const QString styles = QString::fromUtf8(partOf(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"dd/mm/yyyy\"")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.00%\"")));
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
    }

    void failingLeavesNothingBehind()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("giữ.xlsx"));
        {
            QFile existing(target);
            QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("the previous export") > 0);
        }
        const QVector<QVector<QVariant>> rows{{QStringLiteral("a"), 1.0, 0.5, QDate(2026, 1, 1), 1}};
        QString error;
        // Excel forbids "/" in a sheet name; a text beyond 32 767 characters does not fit a cell.
        QVERIFY(!XlsxTableWriter::write(target, QStringLiteral("a/b"), m_columns, rows, &error));
        QVERIFY2(error.contains(QStringLiteral("giữ.xlsx")) && error.contains(QStringLiteral("a/b")),
                 qPrintable(error));
        QVector<QVector<QVariant>> tooLong = rows;
        tooLong[0][0] = QString(40000, QLatin1Char('x'));
        QVERIFY(!XlsxTableWriter::write(target, QStringLiteral("ok"), m_columns, tooLong, &error));
        QVERIFY2(error.contains(QLocale().toString(32767)), qPrintable(error));
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("giữ.xlsx")});

        QVERIFY(!XlsxTableWriter::write(dir.filePath(QStringLiteral("no/such/folder.xlsx")),
                                        QStringLiteral("ok"), m_columns, rows, &error));
        QVERIFY(error.contains(QStringLiteral("folder.xlsx")));

        // A successful write replaces the old file.
        QVERIFY2(XlsxTableWriter::write(target, QStringLiteral("ok"), m_columns, rows, &error),
                 qPrintable(error));
        QVector<QVector<XlsxCell>> cells;
        QVERIFY2(readAll(target, &cells, &error), qPrintable(error));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("giữ.xlsx")});
    }

    void tableExportTypesTheDocumentedColumns()
    {
        QCOMPARE(TableExport::formatOf(QStringLiteral("a/b.XLSX")), TableExport::Format::Xlsx);
        QCOMPARE(TableExport::formatOf(QStringLiteral("b.csv")), TableExport::Format::Csv);
        QCOMPARE(TableExport::formatOf(QStringLiteral("b.xls")), TableExport::Format::Unknown);
        const QVector<XlsxColumn> columns = TableExport::columns(
            QStringLiteral("indicators"),
            {QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("achievement_pct")});
        QCOMPARE(columns.at(0).type, XlsxColumn::Text);
        QCOMPARE(columns.at(1).type, XlsxColumn::Number);
        QCOMPARE(columns.at(2).type, XlsxColumn::Percent);
        const QVector<QVector<QVariant>> typed = TableExport::typedRows(
            columns, {{QStringLiteral("HS-SOHOA"), QStringLiteral("99.88"), QStringLiteral("124.85")},
                      {QStringLiteral("X"), QString(), QStringLiteral("n/a")}});
        QCOMPARE(typed.at(0).at(1).toDouble(), 99.88);
        QCOMPARE(typed.at(0).at(2).toDouble(), 1.2485);
        QVERIFY(typed.at(1).at(1).isNull());
        QCOMPARE(typed.at(1).at(2).toString(), QStringLiteral("n/a"));
        // The same column name in another table keeps its own type.
        QCOMPARE(TableExport::columns(QStringLiteral("tasks"), {QStringLiteral("deadline")}).at(0).type,
                 XlsxColumn::Date);
        QCOMPARE(TableExport::columns(QStringLiteral("communes"), {QStringLiteral("deadline")}).at(0).type,
                 XlsxColumn::Text);

        QString error;
        QVERIFY(!TableExport::write(m_dir.filePath(QStringLiteral("x.ods")), QStringLiteral("tasks"), {}, {},
                                    &error));
        QVERIFY2(error.contains(QStringLiteral(".csv, .xlsx")), qPrintable(error));
    }

    void commandLineExportsTasksAndIndicators()
    {
        const QString asOf = QStringLiteral("2026-05-26");
        for (const QString &table : {QStringLiteral("tasks"), QStringLiteral("indicators")}) {
            const QString csv = m_dir.filePath(table + QLatin1String(".csv"));
            const QString xlsx = m_dir.filePath(table + QLatin1String(".xlsx"));
            QString err;
            QCOMPARE(runSteerdesk({QStringLiteral("export"), m_demo.path(), QStringLiteral("--table"), table,
                                   QStringLiteral("--as-of"), asOf, QStringLiteral("--out"), csv},
                                  &err),
                     0);
            QCOMPARE(runSteerdesk({QStringLiteral("export"), m_demo.path(), QStringLiteral("--table"), table,
                                   QStringLiteral("--as-of"), asOf, QStringLiteral("--out"), xlsx},
                                  &err),
                     0);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            QVector<QVector<XlsxCell>> cells;
            QStringList sheets;
            QString error;
            QVERIFY2(readAll(xlsx, &cells, &error, &sheets), qPrintable(error));
            QCOMPARE(sheets, QStringList{table});
            QCOMPARE(cells.size(), csvLines(csv)); // header and rows alike
            const QVector<XlsxCell> &header = cells.constFirst();
            const auto columnOf = [&](const QString &name) {
                for (int c = 0; c < header.size(); ++c) {
                    if (header.at(c).value.toString() == name)
                        return c;
                }
                return -1;
            };
            if (table == QLatin1String("tasks")) {
                const int assigned = columnOf(QStringLiteral("assigned_on"));
                QVERIFY(assigned >= 0);
                QCOMPARE(cells.at(1).at(assigned).type, XlsxCell::Type::Date);
                QVERIFY(cells.at(1).at(assigned).value.toDate().isValid());
                const int dueSoon = columnOf(QStringLiteral("due_soon"));
                QCOMPARE(cells.at(1).at(dueSoon).type, XlsxCell::Type::Number);
            } else {
                const int pct = columnOf(QStringLiteral("achievement_pct"));
                bool found = false;
                for (const QVector<XlsxCell> &row : std::as_const(cells)) {
                    if (row.value(0).value.toString() == QLatin1String("HS-SOHOA") &&
                        row.value(1).value.toString() == QLatin1String("AN-GIANG")) {
                        found = true;
                        QVERIFY(row.value(pct).percent);
                        QCOMPARE(row.value(pct).value.toDouble(), 1.2485); // 124.85 % in the CSV
                        QCOMPARE(row.at(columnOf(QStringLiteral("value"))).value.toDouble(), 99.88);
                    }
                }
                QVERIFY(found);
            }
        }
        QString err;
        const QString ods = m_dir.filePath(QStringLiteral("tasks.ods"));
        QCOMPARE(runSteerdesk({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export"),
                               m_demo.path(), QStringLiteral("--table"), QStringLiteral("tasks"),
                               QStringLiteral("--out"), ods},
                              &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral(".csv, .xlsx")), qPrintable(err));
        QVERIFY(!QFile::exists(ods));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
