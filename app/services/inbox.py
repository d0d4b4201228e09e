"""The station's write-only inbox for sealed committee reports.

The X25519 private key lives only inside the encrypted database; ``station.pub`` beside
it carries the public key. At unlock, sealed reports in ``inbox/`` are opened, stored in
one transaction, and their files removed only after the commit. Anything that cannot be
opened or is not a valid report is moved to ``inbox/quarantine/`` with its reason; it is
never half-imported and never stops the others.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.atomic import fsync_dir
from app.domain.committee import CommitteeReport, Concern, report_from_json
from app.errors import CorruptFile, ValidationError, XinAnError
from app.security import sealed
from app.services.session import Session
from app.services.station_public import PUBLIC_NAME, PublicGroup, StationPublic
from app.store import committee_repo, school_repo
from app.store.connection import Database

INBOX = "inbox"
QUARANTINE = "quarantine"
SUFFIX = ".xrep"
_KEY_META = "inbox_private_key"


@dataclass(frozen=True, slots=True)
class Quarantined:
    file_name: str
    reason: str  # English; the GUI shows its own sentence for "quarantined"


@dataclass
class IntakeResult:
    imported: int = 0
    duplicates: int = 0
    urgent: int = 0
    quarantined: list[Quarantined] = field(default_factory=list)


def inbox_dir(session: Session) -> Path:
    return session.paths.folder / INBOX


def _private_key(db: Database) -> X25519PrivateKey | None:
    stored = school_repo.get_meta(db, _KEY_META)
    return sealed.load_private(base64.b64decode(stored)) if stored else None


def ensure_inbox_key(session: Session) -> X25519PrivateKey:
    """The station's inbox key, created on first use."""
    key = _private_key(session.db)
    if key is not None:
        return key
    key = sealed.new_inbox_key()
    raw = base64.b64encode(sealed.private_bytes(key)).decode("ascii")
    with session.write("inbox.key_created", "station") as change:
        school_repo.put_meta(change.db, _KEY_META, raw)
    return key


def _groups(session: Session) -> tuple[PublicGroup, ...]:
    names = committee_repo.class_name_lists(session.db)
    members: dict[int, list[str]] = {}
    for member in committee_repo.members(session.db):
        if member.class_id is not None:
            members.setdefault(member.class_id, []).append(member.name)
    return tuple(
        PublicGroup(c.id, c.name, tuple(members.get(c.id, ())), tuple(names.get(c.id, ())))
        for c in school_repo.classes(session.db)
    )


def public_file(session: Session) -> Path:
    return session.paths.folder / PUBLIC_NAME


def publish(session: Session) -> StationPublic:
    """(Re)write ``station.pub`` from the database: key, class lists, committee members."""
    key = ensure_inbox_key(session)
    school = school_repo.load_school(session.db)
    public = StationPublic(
        school.station_id, school.name, sealed.public_bytes(key.public_key()), _groups(session)
    )
    public.save(public_file(session))
    (session.paths.folder / INBOX).mkdir(exist_ok=True)
    return public


def _pending_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == SUFFIX)


def _quarantine(path: Path, reason: str, result: IntakeResult) -> None:
    target_dir = path.parent / QUARANTINE
    target_dir.mkdir(exist_ok=True, mode=0o700)
    os.replace(path, target_dir / path.name)
    result.quarantined.append(Quarantined(path.name, reason))


class _Classes:
    """The station's classes and their name indexes, read once per intake (1,000 reports
    of the same 100 classes: reading them per report was half the intake's time)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.ids = {c.id for c in school_repo.classes(db)}
        self.names: dict[int | None, dict[str, int]] = {}

    def name_index(self, class_id: int | None) -> dict[str, int]:
        if class_id not in self.names:
            self.names[class_id] = _name_index(self.db, class_id)
        return self.names[class_id]


def _resolve(classes: _Classes, report: CommitteeReport) -> CommitteeReport:
    """Check the class exists; link concerns to classmates by exact name where unique."""
    if report.class_id is not None and report.class_id not in classes.ids:
        raise ValueError("the report names a class this station does not have")
    names = classes.name_index(report.class_id)
    concerns = tuple(
        Concern(c.student_name, c.text, c.urgency, names.get(c.student_name.strip()))
        for c in report.concerns
    )
    return CommitteeReport(
        None,
        report.class_id,
        report.dorm_id,
        report.reporter,
        report.period_start,
        report.period_end,
        report.climate,
        report.events,
        report.nothing_to_report,
        concerns,
        datetime.now(),
    )


def _name_index(db: Database, class_id: int | None) -> dict[str, int]:
    if class_id is None:
        return {}
    rows = db.query(
        "SELECT name, id FROM students WHERE class_id = ? AND status = 'in_school'", (class_id,)
    )
    counts: dict[str, int] = {}
    for name, _ in rows:
        counts[name] = counts.get(name, 0) + 1
    return {name: sid for name, sid in rows if counts[name] == 1}


def _open_one(path: Path, key: X25519PrivateKey, station_id: str) -> tuple[str, CommitteeReport]:
    if path.stat().st_size > sealed.MAX_SEALED_BYTES:
        raise CorruptFile("the file is too large to be a report")
    plaintext = sealed.open_sealed(path.read_bytes(), key, station_id)
    try:
        uid, report = report_from_json(json.loads(plaintext.decode("utf-8")))
        report.validate()
    except (ValueError, UnicodeDecodeError, ValidationError) as exc:
        raise CorruptFile(f"the report's content is not valid: {exc}") from None
    return uid, report


def intake(session: Session) -> IntakeResult:
    """Open and store every sealed report waiting in the inbox (see module doc)."""
    result = IntakeResult()
    files = _pending_files(inbox_dir(session))
    if not files or session.read_only:
        return result
    key = ensure_inbox_key(session)
    station_id = school_repo.load_school(session.db).station_id
    stored: list[Path] = []
    with session.write("inbox.intake", "committee_reports") as change:
        classes = _Classes(change.db)
        for path in files:
            _intake_one(classes, path, key, station_id, result, stored)
        change.detail.update(
            imported=result.imported,
            duplicates=result.duplicates,
            quarantined=len(result.quarantined),
        )
    for path in stored:
        path.unlink(missing_ok=True)
    fsync_dir(inbox_dir(session))
    return result


def _intake_one(
    classes: _Classes,
    path: Path,
    key: X25519PrivateKey,
    station_id: str,
    result: IntakeResult,
    stored: list[Path],
) -> None:
    try:
        uid, report = _open_one(path, key, station_id)
        report = _resolve(classes, report)
    except (XinAnError, ValueError, OSError) as exc:
        _quarantine(path, getattr(exc, "message", str(exc)), result)
        return
    stored.append(path)
    db = classes.db
    if committee_repo.report_exists(db, uid):
        result.duplicates += 1
        return
    committee_repo.insert_report(db, report, uid)
    result.imported += 1
    result.urgent += sum(1 for c in report.concerns if c.urgency.value == "urgent")
