"""Finding the student of each screening row, and what an import of the rows would do.

A row is matched by 学籍号; when the number is not on the station (platforms often export
the school's own 学号) or the sheet has none, by name within the row's class. A row is
never guessed onto a student: a number whose name differs from the roster's, a name that
two students of the class share, or a name without a class is listed as unmatched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from app.domain.roster import RowError, RowProblem, normalize_class
from app.domain.screening_rows import ScreeningRow
from app.domain.student import RosterRow
from app.domain.tabular import CellError, clean_name

_NUMBERED = re.compile(r"^(?P<grade>.*)\((?P<number>\d+)\)班$")
_NO_GRADE = "?"
GRADE_SYNONYMS = {
    "初一": "七年级",
    "初二": "八年级",
    "初三": "九年级",
    "初中一年级": "七年级",
    "初中二年级": "八年级",
    "初中三年级": "九年级",
    "高中一年级": "高一",
    "高中二年级": "高二",
    "高中三年级": "高三",
}

# Why a row found no student (codes for the GUI; messages for the CLI).
UNMATCHED_MESSAGES = {
    "not_found": "no such student in the roster",
    "name_mismatch": "the name differs from the roster's name for this 学籍号",
    "ambiguous": "several students of that class have this name",
    "no_class": "a name without a class cannot be matched",
}


@lru_cache(maxsize=4096)
def class_key(grade_text: object, class_text: object) -> tuple[str, str] | None:
    """(grade, class) reduced so that 七年级 / 初一 / 7年级 and 3 / 3班 / (3)班 / 七年级3班 meet;
    the grade is "" when neither cell tells it."""
    try:
        grade, name = normalize_class(grade_text, class_text)
    except CellError:
        try:
            grade, name = _NO_GRADE, normalize_class(_NO_GRADE, class_text)[1]
        except CellError:
            return None
    if not name:
        return None
    numbered = _NUMBERED.match(name)
    rest = numbered["number"] if numbered else name.removeprefix(grade)
    grade = "" if grade == _NO_GRADE else GRADE_SYNONYMS.get(grade, grade)
    return grade, rest


@dataclass(frozen=True, slots=True)
class Unmatched:
    row: int
    student_number: str
    name: str
    class_name: str
    reason: str  # a key of UNMATCHED_MESSAGES

    @property
    def message(self) -> str:
        return UNMATCHED_MESSAGES[self.reason]


@dataclass(frozen=True, slots=True)
class Matched:
    record: ScreeningRow
    student_id: int
    by_name: bool  # matched by name and class, not by 学籍号


class Directory:
    """The station's students as the matcher looks them up."""

    def __init__(self, students: Iterable[RosterRow]) -> None:
        self.by_number: dict[str, RosterRow] = {}
        self.by_class: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        self.by_class_number: defaultdict[str, set[int]] = defaultdict(set)
        self.by_name: defaultdict[str, list[RosterRow]] = defaultdict(list)
        for row in students:
            self._add(row)

    def _add(self, row: RosterRow) -> None:
        self.by_number[row.student_number.upper()] = row
        self.by_name[clean_name(row.name)].append(row)
        key = class_key(row.grade_name, row.class_name) if row.class_id is not None else None
        if key is not None and row.class_id is not None:
            self.by_class[key].add(row.class_id)
            self.by_class_number[key[1]].add(row.class_id)

    def classes_for(self, grade: str, class_text: str) -> set[int]:
        key = class_key(grade, class_text)
        if key is None:
            return set()
        return set(self.by_class[key]) if key[0] else set(self.by_class_number[key[1]])

    def by_name_in(self, name: str, class_ids: set[int]) -> list[RosterRow]:
        return [r for r in self.by_name.get(clean_name(name), []) if r.class_id in class_ids]


def _by_number(record: ScreeningRow, directory: Directory) -> Matched | str | None:
    """A match by 学籍号, the reason it cannot be one, or None to try the name."""
    if not record.student_number:
        return None
    found = directory.by_number.get(record.student_number)
    if found is None:
        return None
    if record.name and clean_name(record.name) != clean_name(found.name):
        return "name_mismatch"
    return Matched(record, found.student_id, by_name=False)


def _by_name(record: ScreeningRow, directory: Directory) -> Matched | str:
    if not record.name:
        return "not_found"
    if not record.class_name:
        return "no_class"
    candidates = directory.by_name_in(
        record.name, directory.classes_for(record.grade, record.class_name)
    )
    if len(candidates) > 1:
        return "ambiguous"
    if not candidates:
        return "not_found"
    return Matched(record, candidates[0].student_id, by_name=True)


def match_row(record: ScreeningRow, directory: Directory) -> Matched | Unmatched:
    found = _by_number(record, directory)
    if found is None:
        found = _by_name(record, directory)
    if isinstance(found, Matched):
        return found
    class_text = " ".join(p for p in (record.grade, record.class_name) if p)
    return Unmatched(record.row, record.student_number, record.name, class_text, found)


@dataclass
class MatchResult:
    matched: list[Matched] = field(default_factory=list)  # one per (student, date)
    unmatched: list[Unmatched] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)  # rows repeating an earlier result
    conflicts: list[RowError] = field(default_factory=list)

    @property
    def by_name(self) -> int:
        return sum(1 for m in self.matched if m.by_name)


def _group(matched: Sequence[Matched]) -> dict[tuple[int, date], list[Matched]]:
    groups: dict[tuple[int, date], list[Matched]] = defaultdict(list)
    for item in matched:
        groups[(item.student_id, item.record.taken_on)].append(item)
    return groups


def _settle(group: list[Matched], result: MatchResult) -> None:
    """One student's rows of one date: identical repeats are duplicates; different
    results cannot be told apart, so none of them is imported."""
    first = group[0]
    if all(first.record.same_result(other.record) for other in group[1:]):
        result.matched.append(first)
        result.duplicates.extend(other.record.row for other in group[1:])
        return
    rows = [item.record.row for item in group]
    for row in rows:
        others = ", ".join(str(r) for r in rows if r != row)
        message = f"different results for the same student and date on row {others}"
        problem = RowProblem("student", "", "conflict", message, {"rows": others})
        result.conflicts.append(RowError(row, message, (problem,)))


def match_rows(records: Sequence[ScreeningRow], directory: Directory) -> MatchResult:
    result = MatchResult()
    found: list[Matched] = []
    for record in records:
        outcome = match_row(record, directory)
        if isinstance(outcome, Matched):
            found.append(outcome)
        else:
            result.unmatched.append(outcome)
    for group in _group(found).values():
        _settle(group, result)
    result.matched.sort(key=lambda m: m.record.row)
    result.conflicts.sort(key=lambda e: e.row)
    return result
