"""Reading and restoring backup files.

``inspect_backup(path)`` reads the header anyone may see (school, time, versions); with a
password or the recovery code that was valid when the backup was made it also opens the
sealed manifest — record counts and audit head — and checks the database's digest
(≈ 0.3 s for a 180 MB station: call it off the GUI thread).

``restore(path, station_folder, secret)``:

1. reads the backup's sections and refuses a newer schema (nothing is touched yet);
2. unpacks it into a private staging folder beside the station (the database stays
   encrypted; nothing goes to /tmp) while Argon2id unwraps a key slot, checks the
   database's SHA-256 against the sealed manifest, and verifies it there: SQLCipher's
   integrity check, the audit head against the manifest and the whole audit chain;
3. keeps the current station aside by renaming its folder to
   ``<folder>.before-restore-<time>`` (never deleted), moves the restored one into place,
   copies over unread sealed reports from the old inbox, and opens it once more;
4. if that last open fails, the restored copy is removed and the original renamed back.

The caller closes any session of that station first: an open station (its lock held) is
refused with StationLocked before anything is touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.atomic import fsync_dir
from app.errors import CorruptFile, IntegrityFailure, SchemaTooNew, WrongCredentials
from app.security import backup_container as container
from app.security.audit import audit_key, verify_chain
from app.security.backup_container import BackupHeader, Manifest, Parts
from app.security.keyslots import RECOVERY_SLOT, KeySlot, SlotFile, unwrap_key
from app.security.recovery import normalize_recovery_code
from app.services import backup
from app.services.inbox import INBOX, SUFFIX
from app.services.session import DB_NAME, LOCK_NAME, SLOTS_NAME, StationPaths
from app.services.station_public import PUBLIC_NAME
from app.store import audit_repo, backup_repo, connection, migrations, school_repo
from app.store.connection import Database, DatabaseError
from app.store.lock import StationLock


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    header: BackupHeader
    size: int
    counts: dict[str, int] | None = None  # None until opened with a secret
    audit_seq: int | None = None
    audit_head: str | None = None  # hex
    opened_by: str | None = None  # the account name (or "recovery") whose slot opened it

    @property
    def school_name(self) -> str:
        return self.header.school_name

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.header.created_at)

    @property
    def students(self) -> int | None:
        return None if self.counts is None else self.counts.get("students", 0)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    info: BackupInfo
    station_folder: Path
    kept_aside: Path | None  # the station that was replaced, renamed; None if there was none


def unwrap_any(slots: SlotFile, secret: str) -> tuple[bytes, KeySlot]:
    """The database key from whichever slot ``secret`` opens (recovery code or password)."""
    code = normalize_recovery_code(secret)
    candidates = list(slots.password_slots())
    if code is not None:
        with contextlib.suppress(WrongCredentials):
            slot = slots.find(RECOVERY_SLOT)
            return unwrap_key(slot, code, slots.station_id), slot
    for slot in candidates:
        with contextlib.suppress(WrongCredentials):
            return unwrap_key(slot, secret, slots.station_id), slot
    raise WrongCredentials(
        "this password or recovery code does not open the backup; use one that was valid "
        "when the backup was made"
    )


def _check_slots(parts: Parts) -> SlotFile:
    try:
        slots = SlotFile.from_bytes(parts.slots)
    except CorruptFile:
        raise CorruptFile("the backup's key slots are damaged; it cannot be opened") from None
    if slots.station_id != parts.header.station_id:
        raise CorruptFile("the backup's key slots belong to another station")
    return slots


def _info(parts: Parts, manifest: Manifest | None, slot: KeySlot | None) -> BackupInfo:
    size = parts.path.stat().st_size
    if manifest is None:
        return BackupInfo(parts.path, parts.header, size)
    return BackupInfo(
        parts.path,
        parts.header,
        size,
        dict(manifest.counts),
        manifest.audit_seq,
        manifest.audit_head.hex(),
        (slot.username or slot.slot_id) if slot else None,
    )


def _open_backup(path: Path, secret: str) -> tuple[Parts, bytes, Manifest, KeySlot]:
    parts = container.read_parts(Path(path))
    slots = _check_slots(parts)
    key, slot = unwrap_any(slots, secret)
    return parts, key, container.open_manifest(parts, key), slot


def inspect_backup(path: Path, secret: str | None = None) -> BackupInfo:
    """What the backup holds; with ``secret`` the counts and audit head, verified."""
    if secret is None:
        parts = container.read_parts(Path(path))
        _check_slots(parts)
        return _info(parts, None, None)
    parts, _, manifest, slot = _open_backup(path, secret)
    if container.copy_database(parts) != manifest.db_sha256:
        raise CorruptFile("the backup's database part is damaged (its digest does not match)")
    return _info(parts, manifest, slot)


def _check_schema(header: BackupHeader) -> None:
    latest = migrations.latest_version()
    if header.schema_version > latest:
        raise SchemaTooNew(
            f"this backup was made by a newer XinAn (schema {header.schema_version}; this "
            f"version knows up to {latest}); install the newer version to restore it",
            schema=header.schema_version,
            supported=latest,
        )


# --- unpack and verify in a staging folder ---------------------------------------------


def _unpack(parts: Parts, staging: Path) -> bytes:
    """The database and key slots into ``staging``; returns the database's SHA-256."""
    db_path = staging / DB_NAME
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        digest = container.copy_database(parts, handle)
        handle.flush()
        os.fsync(handle.fileno())
    SlotFile.from_bytes(parts.slots).save(staging / SLOTS_NAME)
    return digest


