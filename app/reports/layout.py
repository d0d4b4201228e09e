"""What every printed document shares: A4 pages with the school and the confidential
marking 内部资料 注意保密 on top, who printed it and when, and "第 n 页 共 N 页" below;
the paragraph styles; and the small building blocks (sections, tables) the documents use.

Documents are rendered into memory (``render``) and returned as bytes: the services write
them atomically where the user chose.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.fonts import FontChoice
from app.reports.wrap import wrap_lines

# Binary (not ASCII85) streams: smaller files, and the encoding was a tenth of the time of
# drawing a growth file. Every PDF this process draws is one of ours.
rl_config.useA85 = 0

CONFIDENTIAL = "内部资料 注意保密"
MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#212121")
GRID = colors.HexColor("#9e9e9e")
SHADE = colors.HexColor("#eeeeee")
ALERT = colors.HexColor("#c62828")
EMPTY = "—"
CELL_SIZE, CELL_LEADING, CELL_PAD = 9, 12.5, 9  # table text: size, leading, side padding
SECTION_ROOM = 40 * mm  # a section starting lower than this starts on the next page


@dataclass(frozen=True)
class DocInfo:
    """Who and what a document is for: printed on every page."""

    title: str
    school_name: str
    printed_by: str
    printed_at: datetime
    font: FontChoice
    confidential: bool = True


@dataclass
class Styles:
    font: str
    title: ParagraphStyle = field(init=False)
    subtitle: ParagraphStyle = field(init=False)
    heading: ParagraphStyle = field(init=False)
    body: ParagraphStyle = field(init=False)
    cell: ParagraphStyle = field(init=False)
    head: ParagraphStyle = field(init=False)
    small: ParagraphStyle = field(init=False)
    alert: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        base = ParagraphStyle("base", fontName=self.font, wordWrap="CJK", textColor=INK)
        self.title = ParagraphStyle("title", base, fontSize=20, leading=28, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=10.5, leading=15, alignment=TA_CENTER
        )
        self.heading = ParagraphStyle(
            "heading", base, fontSize=13, leading=18, spaceBefore=10, spaceAfter=5
        )
        self.body = ParagraphStyle("body", base, fontSize=10.5, leading=16)
        self.cell = ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.head = ParagraphStyle("head", self.cell, alignment=TA_CENTER)
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=GRID)
        self.alert = ParagraphStyle("alert", self.cell, textColor=ALERT)


def text(value: object) -> str:
    """Text for a Paragraph: escaped, line breaks kept, an em dash for nothing."""
    if value is None or value == "":
        return EMPTY
    return escape(str(value)).replace("\n", "<br/>")


def day(value: date | None) -> str:
    return value.isoformat() if value else EMPTY


def moment(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else EMPTY


def percent(ratio: float | None) -> str:
    return EMPTY if ratio is None else f"{ratio * 100:.1f}%"


# --- pages ---------------------------------------------------------------------------------


class _Pages:
    """Decorates every page once the page count is known (header, footer)."""

    def __init__(self, info: DocInfo) -> None:
        self.info = info
        self.count = 0

    def canvas_class(self) -> type[Canvas]:
        pages = self

        class _Canvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._states: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._states.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                pages.count = len(self._states)
                for number, state in enumerate(self._states, start=1):
                    self.__dict__.update(state)
                    pages.decorate(self, number)
                    Canvas.showPage(self)
                Canvas.save(self)

        return _Canvas

    def decorate(self, canvas: Canvas, number: int) -> None:
        info, font = self.info, self.info.font.name
        top, bottom = PAGE_HEIGHT - 12 * mm, 10 * mm
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top, f"{info.school_name} · {info.title}")
        if info.confidential:
            canvas.setFillColor(ALERT)
            canvas.setFont(font, 10)
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top, CONFIDENTIAL)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        canvas.line(MARGIN, bottom + 4.5 * mm, PAGE_WIDTH - MARGIN, bottom + 4.5 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(font, 8.5)
        canvas.drawString(
            MARGIN, bottom, f"打印人：{info.printed_by}　打印时间：{moment(info.printed_at)}"
        )
        canvas.drawCentredString(PAGE_WIDTH / 2, bottom, f"第 {number} 页 共 {self.count} 页")
        if info.confidential:
            canvas.drawRightString(PAGE_WIDTH - MARGIN, bottom, CONFIDENTIAL)
        canvas.restoreState()


def render(info: DocInfo, story: Sequence[Flowable]) -> tuple[bytes, int]:
    """The PDF bytes of ``story`` and its page count."""
    buffer = io.BytesIO()
    pages = _Pages(info)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=info.title,
        author=info.school_name,
        creator="XinAn 心安",
        initialFontName=info.font.name,
    )
    doc.build(list(story), canvasmaker=pages.canvas_class())
    return buffer.getvalue(), pages.count


# --- building blocks -----------------------------------------------------------------------


def title_block(styles: Styles, title: str, subtitle: str) -> list[Flowable]:
    return [
        Paragraph(text(title), styles.title),
        Paragraph(text(subtitle), styles.subtitle),
        Spacer(1, 5 * mm),
    ]


def heading(styles: Styles, title: str) -> Paragraph:
    return Paragraph(text(title), styles.heading)


def grid_style(font: str, header_rows: int) -> TableStyle:
    """Thin grid, shaded header rows; the font set so reportlab's default (Helvetica,
    never embedded) is not pulled into the file."""
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    return TableStyle(commands)


def _cell(styles: Styles, value: object, width: float) -> Flowable | str:
    """A table cell: text broken into lines here and drawn as is (several times cheaper
    than a Paragraph per cell, which matters for thousands of growth files)."""
    if isinstance(value, Flowable):
        return value
    plain = EMPTY if value is None or value == "" else str(value)
    return "\n".join(wrap_lines(plain, styles.font, CELL_SIZE, width - CELL_PAD))


def alert(styles: Styles, value: object) -> Paragraph:
    """A cell that must catch the eye (not visited, overdue)."""
    return Paragraph(text(value), styles.alert)


def data_table(
    styles: Styles,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
) -> Table:
    """A grid with a shaded header row repeated on every page; ``widths`` are fractions
    of the content width. Cells are text, or ready flowables (e.g. ``alert``)."""
    columns = [w * CONTENT_WIDTH for w in widths]
    body: list[list[Flowable | str]] = [
        [_cell(styles, h, width) for h, width in zip(headers, columns, strict=True)]
    ]
    body += [[_cell(styles, c, w) for c, w in zip(row, columns, strict=True)] for row in rows]
    table = Table(body, colWidths=columns, repeatRows=1)
    style = grid_style(styles.font, 1)
    style.add("ALIGN", (0, 0), (-1, 0), "CENTER")
    table.setStyle(style)
    return table


def fields_table(
    styles: Styles,
    pairs: Sequence[tuple[str, object]],
    columns: int = 2,
    label_share: float = 2 / 7,
) -> Table:
    """Label/value pairs, ``columns`` pairs per line, labels shaded, centred and taking
    ``label_share`` of each pair's width."""
    pair = CONTENT_WIDTH / columns
    widths = [label_share * pair, (1 - label_share) * pair] * columns
    cells: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        items = [item for label_value in pairs[start : start + columns] for item in label_value]
        line = [_cell(styles, v, w) for v, w in zip(items, widths, strict=False)]
        cells.append(line + [""] * (2 * columns - len(line)))
    table = Table(cells, colWidths=widths)
    style = grid_style(styles.font, 0)
    for column in range(0, 2 * columns, 2):
        style.add("BACKGROUND", (column, 0), (column, -1), SHADE)
        style.add("ALIGN", (column, 0), (column, -1), "CENTER")
    table.setStyle(style)
    return table


def section(
    styles: Styles,
    title: str,
    content: Sequence[Flowable],
    empty: str = "无记录",
    keep_first: bool = False,
) -> list[Flowable]:
    """A heading, starting a new page when little room is left, then its content (or a
    "no records" line). ``keep_first`` keeps the heading on the page of the first
    flowable (for charts, which cannot split)."""
    body = list(content) or [Paragraph(text(empty), styles.body)]
    top: list[Flowable] = [heading(styles, title)]
    if keep_first:
        top, body = [KeepTogether([*top, body[0]])], body[1:]
    return [CondPageBreak(SECTION_ROOM), *top, *body, Spacer(1, 2 * mm)]


def side_by_side(styles: Styles, flowables: Sequence[Flowable]) -> Table:
    """Flowables (e.g. two charts) next to each other, without a grid."""
    table = Table([list(flowables)])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font)]))
    return table


def table_section(
    styles: Styles,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    empty: str = "无记录",
) -> list[Flowable]:
    content = [data_table(styles, headers, rows, widths)] if rows else []
    return section(styles, title, content, empty)
