-- Schema 5: the note index's rowid says whose note it is.
--
--     rowid = student id * 2^40 + source * 2^36 + id of the row in its source table
--
-- with source 0 the student's own notes (students.notes, id 0: an edit replaces them in
-- place), 1 contacts, 2 home visits, 3 plans, 4 flag changes, 5 crisis events. Every note
-- has its own rowid without any look-up (ids are unique within their table), and a search
-- for words in notes reads only rowids from the index (SELECT DISTINCT rowid >> 40 …
-- MATCH …) instead of the UNINDEXED student_id of every matching row: a common
-- two-character word matches tens of thousands of notes in a large school
-- (benchmarks/README.md, "Desktop"). Room: 2^23 students, 2^36 rows per source table.
-- The index is rebuilt from the source tables, as schema 2 first built it.

DROP TRIGGER students_search_insert;
DROP TRIGGER students_search_notes;
DROP TRIGGER contacts_search;
DROP TRIGGER home_visits_search;
DROP TRIGGER plans_search;
DROP TRIGGER flag_changes_search;
DROP TRIGGER crisis_events_search;
DROP TABLE note_index;

CREATE VIRTUAL TABLE note_index USING fts5(
    body, student_id UNINDEXED, source UNINDEXED, tokenize = 'unicode61'
);

INSERT INTO note_index (rowid, body, student_id, source)
    SELECT id * 1099511627776, xinan_bigrams(notes), id, 'student'
    FROM students WHERE notes <> '';
INSERT INTO note_index (rowid, body, student_id, source)
    SELECT student_id * 1099511627776 + 1 * 68719476736 + id, xinan_bigrams(note),
           student_id, 'contact'
    FROM contacts;
INSERT INTO note_index (rowid, body, student_id, source)
    SELECT student_id * 1099511627776 + 2 * 68719476736 + id,
           xinan_bigrams(home_observations || ' ' || concerns || ' ' || agreed_actions),
           student_id, 'visit'
    FROM home_visits;
INSERT INTO note_index (rowid, body, student_id, source)
    SELECT student_id * 1099511627776 + 3 * 68719476736 + id,
           xinan_bigrams(summary || ' ' || goals), student_id, 'plan'
    FROM plans;
INSERT INTO note_index (rowid, body, student_id, source)
    SELECT student_id * 1099511627776 + 4 * 68719476736 + id, xinan_bigrams(reason),
           student_id, 'flag'
    FROM flag_changes;
INSERT INTO note_index (rowid, body, student_id, source)
    SELECT student_id * 1099511627776 + 5 * 68719476736 + id,
           xinan_bigrams(description || ' ' || outcome), student_id, 'crisis'
    FROM crisis_events;
INSERT INTO note_index (note_index) VALUES ('optimize');

CREATE TRIGGER students_search_insert AFTER INSERT ON students
BEGIN
    UPDATE students SET name_pinyin = xinan_pinyin(new.name) WHERE id = new.id;
    INSERT INTO note_index (rowid, body, student_id, source)
        SELECT new.id * 1099511627776, xinan_bigrams(new.notes), new.id, 'student'
        WHERE new.notes <> '';
END;

CREATE TRIGGER students_search_notes AFTER UPDATE OF notes ON students
BEGIN
    DELETE FROM note_index WHERE rowid = old.id * 1099511627776;
    INSERT INTO note_index (rowid, body, student_id, source)
        SELECT new.id * 1099511627776, xinan_bigrams(new.notes), new.id, 'student'
        WHERE new.notes <> '';
END;

CREATE TRIGGER contacts_search AFTER INSERT ON contacts
BEGIN
    INSERT INTO note_index (rowid, body, student_id, source)
        VALUES (new.student_id * 1099511627776 + 1 * 68719476736 + new.id,
                xinan_bigrams(new.note), new.student_id, 'contact');
END;

CREATE TRIGGER home_visits_search AFTER INSERT ON home_visits
BEGIN
    INSERT INTO note_index (rowid, body, student_id, source)
        VALUES (new.student_id * 1099511627776 + 2 * 68719476736 + new.id,
                xinan_bigrams(new.home_observations || ' ' || new.concerns || ' '
                              || new.agreed_actions), new.student_id, 'visit');
END;

CREATE TRIGGER plans_search AFTER INSERT ON plans
BEGIN
    INSERT INTO note_index (rowid, body, student_id, source)
        VALUES (new.student_id * 1099511627776 + 3 * 68719476736 + new.id,
                xinan_bigrams(new.summary || ' ' || new.goals), new.student_id, 'plan');
END;

CREATE TRIGGER flag_changes_search AFTER INSERT ON flag_changes
BEGIN
    INSERT INTO note_index (rowid, body, student_id, source)
        VALUES (new.student_id * 1099511627776 + 4 * 68719476736 + new.id,
                xinan_bigrams(new.reason), new.student_id, 'flag');
END;

CREATE TRIGGER crisis_events_search AFTER INSERT ON crisis_events
BEGIN
    INSERT INTO note_index (rowid, body, student_id, source)
        VALUES (new.student_id * 1099511627776 + 5 * 68719476736 + new.id,
                xinan_bigrams(new.description || ' ' || new.outcome), new.student_id,
                'crisis');
END;
