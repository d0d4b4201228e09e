"""run_gui end to end, and the choice of language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.application import run_gui
from app.ui.i18n import CHINESE, ENGLISH, choose_language
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from tests.ui.helpers import station_lock_is_free


def test_language_choice():
    assert choose_language("zh_CN") == CHINESE
    assert choose_language("zh-CN") == CHINESE
    assert choose_language("en") == ENGLISH
    assert choose_language("en", demo=True) == ENGLISH
    assert choose_language(None, demo=True) == CHINESE
    system_is_chinese = QLocale.system().language() == QLocale.Language.Chinese
    assert (choose_language(None) == CHINESE) == system_is_chinese


def _when_shown(kind: type, then) -> QTimer:
    """Poll until a top-level window of ``kind`` is visible, then act on it."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                then(widget)

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_run_gui_opens_the_demo_style_station_directly(station_info):
    timer = _when_shown(MainWindow, lambda window: window.close())
    code = run_gui(station_info.folder, password=station_info.password, username="counselor")
    timer.stop()
    assert code == 0
    assert station_lock_is_free(station_info.folder)


def test_run_gui_asks_to_unlock_and_quits_from_the_dialog(station_info):
    timer = _when_shown(UnlockDialog, lambda dialog: dialog.quit_button.click())
    assert run_gui(station_info.folder, lang="zh_CN") == 0
    timer.stop()


def test_run_gui_offers_set_up_for_an_empty_folder(tmp_path):
    timer = _when_shown(SetupWizard, lambda wizard: wizard.reject())
    assert run_gui(tmp_path / "fresh", lang="zh_CN") == 0
    timer.stop()
    assert not (tmp_path / "fresh" / "station.db").exists()
