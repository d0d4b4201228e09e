"""The cell values of an .xlsx workbook, read fast and exactly as openpyxl reads them.

openpyxl's read-only reader builds a dict and several objects for every cell; reading a
5,000-row screening sheet that way took most of the import's time. This reader goes
straight from the XML (streamed with ``xml.etree.ElementTree.XMLPullParser``, one ``<row>``
at a time, nothing extracted to disk) to the values, and gives what
``openpyxl.load_workbook(path, read_only=True, data_only=True)`` and, per worksheet,
``reset_dimensions()`` + ``iter_rows(values_only=True)`` give:

* the worksheets in workbook order, with their names (a workbook with a chart sheet is
  left to openpyxl, which leaves that sheet out);
* row ``i`` is spreadsheet row ``i + 1``; a row missing from the file is ``()``, as is a
  row without cells; a row ends at its last cell in the file (rows are ragged, and a last
  cell that is empty but styled gives a trailing ``None``); columns skipped are ``None``;
  a ``<row>`` or ``<c>`` without ``r`` follows the previous one; openpyxl's ways with
  disorder are kept: a row numbered at or below one before it is dropped, and a cell to
  the right of its row's last cell too;
* numbers as ``int`` when their text has no ``.``/``e``, else ``float``; a number whose
  cell style has a date or time format (built-in or custom) as ``datetime``/``time``/
  ``timedelta`` through openpyxl's own ``from_excel`` (1900 or 1904 date system), and
  "#VALUE!" where that date is out of range; shared strings (plain and rich text, without
  phonetic runs, and with openpyxl's removal of ``x005F_``), inline strings, the cached
  string of a formula, booleans, error texts ("#N/A") and ISO dates (``t="d"``).

What it does not know it does not guess: a part missing or malformed, an unknown cell
type, an element where a cell should be, a value openpyxl would reject... raise
``Unsupported``, and the caller reads the workbook (or the rest of it) with openpyxl, so
an unusual file still reads exactly as before and a damaged one is refused as before. The
one way it is more lenient: parts that hold no cell values (document properties, theme,
a sheet's views, margins, conditional formats, its relationships) are not read, so a
workbook damaged only there is read here where openpyxl would refuse it.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Final, cast
from xml.etree.ElementTree import Element, XMLPullParser, fromstring

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel, from_ISO8601

from app.domain.tabular import Row

MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_ID: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
WORKSHEET_REL: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
)
WORKBOOK_TYPES: Final = (  # the order openpyxl looks for them in
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
SHARED_STRINGS_TYPE: Final = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
STYLES_PART: Final = "xl/styles.xml"  # openpyxl reads the styles from here, whatever the rels
SHEET_STATES: Final = frozenset({"visible", "hidden", "veryHidden"})
CHUNK: Final = 4096  # bigger ones make the garbage collector work much harder

_ROW: Final = f"{{{MAIN}}}row"
_CELL: Final = f"{{{MAIN}}}c"
_VALUE: Final = f"{{{MAIN}}}v"
_INLINE: Final = f"{{{MAIN}}}is"
_SI: Final = f"{{{MAIN}}}si"
_T: Final = f"{{{MAIN}}}t"
_RUN: Final = f"{{{MAIN}}}r"
_RUN_PROPS: Final = f"{{{MAIN}}}rPr"
_PHONETIC: Final = f"{{{MAIN}}}rPh"
_PHONETIC_PROPS: Final = f"{{{MAIN}}}phoneticPr"
_DIMENSION: Final = f"{{{MAIN}}}dimension"
_SHEET_DATA: Final = f"{{{MAIN}}}sheetData"
_CELL_TYPES: Final = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})
_DIGITS: Final = "0123456789"
_LETTERS: Final = {letter: n for n, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1)}


class Unsupported(Exception):
    """The workbook (or a sheet of it) is not one this reader reads exactly like openpyxl:
    read it with openpyxl instead."""


class TooManyRows(Exception):
    """A sheet has more rows than the caller's limit (counted as openpyxl counts them)."""


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    part: str  # the worksheet's path in the zip


