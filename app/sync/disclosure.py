"""Small-cell suppression with secondary suppression, on tables shaped as partition trees.

A table is a tree of cells. Each cell counts a population; a cell's children in one
*family* partition its population (e.g. the open red flags of grade 7 split into boys and
girls). A cell may have several families (the key-group table splits all students by each
tag, yes/no). The root of a table adds up everything; ``*`` in a key means "all".

Rules applied (``suppress``), with ``t`` the county's threshold:

1. *Primary*: a cell whose count is 1 … t-1 is suppressed.
2. *Downward closure*: the children of a suppressed cell are suppressed.
3. *Secondary*: in every family of a published cell, if any child is suppressed then at
   least two are, and together they count at least t: the smallest positive published
   siblings are added until both hold. (Always possible: the parent is published, so it
   counts 0 or at least t, and its children add up to it.)

What a reader can then derive (the guarantee ``published_problems`` checks and the
property tests in tests/unit/test_sync_disclosure.py exercise):

- every published cell is 0 or at least t;
- a published cell minus any set of published, disjoint cells inside it — in particular
  a total minus one of its parts, or a parent minus all its published children (= the
  sum of the suppressed children) — is 0 or at least t, because the remainder is a sum of
  published cells and of whole suppressed groups, each 0 or at least t;
- no single suppressed cell is determined by the published cells: each sits in a group of
  two or more whose only known quantity is their sum, and nothing below it is published.

Bounds are not hidden: a reader knows a suppressed cell lies between 0 and its group's sum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

Key = tuple[str, ...]
Published = dict[Key, int | None]


@dataclass(frozen=True, slots=True)
class Family:
    """``children`` partition the population of ``parent``."""

    parent: Key
    children: tuple[Key, ...]


def is_small(value: int, threshold: int) -> bool:
    return 1 <= value < threshold


def _secondary(
    family: Family, values: Mapping[Key, int], hidden: set[Key], threshold: int
) -> set[Key]:
    """The children of a published parent to suppress (primary cells plus complements)."""
    group = {c for c in family.children if c in hidden or is_small(values[c], threshold)}
    if not group:
        return group
    spare = sorted(
        (values[c], index, c)
        for index, c in enumerate(family.children)
        if c not in group and values[c] > 0
    )
    total = sum(values[c] for c in group)
    for value, _, child in spare:
        if len(group) >= 2 and total >= threshold:
            break
        group.add(child)
        total += value
    return group


def suppress(
    values: Mapping[Key, int], roots: Iterable[Key], families: Sequence[Family], threshold: int
) -> Published:
    """The published value of every cell (None = suppressed). ``families`` must be listed
    parents before children (top-down)."""
    hidden = {root for root in roots if is_small(values[root], threshold)}
    for family in families:
        if family.parent in hidden:
            hidden.update(family.children)
        else:
            hidden.update(_secondary(family, values, hidden, threshold))
    return {key: (None if key in hidden else value) for key, value in values.items()}


def _family_problems(family: Family, published: Mapping[Key, int | None], t: int) -> list[str]:
    parent = published.get(family.parent)
    children = [published.get(c) for c in family.children]
    if parent is None:
        shown = [c for c, v in zip(family.children, children, strict=True) if v is not None]
        return [f"{family.parent}: suppressed, but its part {shown[0]} is shown"] if shown else []
    hidden = sum(1 for v in children if v is None)
    rest = parent - sum(v for v in children if v is not None)
    if not hidden and rest != 0:
        return [f"{family.parent}: parts do not add up to the total"]
    if hidden == 1:
        return [f"{family.parent}: a single suppressed part can be recovered from the total"]
    if hidden and not rest >= t:
        return [f"{family.parent}: the suppressed parts add up to {rest}, less than {t}"]
    return []


def published_problems(
    published: Mapping[Key, int | None], families: Iterable[Family], threshold: int
) -> list[str]:
    """Breaches of the rules above, judged from published values alone ([] when safe).

    Used by the station before writing a bundle and by the center when importing one."""
    problems = [
        f"{key}: {value} is below the threshold"
        for key, value in published.items()
        if value is not None and is_small(value, threshold)
    ]
    for family in families:
        problems += _family_problems(family, published, threshold)
    return problems
