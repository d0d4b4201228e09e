"""Appending to and reading the hash-chained audit log (see app.security.audit)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.security.audit import (
    GENESIS,
    AuditHead,
    AuditRow,
    canonical_payload,
    entry_hash,
    entry_mac,
)
from app.store.codec import now_s
from app.store.connection import Database


def head(db: Database) -> AuditHead | None:
    row = db.one("SELECT seq, hash, mac FROM audit_head WHERE id = 1")
    return AuditHead(int(row[0]), bytes(row[1]), bytes(row[2])) if row else None


def append(
    db: Database,
    key: bytes,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any],
) -> int:
    """Append one entry and move the head; must run inside the write's transaction."""
    current = head(db)
    seq = (current.seq if current else 0) + 1
    prev = current.hash if current else GENESIS
    payload = canonical_payload(now_s(), actor, action, entity, entity_id, detail)
    digest = entry_hash(prev, seq, payload)
    mac = entry_mac(key, digest)
    db.execute(
        "INSERT INTO audit_log (seq, payload, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?)",
        (seq, payload, prev, digest, mac),
    )
    db.execute(
        "INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
        "mac = excluded.mac",
        (seq, digest, entry_mac(key, digest)),
    )
    return seq


def rows(db: Database, batch: int = 5000) -> Iterator[AuditRow]:
    """Every entry in seq order, fetched in batches to keep memory flat."""
    cursor = db.conn.execute(
        "SELECT seq, payload, prev_hash, hash, mac FROM audit_log ORDER BY seq"
    )
    while chunk := cursor.fetchmany(batch):
        for r in chunk:
            yield AuditRow(int(r[0]), r[1], bytes(r[2]), bytes(r[3]), bytes(r[4]))


def count(db: Database) -> int:
    return int(db.one("SELECT count(*) FROM audit_log")[0])


def recent(db: Database, limit: int = 50) -> list[tuple[int, str]]:
    return [
        (int(r[0]), r[1])
        for r in db.query("SELECT seq, payload FROM audit_log ORDER BY seq DESC LIMIT ?", (limit,))
    ]
