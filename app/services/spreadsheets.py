"""Reading a spreadsheet the user picked as rows of cell values, or refusing it clearly.

.xlsx/.xlsm through ``app.services.xlsx_reader`` (cached values of formulas, exactly the
values openpyxl's read-only mode gives, several times faster), and through openpyxl itself
for a workbook or sheet that reader does not take on; .csv/.tsv as text in
UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or GBK/GB18030, with
the delimiter guessed among comma, tab and semicolon. Everything else — the old .xls
format above all — is refused with ``ImportRejected`` telling what to do instead.

``read_table(path, spec)`` is what imports call: the first sheet whose top rows hold a
header naming the ``spec``'s required columns (see ``app.domain.tabular``). Row ``i`` of
``Table.rows`` is spreadsheet row ``i + 1``, so row numbers in messages match what the
user sees. Error messages name neither the file (its name may name a student) nor
anything in it. Every refusal carries a stable ``reason`` param (e.g. "old_xls", "damaged",
"header_incomplete") that the GUI turns into a sentence in the user's language.
"""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import warnings
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.tabular import Header, HeaderSpec, Row, find_header
from app.errors import ImportRejected

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # an .xlsx is a zip: refuse zip bombs
MAX_ROWS = 200_000
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv"})
DELIMITERS = (",", "\t", ";")
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
SAVE_AS = "open it in Excel or WPS and save it as .xlsx"


@dataclass(frozen=True, slots=True)
class Table:
    sheet: str
    rows: list[Row]  # rows[i] is spreadsheet row i + 1
    header: Header

    def data_rows(self) -> Iterator[tuple[int, Row]]:
        """(spreadsheet row number, cells) of every row under the header."""
        for index in range(self.header.index + 1, len(self.rows)):
            yield index + 1, self.rows[index]


def read_table(path: Path, spec: HeaderSpec) -> Table:
    """The first sheet of ``path`` that has a header row matching ``spec``."""
    first_problem: ImportRejected | None = None
    with contextlib.closing(read_sheets(path)) as sheets:
        for name, rows in sheets:
            try:
                return Table(name, rows, find_header(rows, spec))
            except ImportRejected as exc:
                first_problem = first_problem or exc
    raise _with_header_reason(first_problem) or ImportRejected(
        "the file has no sheets", reason="no_sheets"
    )


def _with_header_reason(exc: ImportRejected | None) -> ImportRejected | None:
    """``find_header``'s refusals get their reason here: "header_incomplete" when a header
    row lacks required columns (``params["missing"]``), else "no_header"."""
    if exc is not None and "reason" not in exc.params:
        exc.params["reason"] = "header_incomplete" if "missing" in exc.params else "no_header"
    return exc


def read_sheets(path: Path) -> Generator[tuple[str, list[Row]], None, None]:
    """(sheet name, rows) of every sheet; a text file is one sheet named after the file."""
    suffix = _check_file(path)
    if suffix in TEXT_SUFFIXES:
        yield path.stem, read_text_rows(path.read_bytes())
    else:
        yield from _xlsx_sheets(path)


