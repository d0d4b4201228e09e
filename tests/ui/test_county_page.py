"""县级同步 the station's county sync page: set-up (county key, enrollment file, staffing)
and the export of a bundle behind a preview that shows exactly what leaves the school."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import center, center_import
from app.services.county_export import Preview
from app.sync.bundle import to_bytes
from app.ui import dialogs
from app.ui.pages.county_page import CountyPage
from tests.conftest import StationInfo
from tests.e2e.test_full_disk import tiny_disk
from tests.ui.county_helpers import all_texts, linked_copy
from tests.ui.growth_helpers import unlock
from tests.ui.helpers import TIMEOUT
from tests.unit.sync_support import (
    CenterInfo,
    center_info_fixture,
    center_template_fixture,
    linked_template_fixture,
    open_center,
    this_month,
)

__all__ = ["center_info_fixture", "center_template_fixture", "linked_template_fixture"]

CENTER_NAME = "越城区心理辅导中心"


@pytest.fixture
def linked_station(linked_template, station_template, tmp_path) -> tuple[StationInfo, CenterInfo]:
    return linked_copy(linked_template, station_template, tmp_path)


def open_page(qtbot, make_controller, info: StationInfo) -> CountyPage:
    _, window = unlock(qtbot, make_controller, info)
    page = window.show_page("county")
    qtbot.waitUntil(lambda: page.status is not None, timeout=TIMEOUT)
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, page: CountyPage) -> None:
    qtbot.waitUntil(lambda: not page.window().ctx.runner.busy, timeout=TIMEOUT)


def open_preview(qtbot, page: CountyPage):
    click(qtbot, page.preview_button)
    qtbot.waitUntil(
        lambda: (
            page.county_actions.preview_dialog is not None
            and page.county_actions.preview_dialog.isVisible()
        ),
        timeout=TIMEOUT,
    )
    return page.county_actions.preview_dialog


def suppressed_cells(preview: Preview) -> int:
    return sum(1 for table in preview.bundle.tables for cell in table.cells if cell.value is None)


def test_set_up_imports_the_key_writes_the_enrollment_and_saves_staffing(
    qtbot, make_controller, station_info: StationInfo, center_info: CenterInfo, tmp_path: Path
) -> None:
    page = open_page(qtbot, make_controller, station_info)
    assert not page.preview_button.isEnabled()  # no county key yet
    assert page.export_hint.text() == "请先导入县级密钥文件。"

    dialogs.preset("open_file", center_info.key_file)
    dialogs.preset("ask", True)
    click(qtbot, page.key_button)
    qtbot.waitUntil(lambda: CENTER_NAME in page.key_label.text(), timeout=TIMEOUT)
    question = dialogs.shown[-1][1]
    assert CENTER_NAME in question and "330602" in question and "age1" in question
    assert page.preview_button.isEnabled()

    dialogs.preset("open_file", center_info.key_file)
    dialogs.preset("info")
    click(qtbot, page.key_button)
    qtbot.waitUntil(lambda: dialogs.shown[-1][0] == "info", timeout=TIMEOUT)
    assert dialogs.shown[-1][1] == "此县级密钥已导入。"

    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.preset("folder", usb)
    dialogs.preset("info")
    click(qtbot, page.enroll_button)
    qtbot.waitUntil(lambda: "签名密钥" in page.enrollment_label.text(), timeout=TIMEOUT)
    [enrollment] = list(usb.glob("xinan-enrollment_330602_*.json"))
    with open_center(center_info) as session:
        accepted = center.accept_enrollment(session, enrollment)
    assert accepted.status == "accepted"
    assert accepted.enrollment.public_key.key_id_hex in dialogs.shown[-1][1]

    page.full_time.setValue(2)
    page.part_time.setValue(1)
    page.certified.setValue(2)
    click(qtbot, page.save_staffing_button)
    qtbot.waitUntil(lambda: page.staffing_label.text().startswith("专职 2 人"), timeout=TIMEOUT)
    assert not page.save_staffing_button.isEnabled()


def test_export_shows_the_preview_then_writes_that_bundle(
    qtbot, make_controller, linked_station, tmp_path: Path
) -> None:
    info, center_info = linked_station
    page = open_page(qtbot, make_controller, info)
    assert CENTER_NAME in page.key_label.text()
    assert page.last_label.text() == "尚未导出数据包。"
    dialog = open_preview(qtbot, page)
    preview = dialog.preview

    assert dialog.text_view.toPlainText() == preview.text  # the core's own rendering
    assert "不会发送" in preview.text
    texts = all_texts(dialog)
    assert any("不会包含：学生姓名、学籍号、出生日期" in text for text in texts)
    cells = [t for model in dialog.table_models.values() for t in model.column(-1)]
    assert cells.count("<5") == suppressed_cells(preview) > 0
    assert dialog.case_model.rowCount() == len(preview.bundle.cases) == 2
    assert dialog.table_list.count() == 10
    shown_case = preview.bundle.cases[0].pseudonym[:12]
    assert any(shown_case in text for text in texts)  # the canary below looks at the tables too
    for number in range(60):  # the canary: no name, student number or birth date anywhere
        for secret in (f"学生{number}", f"S{number:08d}"):
            assert not [text for text in texts if secret in text]
    assert not [text for text in texts if "2013-01-01" in text]

    usb = tmp_path / "usb"
    usb.mkdir()
    dialogs.preset("folder", usb)
    dialogs.preset("info")
    click(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: "序号 1" in page.last_label.text(), timeout=TIMEOUT)
    [bundle] = list(usb.iterdir())
    assert bundle.name.endswith(f"_s000001_{this_month()}.age")
    assert bundle.name in dialogs.shown[-1][1]
    assert bundle.name in page.last_label.text()
    with open_center(center_info) as session:  # the file holds exactly what was shown
        written, _, _ = center_import.verify_file(session, bundle)
    assert to_bytes(written) == to_bytes(preview.bundle)


def test_cancelling_the_preview_writes_nothing(
    qtbot, make_controller, linked_station, tmp_path: Path
) -> None:
    info, _ = linked_station
    page = open_page(qtbot, make_controller, info)
    page.period_box.a_semester.setChecked(True)
    dialog = open_preview(qtbot, page)
    assert dialog.preview.bundle.period.kind.value == "semester"
    dialog.reject()
    page.refresh()
    wait_idle(qtbot, page)
    assert page.status is not None and page.status.last_export is None
    assert page.status.next_sequence == 1


def test_a_full_usb_stick_is_one_clear_sentence(
    qtbot, make_controller, linked_station, tmp_path: Path
) -> None:
    info, _ = linked_station
    page = open_page(qtbot, make_controller, info)
    with tiny_disk(tmp_path / "stick", 16) as stick:
        (stick / "earlier.txt").write_bytes(b"x" * 14 * 1024)
        dialog = open_preview(qtbot, page)
        dialogs.preset("folder", stick)
        dialogs.preset("error")
        click(qtbot, dialog.confirm_button)
        qtbot.waitUntil(lambda: dialogs.shown and dialogs.shown[-1][0] == "error", timeout=TIMEOUT)
        assert dialogs.shown[-1][1].startswith("磁盘（或U盘）已满")
        assert sorted(p.name for p in stick.iterdir()) == ["earlier.txt"]
    page.refresh()
    wait_idle(qtbot, page)
    assert page.status is not None and page.status.next_sequence == 1
