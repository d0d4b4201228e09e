"""The county center's unlock dialog (``xinan center gui``): a wrong password is one
Chinese sentence and changes no file; the right one opens the center window; a folder
without a center says how to make one; the CLI has the ``center gui`` command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.cli import build_parser
from app.ui.center.application import CenterShell
from tests.conftest import snapshot
from tests.ui.center_helpers import open_window_fixture  # noqa: F401 - fixture
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    CenterInfo,
    center_info_fixture,
    center_template_fixture,
)


def test_wrong_password_is_one_sentence_and_changes_nothing(qtbot, center_info: CenterInfo) -> None:
    before = snapshot(center_info.folder)
    shell = CenterShell(center_info.folder)
    shell.start()
    try:
        dialog = shell.unlock_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.password_edit, "not-the-password-1")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.shake_count == 1, timeout=20_000)
        assert dialog.message() == "密码错误，请重试。"
        assert dialog.password_edit.text() == "" and shell.window is None
        assert snapshot(center_info.folder) == before
        qtbot.keyClicks(dialog.password_edit, center_info.password)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
        assert "越城区心理辅导中心" in shell.window.windowTitle()
        assert [shell.window.tabs.tabText(i) for i in range(3)] == ["学校", "导入", "统计"]
    finally:
        shell.shutdown()


def test_a_folder_without_a_center_says_how_to_create_one(qtbot, tmp_path: Path) -> None:
    shell = CenterShell(tmp_path / "nothing")
    shell.start()
    try:
        dialog = shell.unlock_dialog
        assert dialog is not None
        assert "xinan center init" in dialog.message() and "县级中心" in dialog.message()
        assert not dialog.unlock_button.isEnabled()
    finally:
        shell.shutdown()
    assert not (tmp_path / "nothing").exists()


def test_closing_the_window_releases_the_center(qtbot, open_window, center_info) -> None:
    shell, window = open_window(center_info)
    with qtbot.waitSignal(shell.released, timeout=20_000):
        window.close()
    again = CenterShell(center_info.folder)  # the lock is free: it opens again
    again.start()
    try:
        qtbot.keyClicks(again.unlock_dialog.password_edit, center_info.password)
        qtbot.mouseClick(again.unlock_dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: again.window is not None, timeout=20_000)
    finally:
        again.shutdown()


def test_the_cli_has_a_center_gui_command(tmp_path: Path) -> None:
    args = build_parser().parse_args(["center", "gui", "--folder", str(tmp_path)])
    assert args.handler.__name__ == "center_gui" and args.center == str(tmp_path)
    default = build_parser().parse_args(["center", "gui"])
    assert default.center is None
