"""The bundle schema, its strict validator, periods, grade codes and the key files."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.enums import Gender, KeyGroup, SchoolType, WarningLevel
from app.errors import CorruptFile, ValidationError
from app.sync import anonymize, bundle, keyfiles, minisign, schema
from app.sync.anonymize import CaseFact, EventFacts, StationFacts, StudentFact
from app.sync.bundle import SchoolRef, Staffing
from app.sync.errors import BundleRefused, Refusal
from app.sync.period import parse_period
from app.sync.vocabulary import GradeCode, ScreenResult, grade_code

NOW = datetime(2026, 11, 20, 9, 30)
STATION = "12345678-1234-4234-8234-123456789abc"


def _facts() -> StationFacts:
    people = tuple(
        StudentFact(i, (GradeCode.G7, GradeCode.G8)[i % 2], (Gender.MALE, Gender.FEMALE)[i % 3 % 2],
                    i % 17 != 0, (WarningLevel.RED, WarningLevel.CLEAR, WarningLevel.YELLOW)[i % 3],
                    frozenset({KeyGroup.POVERTY}) if i % 5 == 0 else frozenset(),
                    list(ScreenResult)[i % 4], i % 2 == 0)
        for i in range(1, 80)
    )  # fmt: skip
    cases = tuple(
        CaseFact(s.student_id, s.level, NOW, True, False, None, 2)
        for s in people
        if s.level is WarningLevel.RED
    )
    return StationFacts(
        SchoolRef(STATION, "330602", SchoolType.JUNIOR),
        (GradeCode.G7, GradeCode.G8),
        people,
        EventFacts(returns=6),
        cases,
        Staffing(1, 2, 1),
    )


def _payload() -> bytes:
    built = anonymize.build_bundle(_facts(), parse_period("2026-11"), 4, NOW, 5, b"x" * 32)
    return bundle.to_bytes(built)


def test_a_built_bundle_round_trips_through_the_validator() -> None:
    payload = _payload()
    parsed = schema.parse_bundle(payload)
    assert bundle.to_bytes(parsed) == payload
    assert parsed.sequence == 4 and parsed.staffing == Staffing(1, 2, 1)
    assert parsed.table("returns").value() == 6 and len(parsed.cases) == 26


def _changed(path: tuple[object, ...], value: object) -> bytes:
    data = json.loads(_payload())
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value  # type: ignore[index]
    return bundle.canonical(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("cases", 0, "grade"), "七年级"),  # a station's own grade name
        (("cases", 0, "pseudonym"), "王小明"),
        (("cases", 0, "referred"), 1),
        (("cases", 0, "days_since_flagged"), True),
        (("cases", 0, "note"), "free text"),
        (("school", "station_id"), "绍兴一中"),
        (("period", "end"), "2026-11-29"),
        (("tables", "open_flags", 0, 0, 0), "X"),
        (("tables", "crises"), []),
        (("threshold", ), 2),
        (("audit_head",), {"seq": 1, "hash": "zz"}),
    ],
)  # fmt: skip
def test_validator_rejects_anything_outside_the_schema(
    path: tuple[object, ...], value: object
) -> None:
    with pytest.raises(BundleRefused) as caught:
        schema.parse_bundle(_changed(path, value))
    assert caught.value.reason is Refusal.SCHEMA_VIOLATION


@pytest.mark.parametrize(
    "raw",
    [
        b'{"format":"xinan-county-bundle","format":"x"}',
        b'{"a": NaN}',
        b"[" * 100_000,
        '{"format":"xinan-county-bundle","schema":1,"x":"名"}'.encode(),
    ],
)
def test_malformed_json_is_refused(raw: bytes) -> None:
    with pytest.raises(BundleRefused):
        schema.parse_bundle(raw)


def test_non_canonical_payload_is_refused() -> None:
    pretty = json.dumps(json.loads(_payload()), indent=1).encode()
    with pytest.raises(BundleRefused) as caught:
        schema.parse_bundle(pretty)
    assert "canonical" in caught.value.message


def test_future_schema_is_told_apart() -> None:
    with pytest.raises(BundleRefused) as caught:
        schema.parse_bundle(_changed(("schema",), 7))
    assert caught.value.reason is Refusal.FUTURE_SCHEMA


@pytest.mark.parametrize(
    ("name", "position", "kind", "code"),
    [
        ("七年级", 1, SchoolType.JUNIOR, GradeCode.G7),
        ("初二", 9, SchoolType.NINE_YEAR, GradeCode.G8),
        ("一年级", 1, SchoolType.JUNIOR, GradeCode.G7),
        ("高三", 3, SchoolType.SENIOR, GradeCode.G12),
        ("三年级", 3, SchoolType.PRIMARY, GradeCode.G3),
        ("2021级", 2, SchoolType.SENIOR, GradeCode.G11),
        ("二年级", 2, SchoolType.VOCATIONAL, GradeCode.V2),
        ("毕业班", 14, SchoolType.PRIMARY, GradeCode.UNKNOWN),
    ],
)
def test_grade_names_map_to_national_codes(
    name: str, position: int, kind: SchoolType, code: GradeCode
) -> None:
    assert grade_code(name, position, kind) is code


def test_periods() -> None:
    autumn = parse_period("2026-2027-1")
    assert (autumn.start, autumn.end) == (date(2026, 9, 1), date(2027, 1, 31))
    assert parse_period("2027-02").end == date(2027, 2, 28)
    for bad in ("2026-13", "2026-2028-1", "2026-2027-3", "11/2026", ""):
        with pytest.raises(ValidationError):
            parse_period(bad)


def test_key_files_round_trip_and_enrollment_is_self_signed() -> None:
    county_key = keyfiles.CountyKey("330602", "越城区中心", STATION, bytes(range(32)), 6)
    assert keyfiles.county_key_from_bytes(keyfiles.county_key_to_bytes(county_key)) == county_key
    signing = Ed25519PrivateKey.generate()
    public = minisign.PublicKey.of(signing.public_key())
    info = keyfiles.Enrollment(
        STATION, "一中", "330602", SchoolType.JUNIOR, public, "2026-11-20T09:00:00"
    )
    data = keyfiles.enrollment_to_bytes(info, signing)
    assert keyfiles.enrollment_from_bytes(data) == info
    with pytest.raises(CorruptFile):
        keyfiles.enrollment_from_bytes(data.replace("一中".encode(), "二中".encode()))
    with pytest.raises(CorruptFile):
        keyfiles.county_key_from_bytes(b'{"format": "xinan-county-key", "version": 1}')
