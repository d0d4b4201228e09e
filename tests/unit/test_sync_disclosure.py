"""Disclosure control of county bundles: property tests on random stations.

A *station* here is its facts (``StationFacts``: students with grade, gender, status,
level, key-group tags, screening reading and visit; the period's events; red/orange cases),
drawn at random by hypothesis and put through the real bundle builder and serializer.
One real encrypted station goes through the same checks at the end.

What is checked, with t = the threshold:

- *published cells*: every count of every aggregate table of the bundle (``tables`` in
  the JSON) that is not null — roots (totals), margins and interior cells alike. Case
  lines are record-level data governed by generalization instead, and staffing counts
  staff, not students; neither is a published cell.
- no published cell is 1 … t-1;
- *differences*: for every two published cells of one table where one's population
  contains the other's (a total and any cell below it, a margin and a cell inside it),
  their difference is not 1 … t-1; tables that share a population (all students in
  school: key groups, screening, home visits) publish it identically, so their pairs
  reduce to pairs within one table;
- more than pairs: for every published cell, its published children add up to it, or the
  rest (= the sum of its suppressed children) is at least t and spread over at least two;
- and no suppressed cell is determined exactly by all the published cells together with
  every "parent = sum of children" equation (a rank test over the rationals).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import CrisisKind, Gender, KeyGroup, SchoolType, WarningLevel
from app.services import county_export
from app.sync import anonymize, bundle, tables
from app.sync.anonymize import CaseFact, EventFacts, StationFacts, StudentFact
from app.sync.bundle import SchoolRef, Table
from app.sync.disclosure import Key, is_small
from app.sync.period import month
from app.sync.vocabulary import TOTAL, GradeCode, ScreenResult
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    this_month,
)

NOW = datetime(2026, 11, 20, 10, 0)
LEVELS = [WarningLevel.CLEAR] * 6 + [lv for lv in WarningLevel if lv.is_open]


@st.composite
def station_facts(draw: st.DrawFn) -> StationFacts:
    grades = draw(st.lists(st.sampled_from(list(GradeCode)[:12]), min_size=1, max_size=4,
                           unique=True))  # fmt: skip
    student = st.builds(
        StudentFact,
        student_id=st.integers(1, 10**6),
        grade=st.sampled_from(grades),
        gender=st.sampled_from(list(Gender)),
        in_school=st.booleans().map(lambda b: b or draw(st.booleans())),
        level=st.sampled_from(LEVELS),
        tags=st.frozensets(st.sampled_from(list(KeyGroup)[:4]), max_size=2),
        screening=st.sampled_from(list(ScreenResult)),
        visited=st.booleans(),
    )
    people = draw(st.lists(student, max_size=90, unique_by=lambda s: s.student_id))
    events = EventFacts(
        tuple(draw(st.lists(st.sampled_from(LEVELS[6:]), max_size=14))),
        tuple(draw(st.lists(st.sampled_from(LEVELS[6:]), max_size=9))),
        tuple(draw(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=12))),
        tuple(draw(st.lists(st.sampled_from(list(CrisisKind)), max_size=9))),
        draw(st.integers(0, 9)),
    )
    cases = tuple(
        CaseFact(s.student_id, s.level, NOW - timedelta(days=3), False, True, None, 1)
        for s in people
        if s.level in (WarningLevel.RED, WarningLevel.ORANGE)
    )
    school = SchoolRef("12345678-1234-4234-8234-123456789abc", "330602", SchoolType.NINE_YEAR)
    return StationFacts(school, tuple(grades), tuple(people), events, cases)


# --- the checks ------------------------------------------------------------------------------


def _contains(spec: tables.TableSpec, outer: Key, inner: Key) -> bool:
    if outer == inner:
        return False
    if spec.paired:
        return all(v == TOTAL for v in outer)
    return all(a in (TOTAL, b) for a, b in zip(outer, inner, strict=True))


def _rref(rows: list[list[Fraction]]) -> list[tuple[int, list[Fraction]]]:
    """(pivot column, row) of the reduced row echelon form."""
    matrix, pivots = [row[:] for row in rows], []
    for col in range(len(matrix[0])):
        pivot = next((r for r in range(len(pivots), len(matrix)) if matrix[r][col]), None)
        if pivot is None:
            continue
        top = len(pivots)
        matrix[top], matrix[pivot] = matrix[pivot], matrix[top]
        matrix[top] = [v / matrix[top][col] for v in matrix[top]]
        for r in range(len(matrix)):
            if r != top and matrix[r][col]:
                factor = matrix[r][col]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[top], strict=True)]
        pivots.append(col)
    return [(col, matrix[i]) for i, col in enumerate(pivots)]


def _determined(spec: tables.TableSpec, cells: dict[Key, int | None]) -> list[Key]:
    """Suppressed cells whose value follows exactly from the published ones: a pivot
    variable of the "parent = sum of children" system with no free variable in its row."""
    unknown = [k for k, v in cells.items() if v is None]
    index = {k: i for i, k in enumerate(unknown)}
    rows = []
    for family in tables.families(spec, list(cells)):
        row = [Fraction(0)] * len(unknown)
        for key, sign in [(family.parent, 1), *((c, -1) for c in family.children)]:
            if key in index:
                row[index[key]] += sign
        if any(row):
            rows.append(row)
    if not rows:
        return []
    reduced = _rref(rows)
    pivots = {col for col, _ in reduced}
    return [
        unknown[col]
        for col, row in reduced
        if not any(row[j] for j in range(len(unknown)) if j not in pivots)
    ]


def check_table(spec: tables.TableSpec, table: Table, t: int) -> None:
    cells = {c.key: c.value for c in table.cells}
    shown = {k: v for k, v in cells.items() if v is not None}
    assert not [k for k, v in shown.items() if is_small(v, t)], "a small cell is published"
    for outer, a in shown.items():
        for inner, b in shown.items():
            if _contains(spec, outer, inner):
                assert not is_small(a - b, t), (spec.name, outer, inner, a, b)
    for family in tables.families(spec, list(cells)):
        parent = cells[family.parent]
        hidden = [c for c in family.children if cells[c] is None]
        if parent is None:
            assert len(hidden) == len(family.children)
            continue
        rest = parent - sum(cells[c] or 0 for c in family.children)
        assert (not hidden and rest == 0) or (len(hidden) >= 2 and rest >= t), family
    assert _determined(spec, cells) == [], f"{spec.name}: suppressed cells recoverable"


def check_bundle(payload: bytes) -> None:
    data = json.loads(payload)
    t = data["threshold"]
    parsed = {name: Table(name, tuple(bundle.Cell(tuple(k), v) for k, v in cells))
              for name, cells in data["tables"].items()}  # fmt: skip
    for spec in tables.TABLES:
        check_table(spec, parsed[spec.name], t)
    roots = {parsed[n].value("*", "*") for n in ("key_groups", "screening", "home_visits")}
    assert len(roots) == 1, "the in-school population is published differently"


def _true_counts(facts: StationFacts) -> dict[Key, int]:
    counts: dict[Key, int] = {}
    for s in facts.students:
        if s.level.is_open:
            for key in [(s.level.value, TOTAL, TOTAL), (s.level.value, s.grade.value, TOTAL),
                        (s.level.value, s.grade.value, s.gender.value)]:  # fmt: skip
                counts[key] = counts.get(key, 0) + 1
    return counts


@settings(max_examples=120, deadline=None)
@given(station_facts(), st.integers(3, 8))
def test_random_stations_never_reveal_small_counts(facts: StationFacts, t: int) -> None:
    built = anonymize.build_bundle(facts, month(2026, 11), 1, NOW, t, b"k" * 32)
    payload = bundle.to_bytes(built)
    check_bundle(payload)
    truth = _true_counts(facts)
    for cell in built.table("open_flags").cells:
        if cell.value is not None and cell.key[0] != TOTAL:
            assert cell.value == truth.get(cell.key, 0)


@given(st.lists(st.integers(0, 12), min_size=2, max_size=7), st.integers(3, 8))
def test_secondary_suppression_protects_every_family(children: Sequence[int], t: int) -> None:
    from app.sync.disclosure import Family, published_problems, suppress

    keys = [(str(i),) for i in range(len(children))]
    values = {("*",): sum(children), **dict(zip(keys, children, strict=True))}
    family = Family(("*",), tuple(keys))
    published = suppress(values, [("*",)], [family], t)
    assert published_problems(published, [family], t) == []
    spec = tables.TableSpec("x", ("d",), (tuple(k[0] for k in keys),), "students", "")
    check_table(spec, Table("x", tuple(bundle.Cell(k, v) for k, v in published.items())), t)


def test_a_real_station_bundle_passes_the_same_checks(linked: Linked) -> None:
    shown = county_export.preview(linked.station, this_month())
    check_bundle(shown.payload)
    flags = shown.bundle.table("open_flags")
    assert flags.value("*", "*", "*") == 9 and flags.value("red", "*", "*") is None
    assert shown.bundle.table("key_groups").value("poverty", "yes") == 16


def test_case_lines_are_generalized_when_the_group_is_small() -> None:
    people = [
        StudentFact(i, GradeCode.G7, Gender.MALE, True, WarningLevel.CLEAR, frozenset(),
                    ScreenResult.NORMAL, False)
        for i in range(1, 20)
    ]  # fmt: skip
    rare = StudentFact(99, GradeCode.G9, Gender.FEMALE, True, WarningLevel.RED, frozenset(),
                       ScreenResult.NORMAL, False)  # fmt: skip
    common = StudentFact(98, GradeCode.G7, Gender.MALE, True, WarningLevel.ORANGE, frozenset(),
                         ScreenResult.NORMAL, False)  # fmt: skip
    facts = StationFacts(
        SchoolRef("12345678-1234-4234-8234-123456789abc", "330602", SchoolType.JUNIOR),
        (GradeCode.G7, GradeCode.G9),
        (*people, rare, common),
        EventFacts(),
        tuple(CaseFact(s.student_id, s.level, NOW, True, True, NOW, 0) for s in (rare, common)),
    )
    lines = {line.level: line for line in anonymize.case_lines(facts, b"s" * 32, NOW, 5)}
    red, orange = lines[WarningLevel.RED], lines[WarningLevel.ORANGE]
    assert (red.grade, red.stage, red.gender) == (None, None, None)  # the only girl in school
    assert (orange.grade, orange.gender) == (GradeCode.G7, Gender.MALE)
    assert (
        anonymize.pseudonym(b"s" * 32, 98) == orange.pseudonym != anonymize.pseudonym(b"t" * 32, 98)
    )
