-- Screening review and home-visit planning (issue 6).
-- flag_suggestions: the review list of yellow flags suggested by abnormal, reliable MHT
-- results. One per screening, so re-importing a sheet suggests nothing twice. A
-- suggestion is decided once (accepted -> a flag change, or dismissed with a reason).
-- visit_plans: the home visits head teachers plan for a month; done when the visit is
-- recorded from the plan (visit_id), or cancelled with a reason.

CREATE TABLE flag_suggestions (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES students(id),
    screening_id   INTEGER NOT NULL UNIQUE REFERENCES screenings(id),
    created_at     TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue')),
    reason         TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'accepted', 'dismissed')),
    decided_at     TEXT,
    decided_by     TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    flag_change_id INTEGER REFERENCES flag_changes(id),
    CHECK (status = 'pending' OR decided_at IS NOT NULL)
);
CREATE INDEX flag_suggestions_status ON flag_suggestions(status, student_id);

CREATE TABLE visit_plans (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id),
    planned_on TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('onsite', 'phone', 'video', 'school')),
    visitors   TEXT NOT NULL DEFAULT '',
    purpose    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'done', 'cancelled')),
    visit_id   INTEGER REFERENCES home_visits(id),
    closed_at  TEXT,
    note       TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'done' OR visit_id IS NOT NULL)
);
CREATE UNIQUE INDEX visit_plans_open ON visit_plans(student_id, planned_on)
    WHERE status = 'planned';
CREATE INDEX visit_plans_day ON visit_plans(planned_on, status);
