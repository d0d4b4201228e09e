"""Reading tables that people make: cell text, the header row, and dates.

Pure helpers shared by the imports (roster now, MHT screening sheets later). A reader in
``app.services.spreadsheets`` turns a file into rows of cell values — ``str``, ``int``,
``float``, ``bool``, ``date``/``datetime`` or ``None`` — and these functions make sense of
them the way a school office writes them: full-width digits, stray and non-breaking
spaces, a title and a "制表日期" line above the header, dates in half a dozen forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.errors import ImportRejected

Row = Sequence[object]

# How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 30

_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")
_HEADER_NOISE = re.compile(r"[\s*:]")
_HEADER_NOTE = re.compile(r"(\(.*\)|\[.*\]|【.*】)$")
_YES = frozenset({"是", "住校", "住宿", "寄宿", "Y", "YES", "√", "✓", "1", "TRUE"})
_NO = frozenset({"否", "走读", "不住校", "通校", "N", "NO", "×", "0", "FALSE"})
_CN_DIGITS = dict(zip("一二三四五六七八九", range(1, 10), strict=True)) | {"两": 2}
_BETWEEN_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


class CellError(ValueError):
    """One cell that cannot be read; ``code`` says why (with ``params`` for the sentence
    the GUI builds from it), ``message`` is the English text for the CLI."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


def clean(value: object) -> str:
    """A cell as text: NFKC-folded (full-width ０-９ Ａ-Ｚ （） and U+3000/U+00A0 spaces become
    ASCII), invisible marks dropped, runs of whitespace collapsed to one space, trimmed.
    Integral floats lose their ``.0`` (13800001234.0 -> "13800001234")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", str(value)))
    return _SPACES.sub(" ", text).strip()


def clean_name(value: object) -> str:
    """A person's name without the spaces offices pad two-character names with ("张 三")."""
    return _BETWEEN_HAN.sub("", clean(value))


def parse_yes_no(value: object) -> bool | None:
    text = clean(value).upper()
    if not text:
        return None
    if text in _YES or text in _NO:
        return text in _YES
    raise CellError("format", "unknown value (use 是 or 否)")


def chinese_number(text: str) -> int | None:
    """1-99 written in Chinese numerals ("三", "十二", "二十三"), else ``None``."""
    if text in _CN_DIGITS:
        return _CN_DIGITS[text]
    tens, ten, units = text.partition("十")
    if not ten or len(units) > 1 or len(tens) > 1:
        return None
    high = _CN_DIGITS.get(tens, 0 if not tens else -100)
    low = _CN_DIGITS.get(units, 0 if not units else -100)
    value = (high or 1) * 10 + low
    return value if 10 <= value <= 99 else None


def is_blank(row: Row) -> bool:
    return all(clean(cell) == "" for cell in row)


def header_key(value: object) -> str:
    """A header cell reduced for matching: no spaces, ``*`` or colons, and no trailing note
    in brackets ("出生日期（yyyy-mm-dd）" -> "出生日期")."""
    return _HEADER_NOTE.sub("", _HEADER_NOISE.sub("", clean(value)))


@dataclass(frozen=True, slots=True)
class HeaderSpec:
    """The columns an import knows: field -> accepted header names, preferred name first."""

    aliases: Mapping[str, Sequence[str]]
    required: frozenset[str]

    def label(self, field: str) -> str:
        return self.aliases[field][0]


@dataclass(frozen=True, slots=True)
class Header:
    """The header row found in a sheet."""

    index: int  # 0-based position in the rows; the spreadsheet row is index + 1
    columns: Mapping[str, int]  # field -> 0-based column
    labels: Mapping[str, str]  # field -> the header text as the file writes it

    def cell(self, row: Row, field: str) -> object:
        column = self.columns.get(field)
        return row[column] if column is not None and column < len(row) else None

    def label(self, field: str, spec: HeaderSpec) -> str:
        return self.labels.get(field) or spec.label(field)


def _rank(spec: HeaderSpec, key: str) -> dict[str, int]:
    """For one header cell: field -> preference (0 = that field's preferred name)."""
    return {field: names.index(key) for field, names in spec.aliases.items() if key in names}


