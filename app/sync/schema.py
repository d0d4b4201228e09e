"""Validating a bundle's JSON against the schema, field by field, into a ``CountyBundle``.

Strict on purpose: exact key sets, integers that are integers (not booleans), every
string either a member of a fixed vocabulary or a fixed format that cannot carry words
(UUID, six digits, hex, ISO dates, period ids). Tables must hold exactly the cells of their
shape, respect the disclosure rules at the bundle's threshold, and the whole payload must be
in canonical form, so one content has exactly one byte string (and one digest).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from app.domain.enums import Gender, SchoolType, WarningLevel
from app.errors import ValidationError
from app.sync import tables as tbl
from app.sync.bundle import (
    FORMAT,
    SCHEMA_VERSION,
    AuditCheckpoint,
    CaseLine,
    Cell,
    CountyBundle,
    SchoolRef,
    Staffing,
    Table,
    to_bytes,
)
from app.sync.disclosure import Key, published_problems
from app.sync.errors import BundleRefused, Refusal
from app.sync.period import Period, parse_period
from app.sync.vocabulary import CASE_LEVELS, TOTAL, GradeCode, Stage

E = TypeVar("E", bound=StrEnum)

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
COUNTY = re.compile(r"^\d{6}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
PSEUDONYM = re.compile(r"^[0-9a-f]{32}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
MIN_THRESHOLD, MAX_THRESHOLD = 3, 100
MAX_COUNT = 10_000_000
MAX_DAYS = 36_500
MAX_CASES = 100_000
TOP_KEYS = {
    "format", "schema", "school", "period", "sequence", "created_at", "threshold",
    "audit_head", "staffing", "tables", "cases",
}  # fmt: skip
CASE_KEYS = {
    "pseudonym", "level", "stage", "grade", "gender", "days_since_flagged", "referred",
    "plan_in_place", "days_since_follow_up", "overdue_actions",
}  # fmt: skip


def fail(path: str, message: str) -> NoReturn:
    raise BundleRefused(
        Refusal.SCHEMA_VIOLATION, f"the bundle breaks its schema at {path}: {message}"
    )


def _obj(value: Any, path: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        fail(path, "expected an object")
    if set(value) != keys:
        extra, missing = sorted(set(value) - keys), sorted(keys - set(value))
        fail(path, f"unexpected fields {extra[:3]} / missing fields {missing[:3]}")
    return value


def _int(value: Any, path: str, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        fail(path, f"expected a whole number from {low} to {high}")
    return value


def _bool(value: Any, path: str) -> bool:
    if type(value) is not bool:
        fail(path, "expected true or false")
    return value


def _enum(value: Any, path: str, kind: type[E], allowed: tuple[E, ...] | None = None) -> E:
    options = allowed or tuple(kind)
    for member in options:
        if value == member.value and type(value) is str:
            return member
    fail(path, "not a word of the fixed vocabulary")


def _text(value: Any, path: str, pattern: re.Pattern[str]) -> str:
    if type(value) is not str or not pattern.match(value):
        fail(path, "not in the required fixed format")
    return value


def _optional(value: Any) -> bool:
    return value is None


def _load(payload: bytes) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate field")
        return dict(pairs)

    def no_constants(name: str) -> NoReturn:
        raise ValueError(f"{name} is not allowed")

    try:
        text = payload.decode("ascii")
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleRefused(
            Refusal.SCHEMA_VIOLATION, f"the bundle content is not valid JSON: {exc}"
        ) from None


def check_version(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleRefused(Refusal.NOT_A_BUNDLE, "the signed content is not a county bundle")
    schema = data.get("schema")
    if type(schema) is int and schema > SCHEMA_VERSION:
        raise BundleRefused(
            Refusal.FUTURE_SCHEMA,
            f"the bundle was written by a newer XinAn (bundle schema {schema}; this "
            f"center reads schema {SCHEMA_VERSION}): update XinAn at the center",
            schema=schema,
        )
    _int(schema, "schema", SCHEMA_VERSION, SCHEMA_VERSION)


def _school(value: Any) -> SchoolRef:
    data = _obj(value, "school", {"station_id", "county_code", "school_type"})
    return SchoolRef(
        _text(data["station_id"], "school.station_id", UUID),
        _text(data["county_code"], "school.county_code", COUNTY),
        _enum(data["school_type"], "school.school_type", SchoolType),
    )


def _period(value: Any) -> Period:
    data = _obj(value, "period", {"id", "kind", "start", "end"})
    if type(data["id"]) is not str:
        fail("period.id", "expected a period id")
    try:
        period = parse_period(data["id"])
    except ValidationError:
        fail("period.id", "not a month or semester id")
    expected = [period.kind.value, period.start.isoformat(), period.end.isoformat()]
    if [data["kind"], data["start"], data["end"]] != expected:
        fail("period", "kind and dates do not match the period id")
    return period


def _created_at(value: Any) -> datetime:
    text = _text(value, "created_at", MOMENT)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        fail("created_at", "not a real date and time")


def _audit(value: Any) -> AuditCheckpoint | None:
    if _optional(value):
        return None
    data = _obj(value, "audit_head", {"seq", "hash"})
    return AuditCheckpoint(
        _int(data["seq"], "audit_head.seq", 1, 2**62),
        _text(data["hash"], "audit_head.hash", HEX64),
    )


def _staffing(value: Any) -> Staffing | None:
    if _optional(value):
        return None
    data = _obj(value, "staffing", {"full_time", "part_time", "certified"})
    return Staffing(
        *(_int(data[k], f"staffing.{k}", 0, 1000) for k in ("full_time", "part_time", "certified"))
    )


def _cell(item: Any, path: str, spec: tbl.TableSpec) -> Cell:
    if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], list):
        fail(path, "expected [key, count]")
    if any(type(v) is not str for v in item[0]):
        fail(path, "key values must be words of the vocabulary")
    key: Key = tuple(item[0])
    if not spec.is_valid_key(key):
        fail(path, "key outside the table's vocabulary or shape")
    value = None if item[1] is None else _int(item[1], path, 0, MAX_COUNT)
    return Cell(key, value)


def _grades_of(cells: list[Cell], spec: tbl.TableSpec) -> list[str]:
    if "grade" not in spec.dims:
        return []
    index = spec.dims.index("grade")
    used = {c.key[index] for c in cells if c.key[index] != TOTAL}
    return [g for g in tbl.GRADES if g in used]


def _table(name: str, value: Any, threshold: int, grades: list[str] | None) -> Table:
    spec = tbl.SPECS[name]
    if not isinstance(value, list) or len(value) > 2000:
        fail(f"tables.{name}", "expected a list of cells")
    cells = [_cell(item, f"tables.{name}[{i}]", spec) for i, item in enumerate(value)]
    own = _grades_of(cells, spec)
    if grades is not None and "grade" in spec.dims and own != grades:
        fail(f"tables.{name}", "grades differ from the other tables")
    keys = [c.key for c in cells]
    if keys != tbl.all_keys(spec, own):
        fail(f"tables.{name}", "cells missing, repeated or out of order")
    published = {c.key: c.value for c in cells}
    problems = published_problems(published, tbl.families(spec, keys), threshold)
    if problems:
        fail(f"tables.{name}", f"small cells not protected ({problems[0]})")
    return Table(name, tuple(cells))


def _tables(value: Any, threshold: int) -> tuple[Table, ...]:
    data = _obj(value, "tables", set(tbl.SPECS))
    grades: list[str] | None = None
    result = []
    for spec in tbl.TABLES:
        table = _table(spec.name, data[spec.name], threshold, grades)
        if "grade" in spec.dims and grades is None:
            grades = _grades_of(list(table.cells), spec)
        result.append(table)
    return tuple(result)


def _case(value: Any, path: str) -> CaseLine:
    data = _obj(value, path, CASE_KEYS)
    opt = data["days_since_follow_up"]
    grade, stage, gender = data["grade"], data["stage"], data["gender"]
    return CaseLine(
        _text(data["pseudonym"], f"{path}.pseudonym", PSEUDONYM),
        _enum(data["level"], f"{path}.level", WarningLevel, CASE_LEVELS),
        None if _optional(stage) else _enum(stage, f"{path}.stage", Stage),
        None if _optional(grade) else _enum(grade, f"{path}.grade", GradeCode),
        None if _optional(gender) else _enum(gender, f"{path}.gender", Gender),
        _int(data["days_since_flagged"], f"{path}.days_since_flagged", 0, MAX_DAYS),
        _bool(data["referred"], f"{path}.referred"),
        _bool(data["plan_in_place"], f"{path}.plan_in_place"),
        None if _optional(opt) else _int(opt, f"{path}.days_since_follow_up", 0, MAX_DAYS),
        _int(data["overdue_actions"], f"{path}.overdue_actions", 0, 1000),
    )


def _cases(value: Any) -> tuple[CaseLine, ...]:
    if not isinstance(value, list) or len(value) > MAX_CASES:
        fail("cases", "expected a list of case lines")
    lines = tuple(_case(item, f"cases[{i}]") for i, item in enumerate(value))
    if len({line.pseudonym for line in lines}) != len(lines):
        fail("cases", "a pseudonym appears twice")
    for i, line in enumerate(lines):
        if line.grade is not None and line.stage is None:
            fail(f"cases[{i}]", "a grade without its stage")
    return lines


def parse_bundle(payload: bytes) -> CountyBundle:
    """The bundle in ``payload`` (signed JSON), or BundleRefused with the reason."""
    data = _load(payload)
    check_version(data)
    data = _obj(data, "bundle", TOP_KEYS)
    threshold = _int(data["threshold"], "threshold", MIN_THRESHOLD, MAX_THRESHOLD)
    bundle = CountyBundle(
        school=_school(data["school"]),
        period=_period(data["period"]),
        sequence=_int(data["sequence"], "sequence", 1, 10**9),
        created_at=_created_at(data["created_at"]),
        threshold=threshold,
        audit=_audit(data["audit_head"]),
        staffing=_staffing(data["staffing"]),
        tables=_tables(data["tables"], threshold),
        cases=_cases(data["cases"]),
    )
    if to_bytes(bundle) != payload:
        fail("bundle", "not in canonical form")
    return bundle
