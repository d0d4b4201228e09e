-- Schema 3: the four-level warning network. Account scopes (head teachers bound to
-- classes, grade leaders to a grade), committee members, sealed-report intake,
-- triage of concerns and notifications for escalations.

ALTER TABLE accounts ADD COLUMN grade_id INTEGER REFERENCES grades(id);

CREATE TABLE account_classes (
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    class_id   INTEGER NOT NULL REFERENCES classes(id),
    PRIMARY KEY (account_id, class_id)
) WITHOUT ROWID;
CREATE INDEX account_classes_class ON account_classes(class_id);

-- Class psychology committee members (students; 1-2 per class, dorm members in
-- boarding schools). Their names are published in the plain committee list file.
CREATE TABLE committee_members (
    id       INTEGER PRIMARY KEY,
    class_id INTEGER REFERENCES classes(id),
    dorm_id  INTEGER REFERENCES dorms(id),
    name     TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1,
    CHECK (class_id IS NOT NULL OR dorm_id IS NOT NULL)
);

ALTER TABLE committee_reports ADD COLUMN report_uid TEXT;
CREATE UNIQUE INDEX committee_reports_uid ON committee_reports(report_uid);
CREATE INDEX committee_reports_period ON committee_reports(period_start, class_id);

ALTER TABLE report_concerns ADD COLUMN flag_change_id INTEGER REFERENCES flag_changes(id);
ALTER TABLE report_concerns ADD COLUMN triaged_at TEXT;
ALTER TABLE report_concerns ADD COLUMN triaged_by TEXT NOT NULL DEFAULT '';

-- Notices for leaders and head teachers, shown when they log in.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    role       TEXT,  -- every account of this role, or NULL
    account_id INTEGER REFERENCES accounts(id),  -- one account, or NULL
    student_id INTEGER NOT NULL REFERENCES students(id),
    kind       TEXT NOT NULL,  -- 'flag_raised'
    level      TEXT,
    read_at    TEXT,
    CHECK (role IS NOT NULL OR account_id IS NOT NULL)
);
CREATE INDEX notifications_role ON notifications(role, read_at);
CREATE INDEX notifications_account ON notifications(account_id, read_at);
