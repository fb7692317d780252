// SPDX-License-Identifier: GPL-3.0-or-later
// Meetings, their outcomes and the tasks made from directives, edited through EditCommands on a copy of
// the demo: validation in the user's language, one undo step each that gives back exactly the rows that
// were there (children included, which SQLite's cascades must not remove behind undo's back), audit rows
// for edits, undos and redos, and directives turned into one task per lead unit, linked both ways.
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <functional>

#include "demofixture.h"

#include "models/commands/editcommands.h"
#include "models/meetings/meetingstore.h"
#include "models/session.h"
#include "models/storage/database.h"
#include "models/tasks/taskhistorymodel.h"
#include "models/tasks/taskstore.h"

class TestMeetingEdits : public QObject
{
    Q_OBJECT

private:
    DemoFixture m_demo;

    std::unique_ptr<Session> openCopy() { return m_demo.openCopy(QDate(2026, 5, 30)); }

    static QVariant scalar(Session &s, const QString &sql) { return DemoFixture::scalar(*s.database(), sql); }

    static qint64 unitId(Session &s, const char *code) { return DemoFixture::unitId(*s.database(), QLatin1String(code)); }

    static qint64 mayMeeting(Session &s)
    {
        return scalar(s, QStringLiteral("SELECT id FROM meetings WHERE held_on = '2026-05-28'")).toLongLong();
    }

    //! The id of the outcome whose text begins with \a start.
    static qint64 outcomeId(Session &s, const QString &start)
    {
        QSqlQuery q(s.database()->connection());
        q.prepare(QStringLiteral("SELECT id FROM meeting_outcomes WHERE substr(text, 1, length(?)) = ?"));
        q.addBindValue(start);
        q.addBindValue(start);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    static int auditCount(Session &s, const QString &where)
    {
        return scalar(s, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where).toInt();
    }

    //! Every row of the tables a meeting edit can touch, as text (updated_at aside: undo stamps it anew).
    static QString dump(Session &s)
    {
        static const char *const tables[] = {
            "meetings",         "meeting_attendees", "meeting_outcomes", "outcome_units",
            "directive_tasks",  "report_snapshots",  "source_documents", "tasks",
            "task_coordinators"};
        QStringList rows;
        QSqlQuery q(s.database()->connection());
        for (const char *table : tables) {
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
                rows << QStringLiteral("cannot read %1").arg(QLatin1String(table));
            while (q.next()) {
                const QSqlRecord r = q.record();
                QStringList cells{QLatin1String(table)};
                for (int i = 0; i < r.count(); ++i) {
                    if (r.fieldName(i) != QLatin1String("updated_at"))
                        cells << (r.isNull(i) ? QStringLiteral("NULL") : r.value(i).toString());
                }
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows.join(QLatin1Char('\n'));
    }

    static Meeting newMeeting(Session &s)
    {
        Meeting m;
        m.heldOn = QDate(2026, 6, 25);
        m.startsAt = QTime(14, 30);
        m.title = QStringLiteral(" Họp chuyên đề chuyển đổi số tháng 6/2026 ");
        m.kind = QStringLiteral("thematic");
        m.chair = QStringLiteral("Hồ Văn Mừng");
        m.chairTitle = QStringLiteral("Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo");
        m.location = QStringLiteral("Hội trường UBND tỉnh");
        m.documentNumber = QStringLiteral("230/TB-VPUBND");
        m.documentDate = QDate(2026, 6, 27);
        m.attendees = {
            {QStringLiteral("Lê Văn Phước"), QStringLiteral("Phó Chủ tịch UBND tỉnh"), 0},
            {QStringLiteral("Lãnh đạo Sở Khoa học và Công nghệ"), QString(), unitId(s, "SO-KHCN")}};
        return m;
    }

    static MeetingOutcome newDirective(Session &s)
    {
        MeetingOutcome o;
        o.meetingId = mayMeeting(s);
        o.kind = QStringLiteral("directive");
        o.text =
            QStringLiteral("Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu "
                           "đất đai.");
        o.leadUnitIds = {unitId(s, "SO-NV"), unitId(s, "SO-KHCN"), unitId(s, "SO-NV")};
        o.coordinatingUnitIds = {unitId(s, "SO-KHCN"), unitId(s, "SO-TC")};
        o.deadlineText = QStringLiteral("Quý III/2026");
        o.programmeId =
            scalar(s, QStringLiteral("SELECT id FROM programmes WHERE code = 'DA06'")).toLongLong();
        return o;
    }

    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_demo.setUp(&error), qPrintable(error));
    }

    void addMeetingThenUndoRedo()
    {
        auto s = openCopy();
        QVERIFY(s);
        EditCommands *commands = s->commands();
        const QString before = dump(*s);
        QSignalSpy changed(commands, &EditCommands::changed);
        qint64 id = 0;
        QString error;
        QVERIFY2(commands->saveMeeting(newMeeting(*s), &id, &error), qPrintable(error));
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("meetings"));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(),
                 QStringLiteral("add meeting 'Họp chuyên đề chuyển đổi số tháng 6/2026'"));

