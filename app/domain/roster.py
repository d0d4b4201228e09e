"""The student roster 学生名册 as schools keep it: columns, cell values, one record per row.

Pure: rows of cell values in (see ``app.services.spreadsheets``), ``RosterRecord`` and
``RowError`` out. Row numbers are the spreadsheet's own (1-based), as the user sees them.

Class names are normalised so that one class gets one name whatever the cell says:

* a class number — "3", "03", "3班", "(3)班", "（３）班", "三班", "七年级(3)班", "初一3班" —
  becomes ``<grade>(<n>)班`` under the row's 年级, e.g. 七年级 + "3" -> "七年级(3)班";
  when the 年级 cell is empty the text before the number is the grade ("七年级(3)班");
* any other text ("实验班") is kept as written, prefixed with the grade unless it already
  starts with it ("七年级实验班");
* a grade written "7年级" becomes "七年级".

Messages name the column as the file writes it and never repeat a student's data. Each
``RowError`` also carries its ``problems`` as stable codes (field, code, params) for the GUI
to translate; ``message`` is the English text the CLI prints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import date
from typing import TypeVar

from app.domain.enums import Gender, KeyGroup
from app.domain.roster_cells import NO_TAG as NO_TAG
from app.domain.roster_cells import TAG_SYNONYMS as TAG_SYNONYMS
from app.domain.roster_cells import normalize_class as normalize_class
from app.domain.roster_cells import normalize_grade as normalize_grade
from app.domain.roster_cells import parse_gender as parse_gender
from app.domain.roster_cells import parse_phone as parse_phone
from app.domain.roster_cells import parse_student_number as parse_student_number
from app.domain.roster_cells import parse_tags as parse_tags
from app.domain.student import Guardian, Student, student_problems
from app.domain.tabular import (
    CellError,
    Header,
    HeaderSpec,
    Row,
    clean,
    clean_name,
    header_key,
    is_blank,
    parse_date,
    parse_yes_no,
)

T = TypeVar("T")

ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "学生姓名"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日"),
    "student_number": ("学籍号", "全国学籍号", "学籍编号", "学生学籍号", "学号"),
    "grade": ("年级",),
    "class_name": ("班级", "班别", "所在班级", "班级名称"),
    "dorm": ("宿舍", "寝室", "宿舍号", "寝室号"),
    "boarding": ("是否住校", "住宿", "是否住宿", "住校"),
    "guardian_name": ("监护人姓名", "监护人", "家长姓名", "家长"),
    "guardian_relation": ("与学生关系", "关系", "监护人关系"),
    "guardian_phone": ("监护人电话", "家长电话", "联系电话", "手机", "手机号", "联系方式", "电话"),
    "head_teacher": ("班主任",),
    "mentor": ("导师", "成长导师"),
    "tags": ("重点群体", "关注类型", "特殊群体"),
    "notes": ("备注",),
}
ROSTER_SPEC = HeaderSpec(ROSTER_COLUMNS, frozenset({"name", "student_number", "gender"}))

# Rows under the table that are notes, not students ("合计：50人", "制表人：…").
NOTE_PREFIXES = ("合计", "总计", "共计", "制表", "填表", "审核", "说明", "注:")


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong in a row: ``field`` (e.g. "birth_date"), the ``column`` as the file
    heads it, a stable ``code`` (a ``CellError`` or ``Problem`` code) with its ``params``."""

    field: str
    column: str
    code: str
    message: str  # English, as in RowError.message
    params: dict[str, object] = dc_field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # spreadsheet row number, 1-based
    message: str
    problems: tuple[RowProblem, ...] = ()  # in column order; empty for other imports

    @property
    def field(self) -> str:
        return self.problems[0].field if self.problems else ""

    @property
    def code(self) -> str:
        return self.problems[0].code if self.problems else ""

    @property
    def params(self) -> dict[str, object]:
        return self.problems[0].params if self.problems else {}


