"""Automatic rotating backups: set in Settings, written when the station locks or XinAn
closes, the newest N kept; a failure is shown at the next unlock."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from app.security import backup_container
from app.services import backup, station
from app.services.backup import AUTO, MANUAL, BackupSettings
from app.ui import dialogs
from app.ui.backup.reminder import BackupBanner
from tests.ui.helpers import TIMEOUT, unlock_with, wait_for_main_window, wait_for_unlock_dialog
from tests.ui.test_backup_panel import backups, open_panel, open_window, reminder_answered


def kinds(folder) -> list[tuple[str, str]]:
    """(kind, created_at) of every backup in ``folder``, oldest first."""
    headers = [backup_container.read_parts(p).header for p in backups(folder)]
    return sorted((h.created_at, h.kind) for h in headers)


def test_settings_are_saved_and_a_lock_writes_one_keeping_the_newest_n(
    qtbot, make_controller, station_info, tmp_path
):
    auto = tmp_path / "auto"
    auto.mkdir()
    now = datetime.now().replace(microsecond=0)
    with station.unlock(station_info.folder, station_info.password) as session:
        for days in (5, 4, 3):
            backup.backup(session, auto, kind=AUTO, now=now - timedelta(days=days))
        backup.backup(session, auto, kind=MANUAL, now=now - timedelta(days=9))  # never pruned
    controller, _, panel = open_panel(qtbot, make_controller, station_info)
    box = panel.auto_box
    assert not box.enabled.isChecked() and not box.choose_button.isEnabled()
    box.enabled.setChecked(True)
    box.save()
    assert box.status.text() == "请先选择自动备份的文件夹。"
    dialogs.preset("folder", auto)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    assert box.folder.text() == str(auto)
    box.keep.setValue(2)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "已保存。", timeout=TIMEOUT)

    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    written = kinds(auto)
    assert [kind for _, kind in written] == [MANUAL, AUTO, AUTO]
    assert written[1][0] == (now - timedelta(days=3)).isoformat()  # the 5- and 4-day-old went
    assert written[2][0] >= now.isoformat()  # the new one, made at the lock
    with station.unlock(station_info.folder, station_info.password) as session:
        assert backup.load_settings(session) == BackupSettings(7, str(auto), 2, 1)
        assert backup.backup_status(session).last_file == backups(auto)[-1].name


def test_closing_xinan_writes_an_automatic_backup(qtbot, make_controller, station_info, tmp_path):
    auto = tmp_path / "auto"
    auto.mkdir()
    with station.unlock(station_info.folder, station_info.password) as session:
        backup.save_settings(session, BackupSettings(auto_folder=str(auto)))
    controller, window = open_window(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.quit_requested, timeout=TIMEOUT):
        window.close()
    assert controller.main_window is None
    assert [kind for _, kind in kinds(auto)] == [AUTO]


def test_no_automatic_backup_when_it_is_off(qtbot, make_controller, station_info, tmp_path):
    controller, _ = open_window(qtbot, make_controller, station_info)
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    assert list(tmp_path.rglob("*.xbak")) == []


def test_a_failed_automatic_backup_is_shown_at_the_next_unlock(
    qtbot, make_controller, station_info, tmp_path
):
    auto = tmp_path / "auto"
    auto.mkdir()
    with station.unlock(station_info.folder, station_info.password) as session:
        backup.save_settings(session, BackupSettings(auto_folder=str(auto)))
        backup.backup(session, tmp_path, now=datetime.now() - timedelta(days=1))  # not due
    controller, window = open_window(qtbot, make_controller, station_info)
    shutil.rmtree(auto)  # the stick was pulled out
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    dialog = wait_for_unlock_dialog(qtbot, controller)
    unlock_with(qtbot, dialog, station_info.password)
    window = wait_for_main_window(qtbot, controller)
    qtbot.waitUntil(lambda: window.findChild(BackupBanner) is not None, timeout=TIMEOUT)
    banner = window.findChild(BackupBanner)
    assert banner.isVisible()
    assert "的自动备份失败：" in banner.label.text()

    auto.mkdir()  # back in: the next good backup clears the note
    with qtbot.waitSignal(controller.station_released, timeout=TIMEOUT):
        controller.lock()
    unlock_with(qtbot, wait_for_unlock_dialog(qtbot, controller), station_info.password)
    window = wait_for_main_window(qtbot, controller)
    assert [kind for _, kind in kinds(auto)] == [AUTO]
    reminder_answered(qtbot, controller)
    assert window.findChild(BackupBanner) is None
