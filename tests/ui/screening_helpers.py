"""Shared set-up of the Screening page tests: the school of tests/data/screening (roster.csv,
36 students in 七年级(1)班, 七年级(2)班 and 八年级(1)班) on a real station, sheets made from
platform_a.xlsx, and the clicks a counselor makes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QItemSelectionModel, Qt

from app.services.roster_import import import_roster
from tests.conftest import DATA, StationInfo
from tests.ui.growth_helpers import prepare
from tests.ui.helpers import TIMEOUT
from tests.ui.test_dashboard_page import open_main

SHEETS = DATA / "screening"
PLATFORM_A = SHEETS / "platform_a.xlsx"
HEADER_ROW, DATE_COLUMN = 3, 6  # platform A: header on row 3, 测试日期 in column F


def add_school(info: StationInfo) -> None:
    """Import the fixture roster (36 students), then close the station for the GUI."""

    def fill(session: Any) -> None:
        report = import_roster(session, SHEETS / "roster.csv")
        assert report.created == 36 and not report.errors

    prepare(info, fill)


def sheet_a(folder: Path, rename: dict[str, str] | None = None, name: str = "mht.xlsx") -> Path:
    """platform_a.xlsx taken today (so it counts for this semester), with header cells
    renamed (e.g. {"冲动倾向": "冲动性"} makes that column one XinAn does not know).

    Platform A as made: 28 result rows, 20 importable, 3 students not matched (陈不在 and
    林外校 are not in the roster, 张冒名 uses A07's 学籍号), 3 suggested yellow flags
    (A01 total 70, A02 学习焦虑 12, B01 过敏倾向 9)."""
    book = openpyxl.load_workbook(PLATFORM_A)
    sheet = book.active
    for cell in sheet[HEADER_ROW]:
        if rename and cell.value in rename:
            cell.value = rename[cell.value]
    today = datetime.combine(date.today(), datetime.min.time())
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        cell = sheet.cell(row, DATE_COLUMN)
        if cell.value not in (None, ""):
            cell.value = today
    path = folder / name
    book.save(path)
    return path


def open_screening(qtbot, make_controller, info: StationInfo, username=None, password=None):
    _, window = open_main(qtbot, make_controller, info, username, password)
    page = window.show_page("screening")  # Ctrl+5
    assert window.current_key() == "screening"
    wait_loaded(qtbot, page)
    return window, page


def wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=TIMEOUT)


def reload(qtbot, page) -> None:
    page.data = None
    page.refresh()
    wait_loaded(qtbot, page)


def open_preview(qtbot, page, path: Path):
    """Click 导入测评结果… and pick ``path``: the preview dialog, once it shows."""
    from app.ui import dialogs

    dialogs.preset("open_file", path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.importer.dialog is not None and page.importer.dialog.isVisible(),
        timeout=TIMEOUT,
    )
    return page.importer.dialog


def choose(combo, field: str) -> None:
    """Pick ``field`` in a column's "read as" box, as the user would."""
    index = combo.findData(field)
    assert index >= 0, field
    combo.setCurrentIndex(index)


def wait_checked(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.checking, timeout=TIMEOUT)


def import_and_wait(qtbot, page, dialog):
    """Click 导入 in the preview: the result dialog, once the import is written."""
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.importer.result is not None and page.importer.result.isVisible(),
        timeout=TIMEOUT,
    )
    return page.importer.result


def select_rows(table, rows: list[int]) -> None:
    """Select whole rows of a table view (Ctrl+click in the GUI)."""
    table.clearSelection()
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(table.model().index(row, 0), flags)


def cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
