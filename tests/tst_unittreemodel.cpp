// SPDX-License-Identifier: GPL-3.0-or-later
// The unit hierarchy of the demo as a tree: the province at the root, its units grouped by kind, the
// districts closed by the 2025 merger with their successors; hiding closed units, accent-free search,
// and following an edit.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/commands/editcommands.h"
#include "models/demo/demobuilder.h"
#include "models/reference/unittreemodel.h"
#include "models/session.h"

class TestUnitTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    //! The group row under the province whose KindRole is \a kind.
    static QModelIndex group(const UnitTreeModel &model, const char *kind)
    {
        const QModelIndex province = model.index(0, 0);
        for (int row = 0; row < model.rowCount(province); ++row) {
            const QModelIndex g = model.index(row, 0, province);
            if (g.data(UnitTreeModel::KindRole).toString() == QLatin1String(kind))
                return g;
        }
        return {};
    }
    static qint64 idOf(const UnitTreeModel &model, const char *code)
    {
        for (const ReferenceData::Unit &u : model.units()) {
            if (u.code == QLatin1String(code))
                return u.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(DemoBuilder::writeFile(m_path, false, &error), qPrintable(error));
    }

    void hierarchy()
    {
        Session session;
        QString error;
        QVERIFY2(session.open(m_path, &error), qPrintable(error));
        UnitTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(session.database());
        QVERIFY(model.lastError().isEmpty());

        // One root: the province, with its groups in a fixed order.
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex province = model.index(0, 0);
        QCOMPARE(province.data().toString(), QStringLiteral("Tỉnh An Giang"));
        QCOMPARE(model.index(0, UnitTreeModel::CodeColumn).data().toString(), QStringLiteral("AN-GIANG"));
        // Departments and agencies; communes, wards and special zones; districts; other units (telecoms, post).
        QCOMPARE(model.rowCount(province), 4);
        const QModelIndex departments = group(model, "department");
        const QModelIndex communes = group(model, "commune");
        const QModelIndex districts = group(model, "district");
        QVERIFY(departments.isValid() && communes.isValid() && districts.isValid());
        QCOMPARE(departments.row(), 0);
        QCOMPARE(districts.row(), 2);
        QVERIFY(departments.data(UnitTreeModel::GroupRole).toBool());
        QCOMPARE(departments.data(UnitTreeModel::IdRole).toLongLong(), 0);
        QVERIFY(!(model.flags(departments) & Qt::ItemIsSelectable));
        QCOMPARE(model.parentIdFor(departments), idOf(model, "AN-GIANG"));
        // 14 wards, 85 communes and 3 special zones; 13 districts before the merger.
        QCOMPARE(model.rowCount(communes), 102);
        QCOMPARE(model.rowCount(districts), 13);
        QVERIFY2(communes.data().toString().contains(QLatin1String("102")), qPrintable(communes.data().toString()));
        // All closed: the group says until when they existed (the merger of 1 July 2025).
        QVERIFY2(districts.data().toString().contains(QLocale().toString(QDate(2025, 7, 1), QLocale::ShortFormat)),
                 qPrintable(districts.data().toString()));

        // A closed district names its closing date and its successor.
        const QModelIndex longXuyen = model.indexOf(idOf(model, "TP-LONGXUYEN"));
        QVERIFY(longXuyen.isValid());
        QCOMPARE(longXuyen.parent(), districts);
        QVERIFY(longXuyen.data(UnitTreeModel::ClosedRole).toBool());
        const QModelIndex successor = longXuyen.siblingAtColumn(UnitTreeModel::SuccessorColumn);
        QCOMPARE(successor.data().toString(), QStringLiteral("Phường Long Xuyên"));
        QCOMPARE(successor.data(UnitTreeModel::RawValueRole).toLongLong(), idOf(model, "PHUONG-LONGXUYEN"));
        QCOMPARE(longXuyen.siblingAtColumn(UnitTreeModel::ClosedColumn).data(UnitTreeModel::RawValueRole).toDate(),
                 QDate(2025, 7, 1));
        QVERIFY(longXuyen.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Phường Long Xuyên")));
        QCOMPARE(model.predecessors(idOf(model, "PHUONG-LONGXUYEN")).size(), 1);
        QCOMPARE(model.predecessors(idOf(model, "PHUONG-LONGXUYEN")).first().code, QStringLiteral("TP-LONGXUYEN"));
        QCOMPARE(model.unitAt(longXuyen)->code, QStringLiteral("TP-LONGXUYEN"));
        QCOMPARE(model.unitAt(districts), nullptr);

        // Hiding closed units removes the districts' group altogether.
        model.setShowClosed(false);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QVERIFY(!group(model, "district").isValid());
        QVERIFY(!model.indexOf(idOf(model, "TP-LONGXUYEN")).isValid());
        model.setShowClosed(true);
        QCOMPARE(model.rowCount(group(model, "district")), 13);

        // Search without accents keeps the matches and the rows above them.
        model.setSearchText(QStringLiteral("long xuyen"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(group(model, "commune")), 1);
        QCOMPARE(model.rowCount(group(model, "district")), 1);
        QVERIFY(!group(model, "department").isValid());
        QVERIFY(!group(model, "other").isValid());
        model.setSearchText(QStringLiteral("khong co don vi nao"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(group(model, "commune")), 102);

        // An edit, then reload: the closed ward moves out of sight when closed units are hidden.
        const qint64 ward = idOf(model, "PHUONG-MYTHOI");
        QVERIFY(ward > 0);
        QVERIFY2(session.commands()->closeUnit(ward, QDate(2026, 6, 1), idOf(model, "PHUONG-LONGXUYEN"), true, &error),
                 qPrintable(error));
        model.reload();
        QCOMPARE(model.indexOf(ward, UnitTreeModel::SuccessorColumn).data().toString(),
                 QStringLiteral("Phường Long Xuyên"));
        model.setShowClosed(false);
        QCOMPARE(model.rowCount(group(model, "commune")), 101);

        session.close();
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUnitTreeModel)
#include "tst_unittreemodel.moc"
