"""Importing county bundles at the center: verify, decrypt, validate, then store.

Each file is checked in memory — never extracted to disk: its size before it is read, the
age decryption with the center's key, the sender's minisign signature against the
enrolled schools, every field against the schema, the county, the sender, the county's
small-cell threshold; then, against what is already stored: the same bundle again is a
no-op that says so, an older sequence number is a replay, the same number with other
content a conflict. A bundle that passes is stored in one transaction with one audit entry;
anything refused writes nothing at all. Files are imported per school in sequence order,
whatever order they were given in; the outcomes come back in the given order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.services.center import CenterSession
from app.store import center_repo
from app.store.codec import now_s
from app.sync import envelope, minisign, schema
from app.sync.bundle import CountyBundle
from app.sync.errors import BundleRefused, Refusal

MAX_BUNDLE_BYTES = envelope.MAX_BUNDLE_BYTES
SUFFIX = ".age"


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # already imported: nothing changed
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: Path
    status: ImportStatus
    message: str  # English, for the CLI and logs; the GUI maps ``reason``
    reason: Refusal | None = None
    school: str = ""  # the enrolled school's name, once the signature is verified
    period: str = ""
    sequence: int | None = None


@dataclass(frozen=True, slots=True)
class _Verified:
    index: int
    path: Path
    bundle: CountyBundle
    digest: bytes
    school: str


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder (a USB drive) contributes its ``*.age`` files."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
        else:
            found.append(path)
    return found


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise BundleRefused(Refusal.UNREADABLE, "not a file")
        if size > MAX_BUNDLE_BYTES:
            raise BundleRefused(
                Refusal.OVERSIZED,
                f"the file is {size / 2**20:,.0f} MiB; a county bundle is at most "
                f"{MAX_BUNDLE_BYTES // 2**20} MiB (not read)",
            )
        with path.open("rb") as handle:
            return handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise BundleRefused(Refusal.UNREADABLE, f"cannot read the file: {exc.strerror}") from None


def _signer_lookup(session: CenterSession) -> envelope.SignerLookup:
    def lookup(key_id: bytes) -> minisign.PublicKey | None:
        school = center_repo.school_by_key_id(session.db, key_id)
        return None if school is None else minisign.PublicKey(school.key_id, school.public_key)

    return lookup


def _check_claims(session: CenterSession, bundle: CountyBundle, opened: envelope.Opened) -> str:
    """The enrolled school's name, after checking county, sender and policy."""
    expected = envelope.trusted_comment(
        schema.SCHEMA_VERSION,
        bundle.school.county_code,
        bundle.school.station_id,
        bundle.period.id,
        bundle.sequence,
    )
    if opened.trusted_comment != expected:
        raise BundleRefused(Refusal.SCHEMA_VIOLATION, "the signed comment contradicts the content")
    if bundle.school.county_code != session.county.county_code:
        raise BundleRefused(
            Refusal.FOREIGN,
            f"the bundle is for county {bundle.school.county_code}, not "
            f"{session.county.county_code}",
        )
    school = center_repo.school_by_key_id(session.db, opened.signer.key_id)
    if school is None or school.station_id != bundle.school.station_id:
        raise BundleRefused(
            Refusal.SENDER_MISMATCH, "signed by one school but claims to come from another"
        )
    if bundle.threshold < session.county.threshold:
        raise BundleRefused(
            Refusal.POLICY,
            f"the bundle hides counts below {bundle.threshold}; this county requires "
            f"{session.county.threshold}: import the current county key file at the school",
        )
    return school.name


def verify_file(session: CenterSession, path: Path) -> tuple[CountyBundle, bytes, str]:
    """(bundle, payload digest, school name) of a valid bundle file, or BundleRefused."""
    data = _read(path)
    opened = envelope.open_bundle(
        data, session.identity, session.county.county_code, _signer_lookup(session)
    )
    bundle = schema.parse_bundle(opened.payload)
    name = _check_claims(session, bundle, opened)
    return bundle, hashlib.sha256(opened.payload).digest(), name


def _outcome(
    item: _Verified, status: ImportStatus, message: str, reason: Refusal | None = None
) -> ImportOutcome:
    bundle = item.bundle
    return ImportOutcome(
        item.path, status, message, reason, item.school, bundle.period.id, bundle.sequence
    )


