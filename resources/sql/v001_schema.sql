-- SPDX-License-Identifier: GPL-3.0-or-later
-- SteerDesk schema v1: every entity of the product brief.
--
-- Run by the migration ladder inside one transaction; the runner sets user_version and application_id.
-- Conventions:
--   * ids are INTEGER PRIMARY KEY (rowid aliases); codes are unique and compared case-insensitively;
--   * dates are TEXT 'YYYY-MM-DD' (checked with date(x) IS x), timestamps TEXT ISO-8601 UTC
--     ('YYYY-MM-DDTHH:MM:SSZ'), periods TEXT codes 'YYYY-MM', 'YYYYQn', 'YYYYHn', 'YYYY';
--   * enumerations are TEXT with CHECK, spelled as in INTERCHANGE.md;
--   * every foreign key column is the leading column of an index, so deletes and joins never scan.
-- A released step is never edited: changes go into a new vNNN file.

-- Administrative units, departments and agencies ---------------------------------------------------

CREATE TABLE units (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_en       TEXT,
    kind          TEXT    NOT NULL CHECK (kind IN ('province', 'district', 'commune', 'ward', 'special_zone',
                                                   'department', 'agency', 'other')),
    parent_id     INTEGER REFERENCES units (id) ON DELETE RESTRICT,
    opened_on     TEXT    CHECK (opened_on IS NULL OR date(opened_on) IS opened_on),
    closed_on     TEXT    CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    -- the unit that took over after a merger; only meaningful once closed
    successor_id  INTEGER REFERENCES units (id) ON DELETE SET NULL,
    -- whether the unit owes the committee a monthly report (see unit_reports)
    reports_monthly INTEGER NOT NULL DEFAULT 0 CHECK (reports_monthly IN (0, 1)),
    -- display order among siblings
    position      INTEGER NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (successor_id IS NULL OR successor_id <> id),
    CHECK (opened_on IS NULL OR closed_on IS NULL OR closed_on > opened_on)
);
CREATE INDEX units_parent ON units (parent_id, position);
CREATE INDEX units_successor ON units (successor_id);
CREATE INDEX units_kind ON units (kind);

CREATE TABLE programmes (
    id        INTEGER PRIMARY KEY,
    code      TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    name      TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_en   TEXT,
    position  INTEGER NOT NULL DEFAULT 0
);

-- Documents that assign tasks, set targets or grant extensions ("Kế hoạch 120/KH-UBND ngày 10/02/2026").
CREATE TABLE source_documents (
    id         INTEGER PRIMARY KEY,
    number     TEXT    NOT NULL CHECK (length(trim(number)) > 0),   -- e.g. '120/KH-UBND'
    issued_on  TEXT    CHECK (issued_on IS NULL OR date(issued_on) IS issued_on),
    issuer     TEXT,                                                -- e.g. 'UBND tỉnh'
    title      TEXT,
    UNIQUE (number, issued_on)
);
CREATE INDEX source_documents_issued ON source_documents (issued_on);

-- Periods -------------------------------------------------------------------------------------------

-- Every period code used by observations, assessments, occurrences and unit reports. The code fixes
-- the dates; the CHECKs make a wrong start or end impossible.
CREATE TABLE periods (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('month', 'quarter', 'half', 'year')),
    starts_on  TEXT    NOT NULL,
    ends_on    TEXT    NOT NULL,
    CHECK ((kind = 'month' AND code GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                AND starts_on IS date(code || '-01'))
        OR (kind = 'quarter' AND code GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'
                AND starts_on IS printf('%s-%02d-01', substr(code, 1, 4), substr(code, 6, 1) * 3 - 2))
        OR (kind = 'half' AND code GLOB '[0-9][0-9][0-9][0-9]H[1-2]'
                AND starts_on IS printf('%s-%02d-01', substr(code, 1, 4), substr(code, 6, 1) * 6 - 5))
        OR (kind = 'year' AND code GLOB '[0-9][0-9][0-9][0-9]'
                AND starts_on IS code || '-01-01')),
    CHECK (ends_on IS date(starts_on,
                           CASE kind WHEN 'month' THEN '+1 months' WHEN 'quarter' THEN '+3 months'
                                     WHEN 'half' THEN '+6 months' ELSE '+12 months' END,
                           '-1 day'))
);
CREATE INDEX periods_kind_start ON periods (kind, starts_on);