class Workbook:
    """An open .xlsx: its worksheets and, one sheet at a time, their rows. Use
    ``open_workbook``; close it (or use it as a context manager) when done."""

    def __init__(self, path: Path) -> None:
        self._archive = zipfile.ZipFile(path)
        try:
            self._names = frozenset(self._archive.namelist())
            manifest = fromstring(self._archive.read("[Content_Types].xml"))
            workbook_part, strings_part = _parts(manifest)
            self.sheets, date1904 = self._read_workbook(workbook_part)
            self._epoch = MAC_EPOCH if date1904 else WINDOWS_EPOCH
            self._dates, self._durations = self._read_styles()
            self._strings: list[str] = []
            if strings_part is not None:
                with self._archive.open(strings_part) as source:
                    self._strings = _shared_strings(source)
        except BaseException:
            self._archive.close()
            raise

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def rows(self, sheet: Sheet, max_rows: int) -> list[Row]:
        """Every row of ``sheet``; ``TooManyRows`` past ``max_rows`` rows, ``Unsupported``
        if the sheet is not one read here exactly like openpyxl."""
        try:
            with self._archive.open(sheet.part) as source:
                return self._sheet_rows(source, max_rows)
        except (TooManyRows, Unsupported):
            raise
        except Exception as exc:  # zip, XML or value errors: openpyxl will say what it says
            raise Unsupported(f"sheet: {type(exc).__name__}") from exc

    # --- the workbook's parts ---------------------------------------------------------------

    def _read_workbook(self, part: str) -> tuple[list[Sheet], bool]:
        """The worksheets (name, part) in order, and whether dates count from 1904."""
        root = fromstring(self._archive.read(part))
        date1904 = False
        entries: list[Element] = []
        for child in root:
            tag = _local(child.tag)
            if tag == "workbookPr":
                flag = child.get("date1904")  # openpyxl's Bool: only these three are false
                date1904 = flag is not None and flag not in ("false", "f", "0") and bool(flag)
            elif tag == "sheets":
                entries = list(child)
        targets = self._relationships(_rels_path(part))
        sheets: list[Sheet] = []
        for entry in entries:
            name, sheet_id = entry.get("name"), entry.get("sheetId")
            if _local(entry.tag) != "sheet" or name is None or sheet_id is None:
                raise Unsupported("workbook: a sheet entry openpyxl would not read")
            int(sheet_id)  # openpyxl insists on it
            if entry.get("state", "visible") not in SHEET_STATES:
                raise Unsupported("workbook: sheet state")
            rel_id = entry.get(REL_ID) if REL_ID in entry.attrib else entry.get("id")
            if not rel_id:
                continue  # openpyxl warns and leaves it out
            rel_type, target = targets[rel_id]
            if target not in self._names:
                continue  # so does openpyxl
            if rel_type != WORKSHEET_REL:
                raise Unsupported("workbook: a chart, dialog or macro sheet")
            sheets.append(Sheet(name, target))
        return sheets, date1904

    def _relationships(self, rels_path: str) -> dict[str | None, tuple[str, str]]:
        """Id -> (type, target made a path in the zip), as openpyxl's ``get_dependents``."""
        root = fromstring(self._archive.read(rels_path))
        parent = posixpath.split(posixpath.dirname(rels_path))[0]
        found: dict[str | None, tuple[str, str]] = {}
        for rel in root:
            rel_type, target = rel.get("Type"), rel.get("Target")
            if rel_type is None or target is None:
                raise Unsupported("relationships: incomplete")
            if rel.get("TargetMode") == "External":
                pass
            elif target.startswith("/"):
                target = target[1:]
            else:
                target = posixpath.normpath(posixpath.join(parent, target))
            found[rel.get("Id")] = (rel_type, target)
        return found

    def _read_styles(self) -> tuple[frozenset[int], frozenset[int]]:
        """The cell style indexes whose number format is a date/time, and those of them
        that are durations ("[h]:mm"), as openpyxl's ``Stylesheet._normalise_numbers``."""
        if STYLES_PART not in self._names:
            return frozenset(), frozenset()
        root = fromstring(self._archive.read(STYLES_PART))
        custom: dict[int, str] = {}
        cell_formats: list[int] = []
        for child in root:
            tag = _local(child.tag)
            if tag == "numFmts":
                custom = {}
                for fmt in child:
                    if _local(fmt.tag) != "numFmt":
                        continue
                    key, code = fmt.get("numFmtId"), fmt.get("formatCode")
                    if key is None or code is None:
                        raise Unsupported("styles: incomplete number format")
                    custom[int(key)] = code
            elif tag == "cellXfs":
                cell_formats = [
                    int(xf.get("numFmtId", "0")) for xf in child if _local(xf.tag) == "xf"
                ]
        dates: set[int] = set()
        durations: set[int] = set()
        for index, number in enumerate(cell_formats):
            code = custom[number] if number in custom else BUILTIN_FORMATS.get(number)
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
        return frozenset(dates), frozenset(durations)

    # --- a sheet ---------------------------------------------------------------------------

    def _sheet_rows(self, source: IO[bytes], max_rows: int) -> list[Row]:
        rows: list[Row] = []
        parser: XMLPullParser[Element] = XMLPullParser(events=("end",))
        row_number = 0
        sized = False  # openpyxl reads the first <dimension> before <sheetData> (and may fail)

        def take() -> None:
            nonlocal row_number, sized
            for _, element in _ends(parser):
                tag = element.tag
                if tag == _ROW:
                    row_number = _row_number(element.get("r"), row_number)
                    row = self._row(element)
                    element.clear()
                    if row_number > len(rows):  # else openpyxl drops it: it is behind
                        if row_number > max_rows:
                            raise TooManyRows(max_rows)
                        if row_number > len(rows) + 1:
                            rows.extend([()] * (row_number - len(rows) - 1))
                        rows.append(row)
                elif not sized and tag == _DIMENSION:
                    sized = True
                    range_boundaries(element.get("ref"))
                elif tag == _SHEET_DATA:
                    sized = True

        while chunk := source.read(CHUNK):
            parser.feed(chunk)
            take()
        parser.close()
        take()
        return rows

    def _row(self, element: Element) -> Row:
        """One ``<row>``'s values, as openpyxl's ``parse_cell`` and ``_get_row`` make them."""
        values: list[object] = []
        column = 0
        strings, dates, columns = self._strings, self._dates, _COLUMNS
        for cell in element:
            if cell.tag != _CELL:
                raise Unsupported("sheet: not a cell in a row")
            get = cell.get
            coordinate = get("r")
            if coordinate:  # openpyxl takes the column from it (and not the row)
                letters = coordinate.rstrip(_DIGITS)
                column = columns.get(letters, 0) if len(letters) < len(coordinate) else 0
                if not column:
                    column = _column(coordinate)
            else:
                column += 1
            kind = get("t", "n")
            style = get("s")  # openpyxl: int(s) if there is one, 0 without, "" if empty
            style_id = int(style) if style else (0 if style is None else -1)
            value: object = None
            if kind == "inlineStr":
                inline = cell.find(_INLINE)
                if inline is not None:
                    value = _text(inline)
            else:
                text = cell.findtext(_VALUE)
                if text:
                    if kind == "n":  # openpyxl's _cast_number
                        if "." in text or "E" in text or "e" in text:
                            value = float(text)
                        else:
                            value = int(text)
                        if style_id in dates:
                            value = self._date(value, style_id)
                    elif kind == "s":
                        value = strings[int(text)]
                    elif kind == "str" or kind == "e":
                        value = text
                    elif kind == "b":
                        value = bool(int(text))
                    elif kind == "d":
                        value = from_ISO8601(text)
                    else:
                        raise Unsupported("sheet: unknown cell type")
                elif kind not in _CELL_TYPES:
                    raise Unsupported("sheet: unknown cell type")
            filled = len(values)
            if column == filled + 1:
                values.append(value)
            elif column > filled:
                values.extend([None] * (column - filled - 1))
                values.append(value)
            else:  # behind the cells before it: openpyxl puts it there
                values[column - 1] = value
        if column < len(values):  # the row ends at its last cell: openpyxl drops any after
            del values[column:]
        return tuple(values)

    def _date(self, number: float, style: int) -> object:
        try:
            return from_excel(number, self._epoch, timedelta=style in self._durations)
        except (OverflowError, ValueError):  # openpyxl warns and gives the error value
            return "#VALUE!"