def _check_file(path: Path) -> str:
    """The file's suffix, once the file is known to exist, be of a sane size and a type
    we read."""
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et"):
        raise ImportRejected(
            f"old .xls (and WPS .et) workbooks cannot be read; {SAVE_AS}", reason="old_xls"
        )
    if suffix not in XLSX_SUFFIXES | TEXT_SUFFIXES:
        raise ImportRejected(
            f"not a spreadsheet XinAn reads; {SAVE_AS} or .csv", reason="file_type"
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRejected("file not found", reason="not_found") from None
    except OSError:
        raise ImportRejected("the file cannot be read", reason="unreadable") from None
    if not path.is_file():
        raise ImportRejected("not a file", reason="not_a_file")
    if size == 0:
        raise ImportRejected("the file is empty", reason="empty")
    if size > MAX_FILE_BYTES:
        raise ImportRejected("the file is larger than 50 MB", reason="too_large")
    return suffix


# --- xlsx ------------------------------------------------------------------------------------


def _damaged() -> ImportRejected:
    return ImportRejected(
        f"the workbook is damaged or incomplete; {SAVE_AS} again", reason="damaged"
    )


def _check_zip(path: Path) -> None:
    with path.open("rb") as handle:
        if handle.read(len(OLE2_MAGIC)) == OLE2_MAGIC:
            raise ImportRejected(
                "this is an old .xls or a password-protected workbook; "
                f"remove the password and {SAVE_AS}",
                reason="protected_or_xls",
            )
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged() from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRejected("the workbook unpacks to more than 512 MB", reason="too_large")


def _too_many_rows() -> ImportRejected:
    return ImportRejected(f"more than {MAX_ROWS} rows", reason="too_many_rows", limit=MAX_ROWS)


def _xlsx_sheets(path: Path) -> Generator[tuple[str, list[Row]], None, None]:
    """The fast reader's sheets; openpyxl's from the first one it does not take on (a
    damaged part among them, which openpyxl then refuses as ever)."""
    _check_zip(path)
    from app.services import xlsx_reader  # deferred: it loads openpyxl's date helpers

    done = 0
    try:
        book = xlsx_reader.open_workbook(path)
    except xlsx_reader.Unsupported as exc:
        log.info("workbook left to openpyxl: %s", exc)
    else:
        with book:
            for sheet in book.sheets:
                try:
                    rows = book.rows(sheet, MAX_ROWS)
                except xlsx_reader.TooManyRows:
                    raise _too_many_rows() from None
                except xlsx_reader.Unsupported as exc:
                    log.info("sheet left to openpyxl: %s", exc)
                    break
                yield sheet.name, rows
                done += 1
            else:
                return
    yield from _openpyxl_sheets(path, skip=done)


def _openpyxl_sheets(path: Path, skip: int = 0) -> Generator[tuple[str, list[Row]], None, None]:
    """(name, rows) of the worksheets, but the first ``skip``, read by openpyxl."""
    workbook = _load_workbook(path)
    try:
        for sheet in workbook.worksheets[skip:]:
            yield str(sheet.title), _sheet_rows(sheet)
    finally:
        workbook.close()


def _load_workbook(path: Path) -> Any:
    """openpyxl's read-only workbook of ``path`` (a zip ``_check_zip`` passed)."""
    import openpyxl  # deferred: only imports need it, and it costs start-up time

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a bad file; none is ours
        log.info("workbook refused: %s", type(exc).__name__)
        raise _damaged() from None


def _sheet_rows(sheet: Any) -> list[Row]:
    rows: list[Row] = []
    try:
        sheet.reset_dimensions()  # some writers store a wrong (too small) dimension
        for row in sheet.iter_rows(values_only=True):
            rows.append(tuple(row))
            if len(rows) > MAX_ROWS:
                raise _too_many_rows()
    except ImportRejected:
        raise
    except Exception as exc:  # a damaged sheet fails while it is read, not when opened
        log.info("sheet refused: %s", type(exc).__name__)
        raise _damaged() from None
    return rows


# --- csv -------------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """UTF-16 if it says so (BOM), else UTF-8 (BOM optional) if it decodes strictly,
    else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ImportRejected(f"not a text file in UTF-8 or GBK; {SAVE_AS}", reason="encoding")


def sniff_delimiter(text: str) -> str:
    """The delimiter used most in the first lines (the header usually has the most)."""
    head = text.splitlines()[:50]
    counts = {d: sum(line.count(d) for line in head) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text_rows(data: bytes) -> list[Row]:
    text = decode_text(data)
    try:
        rows: list[Row] = list(csv.reader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    except csv.Error:
        raise ImportRejected("the text cannot be read as a table", reason="bad_text") from None
    if len(rows) > MAX_ROWS:
        raise ImportRejected(f"more than {MAX_ROWS} rows", reason="too_many_rows", limit=MAX_ROWS)
    return rows
