"""County bundles, station side: gather typed facts, preview, sign + encrypt + write.

``preview`` returns exactly what will leave the school (the bundle, its JSON bytes and a
plain-Chinese rendering) and writes nothing (but the pseudonym secret, on first use).
``export`` writes that very preview — it does not rebuild it — after checking the preview
is still current (same sequence number), in one transaction with one audit entry that
records the period, sequence and digest.
State figures (open flags, coverage, case lines) are as of the moment of the preview;
event figures (new/cleared flags, referrals, crises, returns) cover the period up to then.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.atomic import write_bytes_atomic
from app.domain.due import compute_due, flag_anchor
from app.domain.enums import CrisisKind, Gender, KeyGroup, Role, WarningLevel
from app.domain.mht import MhtThresholds, read_mht
from app.domain.school import SchoolYear
from app.errors import ValidationError
from app.services import county
from app.services import due as due_service
from app.services.session import Session
from app.store import audit_repo, county_repo, due_repo, school_repo
from app.sync import anonymize, envelope, render
from app.sync.anonymize import CaseFact, EventFacts, StationFacts, StudentFact
from app.sync.bundle import SCHEMA_VERSION, AuditCheckpoint, CountyBundle, SchoolRef, to_bytes
from app.sync.keyfiles import CountyKey
from app.sync.period import Period, parse_period
from app.sync.vocabulary import CASE_LEVELS, GradeCode, ScreenResult, grade_code

_KEY_GROUPS = {tag.value: tag for tag in KeyGroup}
_CRISIS_KINDS = {kind.value: kind for kind in CrisisKind}
_GENDERS = {gender.value: gender for gender in Gender}
_LEVELS = {level.value: level for level in WarningLevel}


@dataclass(frozen=True, slots=True)
class Preview:
    bundle: CountyBundle
    county: CountyKey
    payload: bytes  # the exact JSON that will be signed and encrypted
    text: str  # plain Chinese: what leaves the school, and what never does


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sequence: int
    size: int
    digest: str  # SHA-256 of the payload, as recorded in the audit log


# --- facts -----------------------------------------------------------------------------------


def _thresholds(session: Session) -> MhtThresholds:
    stored = school_repo.get_setting(session.db, "mht_thresholds")
    try:
        known = {k: int(v) for k, v in (stored or {}).items() if k in MhtThresholds.__slots__}
        return MhtThresholds(**known)
    except (TypeError, ValueError, AttributeError):
        return MhtThresholds()


def _reading(
    mht: tuple[dict[str, int], int | None, int | None] | None, limits: MhtThresholds
) -> ScreenResult:
    if mht is None:
        return ScreenResult.UNSCREENED
    reading = read_mht(mht[0], mht[1], mht[2], limits)
    if not reading.reliable:
        return ScreenResult.UNRELIABLE
    return ScreenResult.ABNORMAL if reading.suggests_flag else ScreenResult.NORMAL


def _grade_codes(session: Session) -> dict[int, GradeCode]:
    kind = school_repo.load_school(session.db).school_type
    return {
        gid: grade_code(name, pos, kind)
        for gid, name, pos in county_repo.grade_positions(session.db)
    }


def _students(
    session: Session, codes: dict[int, GradeCode], today: date
) -> tuple[StudentFact, ...]:
    limits = _thresholds(session)
    rows = county_repo.student_rows(session.db, SchoolYear.of(today).first_day)
    return tuple(
        StudentFact(
            row.student_id,
            codes.get(row.grade_id or -1, GradeCode.UNKNOWN),
            _GENDERS[row.gender],
            row.status == "in_school",
            _LEVELS[row.level],
            frozenset(_KEY_GROUPS[t] for t in row.tags if t in _KEY_GROUPS),
            _reading(row.mht, limits),
            row.visited,
        )
        for row in rows
    )


def _events(session: Session, period: Period, now: datetime) -> EventFacts:
    start = datetime.combine(period.start, time.min)
    end = min(datetime.combine(period.end, time(23, 59, 59)), now)
    db, last_day = session.db, end.date()
    changes = county_repo.flag_changes_between(db, start, end)
    kinds = county_repo.crisis_kinds_between(db, start, end)
    return EventFacts(
        new_flags=tuple(WarningLevel(new) for new, old in changes if old == "clear" != new),
        cleared_flags=tuple(WarningLevel(old) for new, old in changes if new == "clear" != old),
        referrals=tuple(county_repo.referrals_between(db, period.start, last_day)),
        crises=tuple(_CRISIS_KINDS.get(kind, CrisisKind.OTHER) for kind in kinds),
        returns=county_repo.returns_between(db, period.start, last_day),
    )


def _cases(session: Session, now: datetime) -> tuple[CaseFact, ...]:
    activities = [
        activity
        for activity in due_repo.case_activities(session.db)
        if activity.flags and activity.flags[-1].level in CASE_LEVELS
    ]
    items = compute_due(activities, due_service.policy(session), now)
    overdue = Counter(item.student_id for item in items if item.overdue)
    anchors = {}
    for activity in activities:
        anchor = flag_anchor(activity.flags)
        if anchor is not None and activity.flags[-1].level in CASE_LEVELS:
            anchors[activity.student_id] = (activity, anchor)
    referred = county_repo.referred_since(
        session.db, {sid: anchor.at.date() for sid, (_, anchor) in anchors.items()}
    )
    return tuple(
        CaseFact(
            sid,
            activity.flags[-1].level,
            anchor.at,
            sid in referred,
            bool(activity.plans),
            max(activity.follow_ups, default=None),
            overdue[sid],
        )
        for sid, (activity, anchor) in sorted(anchors.items())
    )


def gather_facts(session: Session, period: Period, now: datetime) -> StationFacts:
    """Everything the bundle is computed from: typed values only (see app.sync.anonymize)."""
    school = school_repo.load_school(session.db)
    codes = _grade_codes(session)
    head = audit_repo.head(session.db)
    return StationFacts(
        school=SchoolRef(school.station_id, school.county_code, school.school_type),
        grades=tuple(sorted(set(codes.values()), key=list(GradeCode).index)),
        students=_students(session, codes, now.date()),
        events=_events(session, period, now),
        cases=_cases(session, now),
        staffing=county.staffing(session),
        audit=None if head is None else AuditCheckpoint(head.seq, head.hash.hex()),
    )


# --- preview and export ----------------------------------------------------------------------


def _period(value: Period | str, today: date) -> Period:
    period = parse_period(value) if isinstance(value, str) else value
    if period.start > today:
        raise ValidationError.single(
            "period", "future", f"the period {period.id} has not started yet"
        )
    return period


def preview(session: Session, period: Period | str, now: datetime | None = None) -> Preview:
    """Exactly what ``export`` will write for ``period``. Writes nothing, except the
    school's pseudonym secret the very first time one is needed."""
    session.require(Role.COUNSELOR)
    now = (now or datetime.now()).replace(microsecond=0)
    key = county.require_county_key(session)
    chosen = _period(period, now.date())
    facts = gather_facts(session, chosen, now)
    sequence = county_repo.next_sequence(session.db)
    bundle = anonymize.build_bundle(
        facts, chosen, sequence, now, key.threshold, county.pseudonym_secret(session)
    )
    return Preview(bundle, key, to_bytes(bundle), render.render_bundle(bundle, key.center_name))