def open_workbook(path: Path) -> Workbook:
    """The workbook at ``path`` (a zip already checked by the caller), or ``Unsupported``."""
    try:
        return Workbook(path)
    except Unsupported:
        raise
    except Exception as exc:
        raise Unsupported(f"workbook: {type(exc).__name__}") from exc


# --- helpers ---------------------------------------------------------------------------------


def _local(tag: str) -> str:
    """A tag without its namespace (openpyxl matches the small parts' elements so)."""
    return tag.rpartition("}")[2]


def _parts(manifest: Element) -> tuple[str, str | None]:
    """(workbook part, shared strings part or None) from ``[Content_Types].xml``, found the
    way openpyxl finds them."""
    overrides: list[tuple[str, str]] = []
    defaults: set[str | None] = set()
    for entry in manifest:
        tag = _local(entry.tag)
        if tag == "Override":
            name, kind = entry.get("PartName"), entry.get("ContentType")
            if name is None or kind is None:
                raise Unsupported("content types: incomplete")
            overrides.append((name, kind))
        elif tag == "Default":
            defaults.add(entry.get("ContentType"))
    workbook = next(
        (name for kind in WORKBOOK_TYPES for name, found in overrides if found == kind), None
    )
    if workbook is not None:
        workbook = workbook[1:]
    elif defaults.intersection(WORKBOOK_TYPES):
        workbook = "xl/workbook.xml"
    else:
        raise Unsupported("content types: no workbook")
    strings = next((name[1:] for name, kind in overrides if kind == SHARED_STRINGS_TYPE), None)
    return workbook, strings


