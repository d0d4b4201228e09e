"""County sync, station side: the county key, the school's signing key and enrollment file,
staffing figures. (Building and writing bundles: ``county_export``.)

Secrets live in the encrypted database's meta rows and never leave it: the Ed25519 signing
key and the pseudonym secret (HMAC key of case-line pseudonyms). The county key and the
staffing figures are settings.
"""

from __future__ import annotations

import base64
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.atomic import write_bytes_atomic
from app.domain.enums import Role
from app.errors import CorruptFile, NotFound, ValidationError
from app.services.session import Session
from app.store import county_repo, school_repo
from app.sync import keyfiles, minisign
from app.sync.bundle import Staffing
from app.sync.keyfiles import CountyKey, Enrollment

MAX_KEY_FILE = keyfiles.MAX_FILE_BYTES


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise CorruptFile(f"the {what} is too large to be one")
        return path.read_bytes()
    except OSError as exc:
        raise NotFound(f"cannot read the {what}: {exc.strerror}") from None


def county_key(session: Session) -> CountyKey | None:
    stored = county_repo.get_json(session.db, county_repo.COUNTY_KEY_SETTING)
    if stored is None:
        return None
    return CountyKey(**{**stored, "recipient": bytes.fromhex(stored["recipient"])})


def require_county_key(session: Session) -> CountyKey:
    key = county_key(session)
    if key is None:
        raise NotFound("no county key yet: import the county center's key file first")
    return key


def _key_json(key: CountyKey) -> dict[str, object]:
    return {**asdict(key), "recipient": key.recipient.hex()}


def import_county_key(session: Session, path: Path, replace: bool = False) -> CountyKey:
    """Store the county center's public key and policy (done once per school)."""
    session.require(Role.COUNSELOR)
    key = keyfiles.county_key_from_bytes(_read_small(Path(path), "county key file"))
    school = school_repo.load_school(session.db)
    if key.county_code != school.county_code:
        raise ValidationError.single(
            "county_code",
            "other_county",
            f"this key file is for county {key.county_code}; this school is in county "
            f"{school.county_code}",
        )
    current = county_key(session)
    if current is not None and current.recipient != key.recipient and not replace:
        raise ValidationError.single(
            "county_key", "exists", "a different county key is already imported (use replace)"
        )
    with session.write("county.key_imported", "settings", county=key.county_code) as change:
        county_repo.put_json(change.db, county_repo.COUNTY_KEY_SETTING, _key_json(key))
    return key


def _new_secret(session: Session, meta_key: str, action: str, raw: bytes) -> None:
    with session.write(action, "station") as change:
        if county_repo.get_text(change.db, meta_key) is None:
            county_repo.put_text(change.db, meta_key, base64.b64encode(raw).decode("ascii"))


def _secret(session: Session, meta_key: str, action: str, make: bytes) -> bytes:
    stored = county_repo.get_text(session.db, meta_key)
    if stored is None:
        _new_secret(session, meta_key, action, make)
        stored = county_repo.get_text(session.db, meta_key)
    assert stored is not None
    return base64.b64decode(stored)


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The station's Ed25519 signing key, made on first use."""
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    stored = _secret(session, county_repo.SIGNING_KEY_META, "county.signing_key_created", raw)
    return Ed25519PrivateKey.from_private_bytes(stored)


def pseudonym_secret(session: Session) -> bytes:
    return _secret(
        session, county_repo.SECRET_META, "county.pseudonym_secret_created", os.urandom(32)
    )


def enrollment(session: Session) -> Enrollment:
    school = school_repo.load_school(session.db)
    public = minisign.PublicKey.of(signing_key(session).public_key())
    return Enrollment(
        school.station_id,
        school.name,
        school.county_code,
        school.school_type,
        public,
        keyfiles.now_text(),
    )


def write_enrollment_file(session: Session, out: Path) -> Enrollment:
    """The file the county center accepts to recognise this school's bundles."""
    session.require(Role.COUNSELOR)
    info = enrollment(session)
    write_bytes_atomic(Path(out), keyfiles.enrollment_to_bytes(info, signing_key(session)), 0o644)
    key_id = info.public_key.key_id_hex
    with session.write("county.enrollment_file", "station", key_id=key_id) as change:
        written = {"at": info.created_at, "key_id": key_id}
        county_repo.put_json(change.db, county_repo.ENROLLMENT_SETTING, written)
    return info


def staffing(session: Session) -> Staffing | None:
    stored = county_repo.get_json(session.db, county_repo.STAFFING_SETTING)
    return Staffing(**stored) if stored else None


def set_staffing(session: Session, value: Staffing) -> None:
    """Counselor staffing as reported to the county (numbers only)."""
    session.require(Role.COUNSELOR)
    numbers = (value.full_time, value.part_time, value.certified)
    if any(not 0 <= n <= 1000 for n in numbers):
        raise ValidationError.single("staffing", "range", "staff numbers must be 0-1000")
    if value.certified > value.full_time + value.part_time:
        raise ValidationError.single(
            "certified", "range", "more certified counselors than counselors"
        )
    with session.write("county.staffing", "settings", **asdict(value)) as change:
        county_repo.put_json(change.db, county_repo.STAFFING_SETTING, asdict(value))


# --- what the county-sync page shows ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LastExport:
    period: str
    sequence: int
    at: str  # ISO date and time the bundle's figures are as of
    file: str


@dataclass(frozen=True, slots=True)
class CountyStatus:
    """Where this school stands with county sync (reads only; writes nothing)."""

    school_county: str
    key: CountyKey | None
    enrollment_at: str | None  # when the enrollment file was last written
    enrollment_key_id: str | None
    staffing: Staffing | None
    last_export: LastExport | None
    next_sequence: int


def status(session: Session) -> CountyStatus:
    session.require(Role.COUNSELOR)
    enrolled = county_repo.get_json(session.db, county_repo.ENROLLMENT_SETTING) or {}
    last = county_repo.get_json(session.db, county_repo.LAST_EXPORT_SETTING)
    return CountyStatus(
        school_repo.load_school(session.db).county_code,
        county_key(session),
        enrolled.get("at"),
        enrolled.get("key_id"),
        staffing(session),
        None
        if not last
        else LastExport(last["period"], last["sequence"], last["at"], last["file"]),
        county_repo.next_sequence(session.db),
    )


@dataclass(frozen=True, slots=True)
class KeyFileCheck:
    """A county key file as read, before importing it (``import_county_key``)."""

    key: CountyKey
    school_county: str
    other_county: bool  # made for another county: importing it will be refused
    replaces: bool  # a different county key is imported now
    already: bool  # exactly this key is imported already


def read_county_key_file(session: Session, path: Path) -> KeyFileCheck:
    """Read and check a county key file without importing it (writes nothing)."""
    session.require(Role.COUNSELOR)
    key = keyfiles.county_key_from_bytes(_read_small(Path(path), "county key file"))
    school_county = school_repo.load_school(session.db).county_code
    current = county_key(session)
    same_key = current is not None and current.recipient == key.recipient
    return KeyFileCheck(
        key,
        school_county,
        key.county_code != school_county,
        current is not None and not same_key,
        same_key,
    )
