"""The result rows of an MHT screening sheet under its layout (``app.domain.screening``).

Pure: cells in, ``ScreeningRow`` / ``RowError`` out, row numbers as the spreadsheet
shows them. Messages name the column as the file writes it and never a student's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.mht import MHT_SCALES
from app.domain.roster import NOTE_PREFIXES, RowError, RowProblem, parse_student_number
from app.domain.screening import (
    FIELD_LABELS,
    SCALE_MAX,
    SCORE_FIELDS,
    SCREENING_COLUMNS,
    Layout,
)
from app.domain.tabular import CellError, Row, clean, clean_name, header_key, parse_date


@dataclass(frozen=True, slots=True)
class ScreeningRow:
    """One readable result row: who (as the sheet says) and what was scored."""

    row: int  # spreadsheet row number
    student_number: str
    name: str
    grade: str
    class_name: str
    taken_on: date
    scores: dict[str, int]
    total: int
    validity: int | None

    def same_result(self, other: ScreeningRow) -> bool:
        return (self.scores, self.total, self.validity) == (
            other.scores,
            other.total,
            other.validity,
        )


@dataclass
class SheetParse:
    rows: list[ScreeningRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    absent: list[int] = field(default_factory=list)  # rows naming a student, with no scores
    read: int = 0  # data rows read (blank, note and repeated header rows not counted)


def parse_score(value: object, limit: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        number = float(value)  # a number cell: the common case, no text to clean
    else:
        text = clean(value)
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise CellError("format", "not a number") from None
    if not number.is_integer():
        raise CellError("format", "not a whole number")
    if not 0 <= number <= limit:
        raise CellError("range", f"out of range (0-{limit})")
    return int(number)


class _Cells:
    """One data row through the layout, collecting what is wrong with it."""

    def __init__(self, number: int, row: Row, layout: Layout) -> None:
        self.row_number, self.row, self.header = number, row, layout.header
        self.problems: list[RowProblem] = []
        self.failed: set[str] = set()  # fields whose cell could not be read

    def get(self, name: str) -> object:
        return self.header.cell(self.row, name)

    def add(self, name: str, code: str, message: str, **params: object) -> None:
        self.failed.add(name)
        column = self.header.labels.get(name, FIELD_LABELS.get(name, name))
        self.problems.append(RowProblem(name, column, code, message, dict(params)))

    def fail(self, name: str, exc: CellError) -> None:
        self.add(name, exc.code, exc.message, **getattr(exc, "params", {}))

    def error(self) -> RowError:
        ordered = sorted(self.problems, key=lambda p: self.header.columns.get(p.field, -1))
        message = "; ".join(f"{p.column}: {p.message}" for p in ordered)
        return RowError(self.row_number, message, tuple(ordered))

    def score(self, name: str) -> int | None:
        try:
            return parse_score(self.get(name), SCALE_MAX[name])
        except CellError as exc:
            self.fail(name, exc)
            return None

    def day(self, default: date | None, today: date) -> date | None:
        try:
            day = parse_date(self.get("taken_on")) or default
        except CellError as exc:
            self.fail("taken_on", exc)
            return None
        if day is not None and day > today:
            self.add("taken_on", "future", "the date is in the future")
            return None
        return day

    def number(self) -> str:
        try:
            return parse_student_number(self.get("student_number"))
        except CellError as exc:
            self.fail("student_number", exc)
            return ""


def _filled(value: object) -> bool:
    """Whether a cell holds anything (cheap: most cells are numbers or plain text)."""
    if value is None:
        return False
    return bool(clean(value)) if isinstance(value, str) else True


def _skipped(row: Row, layout: Layout) -> bool:
    """Blank rows, note rows ("合计：28人") and repeated header rows."""
    filled = [cell for cell in row if _filled(cell)]
    if not filled or (len(filled) == 1 and clean(filled[0]).startswith(NOTE_PREFIXES)):
        return True
    name_cell = header_key(layout.header.cell(row, "name"))
    return bool(name_cell) and name_cell in SCREENING_COLUMNS["name"]


def _has_scores(cells: _Cells) -> bool:
    return any(_filled(cells.get(name)) for name in SCORE_FIELDS)


def _read_row(cells: _Cells, default_date: date | None, today: date) -> ScreeningRow | None:
    scores = {scale: cells.score(scale) for scale in MHT_SCALES}
    validity, total = cells.score("validity"), cells.score("total")
    number, name = cells.number(), clean_name(cells.get("name"))
    taken_on = cells.day(default_date, today)
    _check_required(cells, scores, number, name, taken_on)
    if cells.problems or taken_on is None:
        return None
    complete = {scale: score for scale, score in scores.items() if score is not None}
    grade, class_text = clean(cells.get("grade")), clean(cells.get("class_name"))
    total = total if total is not None else sum(complete.values())
    return ScreeningRow(
        cells.row_number, number, name, grade, class_text, taken_on, complete, total, validity
    )


def _check_required(
    cells: _Cells, scores: dict[str, int | None], number: str, name: str, taken_on: date | None
) -> None:
    for scale, score in scores.items():
        if score is None and scale not in cells.failed:
            cells.add(scale, "required", "missing")
    if not number and not name and "student_number" not in cells.failed:
        cells.add("name", "required", "missing (the row names no student)")
    if taken_on is None and "taken_on" not in cells.failed:
        cells.add("taken_on", "required", "missing")


def _names_student(cells: _Cells) -> bool:
    return any(clean(cells.get(name)) for name in ("student_number", "name"))


def parse_sheet(
    rows: Sequence[Row], layout: Layout, default_date: date | None, today: date
) -> SheetParse:
    """Result rows under the layout's header (``default_date`` for a sheet without a date
    column); a row naming a student with every score cell empty is *absent* (did not take
    the test), not an error."""
    parsed = SheetParse()
    for index in range(layout.header.index + 1, len(rows)):
        if _skipped(rows[index], layout):
            continue
        cells = _Cells(index + 1, rows[index], layout)
        if not _has_scores(cells):
            if _names_student(cells):
                parsed.read += 1
                parsed.absent.append(index + 1)
            continue
        parsed.read += 1
        record = _read_row(cells, default_date, today)
        if record is None:
            parsed.errors.append(cells.error())
        else:
            parsed.rows.append(record)
    return parsed
