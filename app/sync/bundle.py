"""The county bundle: what leaves a school, as typed values only, and its canonical JSON.

The builder and this model accept nothing but numbers, booleans, enum members and
fixed-format identifiers (UUID, 6-digit county code, hex digests, ISO dates), so no free
text can reach a bundle; ``schema.parse_bundle`` enforces the same on the way in.
See docs/bundle-format.md for the field-by-field description.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.enums import Gender, SchoolType, WarningLevel
from app.sync.disclosure import Key
from app.sync.period import Period
from app.sync.vocabulary import GradeCode, Stage

FORMAT = "xinan-county-bundle"
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class SchoolRef:
    station_id: str  # UUID; the center maps it to the school named in the enrollment
    county_code: str
    school_type: SchoolType


@dataclass(frozen=True, slots=True)
class AuditCheckpoint:
    """The station's audit-chain head when the bundle was made."""

    seq: int
    hash_hex: str


@dataclass(frozen=True, slots=True)
class Staffing:
    full_time: int  # full-time counselors 专职心理教师
    part_time: int  # part-time counselors 兼职心理教师
    certified: int  # counselors holding a mental-health education certificate


@dataclass(frozen=True, slots=True)
class Cell:
    key: Key
    value: int | None  # None = suppressed


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    cells: tuple[Cell, ...]

    def value(self, *key: str) -> int | None:
        for cell in self.cells:
            if cell.key == key:
                return cell.value
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class CaseLine:
    """One red or orange case, pseudonymous; grade/stage/gender None when generalized."""

    pseudonym: str  # 32 hex digits: HMAC-SHA256(school secret, internal student id)
    level: WarningLevel
    stage: Stage | None
    grade: GradeCode | None
    gender: Gender | None
    days_since_flagged: int
    referred: bool
    plan_in_place: bool
    days_since_follow_up: int | None  # None: no follow-up since the flag was raised
    overdue_actions: int


@dataclass(frozen=True, slots=True)
class CountyBundle:
    school: SchoolRef
    period: Period
    sequence: int
    created_at: datetime
    threshold: int
    audit: AuditCheckpoint | None
    staffing: Staffing | None
    tables: tuple[Table, ...]
    cases: tuple[CaseLine, ...]

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


def _enum(value: Any) -> Any:
    return None if value is None else value.value


def _case_json(line: CaseLine) -> dict[str, Any]:
    return {
        "pseudonym": line.pseudonym,
        "level": line.level.value,
        "stage": _enum(line.stage),
        "grade": _enum(line.grade),
        "gender": _enum(line.gender),
        "days_since_flagged": line.days_since_flagged,
        "referred": line.referred,
        "plan_in_place": line.plan_in_place,
        "days_since_follow_up": line.days_since_follow_up,
        "overdue_actions": line.overdue_actions,
    }


def _staffing_json(staffing: Staffing | None) -> dict[str, int] | None:
    if staffing is None:
        return None
    return {
        "full_time": staffing.full_time,
        "part_time": staffing.part_time,
        "certified": staffing.certified,
    }


def to_json(bundle: CountyBundle) -> dict[str, Any]:
    audit = bundle.audit
    return {
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "school": {
            "station_id": bundle.school.station_id,
            "county_code": bundle.school.county_code,
            "school_type": bundle.school.school_type.value,
        },
        "period": {
            "id": bundle.period.id,
            "kind": bundle.period.kind.value,
            "start": bundle.period.start.isoformat(),
            "end": bundle.period.end.isoformat(),
        },
        "sequence": bundle.sequence,
        "created_at": bundle.created_at.replace(microsecond=0).isoformat(),
        "threshold": bundle.threshold,
        "audit_head": None if audit is None else {"seq": audit.seq, "hash": audit.hash_hex},
        "staffing": _staffing_json(bundle.staffing),
        "tables": {t.name: [[list(c.key), c.value] for c in t.cells] for t in bundle.tables},
        "cases": [_case_json(c) for c in sorted(bundle.cases, key=lambda c: c.pseudonym)],
    }


def canonical(data: Any) -> bytes:
    """Sorted keys, no spaces, ASCII only: one byte string per content."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def to_bytes(bundle: CountyBundle) -> bytes:
    return canonical(to_json(bundle))
