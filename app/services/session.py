"""An unlocked station: the connection, who is acting, and the write unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from app.domain.access import Scope
from app.domain.accounts import Account
from app.domain.enums import Role
from app.errors import PermissionDenied
from app.security.audit import audit_key
from app.security.keyslots import SlotFile
from app.services.unlock_key import DB_NAME, SLOTS_NAME
from app.store import audit_repo
from app.store.connection import Database
from app.store.lock import StationLock

LOCK_NAME = "station.lock"


@dataclass(frozen=True, slots=True)
class StationPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def slots(self) -> Path:
        return self.folder / SLOTS_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def exists(self) -> bool:
        return self.db.exists() and self.slots.exists()


@dataclass
class Change:
    """Handed to the body of a write: the database plus what the audit entry will say."""

    db: Database
    entity_id: int | None
    detail: dict[str, Any] = field(default_factory=dict)


class AuditedStore:
    """An open encrypted database that records every write in its audit chain, and the
    write lock held on it: a station's ``Session`` and the county center's session."""

    db: Database
    lock: StationLock | None
    _audit_key: bytes

    @property
    def actor(self) -> str:
        raise NotImplementedError  # who the audit entries name

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @contextmanager
    def write(
        self, action: str, entity: str, entity_id: int | None = None, **detail: Any
    ) -> Iterator[Change]:
        """One transaction: the body's changes plus one audit entry, or nothing at all."""
        with self.db.transaction() as db:
            change = Change(db, entity_id, dict(detail))
            yield change
            audit_repo.append(
                db, self._audit_key, self.actor, action, entity, change.entity_id, change.detail
            )

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Session(AuditedStore):
    """What a service call runs against. Only services use ``db``; the GUI never does."""

    def __init__(
        self,
        paths: StationPaths,
        db: Database,
        slots: SlotFile,
        account: Account,
        lock: StationLock | None,
        integrity_problems: list[str] | None = None,
        scope: Scope | None = None,
    ) -> None:
        self.paths = paths
        self.db = db
        self.slots = slots
        self.account = account
        self.scope = scope or Scope(account.role)
        self.intake: Any = None  # the inbox intake done at unlock (services.inbox)
        self.lock = lock
        self.integrity_problems = integrity_problems or []
        self.checks_pending = False  # unlock(defer_checks=True) until finish_unlock()
        self._audit_key = audit_key(db.key)

    @property
    def actor(self) -> str:
        return self.account.username

    def require(self, *roles: Role) -> None:
        if self.account.role not in roles:
            raise PermissionDenied(
                f"the {self.account.role.value} role may not do this",
                role=self.account.role.value,
            )
