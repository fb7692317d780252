// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demobuilder.h"

#include <algorithm>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "models/communes/communeassessor.h"
#include "models/communes/communerules.h"
#include "models/demo/democontent.h"
#include "models/domain/period.h"
#include "models/domain/textfold.h"
#include "models/i18n/language.h"
#include "models/meetings/meetingfigures.h"
#include "models/storage/database.h"
#include "models/storage/schema.h"
#include "models/storage/writetransaction.h"

namespace {

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

//! An ISO-8601 UTC timestamp at \a hour o'clock of \a date.
QString stamp(const QDate &date, int hour = 8)
{
    return QStringLiteral("%1T%2:00:00Z").arg(date.toString(Qt::ISODate)).arg(hour, 2, 10, QLatin1Char('0'));
}

/*!
 * The writer behind populate(): one prepared statement per table, reused for every row, and a map from
 * codes to the ids SQLite assigned. The first error stops everything; the caller's transaction then
 * rolls back.
 */
class Writer
{
public:
    explicit Writer(const Database &database)
        : m_database(database)
        , m_db(database.connection())
    {}

    QString error() const { return m_error; }

    bool prepare(QSqlQuery &query, const QString &sql)
    {
        query = QSqlQuery(m_db);
        if (!query.prepare(sql))
            return fail(query, sql);
        return true;
    }

    bool run(QSqlQuery &query, const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return fail(query, query.lastQuery());
        return true;
    }

    qint64 lastId(const QSqlQuery &query) const { return query.lastInsertId().toLongLong(); }

    bool fail(const QSqlQuery &query, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), what.simplified());
        return false;
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool writeAll();

private:
    QVariant unitId(const QString &code)
    {
        if (code.isEmpty())
            return {};
        const auto it = m_units.constFind(code);
        if (it == m_units.cend()) {
            fail(QStringLiteral("unknown unit %1").arg(code));
            return {};
        }
        return *it;
    }
    QVariant idOf(const QHash<QString, qint64> &map, const QString &key, const char *what)
    {
        if (key.isEmpty())
            return {};
        const auto it = map.constFind(key);
        if (it == map.cend()) {
            fail(QStringLiteral("unknown %1 %2").arg(QLatin1String(what), key));
            return {};
        }
        return *it;
    }

    bool writeUnits();
    bool writeReferenceData();
    bool writeTasks();
    bool writeIndicators();
    bool writeColours();
    bool writeAssessments();
    QStringList expandUnits(const QStringList &codes);
    bool writeMeetings();
    bool writeUnitReports();
    bool writeSettings();
    bool writeMeetingFigures();

    const Database &m_database;
    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_programmes;
    QHash<QString, qint64> m_documents;
    QHash<QString, qint64> m_indicators;
    QHash<QString, QList<qint64>> m_tasksByTemplate;
    QHash<QString, QString> m_periodStarts;
};

bool Writer::writeAll()
{
    return writeUnits() && writeReferenceData() && writeTasks() && writeIndicators() && writeColours() && writeAssessments() &&
           writeMeetings() && writeUnitReports() && writeSettings() && writeMeetingFigures() && m_error.isEmpty();
}

