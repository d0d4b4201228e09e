"""Creating, unlocking and re-keying a station (database + key-slot file + lock)."""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.atomic import fsync_dir
from app.domain.accounts import Account, check_password
from app.domain.enums import Role
from app.domain.policy import DEFAULT_POLICY
from app.domain.school import School
from app.errors import (
    CorruptFile,
    PermissionDenied,
    SchemaTooOld,
    StationExists,
    WrongCredentials,
)
from app.security import keyslots
from app.security.audit import audit_key
from app.security.keyslots import RECOVERY_SLOT, KeySlot, SlotFile, unwrap_key, wrap_key
from app.security.recovery import new_recovery_code, normalize_recovery_code
from app.services import unlock_key
from app.services.session import Session, StationPaths
from app.services.unlock_key import DerivedKey
from app.store import accounts_repo, audit_repo, connection, migrations, school_repo
from app.store.connection import Database
from app.store.lock import StationLock


@dataclass(frozen=True, slots=True)
class NewStation:
    session: Session
    recovery_code: str  # shown once; never stored in clear


def slot_id(account_id: int) -> str:
    return f"account-{account_id}"


def _prepare_folder(paths: StationPaths) -> None:
    paths.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if paths.db.exists():
        raise StationExists(f"a station already exists in {paths.folder}", path=str(paths.folder))


