"""The aggregate tables of a county bundle: their dimensions, vocabularies and tree shape.

Every table is a partition tree (see ``disclosure``). In a *hierarchical* table a cell
fixes a prefix of the dimensions and ``*`` stands for the rest; its parent un-fixes the
last fixed dimension. In a *paired* table (key groups) every cell below the root fixes
all dimensions and its family is named by the first one (tag: yes / no).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.enums import CrisisKind, Gender, KeyGroup
from app.sync.disclosure import Family, Key
from app.sync.vocabulary import (
    OPEN_LEVELS,
    TOTAL,
    Feedback,
    GradeCode,
    ScreenResult,
    YesNo,
)

STUDENTS = "students"
EVENTS = "events"


def _values(members: Iterable[object]) -> tuple[str, ...]:
    return tuple(str(getattr(m, "value", m)) for m in members)


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    dims: tuple[str, ...]
    vocab: tuple[tuple[str, ...], ...]  # allowed values per dimension, in display order
    unit: str  # STUDENTS or EVENTS: what one count is
    population: str  # English, for docs and the preview
    paired: bool = False

    def is_valid_key(self, key: Key) -> bool:
        if len(key) != len(self.dims):
            return False
        if any(v != TOTAL and v not in self.vocab[i] for i, v in enumerate(key)):
            return False
        fixed = [v != TOTAL for v in key]
        if self.paired:
            return all(fixed) or not any(fixed)
        return fixed == sorted(fixed, reverse=True)

    def parent(self, key: Key) -> tuple[Key, str]:
        """(parent key, family name) of a non-root cell."""
        root = (TOTAL,) * len(self.dims)
        if self.paired:
            return root, key[0]
        depth = sum(1 for v in key if v != TOTAL)
        return key[: depth - 1] + (TOTAL,) * (len(key) - depth + 1), ""

    def child_values(self, key: Key, grades: Sequence[str]) -> tuple[str, ...]:
        """The values the next dimension takes below ``key`` (empty for a leaf)."""
        depth = sum(1 for v in key if v != TOTAL)
        if depth == len(self.dims):
            return ()
        return tuple(grades) if self.dims[depth] == "grade" else self.vocab[depth]


GRADES = _values(GradeCode)
TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "open_flags",
        ("level", "grade", "gender"),
        (_values(OPEN_LEVELS), GRADES, _values(Gender)),
        STUDENTS,
        "students on roll (in school or suspended) with an open warning flag",
    ),
    TableSpec("new_flags", ("level",), (_values(OPEN_LEVELS),), EVENTS,
              "flags raised in the period where there was none (by the level raised)"),
    TableSpec("cleared_flags", ("level",), (_values(OPEN_LEVELS),), EVENTS,
              "flags cleared in the period (by the level before clearing)"),
    TableSpec("key_groups", ("tag", "member"), (_values(KeyGroup), _values(YesNo)), STUDENTS,
              "students in school, split by each key-group tag", paired=True),
    TableSpec("screening", ("result", "grade"), (_values(ScreenResult), GRADES), STUDENTS,
              "students in school by the reading of their latest MHT this school year"),
    TableSpec("home_visits", ("visited", "grade"), (_values(YesNo), GRADES), STUDENTS,
              "students in school: on-site home visit this school year, by grade"),
    TableSpec("suspended", (), (), STUDENTS, "students currently suspended"),
    TableSpec("returns", (), (), EVENTS, "returns to school recorded in the period"),
    TableSpec("referrals", ("green_channel", "feedback"), (_values(YesNo), _values(Feedback)),
              EVENTS, "referrals made in the period, by green channel and feedback"),
    TableSpec("crises", ("kind",), (_values(CrisisKind),), EVENTS,
              "crisis events in the period, by kind"),
)  # fmt: skip
SPECS: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}


def all_keys(spec: TableSpec, grades: Sequence[str]) -> list[Key]:
    """Every cell of the table, top-down (parents before children)."""
    root: Key = (TOTAL,) * len(spec.dims)
    if spec.paired:
        return [root] + [(a, b) for a in spec.vocab[0] for b in spec.vocab[1]]
    keys, frontier = [root], [root]
    while frontier:
        nxt = []
        for key in frontier:
            depth = sum(1 for v in key if v != TOTAL)
            for value in spec.child_values(key, grades):
                nxt.append((*key[:depth], value, *key[depth + 1 :]))
        keys += nxt
        frontier = nxt
    return keys


def families(spec: TableSpec, keys: Sequence[Key]) -> list[Family]:
    """The families among ``keys``, in the order their parents appear (top-down if
    ``keys`` is)."""
    grouped: dict[tuple[Key, str], list[Key]] = {}
    order: list[tuple[Key, str]] = []
    for key in keys:
        if all(v == TOTAL for v in key):
            continue
        ident = spec.parent(key)
        if ident not in grouped:
            grouped[ident] = []
            order.append(ident)
        grouped[ident].append(key)
    position = {key: i for i, key in enumerate(keys)}
    order.sort(key=lambda ident: position.get(ident[0], -1))
    return [Family(parent, tuple(grouped[(parent, name)])) for parent, name in order]


def count_cells(spec: TableSpec, records: Iterable[Key], keys: Sequence[Key]) -> dict[Key, int]:
    """The count of every cell, from one full key per counted student or event."""
    if spec.paired:
        return _count_paired(spec, list(records), keys)
    prefixes: Counter[Key] = Counter()
    for record, count in Counter(records).items():  # few distinct records, many students
        for depth in range(len(record) + 1):
            prefixes[record[:depth]] += count
    return {key: prefixes[tuple(v for v in key if v != TOTAL)] for key in keys}


def _count_paired(spec: TableSpec, records: list[Key], keys: Sequence[Key]) -> dict[Key, int]:
    """Paired records are (tag, …): one record per tag a student has, plus one
    ``(TOTAL,)`` record per student."""
    totals = sum(1 for r in records if r[0] == TOTAL)
    tagged = Counter(r[0] for r in records if r[0] != TOTAL)
    counts: dict[Key, int] = {}
    for key in keys:
        if key[0] == TOTAL:
            counts[key] = totals
        else:
            yes = tagged[key[0]]
            counts[key] = yes if key[1] == YesNo.YES.value else totals - yes
    return counts