def _rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _shared_strings(source: IO[bytes]) -> list[str]:
    strings: list[str] = []
    parser: XMLPullParser[Element] = XMLPullParser(events=("end",))

    def take() -> None:
        for _, element in _ends(parser):
            if element.tag == _SI:
                strings.append(_text(element).replace("x005F_", ""))  # as openpyxl does
                element.clear()

    while chunk := source.read(CHUNK):
        parser.feed(chunk)
        take()
    parser.close()
    take()
    return strings


def _ends(parser: XMLPullParser[Element]) -> Iterator[tuple[str, Element]]:
    """The parser's events: only "end" ones, so only elements, were asked for."""
    return cast("Iterator[tuple[str, Element]]", parser.read_events())


def _text(node: Element) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>``, then the ``<t>`` of its rich text
    runs, as openpyxl's ``Text.content`` (phonetic runs left out)."""
    if len(node) == 1 and node[0].tag == _T:
        return node[0].text or ""
    plain: str | None = None
    runs: list[str] = []
    for child in node:
        tag = child.tag
        if tag == _T:
            plain = child.text  # openpyxl keeps the last one
        elif tag == _RUN:
            run: str | None = None
            for part in child:
                if part.tag == _T:
                    run = part.text
                elif part.tag != _RUN_PROPS:
                    raise Unsupported("string: unknown element in a run")
            if run is not None:
                runs.append(run)
        elif tag == _PHONETIC:  # left out, but openpyxl insists on these
            _integer(child.get("sb")), _integer(child.get("eb"))
        elif tag == _PHONETIC_PROPS:
            _integer(child.get("fontId"))
        else:
            raise Unsupported("string: unknown element")
    return "".join(_joined(plain, runs))


def _joined(plain: str | None, runs: Iterable[str]) -> Iterable[str]:
    if plain is not None:
        yield plain
    yield from runs


def _integer(text: str | None) -> int:
    if text is None:
        raise Unsupported("missing number")
    return int(text)


def _row_number(text: str | None, previous: int) -> int:
    """As openpyxl's ``parse_row``: ``r`` as an integer (also "3.0"), else the next row."""
    if text is None:
        return previous + 1
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise Unsupported("sheet: row number") from None
        return int(number)


_COLUMNS: dict[str, int] = {}


def _column(coordinate: str) -> int:
    """The column of a cell reference like "AB12", remembered in ``_COLUMNS``. Only such
    plain ones: openpyxl takes a few odder ones, those are left to it."""
    letters = coordinate.rstrip(_DIGITS)
    if len(letters) == len(coordinate) or not (
        1 <= len(letters) <= 3 and letters.isascii() and letters.isalpha()
    ):
        raise Unsupported("sheet: cell reference")
    column = 0
    for letter in letters.upper():
        column = column * 26 + _LETTERS[letter]
    _COLUMNS[letters] = column
    return column