        Meeting m;
        QVERIFY(MeetingStore::load(*s->database(), id, &m));
        QCOMPARE(m.title, QStringLiteral("Họp chuyên đề chuyển đổi số tháng 6/2026"));
        QCOMPARE(m.startsAt, QTime(14, 30));
        QCOMPARE(m.kind, QStringLiteral("thematic"));
        QCOMPARE(m.connectedPoints, -1);
        QCOMPARE(m.documentNumber, QStringLiteral("230/TB-VPUBND"));
        QCOMPARE(m.documentDate, QDate(2026, 6, 27));
        QCOMPARE(m.attendees.size(), 2);
        QCOMPARE(m.attendees.at(1).unitId, unitId(*s, "SO-KHCN"));
        QVERIFY(m.attendees.at(1).jobTitle.isEmpty());
        QCOMPARE(
            scalar(*s, QStringLiteral("SELECT starts_at FROM meetings WHERE id = %1").arg(id)).toString(),
            QStringLiteral("14:30"));
        QVERIFY(!scalar(*s, QStringLiteral("SELECT created_at FROM meetings WHERE id = %1").arg(id))
                     .toString()
                     .isEmpty());
        // The meeting and its two attendees in the meeting's history; the new notice under its own table.
        QCOMPARE(
            auditCount(
                *s, QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'insert'").arg(id)),
            3);
        QCOMPARE(
            auditCount(*s, QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'insert' AND "
                                          "field = 'attendee' AND new_value = 'Lê Văn Phước'")
                               .arg(id)),
            1);
        QCOMPARE(
            auditCount(*s, QStringLiteral("entity = 'source_documents' AND new_value = '230/TB-VPUBND'")), 1);
        const QString after = dump(*s);

        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QCOMPARE(
            auditCount(
                *s,
                QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'undo:delete'").arg(id)),
            3);
        s->undoStack()->redo();
        QCOMPARE(dump(*s), after);
        QCOMPARE(
            auditCount(
                *s,
                QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'redo:insert'").arg(id)),
            3);
        QVERIFY(MeetingStore::load(*s->database(), id, &m)); // the same id again
    }

    void editMeetingRewritesOnlyWhatChanged()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 may = mayMeeting(*s);
        Meeting m;
        QVERIFY(MeetingStore::load(*s->database(), may, &m));
        const QString firstAttendee =
            scalar(*s, QStringLiteral(
                           "SELECT id || '|' || person_name FROM meeting_attendees WHERE meeting_id = %1 "
                           "ORDER BY position LIMIT 1")
                           .arg(may))
                .toString();
        const QString before = dump(*s);

        m.title = QStringLiteral("Hội nghị đánh giá kết quả 5 tháng đầu năm 2026");
        m.connectedPoints = 103;
        m.kind = QStringLiteral("online_conference");
        m.attendees[1].jobTitle = QStringLiteral("Ủy viên Ban Chỉ đạo, Giám đốc Công an tỉnh");
        m.attendees.removeLast();
        QString error;
        qint64 id = 0;
        QVERIFY2(s->commands()->saveMeeting(m, &id, &error), qPrintable(error));
        QCOMPARE(id, may);
        QCOMPARE(s->undoStack()->undoText(),
                 QStringLiteral("edit meeting 'Hội nghị đánh giá kết quả 5 tháng đầu năm 2026'"));
        Meeting saved;
        QVERIFY(MeetingStore::load(*s->database(), may, &saved));
        QCOMPARE(saved.connectedPoints, 103);
        QCOMPARE(saved.attendees.size(), 2);
        QCOMPARE(saved.attendees.at(1).jobTitle,
                 QStringLiteral("Ủy viên Ban Chỉ đạo, Giám đốc Công an tỉnh"));
        // The first attendee was not rewritten: same row, nothing in the history.
        QCOMPARE(
            scalar(*s, QStringLiteral(
                           "SELECT id || '|' || person_name FROM meeting_attendees WHERE meeting_id = %1 "
                           "ORDER BY position LIMIT 1")
                           .arg(may))
                .toString(),
            firstAttendee);
        const QString where =
            QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = '%2'").arg(may);
        QCOMPARE(
            auditCount(*s, where.arg(QStringLiteral("update")) + QStringLiteral(" AND field = 'job_title'")),
            1);
        QCOMPARE(
            auditCount(*s, where.arg(QStringLiteral("delete")) + QStringLiteral(" AND field = 'attendee'")),
            1);
        QCOMPARE(auditCount(*s, where.arg(QStringLiteral("update")) + QStringLiteral(" AND field = 'title'")),
                 1);
        QCOMPARE(auditCount(*s, where.arg(QStringLiteral("update"))), 4); // title, kind, points, job title
        const QString after = dump(*s);

        // The same form again changes nothing: no undo step.
        QVERIFY(s->commands()->saveMeeting(saved, &id, &error));
        QCOMPARE(s->undoStack()->count(), 1);

        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        s->undoStack()->redo();
        QCOMPARE(dump(*s), after);
    }

