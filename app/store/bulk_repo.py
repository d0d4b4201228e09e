"""Bulk writes for generated data (the demo station, the benchmark station).

``AuditBatch`` appends exactly the entries ``audit_repo.append`` would (same payload,
hash chain and MAC), but keeps the head in memory and inserts many rows per statement;
the head record is moved once, on flush. It must be flushed inside the transaction that
wrote the records.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.security.audit import GENESIS, canonical_payload, entry_hash, entry_mac
from app.store import audit_repo
from app.store.connection import Database


class AuditBatch:
    """Audit entries appended in memory and written with one ``executemany``."""

    def __init__(self, db: Database, key: bytes) -> None:
        self._db = db
        self._key = key
        current = audit_repo.head(db)
        self._seq = current.seq if current else 0
        self._prev = current.hash if current else GENESIS
        self._rows: list[tuple[int, str, bytes, bytes, bytes]] = []

    def append(
        self,
        at: str,
        actor: str,
        action: str,
        entity: str,
        entity_id: int | None,
        detail: dict[str, Any],
    ) -> int:
        """Queue one entry; ``at`` is the ISO time the entry records."""
        payload = canonical_payload(at, actor, action, entity, entity_id, detail)
        self._seq += 1
        digest = entry_hash(self._prev, self._seq, payload)
        self._rows.append((self._seq, payload, self._prev, digest, entry_mac(self._key, digest)))
        self._prev = digest
        return self._seq

    def flush(self) -> None:
        if not self._rows:
            return
        self._db.executemany(
            "INSERT INTO audit_log (seq, payload, prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?)",
            self._rows,
        )
        seq, _, _, digest, mac = self._rows[-1]
        self._db.execute(
            "INSERT INTO audit_head (id, seq, hash, mac) VALUES (1, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
            "mac = excluded.mac",
            (seq, digest, mac),
        )
        self._rows.clear()


@contextmanager
def audit_batch(db: Database, key: bytes) -> Iterator[AuditBatch]:
    """An AuditBatch flushed when the block ends without an error."""
    batch = AuditBatch(db, key)
    yield batch
    batch.flush()


def concern_ids(db: Database, report_id: int) -> list[int]:
    """Ids of a report's concerns, in the order they were written."""
    rows = db.query("SELECT id FROM report_concerns WHERE report_id = ? ORDER BY id", (report_id,))
    return [int(r[0]) for r in rows]
