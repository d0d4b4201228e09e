-- XinAn schema 1: school structure, students, the growth file, committee reports, audit log.
-- Dates are ISO-8601 text (YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS); booleans are 0/1.
-- History tables are append-only: triggers refuse UPDATE/DELETE where the domain says
-- "every change is kept".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
) WITHOUT ROWID;

CREATE TABLE school (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    county_code TEXT NOT NULL,
    school_type TEXT NOT NULL CHECK (school_type IN
                    ('primary', 'junior', 'senior', 'nine_year', 'vocational')),
    boarding    INTEGER NOT NULL DEFAULT 0,
    station_id  TEXT NOT NULL
);

CREATE TABLE grades (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE classes (
    id           INTEGER PRIMARY KEY,
    grade_id     INTEGER NOT NULL REFERENCES grades(id),
    name         TEXT NOT NULL,
    head_teacher TEXT NOT NULL DEFAULT '',
    UNIQUE (grade_id, name)
);

CREATE TABLE dorms (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE accounts (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN
                     ('counselor', 'leader', 'head_teacher', 'grade_leader')),
    disabled     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);

CREATE TABLE students (
    id             INTEGER PRIMARY KEY,
    student_number TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    gender         TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    birth_date     TEXT,
    class_id       INTEGER REFERENCES classes(id),
    dorm_id        INTEGER REFERENCES dorms(id),
    boarding       INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'in_school' CHECK (status IN
                       ('in_school', 'suspended', 'dropped_out', 'transferred', 'graduated')),
    mentor         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX students_class ON students(class_id, name);

CREATE TABLE student_tags (
    student_id INTEGER NOT NULL REFERENCES students(id),
    tag        TEXT NOT NULL,
    PRIMARY KEY (student_id, tag)
) WITHOUT ROWID;
CREATE INDEX student_tags_tag ON student_tags(tag);

CREATE TABLE guardians (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    relation   TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX guardians_student ON guardians(student_id, position);

CREATE TABLE screenings (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES students(id),
    taken_on       TEXT NOT NULL,
    instrument     TEXT NOT NULL,
    scores         TEXT NOT NULL,  -- JSON object scale -> score
    total          INTEGER,
    validity       INTEGER,
    interpretation TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    UNIQUE (student_id, instrument, taken_on)
);

CREATE TABLE flag_changes (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES students(id),
    at             TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue', 'clear')),
    previous_level TEXT NOT NULL CHECK (previous_level IN
                       ('red', 'orange', 'yellow', 'blue', 'clear')),
    reason         TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN
                       ('self', 'class', 'dorm', 'grade', 'school', 'external')),
    reporter       TEXT NOT NULL DEFAULT '',
    actor          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX flag_changes_student ON flag_changes(student_id, id);

CREATE TABLE plans (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES students(id),
    version        INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    author         TEXT NOT NULL,
    summary        TEXT NOT NULL,
    goals          TEXT NOT NULL,
    next_review_on TEXT,
    UNIQUE (student_id, version)
);

CREATE TABLE measures (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans(id),
    position   INTEGER NOT NULL,
    what       TEXT NOT NULL,
    owner      TEXT NOT NULL CHECK (owner IN ('counselor', 'head_teacher', 'mentor', 'guardian')),
    owner_name TEXT NOT NULL DEFAULT '',
    due_on     TEXT,
    status     TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped'))
);
CREATE INDEX measures_plan ON measures(plan_id, position);

CREATE TABLE contacts (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN
                   ('counseling', 'guardian', 'mentor', 'head_teacher', 'leader_notice')),
    with_whom  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_student ON contacts(student_id, at);

CREATE TABLE home_visits (
    id                INTEGER PRIMARY KEY,
    student_id        INTEGER NOT NULL REFERENCES students(id),
    visited_on        TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('onsite', 'phone', 'video', 'school')),
    visitors          TEXT NOT NULL,
    met_with          TEXT NOT NULL DEFAULT '',
    home_observations TEXT NOT NULL DEFAULT '',
    concerns          TEXT NOT NULL DEFAULT '',
    agreed_actions    TEXT NOT NULL DEFAULT '',
    next_visit_on     TEXT,
    follow_up         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX home_visits_student ON home_visits(student_id, visited_on);

CREATE TABLE referrals (
    id                INTEGER PRIMARY KEY,
    student_id        INTEGER NOT NULL REFERENCES students(id),
    referred_on       TEXT NOT NULL,
    institution       TEXT NOT NULL DEFAULT '',
    green_channel     INTEGER NOT NULL DEFAULT 0,
    reason            TEXT NOT NULL DEFAULT '',
    feedback_received INTEGER NOT NULL DEFAULT 0,
    feedback_on       TEXT,
    feedback          TEXT NOT NULL DEFAULT '',
    declined_reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referrals_student ON referrals(student_id, referred_on);

CREATE TABLE leave_events (
    id                 INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL REFERENCES students(id),
    kind               TEXT NOT NULL CHECK (kind IN ('suspend', 'return')),
    on_date            TEXT NOT NULL,
    reason             TEXT NOT NULL DEFAULT '',
    certificate_issuer TEXT NOT NULL DEFAULT '',
    certificate_on     TEXT,
    CHECK (kind = 'suspend' OR (certificate_issuer <> '' AND certificate_on IS NOT NULL))
);
CREATE INDEX leave_events_student ON leave_events(student_id, id);

CREATE TABLE crisis_events (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students(id),
    occurred_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL,
    notified    TEXT NOT NULL DEFAULT '',  -- comma-separated: guardian,principal,police,hospital
    outcome     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX crisis_events_student ON crisis_events(student_id, occurred_at);

CREATE TABLE case_status (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    at         TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    reason     TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_status_student ON case_status(student_id, id);

CREATE TABLE committee_reports (
    id                INTEGER PRIMARY KEY,
    class_id          INTEGER REFERENCES classes(id),
    dorm_id           INTEGER REFERENCES dorms(id),
    reporter          TEXT NOT NULL,
    period_start      TEXT NOT NULL,
    period_end        TEXT NOT NULL,
    climate           INTEGER NOT NULL CHECK (climate BETWEEN 1 AND 5),
    events            TEXT NOT NULL DEFAULT '',
    nothing_to_report INTEGER NOT NULL DEFAULT 0,
    received_at       TEXT NOT NULL
);
CREATE INDEX committee_reports_class ON committee_reports(class_id, period_start);

CREATE TABLE report_concerns (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES committee_reports(id),
    student_id   INTEGER REFERENCES students(id),
    student_name TEXT NOT NULL,
    text         TEXT NOT NULL,
    urgency      TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
    triage       TEXT NOT NULL DEFAULT 'pending'
                     CHECK (triage IN ('pending', 'flagged', 'merged', 'dismissed')),
    triage_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_concerns_report ON report_concerns(report_id);
CREATE INDEX report_concerns_pending ON report_concerns(triage, urgency);

-- Audit log: hash chain. hash = SHA-256(prev_hash || seq (8 bytes, big-endian) || payload);
-- mac = HMAC-SHA-256(key derived from the database key, hash). audit_head mirrors the last
-- entry so a truncated tail is detected.
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
CREATE TRIGGER flag_changes_no_update BEFORE UPDATE ON flag_changes
BEGIN SELECT RAISE(ABORT, 'flag history is append-only'); END;
CREATE TRIGGER flag_changes_no_delete BEFORE DELETE ON flag_changes
BEGIN SELECT RAISE(ABORT, 'flag history is append-only'); END;
CREATE TRIGGER plans_no_update BEFORE UPDATE ON plans
BEGIN SELECT RAISE(ABORT, 'plans are versioned, never overwritten'); END;
CREATE TRIGGER plans_no_delete BEFORE DELETE ON plans
BEGIN SELECT RAISE(ABORT, 'plans are versioned, never overwritten'); END;
CREATE TRIGGER students_no_delete BEFORE DELETE ON students
BEGIN SELECT RAISE(ABORT, 'students are never deleted; close the case instead'); END;
