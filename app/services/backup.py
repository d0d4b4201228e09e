"""Backups: one verified file per backup, a reminder, and rotating automatic backups.

``backup(session, folder)`` writes ``心安备份-<school>-<YYYYmmdd-HHMMSS>.xbak`` (format:
app/security/backup_container.py, docs/backup-format.md):

1. SQLCipher copies the database (its backup API) straight into a temp file in the
   destination folder: encrypted under the station key, one consistent snapshot.
2. The copy is opened read-only; its record counts and audit-chain head must equal the
   station's (read just before, on the same connection, while this process holds the
   station's single-writer lock).
3. The key slots, the header and the sealed manifest are appended, the file is fsynced
   and renamed into place, and its trailer is read back.

A full disk leaves no temp file behind and raises DiskFull. The time of the last backup
is a setting inside the station; the reminder and the automatic backups use it.
"""

from __future__ import annotations

import os
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app import __version__
from app.atomic import fsync_dir
from app.domain.enums import Role
from app.errors import IntegrityFailure, NotFound, ValidationError, XinAnError
from app.security import backup_container as container
from app.security.audit import AuditHead, audit_key, entry_mac
from app.security.backup_container import BackupHeader, Manifest
from app.services import station
from app.services.session import Session
from app.store import backup_repo, connection, school_repo

SETTINGS_KEY = "backup"
LAST_KEY = "backup_last"
LAST_AUTO_KEY = "backup_last_auto"
MANUAL, AUTO = "manual", "auto"
_PREFIX = {MANUAL: "心安备份", AUTO: "心安自动备份"}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class BackupSettings:
    reminder_days: int = 7  # remind when the last backup is older than this
    auto_folder: str | None = None  # automatic backups go here (None: off)
    auto_keep: int = 10  # automatic backups kept in that folder (manual ones never pruned)
    auto_every_days: int = 1

    def validate(self) -> None:
        if not 1 <= self.reminder_days <= 365:
            raise ValidationError.single("reminder_days", "range", "reminder: 1-365 days")
        if not 1 <= self.auto_keep <= 1000:
            raise ValidationError.single("auto_keep", "range", "keep 1-1000 backups")
        if not 1 <= self.auto_every_days <= 365:
            raise ValidationError.single("auto_every_days", "range", "every 1-365 days")


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_at: datetime | None
    last_file: str | None
    reminder_days: int
    age_days: float | None  # None: never backed up
    due: bool  # the reminder should be shown
    settings: BackupSettings


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    header: BackupHeader
    counts: dict[str, int]
    audit_seq: int
    audit_head: str  # hex
    size: int


def load_settings(session: Session) -> BackupSettings:
    stored = school_repo.get_setting(session.db, SETTINGS_KEY) or {}
    known = {k: v for k, v in stored.items() if k in BackupSettings.__dataclass_fields__}
    return BackupSettings(**known)


def save_settings(session: Session, settings: BackupSettings) -> None:
    session.require(Role.COUNSELOR)
    settings.validate()
    with session.write("backup.settings", "station") as change:
        school_repo.put_setting(change.db, SETTINGS_KEY, asdict(settings))


def _last(session: Session, key: str) -> tuple[datetime | None, str | None]:
    stored = school_repo.get_setting(session.db, key)
    if not stored:
        return None, None
    return datetime.fromisoformat(stored["at"]), stored.get("file")


def backup_status(session: Session, now: datetime | None = None) -> BackupStatus:
    """Age of the last backup against the reminder (default 7 days, configurable)."""
    settings = load_settings(session)
    last_at, last_file = _last(session, LAST_KEY)
    now = now or datetime.now()
    age = None if last_at is None else (now - last_at).total_seconds() / 86400
    due = age is None or age > settings.reminder_days
    return BackupStatus(last_at, last_file, settings.reminder_days, age, due, settings)


def file_name_safe(text: str) -> str:
    """``text`` usable in a file name on Windows and Linux (at most 60 characters)."""
    return (_UNSAFE.sub("_", text).strip(" .") or "station")[:60]


def file_name(school_name: str, when: datetime, kind: str = MANUAL) -> str:
    """``心安备份-<school>-<YYYYmmdd-HHMMSS>.xbak``: says whose and when, safe on Windows."""
    return f"{_PREFIX[kind]}-{file_name_safe(school_name)}-{when:%Y%m%d-%H%M%S}{container.SUFFIX}"


def _free_target(folder: Path, name: str) -> Path:
    target = folder / name
    stem, number = target.stem, 2
    while target.exists():
        target = folder / f"{stem}-{number}{container.SUFFIX}"
        number += 1
    return target


