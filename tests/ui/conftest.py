"""pytest-qt fixtures for the GUI: Chinese translations, throw-away QSettings, preset dialogs,
and a controller that is always shut down (closing its session, releasing the station lock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.ui import dialogs
from app.ui.controller import AppController
from app.ui.i18n import CHINESE, install_translators
from app.ui.settings import APPLICATION, ORGANIZATION
from app.ui.style import apply_style


@pytest.fixture(scope="session", autouse=True)
def gui_app(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    settings_dir = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APPLICATION)
    qapp.setQuitOnLastWindowClosed(False)
    install_translators(qapp, CHINESE)
    apply_style(qapp)
    return qapp


@pytest.fixture(autouse=True)
def preset_dialogs() -> Iterator[None]:
    """Real dialogs would block the run: every dialog in a test must be preset."""
    dialogs.reset()
    dialogs.strict = True
    QSettings().clear()
    yield
    left = dialogs.pending()
    dialogs.reset()
    assert not left, f"preset dialog answers never used: {left}"


@pytest.fixture
def make_controller(qtbot) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(folder: Path, **kwargs) -> AppController:
        controller = AppController(folder, **kwargs)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
