"""Student file transfer 档案转接 between two stations (docs/transfer-format.md).

1. The receiving station exports its transfer key file (``export_key_file``).
2. The sending counselor exports one student's full growth file sealed to that key and
   signed by the sending station (``export_student``); the student is then marked
   transferred at the sending station — the record stays, nothing is deleted.
3. The receiving counselor previews the file (``preview``: who, what, from where) and
   accepts it (``accept``): in one transaction it arrives as a new student (or, on
   request, under the roster entry with the same 学籍号 and name) with every record of its
   history, a case-history line "transferred from …", and the list of records it brought
   (``transfers_in``), so the growth file can mark them.

Formats are the county bundles' (age encryption, minisign signature: transfer_format.py).
Keys: a transfer key pair (X25519) separate from the committee-report inbox key — the
inbox key is published to every student with ``station.pub``; the transfer key goes only
to other schools, and either can be replaced without breaking the other — and the
station's one Ed25519 signing key, the same that signs its county bundles
(``county.signing_key``). Private keys live only in the encrypted database (meta rows).
A sender's signing key is remembered on first accept; a later file that claims the same
station with another key is refused.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.atomic import write_bytes_atomic
from app.domain.enums import CaseStatus, LeaveKind, Role, StudentStatus
from app.domain.growth import CaseStatusChange, GrowthFile
from app.domain.student import Student
from app.errors import CorruptFile, ImportRejected, ValidationError
from app.services import county, transfer_arrivals
from app.services import transfer_format as fmt
from app.services import transfer_history as history
from app.services.backup import file_name_safe
from app.services.session import Session
from app.services.transfer_format import StationIdentity, TransferHeader, TransferKeyFile
from app.services.transfer_payload import Payload, decode, encode
from app.store import backup_repo, growth_repo, school_repo, students_repo
from app.store.connection import Database
from app.sync import age, minisign

KEY_SUFFIX = ".xkey"
TRANSFER_SUFFIX = ".xtrf"
_TRANSFER_KEY_META = "transfer_private_key"
_SIGNING_KEY_META = "station_signing_key"


@dataclass(frozen=True, slots=True)
class TransferExport:
    path: Path
    transfer_id: str
    student_id: int
    recipient: StationIdentity


@dataclass(frozen=True, slots=True)
class Conflict:
    """A student with the same 学籍号 is already on the receiving station."""

    student_id: int
    name: str
    class_name: str
    same_name: bool


@dataclass(frozen=True, slots=True)
class TransferPreview:
    transfer_id: str
    sender: StationIdentity
    sender_fingerprint: str
    sender_known: bool  # an earlier transfer from that station used the same key
    exported_at: str
    exported_by: str
    placement: str
    growth: GrowthFile
    record_counts: dict[str, int]
    conflict: Conflict | None
    already_received_at: str | None
    history_from: tuple[dict[str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class TransferResult:
    student_id: int
    transfer_id: str
    created_new: bool
    records: int


# --- keys --------------------------------------------------------------------------------


def _meta_key(db: Database, name: str) -> bytes | None:
    stored = school_repo.get_meta(db, name)
    return base64.b64decode(stored) if stored else None


def _transfer_key(session: Session) -> X25519PrivateKey:
    """This station's key for receiving transfers, created (one write) on first use."""
    raw = _meta_key(session.db, _TRANSFER_KEY_META)
    if raw is None:
        raw = X25519PrivateKey.generate().private_bytes_raw()
        with session.write("transfer.key_created", "station") as change:
            school_repo.put_meta(change.db, _TRANSFER_KEY_META, base64.b64encode(raw).decode())
    return X25519PrivateKey.from_private_bytes(raw)


def _signer(session: Session) -> Ed25519PrivateKey:
    """The station's one Ed25519 signing key, shared with the county bundles."""
    return county.signing_key(session)


def identity(session: Session) -> StationIdentity:
    school = school_repo.load_school(session.db)
    return StationIdentity(school.station_id, school.name, school.county_code)


def key_file(session: Session) -> TransferKeyFile:
    public = _transfer_key(session).public_key()
    return TransferKeyFile(
        identity(session),
        age.raw_public(public),
        minisign.PublicKey.of(_signer(session).public_key()),
    )