def _prepare_folder(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise NotFound("the backup folder does not exist", path=str(folder))
    return folder


def backup(
    session: Session, folder: Path, *, kind: str = MANUAL, now: datetime | None = None
) -> BackupResult:
    """Write and verify one backup file in ``folder`` (see module doc).

    An unlock whose integrity check was deferred (the desktop) has it finished first: a
    backup must never be taken of a station whose check has not run."""
    session.require(Role.COUNSELOR)
    if session.checks_pending:
        station.finish_unlock(session)
    if session.integrity_problems:
        raise IntegrityFailure(
            "this station failed its integrity check; a backup would carry the damage — "
            "restore an earlier backup instead",
            problems=session.integrity_problems,
        )
    folder = _prepare_folder(folder)
    when = (now or datetime.now()).replace(microsecond=0)
    school = school_repo.load_school(session.db)
    target = _free_target(folder, file_name(school.name, when, kind))
    header = BackupHeader(
        school.station_id,
        school.name,
        school.county_code,
        when.isoformat(),
        __version__,
        backup_repo.schema_version(session.db.conn),
        kind,
    )
    with backup_repo.disk_full_as_error("backup"):
        result = _write(session, target, header)
    _record(session, result)
    return result


def _write(session: Session, target: Path, header: BackupHeader) -> BackupResult:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        manifest = _copy_and_verify(session, temp)
        _finish(session, temp, target, header, manifest)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    _check_written(target, header)
    return BackupResult(
        target,
        header,
        dict(manifest.counts),
        manifest.audit_seq,
        manifest.audit_head.hex(),
        target.stat().st_size,
    )


State = tuple[dict[str, int], AuditHead | None]


def _state(conn: Any) -> State:
    return backup_repo.table_counts(conn), backup_repo.audit_head(conn)


def _source_state(session: Session) -> State:
    """Counted on a second connection, so that it runs while the first one copies (both
    see the same state: this process holds the station's single-writer lock)."""
    conn = connection.connect(session.paths.db, session.db.key, read_only=True)
    try:
        return _state(conn)
    finally:
        conn.close()


def _copy_state(temp: Path, key: bytes) -> State:
    copy = backup_repo.open_copy(temp, key)
    try:
        return _state(copy)
    finally:
        copy.close()


def _copy_and_verify(session: Session, temp: Path) -> Manifest:
    """Copy, then compare counts and audit head; SQLite and hashing release the GIL, so
    the two sides of each step run in parallel."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        source = pool.submit(_source_state, session)
        backup_repo.snapshot_into(session.db.conn, temp, session.db.key)
        copied = pool.submit(_copy_state, temp, session.db.key)
        digest = container.sha256_prefix(temp, temp.stat().st_size)
        (counts, head), (copied_counts, copied_head) = source.result(), copied.result()
    _compare(counts, copied_counts, head, copied_head, session.db.key)
    seq, head_hash = (head.seq, head.hash) if head else (0, b"")
    return Manifest(counts, seq, head_hash, digest)


def _compare(
    counts: dict[str, int],
    copied: dict[str, int],
    head: AuditHead | None,
    copied_head: AuditHead | None,
    key: bytes,
) -> None:
    if copied != counts:
        differing = sorted(t for t in counts | copied if counts.get(t) != copied.get(t))
        raise IntegrityFailure("the backup copy does not match the station", tables=differing)
    if head is None and copied_head is None:
        return
    if (
        head is None
        or copied_head is None
        or (copied_head.seq, copied_head.hash)
        != (
            head.seq,
            head.hash,
        )
    ):
        raise IntegrityFailure("the backup copy's audit head differs from the station's")
    if entry_mac(audit_key(key), copied_head.hash) != copied_head.mac:
        raise IntegrityFailure("the backup copy's audit head is not signed by this station")


def _finish(
    session: Session, temp: Path, target: Path, header: BackupHeader, manifest: Manifest
) -> None:
    slots = session.slots.to_bytes()
    header_bytes = header.to_bytes()
    db_len = temp.stat().st_size
    sealed = container.seal_manifest(session.db.key, manifest, header_bytes, slots, db_len)
    with open(temp, "r+b") as handle:
        container.append_trailer(handle, db_len, slots, header_bytes, sealed)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, target)


def _check_written(target: Path, header: BackupHeader) -> None:
    """Read the trailer back from the final file: it must parse and describe this backup."""
    if container.read_parts(target).header != header:
        raise IntegrityFailure("the backup file reads back differently from what was written")


def _record(session: Session, result: BackupResult) -> None:
    if session.read_only:
        return
    stamp = {"at": result.header.created_at, "file": result.path.name}
    key = LAST_AUTO_KEY if result.header.kind == AUTO else LAST_KEY
    with session.write(
        "backup.made", "station", kind=result.header.kind, file=result.path.name
    ) as change:
        change.detail.update(audit_seq=result.audit_seq, size=result.size)
        school_repo.put_setting(change.db, key, stamp)
        if key == LAST_AUTO_KEY:  # an automatic backup is a backup for the reminder too
            school_repo.put_setting(change.db, LAST_KEY, stamp)


# --- automatic, rotating backups --------------------------------------------------------


def auto_backup_if_due(session: Session, now: datetime | None = None) -> BackupResult | None:
    """Back up into the configured folder when the last automatic backup is old enough,
    then keep only the newest ``auto_keep`` automatic backups of this station there.
    None when automatic backups are off, not due, or the session cannot write."""
    settings = load_settings(session)
    if settings.auto_folder is None or session.read_only:
        return None
    now = now or datetime.now()
    last_at, _ = _last(session, LAST_AUTO_KEY)
    if last_at is not None and now - last_at < timedelta(days=settings.auto_every_days):
        return None
    result = backup(session, Path(settings.auto_folder), kind=AUTO, now=now)
    prune(Path(settings.auto_folder), result.header.station_id, settings.auto_keep)
    return result


def _auto_backups(folder: Path, station_id: str) -> list[tuple[str, Path]]:
    found = []
    for path in folder.glob(f"*{container.SUFFIX}"):
        try:
            header = container.read_parts(path).header
        except XinAnError:
            continue  # not ours to judge: leave foreign or damaged files alone
        if header.station_id == station_id and header.kind == AUTO:
            found.append((header.created_at, path))
    return sorted(found)


def prune(folder: Path, station_id: str, keep: int) -> list[Path]:
    """Delete this station's oldest automatic backups beyond ``keep``; returns them."""
    backups = _auto_backups(folder, station_id)
    doomed = [path for _, path in backups[: max(0, len(backups) - keep)]]
    for path in doomed:
        path.unlink(missing_ok=True)
    if doomed:
        fsync_dir(folder)
    return doomed
