"""The roster's search box: one query over names, pinyin, student numbers and notes."""

from __future__ import annotations

from app.services.session import Session
from app.store import search_repo


def search_students(session: Session, text: str) -> frozenset[int] | None:
    """Ids of matching students, or None when the query is empty (no filtering)."""
    query = " ".join(text.split())
    if not query:
        return None
    found = search_repo.by_name_number_pinyin(session.db, query)
    if session.scope.sees_notes:  # words in notes would reveal notes to other roles
        found |= search_repo.by_notes(session.db, query)
    return frozenset(found)