@dataclass(frozen=True, slots=True)
class RosterRecord:
    """One valid roster row. Empty text, ``None`` or an empty set means "not given": an
    import keeps what the station already holds for that field."""

    row: int
    student_number: str
    name: str
    gender: Gender
    birth_date: date | None
    grade: str
    class_name: str
    head_teacher: str = ""
    dorm: str = ""
    boarding: bool | None = None
    mentor: str = ""
    notes: str = ""
    tags: frozenset[KeyGroup] = frozenset()
    guardian: Guardian | None = None


@dataclass(frozen=True, slots=True)
class RosterParse:
    records: list[RosterRecord]
    errors: list[RowError]
    rows: int  # data rows read (blank and note rows not counted)


# --- rows ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cells:
    """One data row seen through the header."""

    row: Row
    header: Header

    def get(self, field: str) -> object:
        return self.header.cell(self.row, field)

    def text(self, field: str) -> str:
        return clean(self.get(field))

    def label(self, field: str) -> str:
        return self.header.label(field, ROSTER_SPEC)


class _RowReader:
    """Reads one row cell by cell and collects its problems ("<column>: <what is wrong>")."""

    def __init__(self, row_number: int, cells: _Cells) -> None:
        self.row_number = row_number
        self.cells = cells
        self.problems: list[tuple[int, str, RowProblem]] = []  # (column, line, problem)

    def add(self, field: str, code: str, message: str, **params: object) -> None:
        column = self.cells.label(field)
        line = f"{column}: {message}"
        if all(line != known for _, known, _ in self.problems):
            problem = RowProblem(field, column, code, message, params)
            self.problems.append((self.cells.header.columns.get(field, -1), line, problem))

    def _ordered(self) -> list[tuple[int, str, RowProblem]]:
        return sorted(self.problems, key=lambda p: p[0])

    @property
    def message(self) -> str:
        """The row's problems in the order of the columns."""
        return "; ".join(line for _, line, _ in self._ordered())

    def error(self) -> RowError:
        return RowError(self.row_number, self.message, tuple(p for _, _, p in self._ordered()))

    def read(self, field: str, parse: Callable[[object], T], default: T) -> T:
        try:
            return parse(self.cells.get(field))
        except CellError as exc:
            self.add(field, exc.code, exc.message, **exc.params)
            return default

    def has_problem(self, field: str) -> bool:
        return any(problem.field == field for _, _, problem in self.problems)


def _class_of(reader: _RowReader) -> tuple[str, str]:
    cells = reader.cells
    try:
        return normalize_class(cells.get("grade"), cells.get("class_name"))
    except CellError as exc:
        field = "grade" if exc.code == "grade_missing" else "class_name"
        reader.add(field, exc.code, exc.message)
        return "", ""


def _guardian(cells: _Cells) -> Guardian | None:
    name, phone = clean_name(cells.get("guardian_name")), parse_phone(cells.get("guardian_phone"))
    if not (name or phone):
        return None
    return Guardian(name, cells.text("guardian_relation"), phone)


def _read_record(reader: _RowReader) -> RosterRecord:
    cells = reader.cells
    grade, class_name = _class_of(reader)
    dorm = cells.text("dorm").replace(" ", "")
    boarding = reader.read("boarding", parse_yes_no, None)
    return RosterRecord(
        row=reader.row_number,
        student_number=reader.read("student_number", parse_student_number, ""),
        name=clean_name(cells.get("name")),
        gender=reader.read("gender", parse_gender, Gender.MALE),
        birth_date=reader.read("birth_date", parse_date, None),
        grade=grade,
        class_name=class_name,
        head_teacher=clean_name(cells.get("head_teacher")),
        dorm=dorm,
        boarding=True if boarding is None and dorm else boarding,
        mentor=clean_name(cells.get("mentor")),
        notes=cells.text("notes"),
        tags=reader.read("tags", parse_tags, frozenset()),
        guardian=_guardian(cells),
    )


