"""学校 tab of the county center: accepting a real station's enrollment file after a
preview (name, school number, signing key number), cancelling writes nothing, a damaged
file is one sentence; writing the county key file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services import county, station
from app.sync import keyfiles
from app.ui import dialogs
from app.ui.center.enrollment_dialog import CenterEnrollmentDialog
from tests.conftest import StationInfo
from tests.ui.center_helpers import center_files, column, open_window_fixture  # noqa: F401
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    CenterInfo,
    center_info_fixture,
    center_template_fixture,
)


def _enrollment(info: StationInfo, center_info: CenterInfo, out: Path) -> keyfiles.Enrollment:
    with station.unlock(info.folder, info.password) as session:
        county.import_county_key(session, center_info.key_file)
        return county.write_enrollment_file(session, out)


def _preview(qtbot, window, path: Path) -> CenterEnrollmentDialog:
    page = window.show_tab("schools")
    page.preview = None
    dialogs.preset("open_file", path)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    qtbot.waitUntil(page.preview.isVisible)
    return page.preview


def test_accept_an_enrollment_after_its_preview(
    qtbot, open_window, center_info: CenterInfo, station_info: StationInfo, tmp_path: Path
) -> None:
    info = _enrollment(station_info, center_info, tmp_path / "enroll.json")
    _shell, window = open_window(center_info)
    page = window.schools
    assert page.model.rowCount() == 0
    preview = _preview(qtbot, window, tmp_path / "enroll.json")
    assert preview.fields["name"].text() == "绍兴市越城区第一中学"
    assert preview.fields["station"].text() == info.station_id
    assert preview.fields["key"].text() == info.public_key.key_id_hex
    assert "电话" in preview.note.text()
    dialogs.preset("message")
    preview.accept_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert dialogs.shown[-1][1].startswith("绍兴市越城区第一中学 已登记")
    assert column(page.model, 0) == ["绍兴市越城区第一中学"]
    assert column(page.model, 3) == [info.public_key.key_id_hex]
    again = _preview(qtbot, window, tmp_path / "enroll.json")
    assert "不会改变" in again.note.text()
    again.reject()


def test_cancelling_the_preview_writes_nothing(
    qtbot, open_window, center_info: CenterInfo, station_info: StationInfo, tmp_path: Path
) -> None:
    _enrollment(station_info, center_info, tmp_path / "enroll.json")
    shell, window = open_window(center_info)
    before = center_files(center_info.folder)
    preview = _preview(qtbot, window, tmp_path / "enroll.json")
    preview.reject()
    qtbot.wait(50)  # nothing is queued: the worker stays idle
    assert not shell.runner.busy
    assert window.schools.model.rowCount() == 0
    assert center_files(center_info.folder) == before


def test_a_damaged_enrollment_file_is_one_sentence(
    qtbot, open_window, center_info: CenterInfo, station_info: StationInfo, tmp_path: Path
) -> None:
    path = tmp_path / "enroll.json"
    _enrollment(station_info, center_info, path)
    path.write_text(path.read_text(encoding="utf-8").replace("第一中学", "第二中学"), "utf-8")
    _shell, window = open_window(center_info)
    before = center_files(center_info.folder)
    dialogs.preset("open_file", path)
    dialogs.preset("message")
    qtbot.mouseClick(window.schools.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 2, timeout=20_000)
    assert dialogs.shown[-1][0] == "error" and "登记文件" in dialogs.shown[-1][1]
    assert center_files(center_info.folder) == before


def test_write_the_county_key_file(qtbot, open_window, center_info: CenterInfo, tmp_path):
    _shell, window = open_window(center_info)
    target = tmp_path / "usb" / "county.xckey"
    target.parent.mkdir()
    dialogs.preset("save_file", target)
    dialogs.preset("message")
    qtbot.mouseClick(window.schools.key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 2, timeout=20_000)
    assert keyfiles.county_key_from_bytes(target.read_bytes()).county_code == "330602"
    assert target.read_bytes() == center_info.key_file.read_bytes()
