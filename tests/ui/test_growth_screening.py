"""Raising a yellow flag from a screening: abnormal scales highlighted, unreliable sheets
marked, and the change-level dialog filled in for the counselor to confirm."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.enums import SourceLevel, WarningLevel
from tests.ui.growth_helpers import (
    add_screening,
    add_students,
    gone,
    open_growth,
    prepare,
    unlock,
    wait_reloaded,
)
from tests.ui.helpers import TIMEOUT

ABNORMAL = {
    "learning_anxiety": 9,
    "social_anxiety": 8,
    "loneliness": 2,
    "self_blame": 5,
    "sensitivity": 6,
    "physical": 4,
    "phobia": 1,
    "impulsiveness": 3,
}
UNRELIABLE = dict(ABNORMAL, loneliness=9)


def _screened(session):
    ids = add_students(session)
    add_screening(session, ids["zhang"], UNRELIABLE, taken_on=date(2025, 10, 8), validity=9)
    add_screening(session, ids["zhang"], ABNORMAL, taken_on=date(2026, 3, 2), validity=3)
    return ids


def _cell(table, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = table.model_
    return model.data(model.index(row, column), role)


def test_raise_a_yellow_flag_from_a_screening(qtbot, make_controller, station_info):
    ids = prepare(station_info, _screened)
    _, main = unlock(qtbot, make_controller, station_info)
    window = open_growth(qtbot, main, ids["zhang"])
    tab = window.show_tab("screenings")
    table = tab.list.table
    assert table.model_.rowCount() == 2
    headers = [table.model_.headerData(c, Qt.Orientation.Horizontal) for c in range(13)]
    assert headers[:4] == ["日期", "量表", "学习焦虑", "对人焦虑"]
    # newest first: the abnormal, reliable sheet of March 2026
    assert _cell(table, 0, 0) == "2026-03-02" and _cell(table, 0, 2) == "9"
    abnormal = _cell(table, 0, 2, Qt.ItemDataRole.BackgroundRole)
    assert abnormal is not None and abnormal.name() == "#ffcdd2"
    assert _cell(table, 0, 4, Qt.ItemDataRole.BackgroundRole) is None  # loneliness 2
    assert _cell(table, 0, 12) == "异常"
    # the older sheet has a validity score of 9: unreliable, greyed, not highlighted
    assert _cell(table, 1, 12) == "答卷不可靠"
    assert _cell(table, 1, 2, Qt.ItemDataRole.BackgroundRole).name() == "#eeeeee"
    table.select_row(1)
    assert not tab.raise_button.isEnabled()
    table.select_row(0)
    assert tab.raise_button.isEnabled()

    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    dialog = window.tabs["flags"].dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    assert form.fields["level"].get() == "yellow"
    assert form.fields["source"].get() == "external"
    reason = form.fields["reason"].get()
    assert reason == "MHT筛查（2026-03-02）。异常分量表：学习焦虑 9、对人焦虑 8。"
    assert form.fields["reporter"].get() == "MHT筛查"
    assert form.save_button.isEnabled()  # the counselor confirms as it is
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, window, lambda: window.file.current_level is WarningLevel.YELLOW)
    qtbot.waitUntil(lambda: gone(dialog), timeout=TIMEOUT)
    flag = window.file.flags[-1]
    assert flag.source is SourceLevel.EXTERNAL and flag.reason == reason
    assert window.tabs["flags"].history.table.model_.rowCount() == 1
