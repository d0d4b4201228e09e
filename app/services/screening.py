"""Importing MHT screening results from a testing platform's sheet (.xlsx/.csv).

``preview_screening`` reads a sheet and says what an import would do — the columns it
found, the ones it does not understand, the students it cannot find — without writing.
``import_screening`` writes the results into the growth files: one transaction with one
audit entry (counts only). Matching, duplicates and the layout rules are in
``app.domain.screening*``; the thresholds and the review list in
``app.services.screening_review``.

Re-importing a sheet changes nothing: a result already stored for the same student,
instrument and date is left as it is (and counted), and a suggestion is tied to its
result. A mapping the user gives for unknown columns is remembered for the layout (the
fingerprint of the normalized header row), so the next sheet from that platform maps
itself.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.domain.enums import Role, WarningLevel
from app.domain.growth import Screening
from app.domain.mht import MhtThresholds, read_mht
from app.domain.roster import RowError
from app.domain.screening import (
    IGNORE,
    INSTRUMENT,
    ColumnSource,
    Layout,
    LayoutColumn,
    build_layout,
    check_mapping,
    find_layout_header,
    fingerprint,
)
from app.domain.screening_match import Directory, Matched, MatchResult, Unmatched, match_rows
from app.domain.screening_review import (
    FlagSuggestion,
    interpret,
    may_suggest,
    suggestion_reason,
)
from app.domain.screening_rows import SheetParse, parse_sheet
from app.domain.tabular import Row
from app.errors import ImportCancelled, ImportRejected
from app.services import spreadsheets
from app.services.screening_review import thresholds
from app.services.session import Session
from app.store import growth_repo, school_repo, screening_repo, students_repo
from app.store.connection import Database

LAYOUTS_SETTING = "screening_layouts"
CHUNK_ROWS = 250

# Called with (rows done, rows in all); returning False cancels the import.
Progress = Callable[[int, int], bool]


@dataclass
class ScreeningReport:
    """What an import did (``written``) or would do (a preview)."""

    sheet: str = ""
    rows: int = 0  # data rows read (blank, note and repeated header rows not counted)
    imported: int = 0  # new results written (or to write)
    already_stored: int = 0  # results the station holds already (re-import)
    by_name: int = 0  # of the matched rows, matched by name and class (no 学籍号 match)
    unmatched: list[Unmatched] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)  # rows repeating an earlier row
    absent: list[int] = field(default_factory=list)  # rows with a student but no scores
    errors: list[RowError] = field(default_factory=list)  # unreadable or conflicting rows
    unreliable: int = 0  # new results failing the validity scale
    abnormal: int = 0  # new reliable results that suggest a flag
    suggested: int = 0  # suggestions added to the review list
    already_flagged: int = 0  # abnormal, but the student is yellow or higher already
    written: bool = False


@dataclass(frozen=True)
class ScreeningPreview:
    """The layout of a sheet and what importing it would do (``report`` is None while
    columns the import needs are missing)."""

    sheet: str
    header_row: int  # spreadsheet row number of the header
    fingerprint: str
    columns: tuple[LayoutColumn, ...]
    missing: tuple[str, ...]  # labels of the columns still to map
    has_date: bool  # without a date column the import needs ``default_date``
    remembered: bool  # a mapping for this layout was stored before
    report: ScreeningReport | None

    @property
    def unknown(self) -> tuple[LayoutColumn, ...]:
        return tuple(c for c in self.columns if c.source is ColumnSource.UNKNOWN)

    @property
    def mapping(self) -> dict[str, str]:
        """header key -> field of every column the import will read."""
        return {c.key: c.field for c in self.columns if c.field}


@dataclass
class _Sheet:
    name: str
    rows: list[Row]
    layout: Layout
    remembered: bool
    digest: str


def _remembered(db: Database) -> dict[str, dict[str, str]]:
    stored = school_repo.get_setting(db, LAYOUTS_SETTING)
    return stored if isinstance(stored, dict) else {}


def _read(path: Path) -> tuple[str, list[Row], str]:
    """(sheet name, rows, content digest) of the first sheet with a screening header."""
    path = Path(path)
    with contextlib.closing(spreadsheets.read_sheets(path)) as sheets:
        for name, rows in sheets:
            if find_layout_header(rows) is not None:
                return name, rows, hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    raise ImportRejected(
        "no header row of an MHT results sheet found (it must name the student and the "
        "scale columns, e.g. 姓名, 学习焦虑 … 冲动倾向)",
        reason="no_header",
    )


def _sheet(session: Session, path: Path, mapping: Mapping[str, str] | None) -> _Sheet:
    check_mapping(mapping or {})
    name, rows, digest = _read(path)
    header = find_layout_header(rows)
    assert header is not None
    remembered = _remembered(session.db).get(fingerprint(rows[header.index]))
    layout = build_layout(rows, header, remembered, mapping)
    return _Sheet(name, rows, layout, remembered is not None, digest)


@dataclass
class _Plan:
    """Everything an import of one sheet needs, worked out before writing."""

    sheet: _Sheet
    parsed: SheetParse
    matched: MatchResult
    new: list[Matched]
    report: ScreeningReport


def _analyse(
    session: Session, sheet: _Sheet, default_date: date | None, today: date | None
) -> _Plan:
    parsed = parse_sheet(sheet.rows, sheet.layout, default_date, today or date.today())
    directory = Directory(students_repo.roster(session.db))
    matched = match_rows(parsed.rows, directory)
    stored = screening_repo.stored_keys(session.db, INSTRUMENT)
    new = [m for m in matched.matched if (m.student_id, m.record.taken_on) not in stored]
    report = ScreeningReport(
        sheet=sheet.name,
        rows=parsed.read,
        imported=len(new),
        already_stored=len(matched.matched) - len(new),
        by_name=matched.by_name,
        unmatched=matched.unmatched,
        duplicates=matched.duplicates,
        absent=parsed.absent,
        errors=sorted(parsed.errors + matched.conflicts, key=lambda e: e.row),
    )
    return _Plan(sheet, parsed, matched, new, report)


def _require_columns(layout: Layout, default_date: date | None) -> None:
    missing = layout.missing()
    if "taken_on" not in layout.fields and default_date is None:
        missing.append("测试日期(或指定日期)")
    if missing:
        names = "、".join(missing)
        raise ImportRejected(
            f"columns missing: {names} (map them first)", reason="columns_missing", missing=names
        )


def preview_screening(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    default_date: date | None = None,
    today: date | None = None,
) -> ScreeningPreview:
    """What importing ``path`` with ``mapping`` (header key -> field) would do."""
    session.require(Role.COUNSELOR)
    sheet = _sheet(session, path, mapping)
    layout = sheet.layout
    missing = tuple(layout.missing())
    report = None
    if not missing:
        plan = _analyse(session, sheet, default_date, today)
        _count_readings(session, plan, write=None)
        report = plan.report
    return ScreeningPreview(
        sheet.name,
        layout.header.index + 1,
        layout.fingerprint,
        layout.columns,
        missing,
        "taken_on" in layout.fields,
        sheet.remembered,
        report,
    )


def import_screening(
    session: Session,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    default_date: date | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ScreeningReport:
    """Import ``path``; ``mapping`` (``LayoutColumn.key`` -> field key, or ``IGNORE``)
    completes the layout and is remembered for it. Rows that cannot be imported are
    listed in the report; a sheet without a date column needs ``default_date``."""
    session.require(Role.COUNSELOR)
    sheet = _sheet(session, path, mapping)
    _require_columns(sheet.layout, default_date)
    plan = _analyse(session, sheet, default_date, today)
    with session.write("screening.import", "screening") as change:
        _count_readings(session, plan, write=(change.db, progress))
        if mapping:
            _remember(change.db, sheet.layout)
        change.detail.update(_audit_detail(plan.report))
    plan.report.written = True
    return plan.report


def _remember(db: Database, layout: Layout) -> None:
    layouts = _remembered(db)
    layouts[layout.fingerprint] = {c.key: c.field or IGNORE for c in layout.columns if c.chosen}
    school_repo.put_setting(db, LAYOUTS_SETTING, layouts)


def _audit_detail(report: ScreeningReport) -> dict[str, int]:
    """Counts only: the audit log never holds names or numbers of students."""
    return {
        "rows": report.rows,
        "imported": report.imported,
        "already_stored": report.already_stored,
        "unmatched": len(report.unmatched),
        "duplicates": len(report.duplicates),
        "errors": len(report.errors),
        "suggested": report.suggested,
    }


_Writer = tuple[Database, Progress | None]


def _count_readings(session: Session, plan: _Plan, write: _Writer | None) -> None:
    """Read every new result; with ``write``, store it and its suggestion."""
    limits = thresholds(session)
    levels = screening_repo.current_levels(session.db)
    source = f"{INSTRUMENT}:{plan.sheet.digest}"
    now = datetime.now().replace(microsecond=0)
    for start in range(0, len(plan.new), CHUNK_ROWS):
        for item in plan.new[start : start + CHUNK_ROWS]:
            level = levels.get(item.student_id, WarningLevel.CLEAR)
            _count_one(plan.report, _Reading(item, limits, source), level, write, now)
        if write is not None:
            _tick(write[1], min(start + CHUNK_ROWS, len(plan.new)), len(plan.new))


class _Reading:
    """One new result, read with the station's thresholds."""

    def __init__(self, item: Matched, limits: MhtThresholds, source: str) -> None:
        record = item.record
        self.mht = read_mht(record.scores, record.total, record.validity, limits)
        text = interpret(self.mht, record.total, record.validity, limits)
        self.screening = Screening(
            None,
            item.student_id,
            record.taken_on,
            INSTRUMENT,
            record.scores,
            record.total,
            record.validity,
            text,
            source,
        )


def _count_one(
    report: ScreeningReport,
    reading: _Reading,
    level: WarningLevel,
    write: _Writer | None,
    now: datetime,
) -> None:
    report.unreliable += not reading.mht.reliable
    report.abnormal += reading.mht.suggests_flag
    suggest = reading.mht.suggests_flag and may_suggest(level)
    report.already_flagged += reading.mht.suggests_flag and not suggest
    report.suggested += suggest
    if write is None:
        return
    screening = reading.screening
    screening_id = growth_repo.insert_screening(write[0], screening)
    if suggest and screening_id is not None:
        reason = suggestion_reason(screening.taken_on, screening.interpretation)
        suggestion = FlagSuggestion(None, screening.student_id, screening_id, now, reason)
        screening_repo.insert_suggestion(write[0], suggestion)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("the import was cancelled; nothing was written")