def _unpack_while_unlocking(
    parts: Parts, slots: SlotFile, secret: str, staging: Path
) -> tuple[bytes, KeySlot, Manifest]:
    """Argon2id stretches the secret while the database is copied out and hashed."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        unlocking = pool.submit(unwrap_any, slots, secret)
        with backup_repo.disk_full_as_error("restored station"):
            digest = _unpack(parts, staging)
        key, slot = unlocking.result()
    manifest = container.open_manifest(parts, key)
    if digest != manifest.db_sha256:
        raise CorruptFile("the backup's database part is damaged (its digest does not match)")
    return key, slot, manifest


def _chain_ok(db_path: Path, key: bytes) -> str:
    conn = backup_repo.open_copy(db_path, key)
    try:
        db = Database(conn, key, read_only=True)
        verdict = verify_chain(audit_repo.rows(db), audit_repo.head(db), audit_key(key))
    finally:
        conn.close()
    return "" if verdict.ok else verdict.problem


def _integrity(db_path: Path, key: bytes, manifest: Manifest) -> list[str]:
    """SQLCipher's integrity check (every page authenticates under this station's key) and
    the audit head against the manifest. SQLite's structural check is not repeated here:
    the file's SHA-256 has just matched the sealed manifest, so it is byte for byte the
    copy a backup took from a station that had passed the full check (cipher + quick
    check) when it was unlocked — backups of a damaged station are refused."""
    conn = backup_repo.open_copy(db_path, key)
    try:
        problems = backup_repo.page_problems(conn)
        head = backup_repo.audit_head(conn)
        if (head.seq if head else 0) != manifest.audit_seq:
            problems.append("the audit head differs from the backup's manifest")
    finally:
        conn.close()
    return problems


def verify_unpacked(db_path: Path, key: bytes, manifest: Manifest) -> None:
    """Integrity and, in parallel (SQLite releases the GIL), the whole audit chain."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        chain = pool.submit(_chain_ok, db_path, key)
        try:
            problems = _integrity(db_path, key, manifest)
        except DatabaseError as exc:
            problems = [str(exc)]
        chain_problem = chain.result()
    if chain_problem:
        problems.append(f"audit chain: {chain_problem}")
    if problems:
        raise IntegrityFailure(
            "the restored database failed verification; nothing was replaced", problems=problems
        )