bool Writer::writeUnits()
{
    const QList<DemoContent::Unit> units = DemoContent::units();
    QSqlQuery insert;
    if (!prepare(insert,
                 QStringLiteral("INSERT INTO units (code, name, name_en, kind, parent_id, opened_on, "
                                "closed_on, reports_monthly, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    // Parents come before their children in the content; successors are set in a second pass.
    for (const DemoContent::Unit &unit : units) {
        const QVariant parent = unitId(unit.parent);
        if (!m_error.isEmpty())
            return false;
        if (!run(insert,
                 {unit.code, unit.name, textOrNull(unit.nameEn), unit.kind, parent, dateOrNull(unit.openedOn),
                  dateOrNull(unit.closedOn), unit.reportsMonthly ? 1 : 0, unit.position}))
            return false;
        m_units.insert(unit.code, lastId(insert));
    }
    QSqlQuery successor;
    if (!prepare(successor, QStringLiteral("UPDATE units SET successor_id = ? WHERE id = ?")))
        return false;
    for (const DemoContent::Unit &unit : units) {
        if (unit.successor.isEmpty())
            continue;
        const QVariant id = unitId(unit.successor);
        if (!m_error.isEmpty() || !run(successor, {id, m_units.value(unit.code)}))
            return false;
    }
    return true;
}

bool Writer::writeReferenceData()
{
    QSqlQuery programme;
    if (!prepare(
            programme,
            QStringLiteral("INSERT INTO programmes (code, name, name_en, position) VALUES (?, ?, ?, ?)")))
        return false;
    int position = 0;
    for (const DemoContent::Programme &p : DemoContent::programmes()) {
        if (!run(programme, {p.code, p.name, textOrNull(p.nameEn), position++}))
            return false;
        m_programmes.insert(p.code, lastId(programme));
    }

    QSqlQuery document;
    if (!prepare(document, QStringLiteral("INSERT INTO source_documents (number, issued_on, issuer, title) "
                                          "VALUES (?, ?, ?, ?)")))
        return false;
    for (const DemoContent::Document &doc : DemoContent::documents()) {
        if (!run(document,
                 {doc.number, dateOrNull(doc.issuedOn), textOrNull(doc.issuer), textOrNull(doc.title)}))
            return false;
        m_documents.insert(doc.key, lastId(document));
    }

    QSqlQuery period;
    if (!prepare(period,
                 QStringLiteral("INSERT INTO periods (code, kind, starts_on, ends_on) VALUES (?, ?, ?, ?)")))
        return false;
    for (const DemoContent::Period &p : DemoContent::periods()) {
        const QString start = p.startsOn.toString(Qt::ISODate);
        if (!run(period, {p.code, p.kind, start, p.endsOn.toString(Qt::ISODate)}))
            return false;
        m_periodStarts.insert(p.code, start);
    }
    return true;
}

bool Writer::writeTasks()
{
    QSqlQuery task, coordinator, extension, occurrence;
    if (!prepare(task,
                 QStringLiteral("INSERT INTO tasks (code, title, kind, programme_id, source_document_id, "
                                "assigned_by, lead_unit_id, assigned_on, deadline_date, deadline_text, "
                                "recurrence, completed_on, result, progress_notes, created_at, updated_at, search_text) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(coordinator,
                 QStringLiteral("INSERT INTO task_coordinators (task_id, unit_id) VALUES (?, ?)")) ||
        !prepare(extension, QStringLiteral("INSERT INTO deadline_extensions (task_id, old_deadline_date, "
                                           "old_deadline_text, new_deadline_date, new_deadline_text, "
                                           "source_document_id, decided_on, reason, created_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(occurrence,
                 QStringLiteral("INSERT INTO task_occurrences (task_id, period, due_on, completed_on) "
                                "VALUES (?, ?, ?, ?)")))
        return false;

    for (const DemoContent::Task &t : DemoContent::tasks()) {
        const QVariant programme = idOf(m_programmes, t.programme, "programme");
        const QVariant document = idOf(m_documents, t.document, "document");
        const QVariant lead = unitId(t.leadUnit);
        if (!m_error.isEmpty())
            return false;
        // the row was last touched when it was completed, extended, or else assigned
        QDate touched = t.completedOn.isValid() ? t.completedOn : t.assignedOn;
        for (const DemoContent::Extension &e : t.extensions)
            touched = std::max(touched, e.decidedOn);
        if (!run(task,
                 {t.code, t.title, t.kind, programme, document, t.assignedBy, lead, dateOrNull(t.assignedOn),
                  dateOrNull(t.deadline), textOrNull(t.deadlineText), t.recurrence, dateOrNull(t.completedOn),
                  textOrNull(t.result), textOrNull(t.progressNotes), stamp(t.assignedOn), stamp(touched, 9),
                  TextFold::fold(t.code + QLatin1Char(' ') + t.title)}))
            return false;
        const qint64 id = lastId(task);
        m_tasksByTemplate[t.templateKey].append(id);
        for (const QString &c : t.coordinators) {
            const QVariant unit = unitId(c);
            if (!m_error.isEmpty() || !run(coordinator, {id, unit}))
                return false;
        }
        for (const DemoContent::Extension &e : t.extensions) {
            const QVariant extensionDocument = idOf(m_documents, e.document, "document");
            if (!m_error.isEmpty() ||
                !run(extension, {id, dateOrNull(e.oldDate), textOrNull(e.oldText), dateOrNull(e.newDate),
                                 textOrNull(e.newText), extensionDocument, dateOrNull(e.decidedOn),
                                 textOrNull(e.reason), stamp(e.decidedOn, 10)}))
                return false;
        }
        for (const DemoContent::Occurrence &o : t.occurrences) {
            if (!run(occurrence, {id, o.period, dateOrNull(o.dueOn), dateOrNull(o.completedOn)}))
                return false;
        }
    }
    return true;
}

bool Writer::writeIndicators()
{
    QSqlQuery indicator, target, observation;
    if (!prepare(indicator,
                 QStringLiteral("INSERT INTO indicators (code, name, name_en, measure, direction, is_rate, "
                                "accumulation, decimals, programme_id, level, unit_label, position) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(target,
                 QStringLiteral("INSERT INTO targets (indicator_id, unit_id, effective_from, value, "
                                "assigned_by, source_document_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(observation,
                 QStringLiteral("INSERT INTO observations (indicator_id, unit_id, period, "
                                "period_start, value, numerator, denominator, peers, entered_by, "
                                "entered_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;
    int position = 0;
    for (const DemoContent::Indicator &i : DemoContent::indicators()) {
        const QVariant programme = idOf(m_programmes, i.programme, "programme");
        if (!m_error.isEmpty() || !run(indicator, {i.code, i.name, textOrNull(i.nameEn), i.measure,
                                                   i.direction, i.isRate ? 1 : 0, i.accumulation, i.decimals,
                                                   programme, i.level, textOrNull(i.unitLabel), position++}))
            return false;
        m_indicators.insert(i.code, lastId(indicator));
    }
    for (const DemoContent::Target &t : DemoContent::targets()) {
        const QVariant ind = idOf(m_indicators, t.indicator, "indicator");
        const QVariant unit = unitId(t.unit);
        const QVariant document = idOf(m_documents, t.document, "document");
        if (!m_error.isEmpty() || !run(target, {ind, unit, dateOrNull(t.effectiveFrom), t.value, t.assignedBy,
                                                document, textOrNull(t.note)}))
            return false;
    }
    const QString secretary = QStringLiteral("thuky.bcd");
    for (const DemoContent::Observation &o : DemoContent::observations()) {
        const QVariant ind = idOf(m_indicators, o.indicator, "indicator");
        const QVariant unit = unitId(o.unit);
        const QString start = m_periodStarts.value(o.period);
        if (start.isEmpty())
            fail(QStringLiteral("unknown period %1").arg(o.period));
        if (!m_error.isEmpty())
            return false;
        // entered a few days after the month, the May figures on the as-of date
        const QDate periodStart = QDate::fromString(start, Qt::ISODate);
        QDate entered = periodStart.addMonths(1).addDays(4);
        if (entered > DemoContent::asOf())
            entered = DemoContent::asOf();
        if (!run(observation,
                 {ind, unit, o.period, start, o.value, o.hasRatio ? QVariant(o.numerator) : QVariant(),
                  o.hasRatio ? QVariant(o.denominator) : QVariant(),
                  o.peers > 0 ? QVariant(o.peers) : QVariant(), secretary, stamp(entered, 9),
                  textOrNull(o.comment)}))
            return false;
    }
    return true;
}

bool Writer::writeColours()
{
    QSqlQuery rule;
    if (!prepare(rule, QStringLiteral("INSERT INTO colour_rules (scope, indicator_id, position, lower_bound, "
                                      "lower_inclusive, upper_bound, upper_inclusive, colour, label) "
                                      "VALUES (?, NULL, ?, ?, 1, ?, 0, ?, ?)")))
        return false;
    // Ranges are [lower, upper): "≥ 100% green, 80-100 yellow, < 80 red".
    for (const DemoContent::ColourRule &r : DemoContent::colourRules()) {
        if (!run(rule, {r.scope, r.position, r.hasLower ? QVariant(r.lower) : QVariant(),
                        r.hasUpper ? QVariant(r.upper) : QVariant(), r.colour, textOrNull(r.label)}))
            return false;
    }
    return true;
}

bool Writer::writeAssessments()
{
    // The colours are what the commune rules (the defaults) make of the demo's own tasks and figures, so
    // that "Assess by rules" on the demo changes nothing; then the secretary's two colours set by hand.
    QSqlQuery assessment, manual;
    if (!prepare(assessment,
                 QStringLiteral("INSERT INTO commune_assessments (unit_id, period, colour, source, "
                                "reason, score, rule_colour, assessed_at, assessed_by) "
                                "VALUES (?, ?, ?, 'rule', ?, ?, ?, ?, 'steerdesk')")) ||
        !prepare(manual, QStringLiteral("UPDATE commune_assessments SET colour = ?, source = 'manual', reason = ?, "
                                        "assessed_at = ?, assessed_by = 'thuky.bcd' WHERE unit_id = ? AND period = ?")))
        return false;
    const CommuneRules rules = CommuneRules::load(m_database);
    // The demo is An Giang's file: its stored explanations are Vietnamese whatever language writes it.
    const ScopedLanguage vietnamese(QStringLiteral("vi"));
    for (const DemoContent::AssessmentRound &round : DemoContent::assessmentRounds()) {
        const Period period = Period::parse(round.period);
        QString error;
        const QVector<CommuneAssessment> list =
            CommuneAssessor::assessAll(m_database, rules, period, CommuneAssessor::asOfFor(period, round.assessedOn), &error);
        if (!error.isEmpty())
            return fail(error);
        for (const CommuneAssessment &a : list) {
            const QString colour = ColourRules::code(a.colour);
            if (!run(assessment, {a.facts.unitId, round.period, colour, a.explanation,
                                  a.score ? QVariant(*a.score) : QVariant(), colour, round.assessedAt}))
                return false;
        }
    }
    for (const DemoContent::ColourOverride &o : DemoContent::colourOverrides()) {
        const QVariant unit = unitId(o.unit);
        if (!m_error.isEmpty() || !run(manual, {o.colour, o.reason, o.assessedAt, unit, o.period}))
            return false;
        if (manual.numRowsAffected() != 1)
            return fail(QStringLiteral("no assessment of %1 for %2 to set by hand").arg(o.unit, o.period));
    }
    return true;
}

//! An outcome's unit codes with DemoContent::yellowCommunesOf() replaced by the communes assessed yellow.
QStringList Writer::expandUnits(const QStringList &codes)
{
    QStringList list;
    for (const QString &code : codes) {
        const QString yellowOf = DemoContent::yellowCommunesOf(QString());
        if (!code.startsWith(yellowOf)) {
            list << code;
            continue;
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT u.code FROM commune_assessments a JOIN units u ON u.id = a.unit_id "
                                 "WHERE a.period = ? AND a.colour = 'yellow' ORDER BY u.code"));
        q.addBindValue(code.mid(yellowOf.size()));
        if (!q.exec())
            fail(q, q.lastQuery());
        while (q.next())
            list << q.value(0).toString();
    }
    return list;
}

bool Writer::writeMeetings()
{
    QSqlQuery meeting, attendee, outcome, outcomeUnit, directiveTask;
    if (!prepare(meeting,
                 QStringLiteral("INSERT INTO meetings (held_on, starts_at, title, kind, connected_points, "
                                "chair, chair_title, location, notes, source_document_id, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(attendee, QStringLiteral("INSERT INTO meeting_attendees (meeting_id, position, person_name, "
                                          "job_title, unit_id) VALUES (?, ?, ?, ?, ?)")) ||
        !prepare(outcome, QStringLiteral("INSERT INTO meeting_outcomes (meeting_id, position, kind, text, "
                                         "deadline_date, deadline_text, standing, programme_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !prepare(outcomeUnit,
                 QStringLiteral("INSERT OR IGNORE INTO outcome_units (outcome_id, unit_id, role) "
                                "VALUES (?, ?, ?)")) ||
        !prepare(directiveTask,
                 QStringLiteral("INSERT INTO directive_tasks (outcome_id, task_id) VALUES (?, ?)")))
        return false;
    for (const DemoContent::Meeting &m : DemoContent::meetings()) {
        const QVariant document = idOf(m_documents, m.document, "document");
        if (!m_error.isEmpty() ||
            !run(meeting, {dateOrNull(m.heldOn), textOrNull(m.startsAt), m.title, m.kind,
                           m.connectedPoints > 0 ? QVariant(m.connectedPoints) : QVariant(),
                           textOrNull(m.chair), textOrNull(m.chairTitle), textOrNull(m.location),
                           textOrNull(m.notes), document, stamp(m.heldOn, 12), stamp(m.heldOn, 12)}))
            return false;
        const qint64 meetingId = lastId(meeting);
        int position = 0;
        for (const DemoContent::Attendee &a : m.attendees) {
            const QVariant unit = unitId(a.unit);
            if (!m_error.isEmpty() ||
                !run(attendee, {meetingId, position++, a.name, textOrNull(a.jobTitle), unit}))
                return false;
        }
        position = 0;
        for (const DemoContent::Outcome &o : m.outcomes) {
            const QVariant programme = idOf(m_programmes, o.programme, "programme");
            if (!m_error.isEmpty() ||
                !run(outcome, {meetingId, position++, o.kind, o.text, dateOrNull(o.deadline),
                               textOrNull(o.deadlineText), o.standing ? 1 : 0, programme}))
                return false;
            const qint64 outcomeId = lastId(outcome);
            // lead first: a unit named both ways stays lead
            for (const QString &code : expandUnits(o.leadUnits)) {
                const QVariant unit = unitId(code);
                if (!m_error.isEmpty() ||
                    !run(outcomeUnit, {outcomeId, unit, QLatin1String(Schema::OutcomeRole::Lead)}))
                    return false;
            }
            for (const QString &code : o.coordinatingUnits) {
                const QVariant unit = unitId(code);
                if (!m_error.isEmpty() ||
                    !run(outcomeUnit, {outcomeId, unit, QLatin1String(Schema::OutcomeRole::Coordinating)}))
                    return false;
            }
            for (const QString &key : o.taskTemplates) {
                const QList<qint64> ids = m_tasksByTemplate.value(key);
                if (ids.isEmpty())
                    return fail(QStringLiteral("directive names unknown tasks %1").arg(key));
                for (qint64 taskId : ids) {
                    if (!run(directiveTask, {outcomeId, taskId}))
                        return false;
                }
            }
        }
    }
    return true;
}

bool Writer::writeUnitReports()
{
    QSqlQuery report;
    if (!prepare(report, QStringLiteral("INSERT INTO unit_reports (unit_id, period, due_on, received_on, "
                                        "document_number) VALUES (?, ?, ?, ?, ?)")))
        return false;
    for (const DemoContent::UnitReport &r : DemoContent::unitReports()) {
        const QVariant unit = unitId(r.unit);
        if (!m_error.isEmpty() || !run(report, {unit, r.period, dateOrNull(r.dueOn), dateOrNull(r.receivedOn),
                                                textOrNull(r.documentNumber)}))
            return false;
    }
    return true;
}

bool Writer::writeSettings()
{
    QSqlQuery setting;
    if (!prepare(setting, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)")))
        return false;
    const QString now = stamp(DemoContent::asOf(), 9);
    for (const DemoContent::Setting &s : DemoContent::settings()) {
        if (!run(setting, {s.key, s.value, now}))
            return false;
    }
    return true;
}

//! The figures of every meeting that had any by its date, frozen that afternoon: the row
//! MeetingFigures::freezeChange() writes, without its audit row and undo step (the demo is written in one
//! go). Last, so that they are computed from everything else the demo holds.
bool Writer::writeMeetingFigures()
{
    QSqlQuery meetings(m_db), snapshot;
    if (!meetings.exec(QStringLiteral("SELECT id, held_on FROM meetings ORDER BY held_on, id")))
        return fail(meetings, meetings.lastQuery());
    if (!prepare(snapshot, QStringLiteral("INSERT INTO report_snapshots (meeting_id, as_of, kind, payload, "
                                          "created_at, created_by) VALUES (?, ?, ?, ?, ?, 'thuky.bcd')")))
        return false;
    while (meetings.next()) {
        const QDate heldOn = QDate::fromString(meetings.value(1).toString(), Qt::ISODate);
        MeetingFigures figures;
        QString error;
        if (!MeetingFigures::compute(m_database, heldOn, &figures, &error))
            return fail(error);
        const bool anyIndicator =
            std::any_of(figures.indicators.cbegin(), figures.indicators.cend(),
                        [](const MeetingFigures::IndicatorFigure &f) { return f.value.has_value(); });
        const QJsonObject tasks = figures.tasks.value(QLatin1String("tasks")).toObject();
        const QJsonObject models = figures.tasks.value(QLatin1String("pilot_models")).toObject();
        if (!anyIndicator && tasks.value(QLatin1String("total")).toInt() == 0 &&
            models.value(QLatin1String("total")).toInt() == 0)
            continue; // nothing was recorded yet by that date: nothing to freeze
        if (!run(snapshot, {meetings.value(0), heldOn.toString(Qt::ISODate),
                            QLatin1String(Schema::SnapshotKind::MeetingFigures),
                            QString::fromUtf8(QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact)),
                            stamp(heldOn, 16)}))
            return false;
    }
    return true;
}

void setError(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
}

} // namespace

bool DemoBuilder::populate(const Database &database, QString *errorMessage)
{
    if (!database.isOpen()) {
        setError(errorMessage, tr("The database is not open."));
        return false;
    }
    if (database.isReadOnly()) {
        setError(errorMessage, tr("The database %1 is open read-only; the demo content cannot be written.")
                                   .arg(database.path()));
        return false;
    }
    const QSqlDatabase db = database.connection();
    {
        // Only an empty file: the demo must never mix with someone's real records.
        QSqlQuery q(db);
        if (!q.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM tasks) "
                               "+ (SELECT count(*) FROM indicators) + (SELECT count(*) FROM meetings)")) ||
            !q.next()) {
            setError(errorMessage,
                     tr("The database %1 cannot be read: %2").arg(database.path(), q.lastError().text()));
            return false;
        }
        if (q.value(0).toLongLong() != 0) {
            setError(errorMessage,
                     tr("The database %1 already holds data; the demo is only written into an empty "
                        "database.")
                         .arg(database.path()));
            return false;
        }
    }

    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        setError(errorMessage, tr("The demo content cannot be written: %1").arg(transaction.errorString()));
        return false;
    }
    Writer writer(database);
    if (!writer.writeAll()) {
        setError(errorMessage, tr("The demo content cannot be written: %1").arg(writer.error()));
        return false; // the transaction rolls back
    }
    if (!transaction.commit()) {
        setError(errorMessage, tr("The demo content cannot be written: %1").arg(transaction.errorString()));
        return false;
    }
    return true;
}

bool DemoBuilder::writeFile(const QString &path, bool overwrite, QString *errorMessage)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const bool exists = QFileInfo::exists(target);
    if (exists && !overwrite) {
        setError(
            errorMessage,
            tr("The file %1 already exists; it was left unchanged.").arg(target));
        return false;
    }

    // Hold the target's lock while replacing it, so a SteerDesk that has it open is never pulled from under.
    QLockFile lock(Database::lockPathFor(target));
    lock.setStaleLockTime(0);
    if (exists && !lock.tryLock(0)) {
        setError(errorMessage,
                 tr("The file %1 is open in another SteerDesk; it was left unchanged.").arg(target));
        return false;
    }

    // Build beside the target and move it into place only when complete, so a failure (or a crash)
    // never leaves a half-written demo and never destroys the file being replaced.
    QString building;
    for (int n = 0;; ++n) {
        building = target + QStringLiteral(".demo-%1").arg(n);
        if (!QFileInfo::exists(building) && !QFileInfo::exists(Database::lockPathFor(building)))
            break;
    }
    {
        Database database;
        if (!database.create(building)) {
            setError(errorMessage, database.errorString());
            return false;
        }
        if (!populate(database, errorMessage)) {
            database.close();
            QFile::remove(building);
            return false;
        }
        database.close(); // checkpoints the WAL into the main file
    }
    if (QFileInfo::exists(building + QStringLiteral("-wal"))) {
        QFile::remove(building);
        setError(errorMessage, tr("The demo database %1 could not be finished.").arg(target));
        return false;
    }
    if (exists) {
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        if (!QFile::remove(target)) {
            QFile::remove(building);
            setError(errorMessage, tr("The file %1 cannot be replaced.").arg(target));
            return false;
        }
    }
    if (!QFile::rename(building, target)) {
        QFile::remove(building);
        setError(errorMessage, tr("The file %1 cannot be written.").arg(target));
        return false;
    }
    return true;
}
