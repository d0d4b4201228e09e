"""The restore dialog refuses what it must: a file that is not a backup, a tampered or
truncated backup, a wrong password — one clear sentence each, and the current station
untouched. Declining the confirmation replaces nothing either."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import backup, station
from app.ui import dialogs
from app.ui.backup.restore_dialog import RestoreDialog
from tests.conftest import StationInfo, snapshot
from tests.ui.helpers import TIMEOUT, wait_for_unlock_dialog
from tests.ui.test_restore_journey import (
    SCHOOL,
    choose_and_check,
    flip,
    kept_aside,
    restore_dialog_of,
)
from tests.unit.test_backup import fill

NOT_A_BACKUP = "这个文件不是心安备份，或已损坏、不完整。没有做任何改动。"


@pytest.fixture
def made(station_info: StationInfo, tmp_path: Path) -> Path:
    """A good backup of a station with two students (made through the core)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with station.unlock(station_info.folder, station_info.password) as session:
        fill(session, 2)
        return backup.backup(session, usb).path


def open_restore(qtbot, make_controller, info: StationInfo) -> RestoreDialog:
    controller = make_controller(info.folder)
    controller.start()
    return restore_dialog_of(qtbot, wait_for_unlock_dialog(qtbot, controller))


def choose(qtbot, dialog: RestoreDialog, path: Path) -> None:
    dialogs.preset("open_file", path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)


def refused(dialog: RestoreDialog) -> str:
    assert dialog.info is None and not dialog.restore_button.isEnabled()
    assert dialog.details_label.text() == ""
    return dialog.message.text()


def test_a_file_that_is_not_a_backup_is_refused(
    qtbot, make_controller, station_info, tmp_path, made
):
    garbage = tmp_path / "心安备份-假的.xbak"
    garbage.write_bytes(b"PK\x03\x04 not a backup at all" * 100)
    before = snapshot(station_info.folder)
    dialog = open_restore(qtbot, make_controller, station_info)
    choose(qtbot, dialog, garbage)
    assert refused(dialog) == NOT_A_BACKUP
    assert dialog.header_label.text() == ""
    assert not dialog.secret_edit.isEnabled() and not dialog.check_button.isEnabled()
    assert snapshot(station_info.folder) == before
    assert kept_aside(station_info) == []


def test_a_truncated_backup_is_refused(qtbot, make_controller, station_info, tmp_path, made):
    cut = tmp_path / "cut.xbak"
    cut.write_bytes(made.read_bytes()[: made.stat().st_size - 200])
    dialog = open_restore(qtbot, make_controller, station_info)
    choose(qtbot, dialog, cut)
    assert refused(dialog) == NOT_A_BACKUP


def test_a_tampered_backup_is_refused_after_its_header_reads(
    qtbot, make_controller, station_info, made
):
    """One byte changed inside the database part: the header still reads, but opening it
    checks the digest sealed in the manifest."""
    flip(made, made.stat().st_size // 3)
    before = snapshot(station_info.folder)
    dialog = open_restore(qtbot, make_controller, station_info)
    choose(qtbot, dialog, made)
    assert SCHOOL in dialog.header_label.text()
    dialog.secret_edit.setText(station_info.password)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == NOT_A_BACKUP, timeout=TIMEOUT)
    refused(dialog)
    assert snapshot(station_info.folder) == before
    assert kept_aside(station_info) == []


def test_a_wrong_password_is_explained(qtbot, make_controller, station_info, made):
    dialog = open_restore(qtbot, make_controller, station_info)
    choose(qtbot, dialog, made)
    dialog.secret_edit.setText("not-the-password")
    qtbot.keyClick(dialog.secret_edit, Qt.Key.Key_Return)  # Enter checks
    qtbot.waitUntil(lambda: "打不开该备份" in dialog.message.text(), timeout=TIMEOUT)
    refused(dialog)


def test_declining_the_confirmation_replaces_nothing(qtbot, make_controller, station_info, made):
    before = snapshot(station_info.folder)
    dialog = open_restore(qtbot, make_controller, station_info)
    choose_and_check(qtbot, dialog, made, station_info.password)
    dialogs.preset("ask", False)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.restore_button.isEnabled()
    assert snapshot(station_info.folder) == before
    assert kept_aside(station_info) == []