def as_student(
    record: RosterRecord, class_id: int | None = None, dorm_id: int | None = None
) -> Student:
    """A new student from a record (status in school; no id yet)."""
    return Student(
        id=None,
        student_number=record.student_number,
        name=record.name,
        gender=record.gender,
        birth_date=record.birth_date,
        class_id=class_id,
        dorm_id=dorm_id,
        boarding=bool(record.boarding),
        mentor=record.mentor,
        notes=record.notes,
        tags=record.tags,
        guardians=(record.guardian,) if record.guardian else (),
    )


def _merged_guardian(old: Guardian, new: Guardian) -> Guardian:
    if new.name not in ("", old.name):
        return new  # another person
    return Guardian(old.name, new.relation or old.relation, new.phone or old.phone)


def merged(
    existing: Student, record: RosterRecord, class_id: int | None, dorm_id: int | None
) -> Student:
    """``existing`` as ``record`` updates it: what the row gives replaces, what it leaves
    empty stays; tags are added, never removed (the counselor may know of tags the school
    office does not); the row's guardian updates the first guardian; status stays."""
    guardians = existing.guardians
    if record.guardian is not None:
        first = _merged_guardian(guardians[0], record.guardian) if guardians else record.guardian
        guardians = (first, *guardians[1:])
    return replace(
        existing,
        name=record.name,
        gender=record.gender,
        birth_date=record.birth_date or existing.birth_date,
        class_id=class_id if record.class_name else existing.class_id,
        dorm_id=dorm_id if record.dorm else existing.dorm_id,
        boarding=existing.boarding if record.boarding is None else record.boarding,
        mentor=record.mentor or existing.mentor,
        notes=record.notes or existing.notes,
        tags=existing.tags | record.tags,
        guardians=guardians,
    )


def _check(reader: _RowReader, record: RosterRecord, today: date) -> None:
    """The rules every student obeys (``student_problems``), in the row's terms."""
    for problem in student_problems(as_student(record), today):
        if reader.has_problem(problem.field):
            continue  # the cell's own message already says it better
        missing = problem.code == "required" or (
            problem.field == "student_number" and not record.student_number
        )
        if missing:
            reader.add(problem.field, "required", "missing")
        else:
            reader.add(problem.field, problem.code, problem.message, **problem.params)


def _is_note(row: Row) -> bool:
    texts = [text for text in (clean(cell) for cell in row) if text]
    return len(texts) == 1 and texts[0].startswith(NOTE_PREFIXES)


def _is_repeated_header(cells: _Cells) -> bool:
    return header_key(cells.get("student_number")) in ROSTER_COLUMNS["student_number"]


def _skipped(cells: _Cells) -> bool:
    return is_blank(cells.row) or _is_note(cells.row) or _is_repeated_header(cells)


def _mark_duplicates(readers: Sequence[tuple[_RowReader, RosterRecord]]) -> None:
    """Every row of a number that appears more than once is an error: which of them is
    right cannot be told, so none is imported."""
    rows_by_number: defaultdict[str, list[_RowReader]] = defaultdict(list)
    for reader, record in readers:
        if record.student_number:
            rows_by_number[record.student_number].append(reader)
    for group in rows_by_number.values():
        for reader in group if len(group) > 1 else ():
            others = ", ".join(str(o.row_number) for o in group if o is not reader)
            message = f"the same number is also on row {others}"
            reader.add("student_number", "duplicate", message, rows=others)


def parse_roster(rows: Sequence[Row], header: Header, today: date) -> RosterParse:
    """Records for the valid rows under ``header``, errors for the others; blank rows,
    note rows ("合计…", "制表人…") and repeated header rows are skipped."""
    read: list[tuple[_RowReader, RosterRecord]] = []
    for index in range(header.index + 1, len(rows)):
        cells = _Cells(rows[index], header)
        if not _skipped(cells):
            reader = _RowReader(index + 1, cells)
            record = _read_record(reader)
            _check(reader, record, today)
            read.append((reader, record))
    _mark_duplicates(read)
    return RosterParse(
        records=[record for reader, record in read if not reader.problems],
        errors=[reader.error() for reader, _ in read if reader.problems],
        rows=len(read),
    )
