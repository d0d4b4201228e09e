"""The fast .xlsx reader gives exactly what openpyxl's read-only reader gives, and what it
does not take on is read by openpyxl (``spreadsheets.read_sheets``).

The reference everywhere is openpyxl itself: ``load_workbook(read_only=True,
data_only=True)``, and per worksheet ``reset_dimensions()`` + ``iter_rows(values_only=True)``.
Values are compared with their types (``1`` is not ``1.0`` nor ``True``, a ``datetime`` is
not a ``date``).
"""

from __future__ import annotations

import io
import tempfile
import warnings
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from app.errors import ImportRejected
from app.services import spreadsheets, xlsx_reader

DATA = Path(__file__).resolve().parents[1] / "data"
WORKBOOKS = sorted(p for p in DATA.rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm"))
LIMIT = 1_000_000

Sheets = list[tuple[str, list[Sequence[Any]]]]


def reference(path: Path) -> Sheets:
    """What openpyxl reads."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no default style; dates out of range
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheets: Sheets = []
            for sheet in book.worksheets:
                sheet.reset_dimensions()
                sheets.append(
                    (sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)])
                )
            return sheets
        finally:
            book.close()


def fast(path: Path) -> Sheets:
    """What the fast reader reads (``Unsupported`` if it does not take the file on)."""
    with xlsx_reader.open_workbook(path) as book:
        return [(sheet.name, book.rows(sheet, LIMIT)) for sheet in book.sheets]


def typed(sheets: Sheets) -> list[tuple[str, list[tuple[tuple[type, Any], ...]]]]:
    return [
        (name, [tuple((type(value), value) for value in row) for row in rows])
        for name, rows in sheets
    ]


def assert_same(path: Path) -> Sheets:
    expected = reference(path)
    assert typed(fast(path)) == typed(expected)
    return expected


# --- the workbooks the other tests use ------------------------------------------------------


def test_there_are_workbooks_to_compare() -> None:
    assert len(WORKBOOKS) >= 3


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_every_test_workbook_reads_as_openpyxl_reads_it(path: Path) -> None:
    sheets = assert_same(path)
    assert sheets and any(rows for _, rows in sheets)


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_read_sheets_takes_the_fast_way_for_them(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_openpyxl(*args: object, **kwargs: object) -> None:
        raise AssertionError("left to openpyxl")

    monkeypatch.setattr(spreadsheets, "_openpyxl_sheets", no_openpyxl)
    got = list(spreadsheets.read_sheets(path))
    assert typed(got) == typed(reference(path))


# --- workbooks openpyxl writes ----------------------------------------------------------------

TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Cn")) | st.sampled_from("\t\n\r ")
STRINGS = st.one_of(
    st.text(TEXT, max_size=12),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6),
    st.from_regex(r"\A0\d{5,18}\Z"),  # student numbers with leading zeros
    st.from_regex(r"\A[ \t]*[0-9.eE+-]{1,8}[ \t]*\Z"),  # text that looks like a number
    st.sampled_from(["_x005F_x000D_", "ax005F_b", " 张 三 ", "\u3000李四", "TRUE", "#N/A"]),
).filter(lambda s: not s.startswith("="))  # "=..." is a formula to openpyxl
FORMATS = st.sampled_from(
    [
        "General",
        "0",
        "0.00",
        "@",
        "#,##0",
        "0.00E+00",
        "0%",
        "mm-dd-yy",
        "d-mmm-yy",
        "h:mm",
        "h:mm:ss",
        "h:mm AM/PM",
        "yyyy-mm-dd",
        "yyyy-mm-dd h:mm:ss",
        "m/d/yy h:mm",
        "[h]:mm:ss",
        "mm:ss",
        'yyyy"年"m"月"d"日"',
        "[$-F800]dddd, mmmm dd, yyyy",
        '"day" 0',
    ]
)
RICH = st.lists(
    st.text(TEXT, min_size=1, max_size=6)
    | st.builds(
        TextBlock,
        st.builds(InlineFont, b=st.booleans(), i=st.booleans(), sz=st.sampled_from([None, 9])),
        st.text(TEXT, min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=3,
).map(lambda parts: CellRichText(*parts))
VALUES = st.one_of(
    st.none(),
    st.integers(-(10**6), 10**6),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from([0.1, -0.0, 1e-300, 1.5e16, 3.306022011030512e17, 45000.5, 0.25]),
    STRINGS,
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.times(),
    st.timedeltas(min_value=timedelta(days=-1000), max_value=timedelta(days=1000)),
    RICH,
)
CELLS = st.tuples(VALUES, st.none() | FORMATS)
GRIDS = st.dictionaries(st.tuples(st.integers(1, 40), st.integers(1, 14)), CELLS, max_size=25)
TITLES = st.text(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5) | st.sampled_from("ab Z09-_"),
    min_size=1,
    max_size=10,
)


def openpyxl_workbook(
    grids: list[dict[tuple[int, int], Any]], titles: list[str], mac: bool
) -> bytes:
    book = openpyxl.Workbook()
    if mac:
        book.epoch = CALENDAR_MAC_1904
    book.remove(book.active)
    for number, (grid, title) in enumerate(zip(grids, titles, strict=True)):
        sheet = book.create_sheet(f"{number}{title}")
        for (row, column), (value, number_format) in grid.items():
            cell = sheet.cell(row, column)
            cell.value = value
            if number_format is not None:
                cell.number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(GRIDS, min_size=1, max_size=3),
    st.lists(TITLES, min_size=3, max_size=3),
    st.booleans(),
)
def test_what_openpyxl_writes_reads_the_same(
    grids: list[dict[tuple[int, int], Any]], titles: list[str], mac: bool
) -> None:
    data = openpyxl_workbook(grids, titles[: len(grids)], mac)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.xlsx"
        path.write_bytes(data)
        assert_same(path)


def test_a_styled_empty_cell_ends_its_row_as_openpyxl_says(tmp_path: Path) -> None:
    data = openpyxl_workbook(
        [{(1, 1): ("a", None), (1, 4): (None, "0.00"), (3, 2): (date(2026, 3, 1), None)}],
        ["x"],
        mac=False,
    )
    path = tmp_path / "book.xlsx"
    path.write_bytes(data)
    rows = assert_same(path)[0][1]
    assert rows == [("a", None, None, None), (), (None, datetime(2026, 3, 1))]


# --- workbooks made by hand: what other programs write ---------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml"
# cell styles: 0 General, 1 builtin 22 (m/d/yy h:mm), 2 custom date, 3 custom duration,
# 4 builtin 2 (0.00), 5 id 14 (a date built in) redefined as "0.000", 6 builtin 20 (h:mm),
# 7 text "@"
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="3">'
    '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
    '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="14" formatCode="0.000"/>'
    "</numFmts><cellXfs>"
    + "".join(f'<xf numFmtId="{n}"/>' for n in (0, 22, 164, 165, 2, 14, 20, 49))
    + "</cellXfs></styleSheet>"
)


def handmade(
    path: Path,
    sheets: list[tuple[str, str]],
    strings: list[str] | None = None,
    *,
    styles: str | None = STYLES,
    date1904: str | None = None,
    extra_rels: str = "",
) -> Path:
    """A workbook written the plain way other programs write one: ``sheets`` are (name,
    the worksheet's XML inside <worksheet>), ``strings`` the shared strings' <si> XML."""
    parts: dict[str, str] = {}
    overrides = [("/xl/workbook.xml", f"{SPREADSHEET}.sheet.main+xml")]
    rels = []
    entries = []
    for number, (name, xml) in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{number}.xml"] = f'<worksheet xmlns="{MAIN}">{xml}</worksheet>'
        overrides.append((f"/xl/worksheets/sheet{number}.xml", f"{SPREADSHEET}.worksheet+xml"))
        rels.append(
            f'<Relationship Id="rId{number}" Type="{REL}/worksheet" '
            f'Target="worksheets/sheet{number}.xml"/>'
        )
        entries.append(f'<sheet name={quoteattr(name)} sheetId="{number}" r:id="rId{number}"/>')
    if strings is not None:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{"".join(strings)}</sst>'
        overrides.append(("/xl/sharedStrings.xml", f"{SPREADSHEET}.sharedStrings+xml"))
    if styles is not None:
        parts["xl/styles.xml"] = styles
        overrides.append(("/xl/styles.xml", f"{SPREADSHEET}.styles+xml"))
    flag = "" if date1904 is None else f" date1904={quoteattr(date1904)}"
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr{flag}/>'
        f"<sheets>{''.join(entries)}</sheets></workbook>"
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{PKG}">{"".join(rels)}{extra_rels}</Relationships>'
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = (
        f'<Types xmlns="{CT}"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>\n' + xml)
    return path


def sheet_data(rows: str) -> str:
    return f"<sheetData>{rows}</sheetData>"


XML_TEXT = st.text(TEXT, max_size=8).map(escape)
SHARED = st.one_of(
    XML_TEXT.map(lambda t: f"<si><t>{t}</t></si>"),
    XML_TEXT.map(lambda t: f'<si><t xml:space="preserve"> {t} </t></si>'),
    st.sampled_from(["<si><t/></si>", "<si/>", "<si><t>_x005F_x000D_ax005F_</t></si>"]),
    st.tuples(XML_TEXT, XML_TEXT).map(
        lambda ab: (
            f'<si><r><rPr><b/><sz val="11"/></rPr><t>{ab[0]}</t></r><r><t>{ab[1]}</t></r></si>'
        )
    ),
    st.tuples(XML_TEXT, XML_TEXT).map(
        lambda ab: (
            f'<si><t>{ab[0]}</t><rPh sb="0" eb="1"><t>{ab[1]}</t></rPh>'
            '<phoneticPr fontId="1" type="noConversion"/></si>'
        )
    ),
    st.tuples(XML_TEXT, XML_TEXT).map(lambda ab: f"<si><t>{ab[0]}</t><r><t>{ab[1]}</t></r></si>"),
)
INLINE = st.one_of(
    XML_TEXT.map(lambda t: f"<is><t>{t}</t></is>"),
    st.tuples(XML_TEXT, XML_TEXT).map(
        lambda ab: f"<is><r><t>{ab[0]}</t></r><r><rPr><i/></rPr><t>{ab[1]}</t></r></is>"
    ),
    st.just("<is/>"),
    st.just(""),  # no <is> at all
)
NUMBERS = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["1.0", "1e3", "-0.5", "007", "1E-2", " 12", "45000.75", "0.25", "-1", "1e10"]),
)
VALUE_TEXT = {
    "n": NUMBERS,
    "str": XML_TEXT,
    "b": st.sampled_from(["0", "1"]),
    "e": st.sampled_from(["#N/A", "#DIV/0!", "#VALUE!", "#REF!"]),
    "d": st.sampled_from(
        ["2024-01-02", "2024-01-02T03:04:05", "03:04:05", "2024-01-02T03:04:05.120", "PT3H4M"]
    ),
}


@st.composite
def handmade_rows(draw: st.DrawFn, strings: int) -> str:
    rows = []
    row_number = 0
    for _ in range(draw(st.integers(0, 12))):
        how = draw(st.sampled_from(["next", "next", "gap", "any", "float", "none"]))
        if how == "none":
            row_attr = ""
            row_number += 1
        else:
            if how == "next":
                row_number += 1
            elif how == "gap":
                row_number += draw(st.integers(2, 5))
            else:
                row_number = draw(st.integers(1, 30))
            text = f"{row_number}.0" if how == "float" else str(row_number)
            row_attr = f' r="{text}" spans="1:9"'
        cells = []
        column = 0
        for _ in range(draw(st.integers(0, 7))):
            where = draw(st.sampled_from(["next", "next", "gap", "any", "none", "lower"]))
            if where == "none":
                ref = ""
                column += 1
            else:
                if where == "gap":
                    column += draw(st.integers(2, 4))
                elif where == "any":
                    column = draw(st.integers(1, 12))
                else:
                    column += 1
                letters = get_column_letter(column)
                ref = f' r="{letters.lower() if where == "lower" else letters}{row_number}"'
            kinds = ["n", "n", "str", "inlineStr", "b", "e", "d", None]
            kind = draw(st.sampled_from([*kinds, "s"] if strings else kinds))
            type_attr = "" if kind is None else f' t="{kind}"'
            style = draw(st.sampled_from([None, "", "0", "1", "2", "3", "4", "5", "6", "7"]))
            style_attr = "" if style is None else f' s="{style}"'
            formula = draw(st.sampled_from(["", "<f>SUM(A1:A2)</f>"]))
            if kind == "inlineStr":
                body = draw(INLINE) + draw(st.sampled_from(["", "<v>9</v>"]))
            else:
                if kind == "s":
                    text = str(draw(st.integers(-1, strings - 1)))
                else:
                    text = draw(VALUE_TEXT[kind or "n"])
                body = draw(st.sampled_from([f"<v>{text}</v>", f"<v>{text}</v>", "<v/>", ""]))
            cells.append(f"<c{ref}{type_attr}{style_attr}>{formula}{body}</c>")
        rows.append(f"<row{row_attr}>{''.join(cells)}</row>")
    return "".join(rows)


@st.composite
def handmade_books(draw: st.DrawFn) -> tuple[list[str], list[str], str | None]:
    strings = draw(st.lists(SHARED, max_size=6))
    sheets = draw(st.lists(handmade_rows(len(strings)), min_size=1, max_size=3))
    date1904 = draw(st.sampled_from([None, "1", "true", "0", "false"]))
    return strings, sheets, date1904


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(handmade_books())
def test_what_other_programs_write_reads_the_same(
    book: tuple[list[str], list[str], str | None],
) -> None:
    strings, sheets, date1904 = book
    with tempfile.TemporaryDirectory() as folder:
        path = handmade(
            Path(folder) / "book.xlsx",
            [(f"表{n}", f'<dimension ref="A1"/>{sheet_data(x)}') for n, x in enumerate(sheets)],
            strings,
            date1904=date1904,
        )
        assert_same(path)


def test_gaps_order_and_types_as_openpyxl(tmp_path: Path) -> None:
    rows = (
        '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>'
        "<row><c><v>1</v></c><c><v>2.50</v></c><c/></row>"  # row 3: no references
        '<row r="1"><c r="A1"><v>5</v></c></row>'  # behind row 3: dropped
        '<row r="5"><c r="C5" s="1"><v>45000.5</v></c><c r="A5" s="3"><v>1.5</v></c></row>'
        '<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="e"><v>#N/A</v></c>'
        '<c r="C6" t="str"><v> 007 </v></c><c r="D6" t="d"><v>2026-03-01</v></c>'
        '<c r="E6" s="5"><v>14</v></c><c r="F6" s="6"><v>0.75</v></c></row>'
        '<row r="8"/>'
    )
    strings = [
        "<si><t>x005F_张三</t></si>",
        '<si><r><t>李</t></r><r><rPr><b/></rPr><t xml:space="preserve">四 </t></r>'
        '<rPh sb="0" eb="1"><t>li</t></rPh></si>',
    ]
    path = handmade(tmp_path / "book.xlsx", [("名单", sheet_data(rows))], strings)
    assert assert_same(path) == [
        (
            "名单",
            [
                (),
                (None, "张三", None, "李四 "),
                (1, 2.5, None),
                (),
                (timedelta(hours=36),),  # C5 (before A5) is cut: the row ends at A5
                (True, "#N/A", " 007 ", date(2026, 3, 1), 14, time(18, 0)),
                (),
                (),
            ],
        )
    ]


def test_dates_of_the_1904_system(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row>'
    path = handmade(tmp_path / "book.xlsx", [("s", sheet_data(rows))], date1904="1")
    assert assert_same(path) == [("s", [(time(0, 0), datetime(2027, 3, 16))])]


def test_without_styles_numbers_stay_numbers(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" s="1"><v>45000</v></c></row>'
    path = handmade(tmp_path / "book.xlsx", [("s", sheet_data(rows))], styles=None)
    assert assert_same(path) == [("s", [(45000,)])]


def test_a_date_out_of_range_is_the_error_value(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" s="1"><v>1e10</v></c><c r="B1" s="3"><v>1e12</v></c></row>'
    path = handmade(tmp_path / "book.xlsx", [("s", sheet_data(rows))])
    assert assert_same(path) == [("s", [("#VALUE!", "#VALUE!")])]


# --- what the fast reader leaves to openpyxl ----------------------------------------------------


def test_an_unknown_cell_type_is_left_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = sheet_data('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>')
    odd = sheet_data(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
        '<c r="B1" t="x"><v>abc</v></c></row>'
    )
    path = handmade(tmp_path / "book.xlsx", [("一", good), ("二", odd), ("三", good)])
    with pytest.raises(xlsx_reader.Unsupported):
        fast(path)
    skipped: list[int] = []
    real = spreadsheets._openpyxl_sheets

    def spy(path: Path, skip: int = 0) -> Any:
        skipped.append(skip)
        return real(path, skip)

    monkeypatch.setattr(spreadsheets, "_openpyxl_sheets", spy)
    got = list(spreadsheets.read_sheets(path))
    assert skipped == [1]  # the first sheet read fast, the others by openpyxl
    assert got == reference(path)
    assert got == [("一", [("姓名",)]), ("二", [("姓名", "abc")]), ("三", [("姓名",)])]


@pytest.mark.parametrize(
    ("cells", "row"),
    [
        ('<c r="A1 "><v>1</v></c>', (1,)),  # int("1 ") is fine with openpyxl
        ('<c r="\u017f1"><v>1</v></c>', (None,) * 18 + (1,)),  # "ſ".upper() is "S"
        ("<c><x/><v>2</v></c><x/>", (2, None)),  # any element in a row is a cell to openpyxl
        ('<c r="B1" t="x"><v>abc</v></c>', (None, "abc")),  # an unknown type: its text
    ],
)
def test_odd_cells_are_left_to_openpyxl(tmp_path: Path, cells: str, row: tuple[Any]) -> None:
    path = handmade(tmp_path / "book.xlsx", [("s", sheet_data(f'<row r="1">{cells}</row>'))])
    with pytest.raises(xlsx_reader.Unsupported):
        fast(path)
    assert reference(path) == [("s", [row])]
    assert list(spreadsheets.read_sheets(path)) == [("s", [row])]


def test_a_chart_sheet_is_left_to_openpyxl_which_skips_it(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "数据"
    for n in range(1, 5):
        sheet.append([n, n * n])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4))
    book.create_chartsheet("图").add_chart(chart)
    book.create_sheet("后")["A1"] = "x"
    path = tmp_path / "chart.xlsx"
    book.save(path)
    with pytest.raises(xlsx_reader.Unsupported):
        fast(path)
    got = list(spreadsheets.read_sheets(path))
    assert got == reference(path)
    assert [name for name, _ in got] == ["数据", "后"]


def test_a_missing_shared_strings_part_is_refused_as_damaged(tmp_path: Path) -> None:
    rows = sheet_data('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    path = handmade(tmp_path / "book.xlsx", [("s", rows)], ["<si><t>a</t></si>"])
    with zipfile.ZipFile(path) as source:
        parts = {n: source.read(n) for n in source.namelist() if n != "xl/sharedStrings.xml"}
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(xlsx_reader.Unsupported):
        fast(path)
    with pytest.raises(ImportRejected) as refused:
        list(spreadsheets.read_sheets(path))
    assert refused.value.params["reason"] == "damaged"


def test_a_damaged_second_sheet_is_refused_after_the_first(tmp_path: Path) -> None:
    good = sheet_data('<row r="1"><c r="A1"><v>1</v></c></row>')
    path = handmade(tmp_path / "book.xlsx", [("一", good), ("二", good)])
    with zipfile.ZipFile(path) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"][:-30]
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    sheets = spreadsheets.read_sheets(path)
    assert next(sheets) == ("一", [(1,)])
    with pytest.raises(ImportRejected) as refused:
        next(sheets)
    assert refused.value.params["reason"] == "damaged"


# --- the row limit -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "refused"),
    [
        ("".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in (1, 2, 3)), False),
        ("".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in (1, 2, 3, 4)), True),
        ('<row r="9"><c r="A9"><v>9</v></c></row>', True),  # the empty rows above count
        ('<row r="3"/><row r="2"/>', False),
    ],
)
def test_more_rows_than_the_limit_are_refused_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, refused: bool
) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 3)
    path = handmade(tmp_path / "book.xlsx", [("s", sheet_data(rows))])
    for read in (spreadsheets.read_sheets, spreadsheets._openpyxl_sheets):
        if refused:
            with pytest.raises(ImportRejected) as caught:
                list(read(path))
            assert caught.value.params == {"reason": "too_many_rows", "limit": 3}
        else:
            [(_name, got)] = list(read(path))
            assert len(got) == 3