def _stored_state(session: CenterSession, item: _Verified) -> ImportOutcome | None:
    """An outcome if the bundle must not be stored (duplicate, conflict, replay)."""
    station, sequence = item.bundle.school.station_id, item.bundle.sequence
    known = center_repo.bundle_digest(session.db, station, sequence)
    if known == item.digest:
        return _outcome(item, ImportStatus.DUPLICATE, "already imported: nothing changed")
    if known is not None:
        message = f"conflict: another bundle with sequence {sequence} from this school is stored"
        return _outcome(item, ImportStatus.REFUSED, message, Refusal.CONFLICT)
    latest = center_repo.max_sequence(session.db, station)
    if latest is not None and sequence < latest:
        message = f"replay refused: sequence {sequence} is older than {latest}, already imported"
        return _outcome(item, ImportStatus.REFUSED, message, Refusal.REPLAY)
    return None


def _record(bundle: CountyBundle, digest: bytes) -> center_repo.BundleRecord:
    audit, staff = bundle.audit, bundle.staffing
    return center_repo.BundleRecord(
        bundle.school.station_id,
        bundle.sequence,
        bundle.period.id,
        bundle.period.kind.value,
        bundle.period.start.isoformat(),
        bundle.period.end.isoformat(),
        bundle.created_at.isoformat(),
        now_s(),
        schema.SCHEMA_VERSION,
        bundle.threshold,
        digest,
        None if audit is None else audit.seq,
        None if audit is None else audit.hash_hex,
        None if staff is None else staff.full_time,
        None if staff is None else staff.part_time,
        None if staff is None else staff.certified,
        _headline(bundle),
    )


def _headline(bundle: CountyBundle) -> tuple[int | None, ...]:
    """The figures the views show first (center_repo.HEADLINE), from the bundle's cells."""
    flags = bundle.table("open_flags")
    visits, screening = bundle.table("home_visits"), bundle.table("screening")
    total, unscreened = screening.value("*", "*"), screening.value("unscreened", "*")
    screened = None if total is None or unscreened is None else total - unscreened
    return (
        *(flags.value(level, "*", "*") for level in ("red", "orange", "yellow", "blue")),
        visits.value("*", "*"),
        visits.value("yes", "*"),
        screened,
        screening.value("abnormal", "*"),
    )


def _case_rows(bundle: CountyBundle) -> list[tuple[object, ...]]:
    return [
        (
            line.pseudonym,
            line.level.value,
            None if line.stage is None else line.stage.value,
            None if line.grade is None else line.grade.value,
            None if line.gender is None else line.gender.value,
            line.days_since_flagged,
            int(line.referred),
            int(line.plan_in_place),
            line.days_since_follow_up,
            line.overdue_actions,
        )
        for line in bundle.cases
    ]


def _store(session: CenterSession, item: _Verified) -> ImportOutcome:
    bundle = item.bundle
    cells = [
        (table.name, "|".join(cell.key), cell.value)
        for table in bundle.tables
        for cell in table.cells
    ]
    detail = {"station": bundle.school.station_id, "period": bundle.period.id,
              "sequence": bundle.sequence, "digest": item.digest.hex()}  # fmt: skip
    with session.write("bundle.import", "bundle", **detail) as change:
        bundle_id = center_repo.insert_bundle(change.db, _record(bundle, item.digest))
        change.entity_id = bundle_id
        center_repo.insert_cells(change.db, bundle_id, cells)
        center_repo.insert_case_lines(change.db, bundle_id, _case_rows(bundle))
    return _outcome(item, ImportStatus.IMPORTED, "imported")


def _verify_all(
    session: CenterSession, files: Sequence[Path], outcomes: dict[int, ImportOutcome]
) -> list[_Verified]:
    verified = []
    for index, path in enumerate(files):
        try:
            bundle, digest, name = verify_file(session, path)
        except BundleRefused as exc:
            outcomes[index] = ImportOutcome(path, ImportStatus.REFUSED, exc.message, exc.reason)
            continue
        verified.append(_Verified(index, path, bundle, digest, name))
    return verified


def import_bundles(
    session: CenterSession,
    paths: Sequence[Path],
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import every bundle file in ``paths`` (folders: their ``*.age`` files)."""
    files = bundle_files(paths)
    outcomes: dict[int, ImportOutcome] = {}
    verified = _verify_all(session, files, outcomes)
    order = sorted(verified, key=lambda v: (v.bundle.school.station_id, v.bundle.sequence))
    for done, item in enumerate(order, 1):
        outcomes[item.index] = _stored_state(session, item) or _store(session, item)
        if progress is not None:
            progress(done, len(order))
    return [outcomes[i] for i in range(len(files))]