# --- swapping folders --------------------------------------------------------------------


def _staging(folder: Path) -> Path:
    folder.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore-", dir=folder.parent))


def _ensure_not_open(folder: Path) -> None:
    """Refuse while a XinAn window or process has the station open (StationLocked)."""
    lock_path = folder / LOCK_NAME
    if not lock_path.exists():  # whoever holds the lock has created the file
        return
    lock = StationLock(lock_path)
    lock.acquire()
    lock.release()


def _aside_name(folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = folder.with_name(f"{folder.name}.before-restore-{stamp}")
    number = 2
    while candidate.exists():
        candidate = folder.with_name(f"{folder.name}.before-restore-{stamp}-{number}")
        number += 1
    return candidate


def _carry_over(old: Path, new: Path) -> None:
    """Sealed reports not yet taken in, and the public file report entry needs."""
    old_inbox = old / INBOX
    if old_inbox.is_dir():
        (new / INBOX).mkdir(mode=0o700, exist_ok=True)
        for report in old_inbox.glob(f"*{SUFFIX}"):
            shutil.copy2(report, new / INBOX / report.name)
    if (old / PUBLIC_NAME).is_file():
        shutil.copy2(old / PUBLIC_NAME, new / PUBLIC_NAME)


def _open_in_place(folder: Path, key: bytes) -> None:
    conn = connection.connect(StationPaths(folder).db, key, read_only=True)
    try:
        migrations.check_not_newer(conn)
        backup_repo.audit_head(conn)
    finally:
        conn.close()


def _move_aside(folder: Path) -> Path | None:
    if not folder.exists():
        return None
    _ensure_not_open(folder)
    aside = _aside_name(folder)
    os.replace(folder, aside)
    return aside


def _swap(staging: Path, folder: Path, key: bytes) -> Path | None:
    aside = _move_aside(folder)
    try:
        os.replace(staging, folder)
        fsync_dir(folder.parent)
        if aside is not None:
            _carry_over(aside, folder)
        _open_in_place(folder, key)
    except BaseException:
        _put_back(staging, folder, aside)
        raise
    return aside


def _put_back(staging: Path, folder: Path, aside: Path | None) -> None:
    if not staging.exists():  # the restored copy had been moved into place: remove it
        shutil.rmtree(folder, ignore_errors=True)
    if aside is not None:
        os.replace(aside, folder)
    fsync_dir(folder.parent)


def _record_restore(
    db_path: Path, key: bytes, header: BackupHeader, backup_name: str, actor: str
) -> None:
    """One audit entry in the restored station: which backup it came from, and who."""
    conn = connection.connect(db_path, key)
    try:
        db = Database(conn, key)
        detail = {"backup_created_at": header.created_at, "app_version": header.app_version}
        with db.transaction():
            audit_repo.append(db, audit_key(key), actor, "backup.restored", "station", None, detail)
            # The backup never holds the note of its own making; the restored station has it.
            stamp = {"at": header.created_at, "file": backup_name}
            school_repo.put_setting(db, backup.LAST_KEY, stamp)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def restore(backup_path: Path, station_folder: Path, secret: str) -> RestoreResult:
    """Replace the station in ``station_folder`` with the backup (see module doc)."""
    folder = Path(station_folder).expanduser().absolute()
    parts = container.read_parts(Path(backup_path))
    slots = _check_slots(parts)
    _check_schema(parts.header)
    if folder.exists():
        _ensure_not_open(folder)
    staging = _staging(folder)
    try:
        key, slot, manifest = _unpack_while_unlocking(parts, slots, secret, staging)
        verify_unpacked(staging / DB_NAME, key, manifest)
        actor = slot.username or "recovery"
        _record_restore(staging / DB_NAME, key, parts.header, parts.path.name, actor)
        aside = _swap(staging, folder, key)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return RestoreResult(_info(parts, manifest, slot), folder, aside)