def file_name(bundle: CountyBundle) -> str:
    """Sorts by school, then sequence: ``xinan-county_<county>_<station>_s<seq>_<period>.age``."""
    station = bundle.school.station_id.split("-")[0]
    return (
        f"xinan-county_{bundle.school.county_code}_{station}_s{bundle.sequence:06d}_"
        f"{bundle.period.id}.age"
    )


def sealed_bytes(session: Session, shown: Preview) -> bytes:
    """The bundle file's bytes for a preview: signed, then encrypted to the county."""
    bundle = shown.bundle
    comment = envelope.trusted_comment(
        SCHEMA_VERSION,
        bundle.school.county_code,
        bundle.school.station_id,
        bundle.period.id,
        bundle.sequence,
    )
    return envelope.seal(
        shown.payload,
        county.signing_key(session),
        shown.county.public_key(),
        shown.county.county_code,
        comment,
    )


def export(session: Session, shown: Preview, out_dir: Path) -> ExportResult:
    """Sign, encrypt and atomically write the previewed bundle into ``out_dir``."""
    session.require(Role.COUNSELOR)
    if shown.bundle.sequence != county_repo.next_sequence(session.db):
        raise ValidationError.single(
            "preview", "stale", "another bundle was exported since this preview: preview again"
        )
    data = sealed_bytes(session, shown)
    digest = hashlib.sha256(shown.payload).hexdigest()
    target = Path(out_dir) / file_name(shown.bundle)
    detail = {"period": shown.bundle.period.id, "sequence": shown.bundle.sequence, "digest": digest}
    with session.write("county.export", "station", **detail) as change:
        county_repo.set_sequence(change.db, shown.bundle.sequence)
        last = {**detail, "at": shown.bundle.created_at.isoformat(), "file": target.name}
        county_repo.put_json(change.db, county_repo.LAST_EXPORT_SETTING, last)
        write_bytes_atomic(target, data, 0o644)
    return ExportResult(target, shown.bundle.sequence, len(data), digest)


def export_period(
    session: Session, period: Period | str, out_dir: Path, now: datetime | None = None
) -> ExportResult:
    return export(session, preview(session, period, now), out_dir)
