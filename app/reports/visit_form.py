"""家访记录表: the home-visit record form, blank (to fill in by hand), pre-filled with the
student (and a planned visit), or filled from a recorded visit."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.domain.enums import VisitKind
from app.domain.growth import HomeVisit
from app.domain.labels import label
from app.reports.layout import (
    CONTENT_WIDTH,
    SHADE,
    DocInfo,
    Styles,
    day,
    grid_style,
    render,
    text,
    title_block,
)

TITLE = "家访记录表"
CHECKED, UNCHECKED = "■", "□"
_GAP = "\u00a0" * 6  # no-break spaces: a Paragraph keeps them (ordinary ones collapse)
_BLANK_DATE = f"{_GAP}年{_GAP}月{_GAP}日"
_ROOM_MM = 10  # room left to write under a filled-in text


@dataclass(frozen=True)
class VisitForm:
    """What the form shows; empty strings leave a line to write on."""

    school_year: str  # 2026-2027
    student_name: str = ""
    student_number: str = ""
    gender: str = ""
    class_name: str = ""
    guardians: str = ""  # "张伟（父亲）13800001234"
    address_note: str = ""
    purpose: str = ""  # from the visit plan
    visit: HomeVisit | None = None


def _boxes(options: list[tuple[str, bool]]) -> str:
    return "\u00a0\u00a0\u00a0".join(
        f"{CHECKED if on else UNCHECKED}{name}" for name, on in options
    )


def _kinds(visit: HomeVisit | None) -> str:
    return _boxes([(label(kind), visit is not None and visit.kind is kind) for kind in VisitKind])


def _follow_up(visit: HomeVisit | None) -> str:
    if visit is None:
        return _boxes([("是", False), ("否", False)])
    return _boxes([("是", visit.follow_up), ("否", not visit.follow_up)])


def _value(visit: HomeVisit | None, name: str) -> str:
    return str(getattr(visit, name) or "") if visit is not None else ""


def _rows(form: VisitForm) -> list[tuple[str, str, str, str] | tuple[str, str]]:
    v = form.visit
    return [
        ("学生姓名", form.student_name, "班级", form.class_name),
        ("性别", form.gender, "学籍号", form.student_number),
        (
            "家访日期",
            day(v.visited_on) if v else _BLANK_DATE,
            "家访人员",
            _value(v, "visitors"),
        ),
        ("家访形式", _kinds(v)),
        ("监护人及电话", form.guardians),
        ("接待的家庭成员", _value(v, "met_with")),
        ("家访目的", form.purpose),
        ("家庭环境观察", _value(v, "home_observations")),
        ("发现的问题与关注点", _value(v, "concerns")),
        ("商定的措施", _value(v, "agreed_actions")),
        (
            "下次家访日期",
            day(v.next_visit_on) if v and v.next_visit_on else "",
            "是否随访",
            _follow_up(v),
        ),
        ("家访教师签名", "", "家长签名", ""),
    ]


# Rows that need room to write by hand (index in _rows -> height in mm when blank).
_TALL = {6: 16, 7: 38, 8: 32, 9: 32}
_ROW_MM, _SIGN_MM = 11, 16


def _heights(count: int, filled: bool) -> list[float | None]:
    """Fixed heights on a blank form; a filled one grows with its text (the signature
    line keeps room to sign)."""
    heights: list[float | None] = [
        None if filled else _TALL.get(i, _ROW_MM) * mm for i in range(count)
    ]
    heights[-1] = _SIGN_MM * mm
    return heights


def _cells(styles: Styles, row: tuple[str, ...], room: bool) -> list[object]:
    """Label, value (, label, value) cells; ``room`` leaves space to write under the value."""
    cells: list[object] = []
    for index, value in enumerate(row):
        if index % 2 == 0:
            cells.append(Paragraph(text(value), styles.head))
            continue
        paragraph = Paragraph(text(value) if value else "", styles.body)
        cells.append([paragraph, Spacer(1, _ROOM_MM * mm)] if room else paragraph)
    return cells + [""] * (4 - len(cells))


def form_table(styles: Styles, form: VisitForm) -> Table:
    rows = _rows(form)
    filled = form.visit is not None
    data = [_cells(styles, row, filled and i in _TALL) for i, row in enumerate(rows)]
    heights = _heights(len(rows), filled)
    unit = CONTENT_WIDTH / 20
    table = Table(data, colWidths=[4 * unit, 6 * unit, 4 * unit, 6 * unit], rowHeights=heights)
    style = grid_style(styles.font, 0)
    for index, row in enumerate(rows):
        style.add("BACKGROUND", (0, index), (0, index), SHADE)
        if len(row) == 2:
            style.add("SPAN", (1, index), (3, index))
        else:
            style.add("BACKGROUND", (2, index), (2, index), SHADE)
    for index in _TALL:
        style.add("VALIGN", (1, index), (3, index), "TOP")
    table.setStyle(style)
    return table


def visit_form_story(styles: Styles, info: DocInfo, form: VisitForm) -> list[Flowable]:
    subtitle = f"{info.school_name} · {form.school_year}学年"
    note = (
        "说明：每名学生每学年至少实地家访一次；贫困、留守、单亲和休学学生定期随访并填写本表。"
        "本表填写后交心理辅导站归档。"
    )
    return [
        *title_block(styles, TITLE, subtitle),
        form_table(styles, form),
        Spacer(1, 4 * mm),
        Paragraph(text(note), styles.small),
    ]


def draw_visit_form(info: DocInfo, form: VisitForm) -> tuple[bytes, int]:
    return render(info, visit_form_story(Styles(info.font.name), info, form))