-- Tasks and pilot models ----------------------------------------------------------------------------

-- deadline_date is the deadline IN FORCE (after any extension), so that status filters run on an
-- index; the history, including the deadline as first assigned, is in deadline_extensions.
-- deadline_text keeps the wording as assigned ('Quý III/2026', 'Thường xuyên'); deadline_date is the
-- date it means (the last day of a period). A task with no deadline_date and no recurrence is standing.
-- Status is never stored: it is derived from deadline_date, completed_on and an as-of date.
CREATE TABLE tasks (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    title               TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind                TEXT    NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'model')),
    programme_id        INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
    source_document_id  INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    assigned_by         TEXT    NOT NULL DEFAULT 'provincial_sc'
                        CHECK (assigned_by IN ('central', 'government', 'provincial_sc', 'ppc', 'other')),
    lead_unit_id        INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    assigned_on         TEXT    CHECK (assigned_on IS NULL OR date(assigned_on) IS assigned_on),
    deadline_date       TEXT    CHECK (deadline_date IS NULL OR date(deadline_date) IS deadline_date),
    deadline_text       TEXT,
    recurrence          TEXT    NOT NULL DEFAULT 'none'
                        CHECK (recurrence IN ('none', 'monthly', 'quarterly', 'yearly')),
    completed_on        TEXT    CHECK (completed_on IS NULL OR date(completed_on) IS completed_on),
    result              TEXT,   -- result / evidence of completion
    progress_notes      TEXT,
    -- code and title folded to lower case without diacritics by the app (TextFold), so that a search
    -- typed without accents ("so hoa dat dai") finds "Số hóa dữ liệu đất đai" in SQL
    search_text         TEXT    NOT NULL DEFAULT '',
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    archived_at         TEXT,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    CHECK ((archived = 0 AND archived_at IS NULL) OR (archived = 1 AND archived_at IS NOT NULL)),
    CHECK (deadline_date IS NULL OR assigned_on IS NULL OR deadline_date >= assigned_on),
    -- a recurring task falls due at the end of each period from assigned_on
    CHECK (recurrence = 'none' OR assigned_on IS NOT NULL)
);
CREATE INDEX tasks_lead_unit ON tasks (lead_unit_id, deadline_date);
CREATE INDEX tasks_programme ON tasks (programme_id, deadline_date);
CREATE INDEX tasks_source_document ON tasks (source_document_id);
CREATE INDEX tasks_deadline ON tasks (deadline_date);
-- status filters: (not archived, kind) then open/completed, then the deadline in force
CREATE INDEX tasks_status ON tasks (archived, kind, completed_on, deadline_date);
CREATE INDEX tasks_assigned_by ON tasks (assigned_by);
CREATE INDEX tasks_updated ON tasks (updated_at);

