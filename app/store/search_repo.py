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


def by_notes(db: Database, query: str) -> set[int]:
    expression = fts_query(query)
    if expression is None:
        return set()
    rows = db.query(
        "SELECT DISTINCT student_id FROM note_index WHERE note_index MATCH ?", (expression,)
    )
    return {int(r[0]) for r in rows}
