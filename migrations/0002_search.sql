-- Schema 2: search. Pinyin keys for names and a bigram full-text index over notes.
-- xinan_pinyin() and xinan_bigrams() are application functions registered on every
-- connection (app/store/sqlfunctions.py); only XinAn writes these tables.

ALTER TABLE students ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
UPDATE students SET name_pinyin = xinan_pinyin(name);

-- One row per piece of free text. Student notes use rowid = -student id so an edit can
-- replace them directly; every other source is append-only and takes fresh rowids.
CREATE VIRTUAL TABLE note_index USING fts5(
    body, student_id UNINDEXED, source UNINDEXED, tokenize = 'unicode61'
);

INSERT INTO note_index (rowid, body, student_id, source)
    SELECT -id, xinan_bigrams(notes), id, 'student' FROM students WHERE notes <> '';
INSERT INTO note_index (body, student_id, source)
    SELECT xinan_bigrams(note), student_id, 'contact' FROM contacts;
INSERT INTO note_index (body, student_id, source)
    SELECT xinan_bigrams(home_observations || ' ' || concerns || ' ' || agreed_actions),
           student_id, 'visit' FROM home_visits;
INSERT INTO note_index (body, student_id, source)
    SELECT xinan_bigrams(summary || ' ' || goals), student_id, 'plan' FROM plans;
INSERT INTO note_index (body, student_id, source)
    SELECT xinan_bigrams(reason), student_id, 'flag' FROM flag_changes;
INSERT INTO note_index (body, student_id, source)
    SELECT xinan_bigrams(description || ' ' || outcome), student_id, 'crisis'
    FROM crisis_events;

CREATE TRIGGER students_search_insert AFTER INSERT ON students
BEGIN
    UPDATE students SET name_pinyin = xinan_pinyin(new.name) WHERE id = new.id;
    INSERT INTO note_index (rowid, body, student_id, source)
        SELECT -new.id, xinan_bigrams(new.notes), new.id, 'student' WHERE new.notes <> '';
END;

CREATE TRIGGER students_search_name AFTER UPDATE OF name ON students
BEGIN
    UPDATE students SET name_pinyin = xinan_pinyin(new.name) WHERE id = new.id;
END;

CREATE TRIGGER students_search_notes AFTER UPDATE OF notes ON students
BEGIN
    DELETE FROM note_index WHERE rowid = -old.id;
    INSERT INTO note_index (rowid, body, student_id, source)
        SELECT -new.id, xinan_bigrams(new.notes), new.id, 'student' WHERE new.notes <> '';
END;

CREATE TRIGGER contacts_search AFTER INSERT ON contacts
BEGIN
    INSERT INTO note_index (body, student_id, source)
        VALUES (xinan_bigrams(new.note), new.student_id, 'contact');
END;

CREATE TRIGGER home_visits_search AFTER INSERT ON home_visits
BEGIN
    INSERT INTO note_index (body, student_id, source)
        VALUES (xinan_bigrams(new.home_observations || ' ' || new.concerns || ' '
                              || new.agreed_actions), new.student_id, 'visit');
END;

CREATE TRIGGER plans_search AFTER INSERT ON plans
BEGIN
    INSERT INTO note_index (body, student_id, source)
        VALUES (xinan_bigrams(new.summary || ' ' || new.goals), new.student_id, 'plan');
END;

CREATE TRIGGER flag_changes_search AFTER INSERT ON flag_changes
BEGIN
    INSERT INTO note_index (body, student_id, source)
        VALUES (xinan_bigrams(new.reason), new.student_id, 'flag');
END;

CREATE TRIGGER crisis_events_search AFTER INSERT ON crisis_events
BEGIN
    INSERT INTO note_index (body, student_id, source)
        VALUES (xinan_bigrams(new.description || ' ' || new.outcome), new.student_id,
                'crisis');
END;