CREATE TABLE task_coordinators (
    task_id  INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    PRIMARY KEY (task_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX task_coordinators_unit ON task_coordinators (unit_id, task_id);

-- History of deadline changes; the newest row's new_deadline_date equals tasks.deadline_date.
CREATE TABLE deadline_extensions (
    id                  INTEGER PRIMARY KEY,
    task_id             INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    old_deadline_date   TEXT    CHECK (old_deadline_date IS NULL OR date(old_deadline_date) IS old_deadline_date),
    old_deadline_text   TEXT,
    new_deadline_date   TEXT    NOT NULL CHECK (date(new_deadline_date) IS new_deadline_date),
    new_deadline_text   TEXT,
    source_document_id  INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    decided_on          TEXT    NOT NULL CHECK (date(decided_on) IS decided_on),
    reason              TEXT,
    created_at          TEXT    NOT NULL
);
CREATE INDEX deadline_extensions_task ON deadline_extensions (task_id, decided_on);
CREATE INDEX deadline_extensions_document ON deadline_extensions (source_document_id);

-- One row per period of a recurring task ('submit monthly reports'), each with its own status.
CREATE TABLE task_occurrences (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    period        TEXT    NOT NULL REFERENCES periods (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    due_on        TEXT    NOT NULL CHECK (date(due_on) IS due_on),
    completed_on  TEXT    CHECK (completed_on IS NULL OR date(completed_on) IS completed_on),
    note          TEXT,
    UNIQUE (task_id, period)
);
CREATE INDEX task_occurrences_due ON task_occurrences (due_on);
CREATE INDEX task_occurrences_period ON task_occurrences (period);

-- Indicators, targets, observations ---------------------------------------------------------------

CREATE TABLE indicators (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_en       TEXT,
    measure       TEXT    NOT NULL CHECK (measure IN ('percent', 'count', 'money', 'score', 'rank')),
    direction     TEXT    NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down')),
    -- 1 when value = numerator / denominator x 100; rates roll up by summing both
    is_rate       INTEGER NOT NULL DEFAULT 0 CHECK (is_rate IN (0, 1)),
    accumulation  TEXT    NOT NULL DEFAULT 'periodic' CHECK (accumulation IN ('cumulative', 'periodic')),
    decimals      INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
    programme_id  INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
    -- the lowest level the indicator is observed at ('commune' covers wards and special zones)
    level         TEXT    NOT NULL DEFAULT 'province'
                  CHECK (level IN ('province', 'district', 'commune', 'department', 'any')),
    unit_label    TEXT,   -- what is counted: 'hồ sơ', 'tài khoản', 'VNĐ', 'điểm'
    position      INTEGER NOT NULL DEFAULT 0,
    CHECK (is_rate = 0 OR measure = 'percent'),
    CHECK (measure <> 'rank' OR direction = 'down')
);
CREATE INDEX indicators_programme ON indicators (programme_id);

-- A target applies from effective_from until the next target of the same indicator, unit and assigner,
-- so that the Government's and the province's targets can be shown side by side.
CREATE TABLE targets (
    id                  INTEGER PRIMARY KEY,
    indicator_id        INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    unit_id             INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    effective_from      TEXT    NOT NULL CHECK (date(effective_from) IS effective_from),
    value               REAL    NOT NULL,
    assigned_by         TEXT    NOT NULL DEFAULT 'provincial_sc'
                        CHECK (assigned_by IN ('central', 'government', 'provincial_sc', 'ppc', 'other')),
    source_document_id  INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    note                TEXT,
    UNIQUE (indicator_id, unit_id, assigned_by, effective_from)
);
CREATE INDEX targets_in_force ON targets (indicator_id, unit_id, effective_from);
CREATE INDEX targets_unit ON targets (unit_id);
CREATE INDEX targets_document ON targets (source_document_id);

-- One value of one indicator for one unit and one period. period_start repeats the period's first
-- day (enforced by the triggers below) so that "the latest observation in or before an as-of date"
-- is one index seek: WHERE indicator_id = ? AND unit_id = ? AND period_start <= ? ORDER BY
-- period_start DESC LIMIT 1.
CREATE TABLE observations (
    id            INTEGER PRIMARY KEY,
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    unit_id       INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    period        TEXT    NOT NULL REFERENCES periods (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    period_start  TEXT    NOT NULL,
    value         REAL,
    numerator     REAL,
    denominator   REAL    CHECK (denominator IS NULL OR denominator > 0),
    peers         INTEGER CHECK (peers IS NULL OR peers > 0),   -- ranks: the number ranked (63, 34)
    entered_by    TEXT,
    entered_at    TEXT    NOT NULL,
    comment       TEXT,
    CHECK (value IS NOT NULL OR (numerator IS NOT NULL AND denominator IS NOT NULL)),
    CHECK ((numerator IS NULL) = (denominator IS NULL)),
    UNIQUE (indicator_id, unit_id, period)
);
CREATE INDEX observations_latest ON observations (indicator_id, unit_id, period_start);
CREATE INDEX observations_unit ON observations (unit_id, period_start);
CREATE INDEX observations_period ON observations (period);

CREATE TRIGGER observations_period_start_insert
BEFORE INSERT ON observations
WHEN NEW.period_start IS NOT (SELECT starts_on FROM periods WHERE code = NEW.period)
BEGIN
    SELECT RAISE(ABORT, 'observations.period_start must be the first day of observations.period');
END;

CREATE TRIGGER observations_period_start_update
BEFORE UPDATE OF period, period_start ON observations
WHEN NEW.period_start IS NOT (SELECT starts_on FROM periods WHERE code = NEW.period)
BEGIN
    SELECT RAISE(ABORT, 'observations.period_start must be the first day of observations.period');
END;

-- Colours ------------------------------------------------------------------------------------------

-- Traffic-light rules as data. scope 'indicator' with indicator_id NULL is the default set (applied to
-- achievement in percent); with an indicator_id it overrides the default for that indicator. scope
-- 'commune_score' maps the commune score (0-100) to a colour. Within a set, rows are ordered by
-- position; a NULL bound is open; the editor keeps the ranges gap-free and non-overlapping.
CREATE TABLE colour_rules (
    id               INTEGER PRIMARY KEY,
    scope            TEXT    NOT NULL CHECK (scope IN ('indicator', 'commune_score')),
    indicator_id     INTEGER REFERENCES indicators (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    lower_bound      REAL,
    lower_inclusive  INTEGER NOT NULL DEFAULT 1 CHECK (lower_inclusive IN (0, 1)),
    upper_bound      REAL,
    upper_inclusive  INTEGER NOT NULL DEFAULT 0 CHECK (upper_inclusive IN (0, 1)),
    colour           TEXT    NOT NULL CHECK (colour IN ('green', 'yellow', 'red')),
    label            TEXT,
    CHECK (scope = 'indicator' OR indicator_id IS NULL),
    CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound <= upper_bound)
);
CREATE UNIQUE INDEX colour_rules_order ON colour_rules (scope, ifnull(indicator_id, 0), position);
CREATE INDEX colour_rules_indicator ON colour_rules (indicator_id);

-- One assessment per commune and period: the colour in force. A manual override keeps what the rule
-- said in rule_colour; the history of changes is in audit_log.
CREATE TABLE commune_assessments (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    period       TEXT    NOT NULL REFERENCES periods (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    colour       TEXT    NOT NULL CHECK (colour IN ('green', 'yellow', 'red')),
    source       TEXT    NOT NULL CHECK (source IN ('rule', 'manual')),
    reason       TEXT,
    score        REAL,
    rule_colour  TEXT    CHECK (rule_colour IS NULL OR rule_colour IN ('green', 'yellow', 'red')),
    assessed_at  TEXT    NOT NULL,
    assessed_by  TEXT,
    CHECK (source = 'rule' OR length(trim(ifnull(reason, ''))) > 0),
    UNIQUE (unit_id, period)
);
CREATE INDEX commune_assessments_period ON commune_assessments (period, colour);

-- Meetings and directives --------------------------------------------------------------------------

CREATE TABLE meetings (
    id                  INTEGER PRIMARY KEY,
    held_on             TEXT    NOT NULL CHECK (date(held_on) IS held_on),
    starts_at           TEXT    CHECK (starts_at IS NULL OR (starts_at GLOB '[0-2][0-9]:[0-5][0-9]'
                                                     AND starts_at < '24:00')),   -- local time 'HH:MM'
    title               TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind                TEXT    NOT NULL DEFAULT 'regular'
                        CHECK (kind IN ('regular', 'thematic', 'online_conference')),
    connected_points    INTEGER CHECK (connected_points IS NULL OR connected_points >= 0),
    chair               TEXT,
    chair_title         TEXT,
    location            TEXT,
    notes               TEXT,
    -- the conclusion notice issued after the meeting, when there is one
    source_document_id  INTEGER REFERENCES source_documents (id) ON DELETE SET NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX meetings_held ON meetings (held_on);
CREATE INDEX meetings_document ON meetings (source_document_id);

CREATE TABLE meeting_attendees (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,   -- order in the list
    person_name  TEXT    NOT NULL CHECK (length(trim(person_name)) > 0),
    job_title    TEXT,
    unit_id      INTEGER REFERENCES units (id) ON DELETE SET NULL
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id, position);
CREATE INDEX meeting_attendees_unit ON meeting_attendees (unit_id);

-- Agenda items and outcomes. A directive carries a deadline (date, wording, or standing) and its
-- units in outcome_units; the tasks created from it are in directive_tasks.
CREATE TABLE meeting_outcomes (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    kind           TEXT    NOT NULL CHECK (kind IN ('information', 'decision', 'directive')),
    text           TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    deadline_date  TEXT    CHECK (deadline_date IS NULL OR date(deadline_date) IS deadline_date),
    deadline_text  TEXT,
    standing       INTEGER NOT NULL DEFAULT 0 CHECK (standing IN (0, 1)),
    programme_id   INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
    CHECK (kind = 'directive' OR (deadline_date IS NULL AND standing = 0)),
    CHECK (standing = 0 OR deadline_date IS NULL)
);
CREATE INDEX meeting_outcomes_meeting ON meeting_outcomes (meeting_id, position);
CREATE INDEX meeting_outcomes_programme ON meeting_outcomes (programme_id);

CREATE TABLE outcome_units (
    outcome_id  INTEGER NOT NULL REFERENCES meeting_outcomes (id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    role        TEXT    NOT NULL CHECK (role IN ('lead', 'coordinating')),
    PRIMARY KEY (outcome_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX outcome_units_unit ON outcome_units (unit_id);

CREATE TABLE directive_tasks (
    outcome_id  INTEGER NOT NULL REFERENCES meeting_outcomes (id) ON DELETE CASCADE,
    task_id     INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    PRIMARY KEY (outcome_id, task_id)
) WITHOUT ROWID;
CREATE INDEX directive_tasks_task ON directive_tasks (task_id, outcome_id);

-- Units' monthly reports: one row per report owed; received_on NULL means not (yet) received.
CREATE TABLE unit_reports (
    id               INTEGER PRIMARY KEY,
    unit_id          INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    period           TEXT    NOT NULL REFERENCES periods (code) ON UPDATE CASCADE ON DELETE RESTRICT
                     CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    due_on           TEXT    NOT NULL CHECK (date(due_on) IS due_on),
    received_on      TEXT    CHECK (received_on IS NULL OR date(received_on) IS received_on),
    document_number  TEXT,
    note             TEXT,
    UNIQUE (unit_id, period)
);
CREATE INDEX unit_reports_period ON unit_reports (period, received_on);

-- Frozen figures: what was printed for a meeting (or a report) never changes afterwards.
CREATE TABLE report_snapshots (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
    as_of       TEXT    NOT NULL CHECK (date(as_of) IS as_of),
    kind        TEXT    NOT NULL CHECK (length(trim(kind)) > 0),   -- e.g. 'meeting_figures'
    payload     TEXT    NOT NULL CHECK (json_valid(payload)),
    created_at  TEXT    NOT NULL,
    created_by  TEXT
);
CREATE INDEX report_snapshots_meeting ON report_snapshots (meeting_id, as_of);
CREATE INDEX report_snapshots_as_of ON report_snapshots (as_of);

-- Audit log ----------------------------------------------------------------------------------------

-- Written in the same transaction as the edit it describes. No foreign keys: the log outlives the
-- records it names. Values keep their SQLite type (no declared affinity).
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    user       TEXT,
    action     TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    record_id  INTEGER,
    field      TEXT,
    old_value,
    new_value
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id, id);
CREATE INDEX audit_log_at ON audit_log (at);