    void removeMeetingUndoRestoresEveryChild()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 may = mayMeeting(*s);
        // Frozen figures of the meeting, whether or not the demo froze them.
        QVERIFY(
            scalar(*s, QStringLiteral("SELECT count(*) FROM report_snapshots WHERE meeting_id = %1").arg(may))
                    .toInt() > 0 ||
            QSqlQuery(s->database()->connection())
                .exec(QStringLiteral(
                          "INSERT INTO report_snapshots (meeting_id, as_of, kind, payload, created_at) "
                          "VALUES (%1, '2026-05-28', 'meeting_figures', '{\"a\":1}', 'x')")
                          .arg(may)));
        const auto children = [&]() {
            return scalar(
                       *s,
                       QStringLiteral(
                           "SELECT (SELECT count(*) FROM meeting_attendees WHERE meeting_id = %1) || ' ' || "
                           "(SELECT count(*) FROM meeting_outcomes WHERE meeting_id = %1) || ' ' || "
                           "(SELECT count(*) FROM outcome_units u JOIN meeting_outcomes o ON o.id = "
                           "u.outcome_id "
                           " WHERE o.meeting_id = %1) || ' ' || "
                           "(SELECT count(*) FROM directive_tasks d JOIN meeting_outcomes o ON o.id = "
                           "d.outcome_id "
                           " WHERE o.meeting_id = %1) || ' ' || "
                           "(SELECT count(*) FROM report_snapshots WHERE meeting_id = %1)")
                           .arg(may))
                .toString();
        };
        const QString had = children();
        QVERIFY(had.startsWith(QStringLiteral("3 15 218 152 ")));
        const int snapshots = had.section(QLatin1Char(' '), 4).toInt();
        const int tasks = scalar(*s, QStringLiteral("SELECT count(*) FROM tasks")).toInt();
        const QString before = dump(*s);