def _build_database(path: Path, key: bytes, school: School, counselor: Account) -> int:
    """Schema + school + first account in one transaction; returns the account id."""
    path.unlink(missing_ok=True)
    conn = connection.create(path, key)
    try:
        migrations.migrate(conn, None)
        db = Database(conn, key)
        with db.transaction():
            school_repo.save_school(db, school)
            school_repo.put_meta(db, "station_id", school.station_id)
            school_repo.put_meta(db, "created_at", datetime.now().isoformat(timespec="seconds"))
            school_repo.put_setting(db, "response_policy", DEFAULT_POLICY.to_json())
            account_id = accounts_repo.insert_account(db, counselor)
            audit_repo.append(
                db,
                audit_key(key),
                counselor.username,
                "station.create",
                "school",
                1,
                {"county_code": school.county_code},
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return account_id


def create_station(folder: Path, school: School, counselor: Account, password: str) -> NewStation:
    """A new encrypted station with one counselor account and a recovery code.

    Built under a temporary name and renamed into place last, so an interrupted
    set-up leaves no half-made station behind.
    """
    school.validate()
    counselor.validate()
    check_password(password)
    paths = StationPaths(Path(folder))
    _prepare_folder(paths)
    lock = StationLock(paths.lock)
    lock.acquire()
    try:
        station_id = str(uuid.uuid4())
        school = School(
            school.name, school.county_code, school.school_type, school.boarding, station_id
        )
        key = keyslots.new_database_key()
        building = paths.folder / (paths.db.name + ".init")
        account_id = _build_database(building, key, school, counselor)
        code = new_recovery_code()
        slots = SlotFile(
            station_id,
            (
                wrap_key(
                    key,
                    password,
                    station_id,
                    slot_id(account_id),
                    account_id,
                    counselor.username,
                    counselor.role.value,
                ),
                wrap_key(key, code, station_id, RECOVERY_SLOT, None, "", Role.RECOVERY.value),
            ),
        )
        slots.save(paths.slots)
        os.replace(building, paths.db)
        fsync_dir(paths.folder)
    except BaseException:
        lock.release()
        raise
    session = _open(paths, slots, key, slots.find(slot_id(account_id)), lock, read_only=False)
    return NewStation(session, code)


def _load_slots(paths: StationPaths) -> SlotFile:
    return unlock_key.load_slots(paths.folder)


def unlock(
    folder: Path,
    password: str,
    username: str | None = None,
    *,
    read_only: bool = False,
    defer_checks: bool = False,
) -> Session:
    """Open the station with an account's password. Changes no file when it fails.

    ``defer_checks`` (the desktop): skip the whole-file integrity check, the login entry
    and the intake of sealed reports for now, so the first window paints at once; the
    caller must run ``finish_unlock`` before anything else that reads the inbox or writes.
    A station that needs a migration is checked at once all the same.
    """
    derived = unlock_key.derive_key(Path(folder), password, username)
    return open_derived(derived, read_only=read_only, defer_checks=defer_checks)


def open_derived(
    derived: DerivedKey, *, read_only: bool = False, defer_checks: bool = False
) -> Session:
    """The second half of ``unlock``: lock, open, check and log in with a derived key."""
    paths = StationPaths(derived.folder)
    lock = None if read_only else _acquire(paths)
    return _open(paths, derived.slots, derived.key, derived.slot, lock, read_only, defer_checks)


def finish_unlock(session: Session) -> list[str]:
    """What ``unlock(defer_checks=True)`` left for later; returns the integrity problems.

    A damaged database is reopened read-only (exactly as ``unlock`` would have opened it);
    a healthy one gets its login entry and takes in the sealed reports. The desktop runs
    this on its worker right after the first page's loads, so no write can come first.
    Nothing to do (returns the known problems) when the checks were not deferred.
    """
    if not session.checks_pending:
        return session.integrity_problems
    session.checks_pending = False
    problems = _checked_apart(session.paths.db, session.db.key)
    if problems:
        session.db.close()
        conn = connection.connect(session.paths.db, session.db.key, read_only=True)
        session.db = Database(conn, session.db.key, read_only=True)
        session.integrity_problems = problems
        return problems
    if not session.read_only:
        _logged_in(session)
    return []


CHECK_CACHE_KIB = 2048  # the check reads every page once: no use keeping them


def _checked_apart(path: Path, key: bytes) -> list[str]:
    """The integrity check on a connection of its own with a small page cache, so the
    session's cache does not fill up with every page of the file (tens of MiB)."""
    try:
        conn = connection.connect(path, key, read_only=True)
    except (connection.DatabaseError, CorruptFile) as exc:
        return [str(exc)]
    try:
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        return connection.integrity_problems(conn)
    finally:
        conn.close()


def _acquire(paths: StationPaths) -> StationLock:
    lock = StationLock(paths.lock)
    lock.acquire()
    return lock


def _open(
    paths: StationPaths,
    slots: SlotFile,
    key: bytes,
    slot: KeySlot,
    lock: StationLock | None,
    read_only: bool,
    defer_checks: bool = False,
) -> Session:
    try:
        db, problems, checked = _open_database(paths, key, read_only, not defer_checks)
        try:
            account = _account_for(db, slot)
            scope = accounts_repo.scope_of(db, account)
        except connection.DatabaseError:
            db.close()
            raise _damaged() from None
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    session = Session(paths, db, slots, account, lock, problems, scope)
    if not checked:
        session.checks_pending = True
    elif not session.read_only:
        _logged_in(session)
    return session


def _logged_in(session: Session) -> None:
    """The login entry; a counselor also takes in the sealed reports waiting."""
    with session.write("session.login", "account", session.account.id):
        pass
    if session.account.role is Role.COUNSELOR:
        _take_in_reports(session)


def _take_in_reports(session: Session) -> None:
    """Publish the public file and open the sealed reports waiting in the inbox."""
    from app.services import inbox  # HPKE and the committee's records: only once unlocked

    inbox.publish(session)
    session.intake = inbox.intake(session)


def _damaged() -> CorruptFile:
    return CorruptFile("the station database is damaged; restore it from a backup")


def _open_database(
    paths: StationPaths, key: bytes, read_only: bool, check: bool = True
) -> tuple[Database, list[str], bool]:
    """Connect, check schema and integrity, migrate; a damaged file opens read-only.

    Returns the database, its integrity problems and whether it was checked (``check``
    False skips the check unless a migration is due: never migrate an unchecked file).
    """
    conn = connection.connect(paths.db, key, read_only=read_only)
    try:
        migrations.check_not_newer(conn)
        check = check or migrations.current_version(conn) < migrations.latest_version()
        problems = connection.integrity_problems(conn) if check else []
        if problems and not read_only:
            conn.close()
            conn = connection.connect(paths.db, key, read_only=True)
        if not (problems or read_only):
            migrations.migrate(conn, paths.db)
        _refuse_outdated(conn, problems)
    except connection.DatabaseError:
        conn.close()
        raise _damaged() from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, key, read_only=read_only or bool(problems)), problems, check


