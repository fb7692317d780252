// SPDX-License-Identifier: GPL-3.0-or-later
// The data-entry grid of one indicator on a copy of the demo: its shape, values in Vietnamese and
// English, and edits (typed, rates, ranks, comments, pasted blocks) written at once, audited, undone and
// redone exactly; text that cannot be read is refused with its reason and nothing is written.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/indicators/observationgridmodel.h"
#include "models/session.h"
#include "models/storage/database.h"

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

} // namespace

class TestObservationGridModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    QTemporaryDir m_dir;
    int m_copies = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ObservationGridModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Database &db() const { return *m_session->database(); }
    QUndoStack &stack() const { return *m_session->undoStack(); }

    qint64 idOf(const char *table, const QString &code) const
    {
        return scalar(db(), QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)), {code})
            .toLongLong();
    }
    int auditRows() const { return scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(); }
    //! Every observation of the file as text: undo must give back exactly this.
    QString digest() const
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT * FROM observations ORDER BY id"));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        q.exec(QStringLiteral("SELECT group_concat(code) FROM periods"));
        q.next();
        return rows.join(QLatin1Char('\n')) + q.value(0).toString();
    }
    //! The model's cell of unit \a unitCode in period \a period.
    QModelIndex cellOf(const QString &unitCode, const QString &period) const
    {
        const int row = m_model->rowOfUnit(idOf("units", unitCode));
        for (int c = 0; c < m_model->columnCount(); ++c)
            if (m_model->periodAt(c).code() == period)
                return m_model->index(row, c);
        return {};
    }
    QVariantMap stored(const QString &indicator, const QString &unit, const QString &period) const
    {
        QSqlQuery q(db().connection());
        q.prepare(QStringLiteral("SELECT o.* FROM observations o WHERE indicator_id = ? AND unit_id = ? AND period = ?"));
        q.addBindValue(idOf("indicators", indicator));
        q.addBindValue(idOf("units", unit));
        q.addBindValue(period);
        QVariantMap row;
        if (q.exec() && q.next())
            for (int i = 0; i < q.record().count(); ++i)
                row.insert(q.record().fieldName(i), q.value(i));
        return row;
    }

    void openGrid(const QString &indicatorCode)
    {
        m_model->setIndicator(idOf("indicators", indicatorCode));
        QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        const QString copy = m_dir.filePath(QStringLiteral("grid-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demo.path(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        m_session = std::make_unique<Session>();
        QString error;
        QVERIFY2(m_session->open(copy, &error), qPrintable(error));
        m_model = std::make_unique<ObservationGridModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
    }

    void shapeUnitsByPeriods()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        // Months of the year of the latest observation; the province first, then the 102 communes, wards and
        // special zones; no department, no district closed by the 2025 merger.
        QCOMPARE(m_model->periodKind(), Period::Kind::Month);
        QCOMPARE(m_model->columnCount(), 12);
        QCOMPARE(m_model->periodAt(0).code(), QStringLiteral("2026-01"));
        QCOMPARE(m_model->headerData(11, Qt::Horizontal, ObservationGridModel::PeriodRole).toString(),
                 QStringLiteral("2026-12"));
        const int units = scalar(db(), QStringLiteral("SELECT count(*) FROM units WHERE closed_on IS NULL AND kind IN "
                                                      "('province', 'commune', 'ward', 'special_zone')"))
                              .toInt();
        QVERIFY(units > 100);
        QCOMPARE(m_model->rowCount(), units);
        QCOMPARE(m_model->unitIdAt(0), idOf("units", QStringLiteral("AN-GIANG")));
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(),
                 scalar(db(), QStringLiteral("SELECT name FROM units WHERE code = 'AN-GIANG'")).toString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString kind = scalar(db(), QStringLiteral("SELECT kind FROM units WHERE id = ?"),
                                        {m_model->unitIdAt(row)})
                                     .toString();
            QVERIFY2(QStringList({QStringLiteral("province"), QStringLiteral("commune"), QStringLiteral("ward"),
                                  QStringLiteral("special_zone")})
                         .contains(kind),
                     qPrintable(kind));
        }
        // Every monthly value of 2026 is in its cell.
        int filled = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (int c = 0; c < m_model->columnCount(); ++c)
                filled += m_model->index(r, c).data(ObservationGridModel::IdRole).toLongLong() > 0 ? 1 : 0;
        QCOMPARE(filled, scalar(db(), QStringLiteral("SELECT count(*) FROM observations WHERE indicator_id = ? "
                                                     "AND period GLOB '2026-[0-9][0-9]'"),
                                {m_model->indicatorId()})
                             .toInt());
        QVERIFY(filled >= 500);

        // Another range: from 2025-11 to 2026-02, four columns.
        m_model->setRange(Period::month(2025, 11), Period::month(2026, 2));
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->periodAt(3).code(), QStringLiteral("2026-02"));
        QVERIFY(cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2025-12")).data().toString().isEmpty());
        QVERIFY(!cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-01")).data().toString().isEmpty());
    }

    void valuesInTheUsersLanguage()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QModelIndex province = cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-05"));
        const QModelIndex ward = cellOf(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"));
        // The demo's figures, shown with the indicator's two decimals the Vietnamese way.
        const double wardValue =
            stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"))
                .value(QStringLiteral("value"))
                .toDouble();
        QVERIFY(wardValue > 0);
        QCOMPARE(ward.data().toString(), QLocale(QLocale::Vietnamese).toString(wardValue, 'f', 2));
        QVERIFY(ward.data().toString().contains(QLatin1Char(',')));
        QCOMPARE(province.data().toString(), QStringLiteral("85,00"));
        QCOMPARE(province.data(ObservationGridModel::RawValueRole).toDouble(), 85.0);
        QCOMPARE(province.data(ObservationGridModel::NumeratorRole).toDouble(), 129489.0);
        QCOMPARE(province.data(ObservationGridModel::DenominatorRole).toDouble(), 152340.0);
        // The rate's numerator and denominator and the comment are in the tooltip, the comment is marked.
        const QString tip = province.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("129.489")) && tip.contains(QStringLiteral("152.340")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Số liệu đến ngày 26/05/2026")), qPrintable(tip));
        QVERIFY(province.data(ObservationGridModel::HasCommentRole).toBool());
        QCOMPARE(province.data(ObservationGridModel::PeriodRole).toString(), QStringLiteral("2026-05"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ward.data().toString(), QLocale(QLocale::English).toString(wardValue, 'f', 2));
        QCOMPARE(province.data(Qt::ToolTipRole).toString().contains(QStringLiteral("129,489")), true);

        // A count is grouped, a rank shows its peers.
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        openGrid(QStringLiteral("DDDT-TAIKHOAN"));
        const QModelIndex accounts = cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-05"));
        QCOMPARE(accounts.data().toString(), QStringLiteral("958.367"));
        openGrid(QStringLiteral("PVND-XEPHANG"));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-05")).data().toString(),
                 QStringLiteral("16/34"));
        // A yearly indicator gets yearly columns.
        openGrid(QStringLiteral("DTI-XEPHANG"));
        QCOMPARE(m_model->periodKind(), Period::Kind::Year);
        QCOMPARE(m_model->columnCount(), 1);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("6/63"));
    }

    void editStoredAuditedUndoneRedone()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QString before = digest();
        const int audits = auditRows();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // A new value in an empty cell: typed the Vietnamese way.
        const QModelIndex june = cellOf(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-06"));
        QVERIFY(june.data().toString().isEmpty());
        QVERIFY(m_model->setData(june, QStringLiteral("99,88")));
        QCOMPARE(june.data().toString(), QStringLiteral("99,88"));
        QVERIFY(!changed.isEmpty());
        QVariantMap row = stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-06"));
        QCOMPARE(row.value(QStringLiteral("value")).toDouble(), 99.88);
        QCOMPARE(row.value(QStringLiteral("period_start")).toString(), QStringLiteral("2026-06-01"));
        QVERIFY(!row.value(QStringLiteral("entered_at")).toString().isEmpty());
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        QCOMPARE(june.data(ObservationGridModel::IdRole).toLongLong(), id);
        QVERIFY(stack().undoText().startsWith(QStringLiteral("enter the value of")));
        QVERIFY(auditRows() > audits);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'observations' "
                                             "AND record_id = ? AND action = 'insert'"),
                        {id})
                     .toInt(),
                 1);

        // Undo removes the inserted row; redo puts it back; both audited.
        stack().undo();
        QVERIFY(june.data().toString().isEmpty());
        QCOMPARE(digest(), before);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo:delete' "
                                             "AND entity = 'observations' AND record_id = ?"),
                        {id})
                     .toInt(),
                 1);
        stack().redo();
        QCOMPARE(june.data().toString(), QStringLiteral("99,88"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'redo:insert' "
                                             "AND record_id = ?"),
                        {id})
                     .toInt(),
                 1);
        stack().undo();

        // A changed value: undo gives back the exact previous row (value, who and when).
        const QModelIndex may = cellOf(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"));
        const QVariantMap old = stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"));
        const QString shown = may.data().toString();
        QVERIFY(!shown.isEmpty());
        QVERIFY(m_model->setData(may, QStringLiteral("80,5")));
        QCOMPARE(may.data().toString(), QStringLiteral("80,50"));
        QCOMPARE(stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"))
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 80.5);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT old_value FROM audit_log WHERE entity = 'observations' "
                                             "AND field = 'value' AND action = 'update' ORDER BY id DESC LIMIT 1"))
                     .toDouble(),
                 old.value(QStringLiteral("value")).toDouble());
        stack().undo();
        QCOMPARE(stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05")), old);
        QCOMPARE(may.data().toString(), shown);

        // An empty text removes the value; undo restores the whole row.
        QVERIFY(m_model->setData(may, QString()));
        QVERIFY(may.data().toString().isEmpty());
        QVERIFY(stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05")).isEmpty());
        QVERIFY(stack().undoText().startsWith(QStringLiteral("remove the value of")));
        stack().undo();
        QCOMPARE(stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05")), old);
        QCOMPARE(digest(), before);
    }

    void aNewPeriodIsAddedAndUndone()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QString before = digest();
        m_model->setYear(2031);
        QCOMPARE(m_model->periodAt(0).code(), QStringLiteral("2031-01"));
        QVERIFY(!scalar(db(), QStringLiteral("SELECT count(*) FROM periods WHERE code = '2031-01'")).toInt());
        QVERIFY(m_model->setData(m_model->index(0, 0), QStringLiteral("70")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT starts_on FROM periods WHERE code = '2031-01'")).toString(),
                 QStringLiteral("2031-01-01"));
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("70,00"));
        stack().undo();
        QCOMPARE(digest(), before);
    }

    void badTextRefusedNothingWritten()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QString before = digest();
        const int audits = auditRows();
        const int steps = stack().index();
        QSignalSpy failed(m_model.get(), &ObservationGridModel::editFailed);
        const QModelIndex may = cellOf(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05"));
        const QString shown = may.data().toString();

        // "99.88" in Vietnamese: "." groups thousands; the message suggests 99,88.
        QVERIFY(!m_model->setData(may, QStringLiteral("99.88")));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.takeFirst().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("99,88")), qPrintable(message));
        QVERIFY2(message.contains(m_model->headerData(may.row(), Qt::Vertical).toString()), qPrintable(message));
        QVERIFY(!m_model->setData(may, QStringLiteral("tám mươi")));
        QVERIFY(!m_model->setData(may, QStringLiteral("1/0")));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("denominator")));
        QCOMPARE(may.data().toString(), shown);
        QCOMPARE(digest(), before);
        QCOMPARE(auditRows(), audits);
        QCOMPARE(stack().index(), steps);

        // In English the same "99.88" is a number.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_model->setData(may, QStringLiteral("99.88")));
        // (the rows are sorted again by their English names)
        QCOMPARE(cellOf(QStringLiteral("PHUONG-LONGXUYEN"), QStringLiteral("2026-05")).data().toString(),
                 QStringLiteral("99.88"));
    }

    void rateNumeratorDenominator()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QModelIndex june = cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-06"));
        QVERIFY(m_model->setData(june, QStringLiteral("955.745/1.037.500")));
        const QVariantMap row = stored(QStringLiteral("HS-TRUCTUYEN"), QStringLiteral("AN-GIANG"), QStringLiteral("2026-06"));
        QCOMPARE(row.value(QStringLiteral("numerator")).toDouble(), 955745.0);
        QCOMPARE(row.value(QStringLiteral("denominator")).toDouble(), 1037500.0);
        QVERIFY(qAbs(row.value(QStringLiteral("value")).toDouble() - 92.1200) < 0.001);
        QCOMPARE(june.data().toString(), QStringLiteral("92,12"));
        QCOMPARE(june.data(ObservationGridModel::NumeratorRole).toDouble(), 955745.0);

        // Editing the cell's text unchanged keeps numerator and denominator; a new value drops them.
        QVERIFY(m_model->setData(june, june.data(Qt::EditRole)));
        QCOMPARE(june.data(ObservationGridModel::DenominatorRole).toDouble(), 1037500.0);
        QVERIFY(m_model->setData(june, QStringLiteral("93")));
        QVERIFY(!june.data(ObservationGridModel::NumeratorRole).isValid());

        // Through a draft (the side panel): numerator and denominator, and a comment.
        ObservationDraft draft;
        draft.hasRatio = true;
        draft.numerator = 50;
        draft.denominator = 200;
        draft.comment = QStringLiteral("Báo cáo của UBND xã");
        QVERIFY(m_model->applyDraft(june, draft));
        QCOMPARE(june.data().toString(), QStringLiteral("25,00"));
        QCOMPARE(june.data(ObservationGridModel::CommentRole).toString(), QStringLiteral("Báo cáo của UBND xã"));
        QVERIFY(june.data(ObservationGridModel::HasCommentRole).toBool());
        QVERIFY(june.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Báo cáo của UBND xã")));
        // A typed value keeps the comment.
        QVERIFY(m_model->setData(june, QStringLiteral("26")));
        QCOMPARE(june.data(ObservationGridModel::CommentRole).toString(), QStringLiteral("Báo cáo của UBND xã"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'observations' AND field = 'comment'"))
                     .toInt(),
                 1);
    }

    void rankKeepsItsPeers()
    {
        openGrid(QStringLiteral("PVND-XEPHANG"));
        const QModelIndex june = cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-06"));
        QCOMPARE(m_model->defaultPeers(june), 34);
        QVERIFY(m_model->setData(june, QStringLiteral("15")));
        QCOMPARE(june.data().toString(), QStringLiteral("15/34"));
        QCOMPARE(stored(QStringLiteral("PVND-XEPHANG"), QStringLiteral("AN-GIANG"), QStringLiteral("2026-06"))
                     .value(QStringLiteral("peers"))
                     .toInt(),
                 34);
        QVERIFY(m_model->setData(june, QStringLiteral("7/63")));
        QCOMPARE(june.data(ObservationGridModel::PeersRole).toInt(), 63);
        QSignalSpy failed(m_model.get(), &ObservationGridModel::editFailed);
        QVERIFY(!m_model->setData(june, QStringLiteral("70/63")));
        QVERIFY(!m_model->setData(june, QStringLiteral("2,5")));
        QCOMPARE(failed.size(), 2);

        // Where nothing tells the peers, the rank must come with them.
        m_model->setYear(2020);
        QCOMPARE(m_model->defaultPeers(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->setData(m_model->index(0, 0), QStringLiteral("5")));
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("16/34")));
    }

    void pasteIsOneUndoStep()
    {
        openGrid(QStringLiteral("HS-TRUCTUYEN"));
        const QString before = digest();
        const int steps = stack().index();
        const QModelIndex topLeft = cellOf(QStringLiteral("AN-GIANG"), QStringLiteral("2026-05"));
        // Two rows by three periods, as Excel copies them in Vietnamese, with a blank that removes a value.
        const QString block = QStringLiteral("86,5\t87\t88,25\r\n90\t\t91,75\r\n");
        QVERIFY(m_model->pasteText(topLeft, block));
        QCOMPARE(stack().index(), steps + 1);
        QVERIFY(stack().undoText().startsWith(QStringLiteral("enter 5 value(s)")));
        QCOMPARE(m_model->index(topLeft.row(), topLeft.column()).data().toString(), QStringLiteral("86,50"));
        QCOMPARE(m_model->index(topLeft.row(), topLeft.column() + 2).data().toString(), QStringLiteral("88,25"));
        QCOMPARE(m_model->index(topLeft.row() + 1, topLeft.column()).data().toString(), QStringLiteral("90,00"));
        QVERIFY(m_model->index(topLeft.row() + 1, topLeft.column() + 1).data().toString().isEmpty());
        QCOMPARE(m_model->index(topLeft.row() + 1, topLeft.column() + 2).data().toString(), QStringLiteral("91,75"));
        stack().undo();
        QCOMPARE(digest(), before);
        stack().redo();
        QCOMPARE(m_model->index(topLeft.row() + 1, topLeft.column() + 2).data().toString(), QStringLiteral("91,75"));
        stack().undo();

        // One bad cell refuses the whole block, saying where.
        QSignalSpy failed(m_model.get(), &ObservationGridModel::editFailed);
        QVERIFY(!m_model->pasteText(topLeft, QStringLiteral("86,5\t87.5\n")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(m_model->periodAt(topLeft.column() + 1).displayText()));
        // A block that runs past the grid's last period is refused too.
        QVERIFY(!m_model->pasteText(m_model->index(0, m_model->columnCount() - 1), QStringLiteral("1\t2\n")));
        QCOMPARE(digest(), before);
        QCOMPARE(stack().index(), steps);

        // Copy gives the block back in the user's language.
        QVERIFY(m_model->copyText({topLeft, m_model->index(topLeft.row(), topLeft.column() + 1)})
                    .startsWith(QStringLiteral("85\t")));
        // Clearing cells is one step.
        QVERIFY(m_model->clearCells({topLeft, m_model->index(topLeft.row() + 1, topLeft.column())}));
        QCOMPARE(stack().index(), steps + 1);
        QVERIFY(topLeft.data().toString().isEmpty());
        stack().undo();
        QCOMPARE(digest(), before);
    }

    void readOnlyFileIsNotEditable()
    {
        const QString copy = m_dir.filePath(QStringLiteral("ro-%1.sqlite").arg(++m_copies));
        QVERIFY(QFile::copy(m_demo.path(), copy));
        QFile::setPermissions(copy, QFile::ReadOwner);
        Session session;
        QString error;
        QVERIFY2(session.open(copy, &error), qPrintable(error));
        if (!session.isReadOnly())
            QSKIP("the file is writable anyway (running as root)");
        ObservationGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        model.setIndicator(idOf("indicators", QStringLiteral("HS-TRUCTUYEN")));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QSignalSpy failed(&model, &ObservationGridModel::editFailed);
        QVERIFY(!model.setData(model.index(0, 5), QStringLiteral("50")));
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestObservationGridModel)
#include "tst_observationgridmodel.moc"