def export_key_file(session: Session, target: Path) -> Path:
    """Write this station's transfer key file (a folder gets the default name)."""
    session.require(Role.COUNSELOR)
    keys = key_file(session)
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / f"心安转接密钥-{file_name_safe(keys.station.school_name)}{KEY_SUFFIX}"
    with backup_repo.disk_full_as_error("transfer key file"):
        write_bytes_atomic(target, keys.sign(_signer(session)), mode=0o644)
    return target


def read_key_file(path: Path) -> TransferKeyFile:
    data = _read_limited(path, fmt.MAX_KEY_FILE_BYTES, "transfer key file")
    return TransferKeyFile.from_bytes(data)


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        raise CorruptFile(f"the {what} cannot be read", path=str(path)) from None
    if len(data) > limit:
        raise CorruptFile(f"this is not a XinAn {what} (too large)")
    return data


# --- sending -----------------------------------------------------------------------------


def _placement(db: Database, class_id: int | None) -> str:
    return next((c.name for c in school_repo.classes(db) if c.id == class_id), "")


def export_student(
    session: Session, student_id: int, key_path: Path, out_dir: Path, now: datetime | None = None
) -> TransferExport:
    """Seal one student's growth file for the station of ``key_path``; mark them transferred."""
    session.require(Role.COUNSELOR)
    recipient = read_key_file(Path(key_path))
    if recipient.station.station_id == identity(session).station_id:
        raise ValidationError.single("key", "own_station", "that is this station's own key file")
    when = (now or datetime.now()).replace(microsecond=0).isoformat()
    header, sealed = _sealed(session, student_id, recipient, when)
    target = _write_transfer(Path(out_dir), header, sealed)
    try:
        _mark_sent(session, student_id, header)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return TransferExport(target, header.transfer_id, student_id, recipient.station)


def _sealed(
    session: Session, student_id: int, recipient: TransferKeyFile, when: str
) -> tuple[TransferHeader, bytes]:
    growth = growth_repo.load_growth_file(session.db, student_id)
    placement = _placement(session.db, growth.student.class_id)
    came_through = history.history_from(session.db, student_id)
    payload = Payload(growth, when, session.account.display_name, placement, came_through)
    signer = _signer(session)
    public = minisign.PublicKey.of(signer.public_key())
    header = TransferHeader(str(uuid.uuid4()), when, identity(session), public, recipient.station)
    return header, fmt.seal_transfer(encode(payload), header, recipient, signer)


def _write_transfer(folder: Path, header: TransferHeader, sealed: bytes) -> Path:
    stamp = header.created_at.replace("-", "").replace(":", "").replace("T", "-")
    school = file_name_safe(header.recipient.school_name)
    target = folder / f"心安档案转接-{school}-{stamp}-{header.transfer_id[:8]}{TRANSFER_SUFFIX}"
    with backup_repo.disk_full_as_error("transfer file"):
        write_bytes_atomic(target, sealed)
    return target


def _mark_sent(session: Session, student_id: int, header: TransferHeader) -> None:
    with session.write(
        "transfer.export", "student", student_id, transfer_id=header.transfer_id
    ) as change:
        change.detail.update(to_station=header.recipient.station_id)
        student = students_repo.get_student(change.db, student_id)
        if student.status is not StudentStatus.TRANSFERRED:
            students_repo.set_status(change.db, student_id, StudentStatus.TRANSFERRED)
        history.record_sent(change.db, student_id, header)


# --- receiving ---------------------------------------------------------------------------


def _open(session: Session, path: Path) -> tuple[TransferHeader, Payload]:
    session.require(Role.COUNSELOR)
    data = _read_limited(Path(path), fmt.MAX_TRANSFER_BYTES, "transfer file")
    raw = _meta_key(session.db, _TRANSFER_KEY_META)
    key = X25519PrivateKey.from_private_bytes(raw) if raw else None
    opened = fmt.open_transfer(data, key, identity(session).station_id)
    return opened.header, decode(opened.payload)