def match_header(row: Row, spec: HeaderSpec) -> Header:
    """Which column holds which field; with two candidates the preferred name wins,
    then the leftmost column."""
    best: dict[str, tuple[int, int]] = {}
    labels: dict[str, str] = {}
    for column, cell in enumerate(row):
        for field, preference in _rank(spec, header_key(cell)).items():
            if field not in best or (preference, column) < best[field]:
                best[field] = (preference, column)
                labels[field] = clean(cell)
    return Header(0, {f: c for f, (_, c) in best.items()}, labels)


def find_header(rows: Sequence[Row], spec: HeaderSpec) -> Header:
    """The first row (of the top ``HEADER_SCAN_ROWS``) naming every required column."""
    candidate: tuple[int, Header] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        header = match_header(row, spec)
        if spec.required <= header.columns.keys():
            return Header(index, header.columns, header.labels)
        if len(header.columns) >= 2 and candidate is None:
            candidate = (index, header)
    raise _no_header(spec, candidate)


def _no_header(spec: HeaderSpec, candidate: tuple[int, Header] | None) -> ImportRejected:
    if candidate is None:
        names = "、".join(spec.label(f) for f in sorted(spec.required))
        return ImportRejected(
            f"no header row found in the first {HEADER_SCAN_ROWS} rows "
            f"(it must name the columns {names})"
        )
    index, header = candidate
    missing = "、".join(spec.label(f) for f in sorted(spec.required - header.columns.keys()))
    return ImportRejected(
        f"the header row (row {index + 1}) lacks the column(s) {missing}",
        row=index + 1,
        missing=missing,
    )


# --- dates -------------------------------------------------------------------------------

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the 29 February 1900
# that never was (kept for Lotus 1-2-3 compatibility); from serial 61 on, day 0 is 1899-12-30.
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_MAX_SERIAL = 2958465  # 9999-12-31

_YMD = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL_TEXT = re.compile(r"^\d{1,7}(?:\.\d+)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))$")
_AROUND_SEPARATORS = re.compile(r"\s*([-/.年月日])\s*")


def excel_serial_to_date(serial: float) -> date:
    whole = int(serial)
    if not 1 <= whole <= EXCEL_MAX_SERIAL:
        raise CellError("range", "number is not an Excel date")
    if whole == 60:
        raise CellError("impossible", "29 February 1900 does not exist")
    return EXCEL_EPOCH + timedelta(days=whole if whole > 60 else whole + 1)


def date_to_excel_serial(day: date) -> int:
    """The inverse of ``excel_serial_to_date`` (used by tests and fixture generators)."""
    serial = (day - EXCEL_EPOCH).days
    return serial if serial > 60 else serial - 1


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("impossible", "no such date") from None


def _number_to_date(value: float) -> date:
    text = str(int(value)) if float(value).is_integer() else ""
    compact = _COMPACT.match(text)
    if compact and 1900 <= int(compact[1]) <= 2100:
        return _make_date(int(compact[1]), int(compact[2]), int(compact[3]))
    return excel_serial_to_date(value)


def _text_to_date(text: str) -> date:
    text = _AROUND_SEPARATORS.sub(r"\1", text)
    for pattern in (_YMD, _COMPACT):
        found = pattern.match(text)
        if found:
            return _make_date(int(found[1]), int(found[2]), int(found[3]))
    if _YEAR_MONTH.match(text):
        raise CellError("incomplete", "the day is missing (write e.g. 2011-03-05)")
    if _SERIAL_TEXT.match(text):
        return _number_to_date(float(text))
    raise CellError("format", "not a date (write e.g. 2011-03-05)")


def parse_date(value: object) -> date | None:
    """A date from a cell, ``None`` for an empty one.

    Accepts date/datetime objects, Excel serial numbers (1900 system), 8-digit numbers and
    text in the forms 2011-03-05, 2011/3/5, 2011.03.05, 2011年3月5日, 20110305 (a time of
    day after the date is ignored). Raises ``CellError`` otherwise.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("format", "not a date (write e.g. 2011-03-05)")
    if isinstance(value, int | float):
        return _number_to_date(value)
    text = clean(value)
    return _text_to_date(text) if text else None
