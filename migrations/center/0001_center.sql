-- XinAn county center, schema 1: the center's own encrypted database (center mode).
-- Holds enrolled schools (their signing keys), imported county bundles and their cells and
-- pseudonymous case lines, the center account and the audit chain. Nothing here names a
-- student: bundles carry only counts, codes and pseudonyms.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
) WITHOUT ROWID;

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role = 'center'),
    disabled     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);

-- Schools accepted explicitly from their enrollment files; key_id = minisign key id.
CREATE TABLE schools (
    station_id  TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    county_code TEXT NOT NULL,
    school_type TEXT NOT NULL,
    public_key  BLOB NOT NULL,
    key_id      BLOB NOT NULL UNIQUE,
    accepted_at TEXT NOT NULL,
    accepted_by TEXT NOT NULL
);

CREATE TABLE bundles (
    id             INTEGER PRIMARY KEY,
    station_id     TEXT NOT NULL REFERENCES schools(station_id),
    sequence       INTEGER NOT NULL,
    period         TEXT NOT NULL,
    period_kind    TEXT NOT NULL CHECK (period_kind IN ('month', 'semester')),
    period_start   TEXT NOT NULL,
    period_end     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    threshold      INTEGER NOT NULL,
    digest         BLOB NOT NULL,  -- SHA-256 of the signed payload
    audit_seq      INTEGER,        -- the school's audit-chain head when it made the bundle
    audit_hash     TEXT,
    full_time      INTEGER,
    part_time      INTEGER,
    certified      INTEGER,
    -- Headline figures copied from the cells at import, for fast views (NULL = suppressed).
    open_red       INTEGER,
    open_orange    INTEGER,
    open_yellow    INTEGER,
    open_blue      INTEGER,
    in_school      INTEGER,
    visited        INTEGER,
    screened       INTEGER,
    abnormal       INTEGER,
    UNIQUE (station_id, sequence)
);
CREATE INDEX bundles_period ON bundles(period, station_id, sequence);

-- One row per published or suppressed (value NULL) cell; key = dimension values joined by '|'.
CREATE TABLE cells (
    bundle_id INTEGER NOT NULL REFERENCES bundles(id),
    tbl       TEXT NOT NULL,
    key       TEXT NOT NULL,
    value     INTEGER,
    PRIMARY KEY (bundle_id, tbl, key)
) WITHOUT ROWID;

CREATE TABLE case_lines (
    bundle_id            INTEGER NOT NULL REFERENCES bundles(id),
    pseudonym            TEXT NOT NULL,
    level                TEXT NOT NULL CHECK (level IN ('red', 'orange')),
    stage                TEXT,
    grade                TEXT,
    gender               TEXT,
    days_since_flagged   INTEGER NOT NULL,
    referred             INTEGER NOT NULL,
    plan_in_place        INTEGER NOT NULL,
    days_since_follow_up INTEGER,
    overdue_actions      INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, pseudonym)
) WITHOUT ROWID;
CREATE INDEX case_lines_pseudonym ON case_lines(pseudonym);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    payload   TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL,
    mac       BLOB NOT NULL
);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL,
    mac  BLOB NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER bundles_no_update BEFORE UPDATE ON bundles
BEGIN SELECT RAISE(ABORT, 'imported bundles are kept as they came'); END;
CREATE TRIGGER bundles_no_delete BEFORE DELETE ON bundles
BEGIN SELECT RAISE(ABORT, 'imported bundles are kept as they came'); END;