def _conflict(db: Database, growth: GrowthFile) -> Conflict | None:
    existing = students_repo.id_by_number(db, growth.student.student_number)
    if existing is None:
        return None
    student = students_repo.get_student(db, existing)
    same = student.name.strip() == growth.student.name.strip()
    return Conflict(existing, student.name, _placement(db, student.class_id), same)


def preview(session: Session, path: Path) -> TransferPreview:
    """Open and check a transfer file without writing anything."""
    header, payload = _open(session, path)
    known = history.check_sender(session.db, header)
    return TransferPreview(
        header.transfer_id,
        header.sender,
        header.sender_key.key_id_hex,
        known,
        payload.exported_at,
        payload.exported_by,
        payload.placement,
        payload.growth,
        history.record_counts(payload.growth),
        _conflict(session.db, payload.growth),
        history.received_at(session.db, header.transfer_id),
        payload.history_from,
    )


def _target_student(db: Database, growth: GrowthFile, into_existing: bool) -> tuple[int, bool]:
    conflict = _conflict(db, growth)
    if conflict is None:
        return students_repo.insert_student(db, _arriving(growth)), True
    if not into_existing:
        raise ImportRejected(
            f"a student with this student number is already here ({conflict.name}, "
            f"{conflict.class_name or 'no class'}); accept it into that student's file, or "
            "check the number with the sending school",
            student_id=conflict.student_id,
        )
    if not conflict.same_name:
        raise ImportRejected(
            f"the student with this number here is named {conflict.name}, the file says "
            f"{growth.student.name}; check the number with the sending school",
            student_id=conflict.student_id,
        )
    if growth_repo.flags_of(db, conflict.student_id) or growth_repo.plans_of(
        db, conflict.student_id
    ):
        raise ImportRejected(
            f"{conflict.name} already has flags or plans at this school; a transferred file "
            "can only join a student whose file here is still empty",
            student_id=conflict.student_id,
        )
    return conflict.student_id, False


def _arriving(growth: GrowthFile) -> Student:
    """The student as they arrive: not yet in a class here; suspended if they left so."""
    suspended = bool(growth.leaves) and growth.leaves[-1].kind is LeaveKind.SUSPEND
    status = StudentStatus.SUSPENDED if suspended else StudentStatus.IN_SCHOOL
    return replace(growth.student, id=None, class_id=None, dorm_id=None, status=status)


def accept(session: Session, path: Path, into_existing: bool = False) -> TransferResult:
    """Take the student in, all in one transaction (see module doc)."""
    header, payload = _open(session, path)
    growth = payload.growth
    _check_student(growth)
    with session.write("transfer.import", "student", transfer_id=header.transfer_id) as change:
        history.check_sender(change.db, header)
        if history.received_at(change.db, header.transfer_id) is not None:
            raise ImportRejected("this transfer file was already received; nothing was imported")
        student_id, created = _target_student(change.db, growth, into_existing)
        records = history.insert_records(change.db, student_id, growth)
        records["case_status"].append(_mark_arrival(change.db, session, student_id, header))
        history.record_received(change.db, student_id, header, payload, records)
        change.entity_id = student_id
        total = sum(len(ids) for ids in records.values())
        change.detail.update(from_station=header.sender.station_id, records=total)
    return TransferResult(student_id, header.transfer_id, created, total)


def _check_student(growth: GrowthFile) -> None:
    try:
        growth.student.validate()
    except ValidationError as exc:
        raise ImportRejected(f"the transferred student record is not valid: {exc}") from None


def _mark_arrival(db: Database, session: Session, student_id: int, header: TransferHeader) -> int:
    reason = (
        f"转入：自 {header.sender.school_name}（{header.sender.county_code}）转入，"
        f"档案导出于 {header.created_at[:10]}"
    )
    change = CaseStatusChange(
        None, student_id, datetime.now().replace(microsecond=0), CaseStatus.OPEN, reason,
        session.actor,
    )  # fmt: skip
    return growth_repo.insert_case_status(db, change)


def transfers_in(session: Session, student_id: int) -> list[history.TransferIn]:
    """Transfers this student arrived with: school, dates, and the records they brought."""
    return transfer_arrivals.transfers_in(session, student_id)
