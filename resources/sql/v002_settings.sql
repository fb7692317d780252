-- SPDX-License-Identifier: GPL-3.0-or-later
-- SteerDesk schema v2: per-database preferences and saved filters.
--
-- Run by the migration ladder inside one transaction; the runner sets user_version.

-- Preferences that belong to the database rather than to the PC: the report composer remembers the
-- issuing body, the report number and the signatory here, so that a file copied to another PC prints
-- the same header. Keys are dotted names ('report.issuing_body'); values are text.
CREATE TABLE settings (
    key         TEXT NOT NULL PRIMARY KEY CHECK (length(trim(key)) > 0),
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Filters the secretary names ("Quá hạn — Sở KH&CN"), per page. They name unit and programme ids,
-- which only mean something in this database, hence stored here rather than in QSettings.
CREATE TABLE saved_filters (
    id          INTEGER PRIMARY KEY,
    page        TEXT    NOT NULL CHECK (page IN ('tasks', 'indicators', 'communes', 'meetings', 'unit_reports')),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    filter      TEXT    NOT NULL CHECK (json_valid(filter)),   -- JSON object of the filter fields
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (page, name)
);