        QString error;
        QVERIFY2(s->commands()->removeMeeting(may, &error), qPrintable(error));
        QVERIFY(s->undoStack()->undoText().startsWith(
            QStringLiteral("remove meeting 'Hội nghị đánh giá kết quả")));
        QCOMPARE(children(), QStringLiteral("0 0 0 0 0"));
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM meetings WHERE id = %1").arg(may)).toInt(),
                 0);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT count(*) FROM tasks")).toInt(), tasks); // the tasks stay
        QCOMPARE(
            auditCount(
                *s, QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'delete'").arg(may)),
            3 + 15 + 218 + 152 + snapshots + 1);
        const QString after = dump(*s);

        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QCOMPARE(children(), had);
        s->undoStack()->redo();
        QCOMPARE(dump(*s), after);
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QCOMPARE(MeetingStore::outcomes(*s->database(), may).size(), 15);
    }

    void addAndEditADirective()
    {
        auto s = openCopy();
        QVERIFY(s);
        const QString before = dump(*s);
        qint64 id = 0;
        QString error;
        QVERIFY2(s->commands()->saveOutcome(newDirective(*s), &id, &error), qPrintable(error));
        QVERIFY(
            s->undoStack()->undoText().startsWith(QStringLiteral("add directive 'Sở Nội vụ khẩn trương")));
        MeetingOutcome o;
        QVERIFY(MeetingStore::outcome(*s->database(), id, &o));
        QCOMPARE(o.position, 15); // last
        QCOMPARE(sorted(o.leadUnitIds), sorted({unitId(*s, "SO-NV"), unitId(*s, "SO-KHCN")}));
        QCOMPARE(o.coordinatingUnitIds,
                 QList<qint64>{unitId(*s, "SO-TC")}); // a lead unit does not also coordinate
        QCOMPARE(o.deadlineText, QStringLiteral("Quý III/2026"));
        QCOMPARE(o.deadlineDate, QDate(2026, 9, 30));
        QVERIFY(!o.standing);
        const QString where = QStringLiteral("entity = 'meetings' AND record_id = %1").arg(mayMeeting(*s));
        QCOMPARE(auditCount(*s, where + QStringLiteral(" AND action = 'insert' AND field = 'outcome'")), 1);
        QCOMPARE(auditCount(*s, where + QStringLiteral(" AND action = 'insert' AND field = 'lead_unit'")), 2);
        QCOMPARE(
            auditCount(*s, where + QStringLiteral(" AND action = 'insert' AND field = 'coordinating_unit'")),
            1);
        const QString added = dump(*s);

        // Science and Technology now coordinates; the deadline as a date.
        o.leadUnitIds = {unitId(*s, "SO-NV")};
        o.coordinatingUnitIds = {unitId(*s, "SO-KHCN"), unitId(*s, "SO-TC")};
        o.deadlineText = QStringLiteral("30/9/2026");
        QVERIFY2(s->commands()->saveOutcome(o, &id, &error), qPrintable(error));
        QVERIFY(s->undoStack()->undoText().startsWith(QStringLiteral("edit directive 'Sở Nội vụ")));
        MeetingOutcome edited;
        QVERIFY(MeetingStore::outcome(*s->database(), id, &edited));
        QCOMPARE(edited.leadUnitIds, QList<qint64>{unitId(*s, "SO-NV")});
        QCOMPARE(sorted(edited.coordinatingUnitIds), sorted({unitId(*s, "SO-KHCN"), unitId(*s, "SO-TC")}));
        QCOMPARE(edited.deadlineText, QStringLiteral("30/9/2026"));
        QCOMPARE(edited.deadlineDate, QDate(2026, 9, 30));
        QCOMPARE(edited.position, 15);
        // One role changed, one wording changed: two updates, nothing else rewritten.
        QCOMPARE(auditCount(*s, where + QStringLiteral(" AND action = 'update'")), 2);
        QCOMPARE(auditCount(*s, where + QStringLiteral(" AND action = 'update' AND field = 'role' AND "
                                                       "old_value = 'lead' AND new_value = 'coordinating'")),
                 1);
        const QString changed = dump(*s);

        s->undoStack()->undo();
        QCOMPARE(dump(*s), added);
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        s->undoStack()->redo();
        s->undoStack()->redo();
        QCOMPARE(dump(*s), changed);
    }

    void deadlineWordings_data()
    {
        QTest::addColumn<QString>("wording");
        QTest::addColumn<bool>("standing");
        QTest::addColumn<QVariant>("text");
        QTest::addColumn<QVariant>("date");
        QTest::addColumn<int>("storedStanding");
        const QVariant null;
        QTest::newRow("quarter") << QStringLiteral(" Quý III/2026 ") << false
                                 << QVariant(QStringLiteral("Quý III/2026"))
                                 << QVariant(QStringLiteral("2026-09-30")) << 0;
        QTest::newRow("date") << QStringLiteral("30/9/2026") << false << QVariant(QStringLiteral("30/9/2026"))
                              << QVariant(QStringLiteral("2026-09-30")) << 0;
        QTest::newRow("year") << QStringLiteral("Năm 2026") << false << QVariant(QStringLiteral("Năm 2026"))
                              << QVariant(QStringLiteral("2026-12-31")) << 0;
        QTest::newRow("standing word") << QStringLiteral("Thường xuyên") << false
                                       << QVariant(QStringLiteral("Thường xuyên")) << null << 1;
        QTest::newRow("standing box") << QString() << true << null << null << 1;
        QTest::newRow("monthly") << QStringLiteral("Hằng tháng") << false
                                 << QVariant(QStringLiteral("Hằng tháng")) << null << 1;
        QTest::newRow("quarterly hàng")
            << QStringLiteral("hàng quý") << false << QVariant(QStringLiteral("hàng quý")) << null << 1;
        QTest::newRow("yearly no accents")
            << QStringLiteral("Hang nam") << true << QVariant(QStringLiteral("Hang nam")) << null << 1;
        QTest::newRow("english") << QStringLiteral("monthly") << false << QVariant(QStringLiteral("monthly"))
                                 << null << 1;
    }

    void deadlineWordings()
    {
        QFETCH(QString, wording);
        QFETCH(bool, standing);
        QFETCH(QVariant, text);
        QFETCH(QVariant, date);
        QFETCH(int, storedStanding);
        auto s = openCopy();
        QVERIFY(s);
        MeetingOutcome o = newDirective(*s);
        o.deadlineText = wording;
        o.standing = standing;
        qint64 id = 0;
        QString error;
        QVERIFY2(s->commands()->saveOutcome(o, &id, &error), qPrintable(error));
        QSqlQuery q(s->database()->connection());
        QVERIFY(
            q.exec(QStringLiteral(
                       "SELECT deadline_text, deadline_date, standing FROM meeting_outcomes WHERE id = %1")
                       .arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).isNull(), text.isNull());
        if (!text.isNull())
            QCOMPARE(q.value(0).toString(), text.toString());
        QCOMPARE(q.value(1).isNull(), date.isNull());
        if (!date.isNull())
            QCOMPARE(q.value(1).toString(), date.toString());
        QCOMPARE(q.value(2).toInt(), storedStanding);
    }

    void informationHasNoDeadlineNorUnits()
    {
        auto s = openCopy();
        QVERIFY(s);
        MeetingOutcome o = newDirective(*s);
        o.kind = QStringLiteral("information");
        o.text = QStringLiteral("Tỷ lệ hồ sơ trực tuyến đạt 85%.");
        o.standing = true;
        qint64 id = 0;
        QString error;
        QVERIFY2(s->commands()->saveOutcome(o, &id, &error), qPrintable(error));
        QCOMPARE(s->undoStack()->undoText(),
                 QStringLiteral("add information 'Tỷ lệ hồ sơ trực tuyến đạt 85%.'"));
        MeetingOutcome saved;
        QVERIFY(MeetingStore::outcome(*s->database(), id, &saved));
        QVERIFY(saved.deadlineText.isEmpty());
        QVERIFY(!saved.deadlineDate.isValid());
        QVERIFY(!saved.standing);
        QVERIFY(saved.leadUnitIds.isEmpty());
        QVERIFY(saved.coordinatingUnitIds.isEmpty());
    }

    void removeOutcomeKeepsTheOrderAndTheTasks()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 may = mayMeeting(*s);
        const qint64 advise =
            outcomeId(*s, QStringLiteral("Sở Khoa học và Công nghệ và Công an tỉnh tham mưu UBND"));
        const QList<qint64> taskIds = [&] {
            MeetingOutcome o;
            MeetingStore::outcome(*s->database(), advise, &o);
            return o.taskIds;
        }();
        QCOMPARE(taskIds.size(), 1);
        const QString before = dump(*s);
        QString error;
        QVERIFY2(s->commands()->removeOutcome(advise, &error), qPrintable(error));
        QVERIFY(s->undoStack()->undoText().startsWith(
            QStringLiteral("remove directive 'Sở Khoa học và Công nghệ")));
        const QVector<MeetingOutcome> left = MeetingStore::outcomes(*s->database(), may);
        QCOMPARE(left.size(), 14);
        // Positions keep their gap: 0…9, then 11…14.
        QList<int> positions;
        for (const MeetingOutcome &o : left)
            positions << o.position;
        QCOMPARE(positions, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14}));
        // The task stays in the register, without its origin.
        TaskRecord task;
        QVERIFY(TaskStore::loadTask(*s->database(), taskIds.first(), &task));
        QVERIFY(MeetingStore::originsOfTask(*s->database(), taskIds.first()).isEmpty());
        // The task's link and the units went into the meeting's history.
        QCOMPARE(
            auditCount(
                *s, QStringLiteral("entity = 'meetings' AND record_id = %1 AND action = 'delete'").arg(may)),
            1 + 3 + 1);

        // A new outcome still goes last.
        qint64 id = 0;
        QVERIFY2(s->commands()->saveOutcome(newDirective(*s), &id, &error), qPrintable(error));
        MeetingOutcome added;
        QVERIFY(MeetingStore::outcome(*s->database(), id, &added));
        QCOMPARE(added.position, 15);

        s->undoStack()->undo();
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QCOMPARE(MeetingStore::originsOfTask(*s->database(), taskIds.first()).size(), 1);
    }

    void createTasksFromADirective()
    {
        auto s = openCopy();
        QVERIFY(s);
        EditCommands *commands = s->commands();
        const qint64 may = mayMeeting(*s);
        const qint64 yellow = outcomeId(*s, QStringLiteral("55 xã đang ở trạng thái"));
        MeetingOutcome directive;
        QVERIFY(MeetingStore::outcome(*s->database(), yellow, &directive));
        QCOMPARE(directive.leadUnitIds.size(), 55);
        QVERIFY(directive.taskIds.isEmpty());
        const QString firstCode = commands->suggestTaskCode();
        const int firstNumber = firstCode.mid(3).toInt();
        const QString before = dump(*s);
        QSignalSpy changed(commands, &EditCommands::changed);

        int created = 0;
        QString error;
        QVERIFY2(commands->createDirectiveTasks(yellow, &created, &error), qPrintable(error));
        QCOMPARE(created, 55);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("tasks"));
        QCOMPARE(s->undoStack()->count(), 1);
        QVERIFY2(s->undoStack()->undoText().startsWith(
                     QStringLiteral("create 55 task(s) from directive '55 xã đang ở")),
                 qPrintable(s->undoStack()->undoText()));
        QCOMPARE(commands->suggestTaskCode(),
                 QStringLiteral("NV-%1").arg(firstNumber + 55, 4, 10, QLatin1Char('0')));

        // Linked both ways: the directive lists its tasks, each task names its directive.
        QVERIFY(MeetingStore::outcome(*s->database(), yellow, &directive));
        QCOMPARE(directive.taskIds.size(), 55);
        const QVector<TaskRecord> tasks = MeetingStore::tasksOfMeeting(*s->database(), may);
        QList<qint64> leads;
        QStringList codes;
        for (qint64 id : std::as_const(directive.taskIds)) {
            TaskRecord t;
            QVERIFY(TaskStore::loadTask(*s->database(), id, &t));
            leads << t.leadUnitId;
            codes << t.code;
            QCOMPARE(t.title, directive.text);
            QCOMPARE(t.assignedOn, QDate(2026, 5, 28));
            QCOMPARE(t.assignedBy, QStringLiteral("provincial_sc"));
            QCOMPARE(t.deadlineText, QStringLiteral("Quý III/2026"));
            QCOMPARE(t.assignedDeadline, QDate(2026, 9, 30));
            QCOMPARE(t.recurrence, QStringLiteral("none"));
            QCOMPARE(t.programmeCode, QStringLiteral("CDS")); // the directive's programme
            QCOMPARE(t.coordinatingUnitCodes, QStringList{QStringLiteral("SO-NV")});
            QCOMPARE(t.sourceDocument, QStringLiteral("210/TB-VPUBND ngày 30/05/2026"));
            QCOMPARE(TaskStore::overallStatus(t, QDate(2026, 5, 30)), TaskStatus::OpenWithinDeadline);
            const QVector<TaskOrigin> origins = MeetingStore::originsOfTask(*s->database(), id);
            QCOMPARE(origins.size(), 1);
            QCOMPARE(origins.first().meetingId, may);
            QCOMPARE(origins.first().outcomeId, yellow);
            QCOMPARE(origins.first().outcomeNumber, 6);
            QCOMPARE(
                auditCount(*s, QStringLiteral("entity = 'tasks' AND record_id = %1 AND action = 'insert' AND "
                                              "field = 'directive' AND new_value = '%2'")
                                   .arg(id)
                                   .arg(yellow)),
                1);
        }
        // The task's History names the meeting its directive came from.
        TaskHistoryModel history;
        history.setTask(s->database(), directive.taskIds.first());
        bool named = false;
        for (int row = 0; row < history.rowCount(); ++row) {
            named = named
                    || (history.index(row, TaskHistoryModel::FieldColumn).data().toString() == QStringLiteral("Meeting directive")
                        && history.index(row, TaskHistoryModel::NewValueColumn).data().toString().startsWith(
                            QStringLiteral("28/05/2026 — Hội nghị đánh giá")));
        }
        QVERIFY(named);
        QCOMPARE(sorted(leads), sorted(directive.leadUnitIds)); // one task per lead unit
        codes.sort();
        QCOMPARE(codes.first(), firstCode);
        QCOMPARE(codes.last(), QStringLiteral("NV-%1").arg(firstNumber + 54, 4, 10, QLatin1Char('0')));
        QCOMPARE(tasks.size(), 152 + 55);
        QCOMPARE(MeetingStore::list(*s->database(), QDate(2026, 5, 30)).first().tasks, 152 + 55);
        const QString after = dump(*s);

        // A second run has nothing left to create.
        QVERIFY(!commands->createDirectiveTasks(yellow, &created, &error));
        QCOMPARE(error, QStringLiteral("Every lead unit of this directive already has its task."));
        QCOMPARE(s->undoStack()->count(), 1);

        // Undo removes the tasks and their links together; redo brings back the same ids.
        s->undoStack()->undo();
        QCOMPARE(dump(*s), before);
        QVERIFY(MeetingStore::outcome(*s->database(), yellow, &directive));
        QVERIFY(directive.taskIds.isEmpty());
        QCOMPARE(auditCount(*s, QStringLiteral(
                                    "entity = 'tasks' AND action = 'undo:delete' AND field = 'directive'")),
                 55);
        s->undoStack()->redo();
        QCOMPARE(dump(*s), after);
        QVERIFY(MeetingStore::outcome(*s->database(), yellow, &directive));
        QCOMPARE(directive.taskIds.size(), 55);
    }

    void createOnlyTheMissingTasks()
    {
        auto s = openCopy();
        QVERIFY(s);
        // Two lead units, the Department of Science and Technology already has its task.
        const qint64 advise =
            outcomeId(*s, QStringLiteral("Sở Khoa học và Công nghệ và Công an tỉnh tham mưu UBND"));
        int created = 0;
        QString error;
        QVERIFY2(s->commands()->createDirectiveTasks(advise, &created, &error), qPrintable(error));
        QCOMPARE(created, 1);
        QVERIFY(s->undoStack()->undoText().startsWith(
            QStringLiteral("create 1 task(s) from directive 'Sở Khoa học")));
        MeetingOutcome o;
        QVERIFY(MeetingStore::outcome(*s->database(), advise, &o));
        QCOMPARE(o.taskIds.size(), 2);
        QList<qint64> leads;
        for (qint64 id : std::as_const(o.taskIds)) {
            TaskRecord t;
            QVERIFY(TaskStore::loadTask(*s->database(), id, &t));
            leads << t.leadUnitId;
        }
        QCOMPARE(sorted(leads), sorted(o.leadUnitIds));
        QVERIFY(!s->commands()->createDirectiveTasks(advise, &created, &error));
        QCOMPARE(error, QStringLiteral("Every lead unit of this directive already has its task."));
    }

    void recurringAndStandingDirectives_data()
    {
        QTest::addColumn<QString>("wording");
        QTest::addColumn<QString>("recurrence");
        QTest::addColumn<QString>("taskWording");
        QTest::addColumn<int>("status");
        QTest::newRow("quarterly") << QStringLiteral("Hằng quý") << QStringLiteral("quarterly") << QString()
                                   << int(TaskStatus::OpenWithinDeadline);
        QTest::newRow("yearly") << QStringLiteral("hàng năm") << QStringLiteral("yearly") << QString()
                                << int(TaskStatus::OpenWithinDeadline);
        QTest::newRow("standing") << QStringLiteral("Thường xuyên") << QStringLiteral("none")
                                  << QStringLiteral("Thường xuyên") << int(TaskStatus::Standing);
        QTest::newRow("a date") << QStringLiteral("15/7/2026") << QStringLiteral("none")
                                << QStringLiteral("15/7/2026") << int(TaskStatus::OpenWithinDeadline);
    }

    void recurringAndStandingDirectives()
    {
        QFETCH(QString, wording);
        QFETCH(QString, recurrence);
        QFETCH(QString, taskWording);
        QFETCH(int, status);
        auto s = openCopy();
        QVERIFY(s);
        MeetingOutcome o = newDirective(*s);
        o.leadUnitIds = {unitId(*s, "SO-TC")};
        o.deadlineText = wording;
        qint64 id = 0;
        int created = 0;
        QString error;
        QVERIFY2(s->commands()->saveOutcome(o, &id, &error), qPrintable(error));
        QVERIFY2(s->commands()->createDirectiveTasks(id, &created, &error), qPrintable(error));
        QCOMPARE(created, 1);
        QVERIFY(MeetingStore::outcome(*s->database(), id, &o));
        TaskRecord t;
        QVERIFY(TaskStore::loadTask(*s->database(), o.taskIds.value(0), &t));
        QCOMPARE(t.recurrence, recurrence);
        QCOMPARE(t.deadlineText, taskWording);
        QCOMPARE(t.isRecurring(), recurrence != QLatin1String("none"));
        QCOMPARE(int(TaskStore::overallStatus(t, QDate(2026, 5, 30))), status);
    }

    void createTasksRefused()
    {
        auto s = openCopy();
        QVERIFY(s);
        const qint64 yellow = outcomeId(*s, QStringLiteral("55 xã đang ở trạng thái"));
        const QString before = dump(*s);
        int created = 0;
        QString error;
        // On 26/05/2026 the meeting of 28/05/2026 has not been held: its tasks cannot be assigned yet.
        s->commands()->setToday(QDate(2026, 5, 26));
        QVERIFY(!s->commands()->createDirectiveTasks(yellow, &created, &error));
        QCOMPARE(error, QStringLiteral("The assignment date (28/05/2026) is in the future."));
        s->commands()->setToday(QDate(2026, 5, 30));
        const qint64 information = outcomeId(*s, QStringLiteral("Tỉnh triển khai nghiêm túc"));
        QVERIFY(!s->commands()->createDirectiveTasks(information, &created, &error));
        QCOMPARE(error, QStringLiteral("Only a directive becomes tasks."));
        QVERIFY(!s->commands()->createDirectiveTasks(99999, &created, &error));
        QCOMPARE(error, QStringLiteral("The directive no longer exists."));
        QCOMPARE(s->undoStack()->count(), 0);
        QCOMPARE(dump(*s), before);
    }

    void validation()
    {
        auto s = openCopy();
        QVERIFY(s);
        EditCommands *c = s->commands();
        const qint64 may = mayMeeting(*s);
        const qint64 advise =
            outcomeId(*s, QStringLiteral("Sở Khoa học và Công nghệ và Công an tỉnh tham mưu UBND"));
        struct Case
        {
            const char *name;
            std::function<bool(QString *)> edit;
            QString message;
        };
        const auto meeting = [&](const std::function<void(Meeting &)> &change) {
            return [&, change](QString *error) {
                Meeting m = newMeeting(*s);
                change(m);
                qint64 id = 0;
                return c->saveMeeting(m, &id, error);
            };
        };
        const auto outcome = [&](const std::function<void(MeetingOutcome &)> &change) {
            return [&, change](QString *error) {
                MeetingOutcome o = newDirective(*s);
                change(o);
                qint64 id = 0;
                return c->saveOutcome(o, &id, error);
            };
        };
        const QVector<Case> cases = {
            {"no date", meeting([](Meeting &m) { m.heldOn = QDate(); }),
             QStringLiteral("Enter the date of the meeting.")},
            {"no title", meeting([](Meeting &m) { m.title = QStringLiteral("  "); }),
             QStringLiteral("Enter the title of the meeting.")},
            {"kind", meeting([](Meeting &m) { m.kind = QStringLiteral("webinar"); }),
             QStringLiteral(
                 "Choose the kind of meeting: regular review, thematic meeting or online conference.")},
            {"points", meeting([](Meeting &m) { m.connectedPoints = -5; }),
             QStringLiteral("The number of connected points cannot be negative.")},
            {"attendee without a name",
             meeting([](Meeting &m) { m.attendees[1].personName = QStringLiteral(" "); }),
             QStringLiteral("Attendee 2 has no name: enter the person or the group, or remove the row.")},
            {"attendee's unit", meeting([](Meeting &m) { m.attendees[0].unitId = 99999; }),
             QStringLiteral("The unit of attendee 1 is not in the unit list.")},
            {"notice without a date", meeting([](Meeting &m) { m.documentDate = QDate(); }),
             QStringLiteral("Give the date of the conclusion notice 230/TB-VPUBND.")},
            {"notice before the meeting", meeting([](Meeting &m) { m.documentDate = QDate(2026, 6, 1); }),
             QStringLiteral("The conclusion notice 230/TB-VPUBND is dated 01/06/2026, before the meeting "
                            "(25/06/2026).")},
            {"meeting gone", meeting([](Meeting &m) { m.id = 99999; }),
             QStringLiteral("The meeting no longer exists.")},
            {"no lead unit", outcome([](MeetingOutcome &o) { o.leadUnitIds.clear(); }),
             QStringLiteral("Choose at least one lead unit for the directive.")},
            {"unknown lead unit", outcome([](MeetingOutcome &o) { o.leadUnitIds << 99999; }),
             QStringLiteral("A lead unit of the directive is not in the unit list.")},
            {"unknown coordinating unit", outcome([](MeetingOutcome &o) { o.coordinatingUnitIds << 99999; }),
             QStringLiteral("A coordinating unit of the directive is not in the unit list.")},
            {"no text", outcome([](MeetingOutcome &o) { o.text = QStringLiteral(" "); }),
             QStringLiteral("Enter what the directive asks.")},
            {"wording", outcome([](MeetingOutcome &o) { o.deadlineText = QStringLiteral("sometime soon"); }),
             QStringLiteral(
                 "\"sometime soon\" is not a deadline. Write a date (30/09/2026), a period (Quý III/2026), "
                 "\"Thường xuyên\" for a standing directive or \"Hằng tháng\" for a monthly one.")},
            {"no deadline", outcome([](MeetingOutcome &o) { o.deadlineText.clear(); }),
             QStringLiteral("Give the directive a deadline, or mark it standing.")},
            {"standing with a date", outcome([](MeetingOutcome &o) { o.standing = true; }),
             QStringLiteral(
                 "A standing directive has no deadline: clear \"Quý III/2026\" or untick Standing.")},
            {"deadline before the meeting",
             outcome([](MeetingOutcome &o) { o.deadlineText = QStringLiteral("Quý I/2026"); }),
             QStringLiteral("The deadline 31/03/2026 is before the meeting (28/05/2026).")},
            {"outcome kind", outcome([](MeetingOutcome &o) { o.kind = QStringLiteral("note"); }),
             QStringLiteral("Choose the kind of outcome: information, decision or directive.")},
            {"no such meeting", outcome([](MeetingOutcome &o) { o.meetingId = 99999; }),
             QStringLiteral("The meeting no longer exists.")},
            {"unknown programme", outcome([](MeetingOutcome &o) { o.programmeId = 99999; }),
             QStringLiteral("The programme is not in the programme list.")},
            {"a directive with tasks stays one", outcome([&](MeetingOutcome &o) {
                 MeetingStore::outcome(*s->database(), advise, &o);
                 o.kind = QStringLiteral("decision");
             }),
             QStringLiteral("Tasks were created from this directive: it stays a directive.")},
            {"another meeting", outcome([&](MeetingOutcome &o) {
                 MeetingStore::outcome(*s->database(), advise, &o);
                 o.meetingId = may - 1;
             }),
             QStringLiteral("An outcome cannot be moved to another meeting.")},
            {"remove a removed outcome", [&](QString *error) { return c->removeOutcome(99999, error); },
             QStringLiteral("The outcome no longer exists.")},
            {"remove a removed meeting", [&](QString *error) { return c->removeMeeting(99999, error); },
             QStringLiteral("The meeting no longer exists.")},
        };
        const QString before = dump(*s);
        for (const Case &k : cases) {
            QString error;
            QVERIFY2(!k.edit(&error), k.name);
            QVERIFY2(error == k.message,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(k.name), error)));
        }
        QCOMPARE(s->undoStack()->count(), 0);
        QCOMPARE(dump(*s), before);
    }
};

QTEST_GUILESS_MAIN(TestMeetingEdits)
#include "tst_meetingedits.moc"