def _refuse_outdated(conn: Any, problems: list[str]) -> None:
    """A read-only open cannot upgrade; say so rather than fail on a missing column.
    A damaged file of an older schema will never be upgraded: it is damage."""
    if migrations.current_version(conn) < migrations.latest_version():
        if problems:
            raise CorruptFile(
                "the station database is damaged and was written by an older XinAn, so it "
                "cannot be opened; restore it from a backup",
                problems=problems,
            )
        raise SchemaTooOld(
            "this station was written by an older XinAn; open it once for writing "
            "(the desktop, or any command that changes something) to upgrade it"
        )


def _account_for(db: Database, slot: KeySlot) -> Account:
    if slot.account_id is None:
        raise CorruptFile("the key slot names no account")
    account = accounts_repo.get_account(db, slot.account_id)
    if account.disabled:
        raise WrongCredentials("this account is disabled")
    if account.username != slot.username or account.role.value != slot.role:
        raise CorruptFile("the key slot does not match its account")
    return account


def change_password(session: Session, old_password: str, new_password: str) -> None:
    """Re-wrap this account's slot only; the database file is not rewritten."""
    check_password(new_password)
    slot = session.slots.find(slot_id(_account_id(session)))
    unwrap_key(slot, old_password, session.slots.station_id)
    _rewrap(session, slot, new_password, "account.password_changed")


def _account_id(session: Session) -> int:
    if session.account.id is None:
        raise CorruptFile("session has no account id")
    return session.account.id


def _rewrap(session: Session, slot: KeySlot, secret: str, action: str) -> None:
    new_slot = wrap_key(
        session.db.key,
        secret,
        session.slots.station_id,
        slot.slot_id,
        slot.account_id,
        slot.username,
        slot.role,
        slot.kdf,
    )
    with session.write(action, "account", slot.account_id):
        new_slots = session.slots.with_slot(new_slot)
        new_slots.save(session.paths.slots)
    session.slots = new_slots


def recover(folder: Path, code: str, username: str | None, new_password: str) -> Session:
    """Unlock with the recovery code and give ``username`` (or the only counselor) a new
    password. The recovery code stays valid."""
    check_password(new_password)
    normalized = normalize_recovery_code(code)
    if normalized is None:
        raise WrongCredentials("that is not a recovery code (6 groups of 5 characters)")
    paths = StationPaths(Path(folder))
    slots = _load_slots(paths)
    key = unwrap_key(slots.find(RECOVERY_SLOT), normalized, slots.station_id)
    target = _recovery_target(slots, username)
    session = _open(paths, slots, key, target, _acquire(paths), read_only=False)
    try:
        _rewrap(session, target, new_password, "account.recovered")
    except BaseException:
        session.close()
        raise
    return session


def _recovery_target(slots: SlotFile, username: str | None) -> KeySlot:
    if username:
        return slots.by_username(username)
    counselors = [s for s in slots.password_slots() if s.role == Role.COUNSELOR.value]
    if len(counselors) != 1:
        raise PermissionDenied("several accounts exist: name the account to recover")
    return counselors[0]


def verify_password(session: Session, password: str) -> bool:
    with contextlib.suppress(WrongCredentials):
        unwrap_key(
            session.slots.find(slot_id(_account_id(session))), password, session.slots.station_id
        )
        return True
    return False
