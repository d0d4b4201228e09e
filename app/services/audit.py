"""Checking the audit chain of a station."""

from __future__ import annotations

from app.security.audit import ChainVerdict, audit_key, verify_chain
from app.services.session import Session
from app.store import audit_repo


def verify(session: Session) -> ChainVerdict:
    db = session.db
    return verify_chain(audit_repo.rows(db), audit_repo.head(db), audit_key(db.key))
