"""County center mode: creating and unlocking the center, its key file, enrolling schools.

A center folder holds ``center.db`` (SQLCipher, schema in migrations/center/),
``center.keys`` (the key slots: the center account's password and a recovery code, as on
a station) and ``center.lock``. The center's X25519 private key lives only inside the
encrypted database. Unlocking writes nothing, so a refused import leaves the folder
byte-identical. Bundle import: ``center_import``; views: ``center_views``.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.atomic import fsync_dir, write_bytes_atomic
from app.domain.accounts import USERNAME, check_password
from app.errors import StationExists, StationNotFound, ValidationError, WrongCredentials
from app.resources import data_dir
from app.security import keyslots, sealed
from app.security.audit import audit_key
from app.security.keyslots import RECOVERY_SLOT, KeySlot, SlotFile, unwrap_key, wrap_key
from app.security.recovery import new_recovery_code, normalize_recovery_code
from app.services.session import AuditedStore
from app.store import audit_repo, center_repo, connection, migrations, school_repo
from app.store.codec import now_s
from app.store.connection import Database
from app.store.lock import StationLock
from app.sync import keyfiles
from app.sync.keyfiles import CountyKey, Enrollment
from app.sync.schema import COUNTY, MAX_THRESHOLD, MIN_THRESHOLD

ROLE = "center"
PRIVATE_KEY_META = "center_private_key"
COUNTY_KEY_META = "county_key"  # the public county key file's content, as JSON


def migrations_folder() -> Path:
    return data_dir("migrations") / "center"


@dataclass(frozen=True, slots=True)
class CenterPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "center.db"

    @property
    def slots(self) -> Path:
        return self.folder / "center.keys"

    @property
    def lock(self) -> Path:
        return self.folder / "center.lock"


class CenterSession(AuditedStore):
    """An unlocked center: the database, the center's key and county policy."""

    def __init__(
        self, paths: CenterPaths, db: Database, username: str, lock: StationLock | None
    ) -> None:
        self.paths = paths
        self.db = db
        self.username = username
        self.lock = lock
        raw = base64.b64decode(school_repo.get_meta(db, PRIVATE_KEY_META) or "")
        self.identity: X25519PrivateKey = sealed.load_private(raw)
        self.county: CountyKey = _county_key(db)
        self._audit_key = audit_key(db.key)

    @property
    def actor(self) -> str:
        return self.username


@dataclass(frozen=True, slots=True)
class NewCenter:
    session: CenterSession
    recovery_code: str  # shown once


def _county_key(db: Database) -> CountyKey:
    stored = json.loads(school_repo.get_meta(db, COUNTY_KEY_META) or "{}")
    return CountyKey(**{**stored, "recipient": bytes.fromhex(stored["recipient"])})


def _check_new(county_code: str, center_name: str, username: str, threshold: int) -> None:
    problems = []
    if not COUNTY.match(county_code):
        problems.append(("county_code", "county code must be 6 digits"))
    if not center_name.strip() or len(center_name) > 100:
        problems.append(("center_name", "center name is required (at most 100 characters)"))
    if not USERNAME.match(username):
        problems.append(("username", "user name: 2-32 letters, digits, '.', '_' or '-'"))
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        problems.append(("threshold", f"threshold must be {MIN_THRESHOLD}-{MAX_THRESHOLD}"))
    if problems:
        raise ValidationError.single(problems[0][0], "invalid", problems[0][1])


def _build(path: Path, key: bytes, county: CountyKey, identity: X25519PrivateKey, user: str) -> int:
    conn = connection.create(path, key)
    try:
        migrations.migrate(conn, None, migrations_folder())
        db = Database(conn, key)
        with db.transaction():
            school_repo.put_meta(db, "center_id", county.center_id)
            school_repo.put_meta(db, "created_at", now_s())
            raw = base64.b64encode(sealed.private_bytes(identity)).decode("ascii")
            school_repo.put_meta(db, PRIVATE_KEY_META, raw)
            stored = {**asdict(county), "recipient": county.recipient.hex()}
            school_repo.put_meta(db, COUNTY_KEY_META, json.dumps(stored, ensure_ascii=False))
            account_id = center_repo.insert_account(db, user, user)
            detail = {"county_code": county.county_code}
            audit_repo.append(db, audit_key(key), user, "center.create", "center", 1, detail)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return account_id


def _slots(
    center_id: str, key: bytes, account_id: int, user: str, password: str
) -> tuple[SlotFile, str]:
    code = new_recovery_code()
    slot = wrap_key(key, password, center_id, f"account-{account_id}", account_id, user, ROLE)
    recovery = wrap_key(key, code, center_id, RECOVERY_SLOT, None, "", "recovery")
    return SlotFile(center_id, (slot, recovery)), code


def _install(
    paths: CenterPaths, county: CountyKey, identity: X25519PrivateKey, username: str, password: str
) -> str:
    """Database built under a temporary name, slots written, database renamed into place
    last (an interrupted set-up leaves no half-made center). Returns the recovery code."""
    key = keyslots.new_database_key()
    building = paths.folder / "center.db.init"
    building.unlink(missing_ok=True)
    account_id = _build(building, key, county, identity, username)
    slots, code = _slots(county.center_id, key, account_id, username, password)
    slots.save(paths.slots)
    os.replace(building, paths.db)
    fsync_dir(paths.folder)
    return code


