"""Checking the audit chain of a station."""

from __future__ import annotations

from app.security.audit import ChainVerdict, audit_key, verify_chain
from app.services.session import Session
from app.store import audit_repo, connection


def verify(session: Session) -> ChainVerdict:
    db = session.db
    return verify_chain(audit_repo.rows(db), audit_repo.head(db), audit_key(db.key))


def structure_problems(session: Session) -> list[str]:
    """SQLite's structural ``quick_check`` of the whole database; [] when healthy.

    Not run at unlock (≈ 2 s on a 5,000-student station, half of it re-tokenising the
    full-text index; the page HMACs checked at every unlock already catch any damage done
    without the key): ``xinan audit verify`` runs it with the chain check."""
    return connection.structural_problems(session.db.conn)
