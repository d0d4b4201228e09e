"""The county center's views over imported bundles, and their export as .xlsx.

- flags by level over periods, per school and county-wide (the newest bundle of each
  school for each period; a county figure is the sum of the published school figures and
  says how many schools' figures were suppressed);
- overdue red/orange cases per school, from each school's newest bundle;
- home-visit and screening coverage per school, from each school's newest bundle;
- schools that have not sent a bundle for the period (default: last month).

Days overdue = days since the last follow-up (or since the flag, if none) beyond the
county's follow-up interval for the level, as of the bundle's date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.enums import WarningLevel
from app.services.center import CenterSession
from app.store import center_repo
from app.store.center_repo import LatestBundle
from app.sync.period import parse_period, previous_month
from app.sync.vocabulary import OPEN_LEVELS

COUNTY = "全县"


@dataclass(frozen=True, slots=True)
class LevelRow:
    school: str  # school name, or COUNTY
    period: str
    counts: dict[WarningLevel, int | None]  # None: suppressed at the school
    hidden: dict[WarningLevel, int] = field(default_factory=dict)  # county: schools hidden


@dataclass(frozen=True, slots=True)
class OverdueRow:
    school: str
    pseudonym: str
    level: WarningLevel
    grade: str  # grade code, or stage, or "" when generalized
    gender: str  # "M", "F" or ""
    days_since_flagged: int
    days_since_follow_up: int | None
    days_overdue: int
    overdue_actions: int
    referred: bool
    plan_in_place: bool
    as_of: str


@dataclass(frozen=True, slots=True)
class CoverageRow:
    school: str
    period: str
    as_of: str
    students: int | None
    visited: int | None
    screened: int | None
    abnormal: int | None

    @staticmethod
    def rate(part: int | None, whole: int | None) -> float | None:
        return None if part is None or not whole else part / whole

    @property
    def visit_rate(self) -> float | None:
        return self.rate(self.visited, self.students)

    @property
    def screen_rate(self) -> float | None:
        return self.rate(self.screened, self.students)

    @property
    def abnormal_rate(self) -> float | None:
        return self.rate(self.abnormal, self.screened)


@dataclass(frozen=True, slots=True)
class MissingRow:
    school: str
    station_id: str
    last_period: str  # "" if the school never sent one


@dataclass(frozen=True, slots=True)
class CenterViews:
    period: str
    periods: tuple[str, ...]
    levels: tuple[LevelRow, ...]
    overdue: tuple[OverdueRow, ...]
    coverage: tuple[CoverageRow, ...]
    missing: tuple[MissingRow, ...]


def _level_rows(names: dict[str, str], latest: Sequence[LatestBundle]) -> list[LevelRow]:
    return [
        LevelRow(
            names.get(b.station_id, "?"),
            b.period,
            {level: b.headline[f"open_{level.value}"] for level in OPEN_LEVELS},
        )
        for b in latest
    ]


def _county_rows(rows: Sequence[LevelRow], periods: Sequence[str]) -> list[LevelRow]:
    result = []
    for period in periods:
        of_period = [r for r in rows if r.period == period]
        counts: dict[WarningLevel, int | None] = {}
        hidden: dict[WarningLevel, int] = {}
        for level in OPEN_LEVELS:
            values = [r.counts[level] for r in of_period]
            counts[level] = sum(v for v in values if v is not None)
            hidden[level] = sum(1 for v in values if v is None)
        result.append(LevelRow(COUNTY, period, counts, hidden))
    return result


_LEVELS = {level.value: level for level in WarningLevel}


def _overdue_rows(
    session: CenterSession, names: dict[str, str], latest: Sequence[LatestBundle]
) -> list[OverdueRow]:
    by_id = {b.bundle_id: b for b in latest}
    red, orange = session.county.red_follow_up_days, session.county.orange_follow_up_days
    rows = []
    for line in center_repo.overdue_case_lines(session.db, list(by_id), red, orange):
        bundle, level = by_id[line[0]], _LEVELS[line[2]]
        since = line[9] if line[9] is not None else line[6]
        days = max(0, since - (red if level is WarningLevel.RED else orange))
        rows.append(
            OverdueRow(
                names.get(bundle.station_id, "?"), line[1], level, line[4] or line[3] or "",
                line[5] or "", line[6], line[9], days, line[10], bool(line[7]), bool(line[8]),
                bundle.created_at[:10],
            )
        )  # fmt: skip
    return sorted(rows, key=lambda r: (-r.days_overdue, -r.overdue_actions, r.school))


def _coverage_rows(names: dict[str, str], latest: Sequence[LatestBundle]) -> list[CoverageRow]:
    rows = [
        CoverageRow(
            names.get(b.station_id, "?"), b.period, b.created_at[:10], b.headline["in_school"],
            b.headline["visited"], b.headline["screened"], b.headline["abnormal"],
        )
        for b in latest
    ]  # fmt: skip
    return sorted(rows, key=lambda r: r.school)


def _missing(
    session: CenterSession, per_period: Sequence[LatestBundle], period: str
) -> list[MissingRow]:
    sent = {b.station_id for b in per_period if b.period == period}
    last = {b.station_id: b.period for b in per_period}  # ordered by period start
    return [
        MissingRow(s.name, s.station_id, last.get(s.station_id, ""))
        for s in center_repo.schools(session.db)
        if s.station_id not in sent
    ]


def views(
    session: CenterSession, period: str | None = None, today: date | None = None
) -> CenterViews:
    """Every table of the center's report (a handful of queries over the newest bundles)."""
    wanted = parse_period(period).id if period else previous_month(today or date.today()).id
    names = {s.station_id: s.name for s in center_repo.schools(session.db)}
    per_period = center_repo.latest_per_period(session.db)
    latest = center_repo.latest(session.db)
    periods = tuple(dict.fromkeys(b.period for b in per_period))
    schools = sorted(_level_rows(names, per_period), key=lambda r: (r.school, r.period))
    return CenterViews(
        wanted,
        periods,
        tuple(_county_rows(schools, periods) + schools),
        tuple(_overdue_rows(session, names, latest)),
        tuple(_coverage_rows(names, latest)),
        tuple(_missing(session, per_period, wanted)),
    )


def export_xlsx(result: CenterViews, path: Path) -> Path:
    """The views as a workbook, one sheet per table (written atomically)."""
    from app.services import center_xlsx

    return center_xlsx.write(result, Path(path))
