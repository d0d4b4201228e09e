"""Finding students by name, pinyin, student number or words in their notes."""

from __future__ import annotations

from app.domain.search_text import fts_query
from app.store.connection import Database


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def by_name_number_pinyin(db: Database, query: str) -> set[int]:
    pattern = _like(query)
    pinyin = _like(query.lower().replace(" ", "")) if query.isascii() else None
    rows = db.query(
        "SELECT id FROM students WHERE name LIKE :p ESCAPE '\\' "
        "OR student_number LIKE :p ESCAPE '\\' "
        "OR (:py IS NOT NULL AND name_pinyin LIKE :py ESCAPE '\\')",
        {"p": pattern, "py": pinyin},
    )
    return {int(r[0]) for r in rows}


# A note's rowid is its student's id shifted left by this many bits, plus the note's
# source and its row id there (migrations/0005_note_rowids.sql): matching notes give
# their students without a look-up of each row's stored columns.
NOTE_ROWID_SHIFT = 40
NOTE_SOURCE_SHIFT = 36
NOTE_SOURCES = ("student", "contact", "visit", "plan", "flag", "crisis")  # in code order


def note_rowid(student_id: int, source: str = "student", row_id: int = 0) -> int:
    """The rowid of a note in the index (the student's own notes: source "student")."""
    code = NOTE_SOURCES.index(source)
    return (student_id << NOTE_ROWID_SHIFT) | (code << NOTE_SOURCE_SHIFT) | row_id


def by_notes(db: Database, query: str) -> set[int]:
    expression = fts_query(query)
    if expression is None:
        return set()
    rows = db.query(
        f"SELECT DISTINCT rowid >> {NOTE_ROWID_SHIFT} FROM note_index WHERE note_index MATCH ?",
        (expression,),
    )
    return {int(r[0]) for r in rows}
