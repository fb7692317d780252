// SPDX-License-Identifier: GPL-3.0-or-later
// How the figures moved between two meetings, under QAbstractItemModelTester: the demo's frozen figures of
// 17/04/2025 and 28/05/2026 side by side, headline rows under their sections, one row per provincial
// indicator shown the user's way, signed changes, a side that was never frozen, Vietnamese and English.
#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

#include "demofixture.h"

#include "models/domain/period.h"
#include "models/i18n/language.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingfiguresmodel.h"
#include "models/storage/database.h"

namespace {

const QString Missing = QStringLiteral("—");

} // namespace

class TestMeetingFiguresModel : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;
    Database m_db;
    MeetingFigures m_april; //!< frozen by the demo on 17/04/2025
    MeetingFigures m_may;   //!< frozen by the demo on 28/05/2026

    MeetingFigures frozenOn(const QDate &date)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM meetings WHERE held_on = ?"));
        q.addBindValue(date.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return {};
        return MeetingFigures::frozen(m_db, q.value(0).toLongLong());
    }

    //! The row labelled \a label at or after row \a from; -1 when none.
    static int rowOf(const MeetingFiguresModel &model, const QString &label, int from = 0)
    {
        for (int row = from; row < model.rowCount(); ++row) {
            if (model.index(row, MeetingFiguresModel::FigureColumn).data().toString() == label)
                return row;
        }
        return -1;
    }

    static QString text(const MeetingFiguresModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    static QVariant raw(const MeetingFiguresModel &model, int row, int column)
    {
        return model.index(row, column).data(MeetingFiguresModel::RawValueRole);
    }

    static int taskCount(const MeetingFigures &f, const char *key)
    {
        return f.tasks.value(QLatin1String("tasks")).toObject().value(QLatin1String(key)).toInt();
    }

    static void setValue(MeetingFigures *f, const QString &indicator, double value)
    {
        for (MeetingFigures::IndicatorFigure &row : f->indicators) {
            if (row.indicator == indicator && row.unit == QLatin1String("AN-GIANG"))
                row.value = value;
        }
    }

    //! The May figures as they might have stood a month earlier: a few provincial figures lower.
    MeetingFigures earlierThanMay() const
    {
        MeetingFigures f = m_may;
        f.asOf = QDate(2026, 4, 28);
        setValue(&f, QStringLiteral("HS-SOHOA"), 97.78);
        setValue(&f, QStringLiteral("CCCD-HOSO"), 1600000);
        setValue(&f, QStringLiteral("DTI-XEPHANG"), 7);
        f.communesYellow = 60;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
        QVERIFY(m_db.open(m_demo.path(), Database::Access::ReadOnly));
        m_april = frozenOn(QDate(2025, 4, 17));
        m_may = frozenOn(QDate(2026, 5, 28));
        QVERIFY(m_april.isValid());
        QVERIFY(m_may.isValid());
    }

    void twoMeetings()
    {
        MeetingFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(MeetingFiguresModel::ColumnCount));
        model.setFigures(&m_db, m_april, QStringLiteral("Meeting 17/04/2025"), m_may,
                         QStringLiteral("Meeting 28/05/2026"));
        QCOMPARE(model.headerData(MeetingFiguresModel::FigureColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Figure"));
        QCOMPARE(model.headerData(MeetingFiguresModel::EarlierColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Meeting 17/04/2025"));
        QCOMPARE(model.headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Meeting 28/05/2026"));
        QCOMPARE(model.headerData(MeetingFiguresModel::ChangeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Change"));

        // Sections head their rows, in bold, with nothing in the figure columns.
        QCOMPARE(text(model, 0, MeetingFiguresModel::FigureColumn), QStringLiteral("Tasks"));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, MeetingFiguresModel::LaterColumn).data().isValid());

        const int assigned = rowOf(model, QStringLiteral("Tasks assigned"));
        QCOMPARE(assigned, 1);
        const int aprilTotal = taskCount(m_april, "total");
        QVERIFY(aprilTotal > 0 && aprilTotal < 271);
        QCOMPARE(text(model, assigned, MeetingFiguresModel::EarlierColumn), QLocale().toString(aprilTotal));
        QCOMPARE(text(model, assigned, MeetingFiguresModel::LaterColumn), QStringLiteral("271"));
        QCOMPARE(text(model, assigned, MeetingFiguresModel::ChangeColumn),
                 QStringLiteral("+%1").arg(271 - aprilTotal));
        QCOMPARE(raw(model, assigned, MeetingFiguresModel::LaterColumn).toDouble(), 271.0);
        QCOMPARE(raw(model, assigned, MeetingFiguresModel::ChangeColumn).toDouble(),
                 double(271 - aprilTotal));
        QVERIFY(!raw(model, assigned, MeetingFiguresModel::FigureColumn).isValid());

        // The statuses by the names the Tasks page gives them.
        const int onTime = rowOf(model, QStringLiteral("Completed on time"));
        QCOMPARE(text(model, onTime, MeetingFiguresModel::LaterColumn), QStringLiteral("180"));
        const int overdue = rowOf(model, QStringLiteral("Overdue"));
        QCOMPARE(text(model, overdue, MeetingFiguresModel::LaterColumn), QStringLiteral("12"));
        const int standing = rowOf(model, QStringLiteral("Standing"));
        QCOMPARE(text(model, standing, MeetingFiguresModel::LaterColumn), QStringLiteral("16"));
        // 198 completed of the 255 tasks with a deadline.
        const int rate = rowOf(model, QStringLiteral("Completion rate (standing tasks aside)"));
        QVERIFY(rate > 0);
        QCOMPARE(text(model, rate, MeetingFiguresModel::LaterColumn), QStringLiteral("77.6%"));
        QCOMPARE(raw(model, rate, MeetingFiguresModel::LaterColumn).toDouble(), 100.0 * 198 / 255);
        QVERIFY(text(model, rate, MeetingFiguresModel::ChangeColumn).endsWith(QLatin1String(" pp")));

        const int models = rowOf(model, QStringLiteral("Pilot models"));
        QVERIFY(models > rate);
        QCOMPARE(text(model, models + 1, MeetingFiguresModel::LaterColumn), QStringLiteral("24/42"));
        QCOMPARE(raw(model, models + 1, MeetingFiguresModel::LaterColumn).toDouble(), 24.0);

        const int indicators = rowOf(model, QStringLiteral("Indicators"));
        const int withTarget = rowOf(model, QStringLiteral("With a target in force"), indicators);
        QCOMPARE(text(model, withTarget, MeetingFiguresModel::EarlierColumn), QStringLiteral("0"));
        QCOMPARE(text(model, withTarget, MeetingFiguresModel::LaterColumn), QStringLiteral("7"));
        QCOMPARE(text(model, withTarget, MeetingFiguresModel::ChangeColumn), QStringLiteral("+7"));
        QCOMPARE(
            text(model, rowOf(model, QStringLiteral("Green"), indicators), MeetingFiguresModel::LaterColumn),
            QStringLiteral("6"));

        // No commune was assessed by April 2025: that side has no period and no colours.
        const int communes = rowOf(model, QStringLiteral("Communes, wards and special zones"));
        QVERIFY(communes > indicators);
        const int period = rowOf(model, QStringLiteral("Period assessed"), communes);
        QCOMPARE(text(model, period, MeetingFiguresModel::EarlierColumn), Missing);
        QCOMPARE(text(model, period, MeetingFiguresModel::LaterColumn), Period::month(2026, 5).displayText());
        QCOMPARE(text(model, period, MeetingFiguresModel::ChangeColumn), QString());
        const int yellow = rowOf(model, QStringLiteral("Yellow"), communes);
        QCOMPARE(text(model, yellow, MeetingFiguresModel::EarlierColumn), Missing);
        QCOMPARE(text(model, yellow, MeetingFiguresModel::LaterColumn), QStringLiteral("55"));
        QCOMPARE(text(model, yellow, MeetingFiguresModel::ChangeColumn), Missing);
        QVERIFY(!raw(model, yellow, MeetingFiguresModel::EarlierColumn).isValid());

        const int reports = rowOf(model, QStringLiteral("Units' monthly reports"));
        QCOMPARE(
            text(model, rowOf(model, QStringLiteral("Month"), reports), MeetingFiguresModel::LaterColumn),
            Period::month(2026, 4).displayText());
        QCOMPARE(
            text(model, rowOf(model, QStringLiteral("Received"), reports), MeetingFiguresModel::LaterColumn),
            QStringLiteral("%1/%2").arg(m_may.unitReportsReceived).arg(m_may.unitReportsOwed));

        // Provincial indicators: the province had no figures yet in April 2025 (it was formed on 01/07/2025).
        const int province = rowOf(model, QStringLiteral("Indicators of the province"));
        QVERIFY(province > reports);
        const int digitized =
            rowOf(model, QStringLiteral("Share of records and results digitized"), province);
        QVERIFY(digitized > province);
        QCOMPARE(text(model, digitized, MeetingFiguresModel::EarlierColumn), Missing);
        QCOMPARE(text(model, digitized, MeetingFiguresModel::LaterColumn), QStringLiteral("99.88%"));
        QCOMPARE(text(model, digitized, MeetingFiguresModel::ChangeColumn), Missing);
        QCOMPARE(raw(model, digitized, MeetingFiguresModel::LaterColumn).toDouble(), 99.88);
        QCOMPARE(model.index(digitized, MeetingFiguresModel::LaterColumn).data(Qt::ToolTipRole).toString(),
                 Period::month(2026, 5).displayText());
        const int dti =
            rowOf(model, QStringLiteral("Provincial digital transformation index (DTI) rank"), province);
        QCOMPARE(text(model, dti, MeetingFiguresModel::LaterColumn), QStringLiteral("6/63"));
        const int accounts = rowOf(
            model, QStringLiteral("Electronic identification accounts issued, activated and used"), province);
        QCOMPARE(text(model, accounts, MeetingFiguresModel::LaterColumn), QStringLiteral("958,367"));
        // One row per provincial indicator with a figure, in catalogue order, after its section.
        QCOMPARE(model.rowCount() - province - 1, 17);
        QVERIFY(digitized < dti && accounts < dti);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void changes()
    {
        MeetingFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(&m_db, earlierThanMay(), QStringLiteral("April"), m_may, QStringLiteral("May"));
        const int province = rowOf(model, QStringLiteral("Indicators of the province"));
        const int digitized =
            rowOf(model, QStringLiteral("Share of records and results digitized"), province);
        QCOMPARE(text(model, digitized, MeetingFiguresModel::EarlierColumn), QStringLiteral("97.78%"));
        QCOMPARE(text(model, digitized, MeetingFiguresModel::ChangeColumn), QStringLiteral("+2.1 pp"));
        QCOMPARE(raw(model, digitized, MeetingFiguresModel::ChangeColumn).toDouble(), 99.88 - 97.78);
        const int cards =
            rowOf(model, QStringLiteral("Applications for chip-based ID cards received"), province);
        QCOMPARE(text(model, cards, MeetingFiguresModel::EarlierColumn), QStringLiteral("1,600,000"));
        QCOMPARE(text(model, cards, MeetingFiguresModel::LaterColumn), QStringLiteral("1,623,297"));
        QCOMPARE(text(model, cards, MeetingFiguresModel::ChangeColumn), QStringLiteral("+23,297"));
        // A rank that went from 7th to 6th: one place fewer, which is better.
        const int dti =
            rowOf(model, QStringLiteral("Provincial digital transformation index (DTI) rank"), province);
        QCOMPARE(text(model, dti, MeetingFiguresModel::EarlierColumn), QStringLiteral("7/63"));
        QCOMPARE(text(model, dti, MeetingFiguresModel::ChangeColumn),
                 QLocale().negativeSign() + QStringLiteral("1"));
        // Unchanged: no sign.
        const int online =
            rowOf(model, QStringLiteral("Share of administrative records received online"), province);
        QCOMPARE(text(model, online, MeetingFiguresModel::ChangeColumn), QStringLiteral("0 pp"));
        const int communes = rowOf(model, QStringLiteral("Communes, wards and special zones"));
        const int yellow = rowOf(model, QStringLiteral("Yellow"), communes);
        QCOMPARE(text(model, yellow, MeetingFiguresModel::ChangeColumn),
                 QLocale().negativeSign() + QStringLiteral("5"));
        QCOMPARE(raw(model, yellow, MeetingFiguresModel::ChangeColumn).toDouble(), -5.0);
    }

    void sideNotFrozen()
    {
        MeetingFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(&m_db, MeetingFigures(), QStringLiteral("Meeting 09/08/2022"), m_may,
                         QStringLiteral("Meeting 28/05/2026"));
        QCOMPARE(model.headerData(MeetingFiguresModel::EarlierColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Meeting 09/08/2022 (not frozen)"));
        QCOMPARE(model.headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Meeting 28/05/2026"));
        int figures = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Qt::FontRole).value<QFont>().bold())
                continue; // a section
            ++figures;
            QCOMPARE(text(model, row, MeetingFiguresModel::EarlierColumn), Missing);
            QVERIFY(!raw(model, row, MeetingFiguresModel::EarlierColumn).isValid());
            QVERIFY(!raw(model, row, MeetingFiguresModel::ChangeColumn).isValid());
            QVERIFY(!text(model, row, MeetingFiguresModel::LaterColumn).isEmpty());
        }
        QVERIFY(figures > 30);

        // Neither side frozen: the columns still say whose they are.
        model.setFigures(&m_db, MeetingFigures(), QString(), MeetingFigures(), QString());
        QCOMPARE(model.headerData(MeetingFiguresModel::LaterColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Later meeting (not frozen)"));
        QCOMPARE(rowOf(model, QStringLiteral("Indicators of the province")), -1);
    }

    void vietnameseAndEnglish()
    {
        const MeetingFigures april = earlierThanMay();
        {
            const ScopedLanguage vietnamese(QStringLiteral("vi"));
            MeetingFiguresModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFigures(&m_db, april, QStringLiteral("Họp 28/04/2026"), m_may,
                             QStringLiteral("Họp 28/05/2026"));
            const int digitized =
                rowOf(model, QStringLiteral("Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"));
            QVERIFY(digitized > 0);
            QCOMPARE(text(model, digitized, MeetingFiguresModel::LaterColumn), QStringLiteral("99,88%"));
            QVERIFY2(
                text(model, digitized, MeetingFiguresModel::ChangeColumn).startsWith(QLatin1String("+2,1 ")),
                qPrintable(text(model, digitized, MeetingFiguresModel::ChangeColumn)));
            const int cards =
                rowOf(model, QStringLiteral("Số hồ sơ đề nghị cấp thẻ căn cước gắn chíp đã tiếp nhận"));
            QCOMPARE(text(model, cards, MeetingFiguresModel::LaterColumn), QStringLiteral("1.623.297"));
            QCOMPARE(text(model, cards, MeetingFiguresModel::ChangeColumn), QStringLiteral("+23.297"));
            // Statuses and colours by their Vietnamese names.
            QVERIFY(rowOf(model, QStringLiteral("Hoàn thành đúng hạn")) > 0);
            QVERIFY(rowOf(model, QStringLiteral("Xanh")) > 0);
            const int total = 1;
            QCOMPARE(text(model, total, MeetingFiguresModel::LaterColumn), QStringLiteral("271"));
        }
        {
            const ScopedLanguage english(QStringLiteral("en"));
            MeetingFiguresModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFigures(&m_db, april, QStringLiteral("Meeting 28/04/2026"), m_may,
                             QStringLiteral("Meeting 28/05/2026"));
            const int digitized = rowOf(model, QStringLiteral("Share of records and results digitized"));
            QCOMPARE(text(model, digitized, MeetingFiguresModel::LaterColumn), QStringLiteral("99.88%"));
            QCOMPARE(text(model, digitized, MeetingFiguresModel::ChangeColumn), QStringLiteral("+2.1 pp"));
            QCOMPARE(text(model,
                          rowOf(model, QStringLiteral("Applications for chip-based ID cards received")),
                          MeetingFiguresModel::ChangeColumn),
                     QStringLiteral("+23,297"));
            QVERIFY(rowOf(model, QStringLiteral("Completed on time")) > 0);
        }
    }

    void withoutTheFile()
    {
        // Figures alone: indicators by code, the province being the first unit the figures list.
        MeetingFiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(nullptr, earlierThanMay(), QStringLiteral("April"), m_may, QStringLiteral("May"));
        const int province = rowOf(model, QStringLiteral("Indicators of the province"));
        QVERIFY(province > 0);
        const int cards = rowOf(model, QStringLiteral("CCCD-HOSO"), province);
        QCOMPARE(text(model, cards, MeetingFiguresModel::LaterColumn), QStringLiteral("1,623,297"));
        QCOMPARE(text(model, cards, MeetingFiguresModel::ChangeColumn), QStringLiteral("+23,297"));
        const int digitized = rowOf(model, QStringLiteral("HS-SOHOA"), province);
        QCOMPARE(text(model, digitized, MeetingFiguresModel::LaterColumn), QStringLiteral("99.88"));
    }
};

QTEST_GUILESS_MAIN(TestMeetingFiguresModel)
#include "tst_meetingfiguresmodel.moc"