def create_center(
    folder: Path,
    county_code: str,
    center_name: str,
    username: str,
    password: str,
    threshold: int = keyfiles.DEFAULT_THRESHOLD,
) -> NewCenter:
    """A new center installation with one account, a recovery code and its key pair."""
    _check_new(county_code, center_name, username, threshold)
    check_password(password)
    paths = CenterPaths(Path(folder))
    paths.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if paths.db.exists():
        raise StationExists(f"a county center already exists in {paths.folder}")
    identity = X25519PrivateKey.generate()
    public = sealed.public_bytes(identity.public_key())
    county = CountyKey(county_code, center_name.strip(), str(uuid.uuid4()), public, threshold)
    code = _install(paths, county, identity, username, password)
    return NewCenter(unlock_center(paths.folder, password, username), code)


def _unwrap(slots: SlotFile, username: str | None, password: str) -> tuple[bytes, KeySlot]:
    candidates = (slots.by_username(username),) if username else slots.password_slots()
    for slot in candidates:
        try:
            return unwrap_key(slot, password, slots.station_id), slot
        except WrongCredentials:
            continue
    raise WrongCredentials("wrong user name or password")


def unlock_center(
    folder: Path, password: str, username: str | None = None, *, read_only: bool = False
) -> CenterSession:
    """Open the center; writes nothing (no login entry) so refusals change no byte."""
    paths = CenterPaths(Path(folder))
    if not paths.db.exists():
        raise StationNotFound(f"no county center in {paths.folder}", path=str(paths.folder))
    slots = SlotFile.load(paths.slots)
    key, slot = _unwrap(slots, username, password)
    lock = None if read_only else StationLock(paths.lock)
    if lock is not None:
        lock.acquire()
    try:
        conn = connection.connect(paths.db, key, read_only=read_only)
        migrations.check_not_newer(conn, migrations_folder())
        if not read_only:
            migrations.migrate(conn, paths.db, migrations_folder())
        return CenterSession(paths, Database(conn, key, read_only), slot.username, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def recover_center(folder: Path, code: str, new_password: str) -> str:
    """Give the center account a new password with the recovery code; returns its name.
    The recovery code stays valid."""
    check_password(new_password)
    normalized = normalize_recovery_code(code)
    if normalized is None:
        raise WrongCredentials("that is not a recovery code (6 groups of 5 characters)")
    paths = CenterPaths(Path(folder))
    slots = SlotFile.load(paths.slots)
    key = unwrap_key(slots.find(RECOVERY_SLOT), normalized, slots.station_id)
    [account] = slots.password_slots()
    new_slot = wrap_key(
        key, new_password, slots.station_id, account.slot_id, account.account_id,
        account.username, account.role, account.kdf,
    )  # fmt: skip
    slots.with_slot(new_slot).save(paths.slots)
    return account.username


def county_key_file(session: CenterSession) -> bytes:
    return keyfiles.county_key_to_bytes(session.county)


def write_county_key_file(session: CenterSession, out: Path) -> Path:
    """The public file every school of the county imports once."""
    write_bytes_atomic(Path(out), county_key_file(session), 0o644)
    return Path(out)


@dataclass(frozen=True, slots=True)
class Accepted:
    enrollment: Enrollment
    status: str  # "accepted", "unchanged" or "replaced" (a new key for a known school)


def _read_enrollment(path: Path) -> Enrollment:
    try:
        if path.stat().st_size > keyfiles.MAX_FILE_BYTES:
            raise ValidationError.single("file", "size", "the enrollment file is too large")
        data = path.read_bytes()
    except OSError as exc:
        raise StationNotFound(f"cannot read the enrollment file: {exc.strerror}") from None
    return keyfiles.enrollment_from_bytes(data)


def _record(info: Enrollment, username: str) -> center_repo.SchoolRecord:
    return center_repo.SchoolRecord(
        info.station_id,
        info.school_name,
        info.county_code,
        info.school_type.value,
        info.public_key.raw,
        info.public_key.key_id,
        now_s(),
        username,
    )


def _check_enrollment(session: CenterSession, info: Enrollment) -> None:
    if info.county_code != session.county.county_code:
        raise ValidationError.single(
            "county_code",
            "other_county",
            f"the school is in county {info.county_code}, this center serves "
            f"{session.county.county_code}",
        )
    holder = center_repo.school_by_key_id(session.db, info.public_key.key_id)
    if holder is not None and holder.station_id != info.station_id:
        raise ValidationError.single("key", "in_use", "this key is already used by another school")


@dataclass(frozen=True, slots=True)
class EnrollmentCheck:
    """An enrollment file as read and checked, before accepting it."""

    enrollment: Enrollment
    known_as: str | None  # the school's name if it is enrolled already
    same_key: bool  # enrolled already with this very key: accepting changes nothing


def read_enrollment(session: CenterSession, path: Path) -> EnrollmentCheck:
    """Read and check an enrollment file without accepting it (writes nothing)."""
    info = _read_enrollment(Path(path))
    _check_enrollment(session, info)
    known = center_repo.school(session.db, info.station_id)
    same = known is not None and known.public_key == info.public_key.raw
    return EnrollmentCheck(info, None if known is None else known.name, same)


def accept_enrollment(session: CenterSession, path: Path) -> Accepted:
    """Accept a school's enrollment file: its bundles are then recognised by their key."""
    info = _read_enrollment(Path(path))
    _check_enrollment(session, info)
    known = center_repo.school(session.db, info.station_id)
    if known is not None and known.public_key == info.public_key.raw:
        return Accepted(info, "unchanged")
    key_hex = info.public_key.key_id_hex
    with session.write("school.accept", "school", station=info.station_id, key_id=key_hex) as ch:
        center_repo.put_school(ch.db, _record(info, session.username))
    return Accepted(info, "replaced" if known else "accepted")


def schools(session: CenterSession) -> list[center_repo.SchoolRecord]:
    return center_repo.schools(session.db)
