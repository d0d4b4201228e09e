"""``run_gui``: the desktop application's entry point (called by ``xinan`` / ``xinan demo``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.controller import AppController
from app.ui.i18n import choose_language, install_translators
from app.ui.settings import APPLICATION, ORGANIZATION
from app.ui.style import apply_style


def create_application(lang: str | None = None, demo: bool = False) -> QApplication:
    """The QApplication with names (for QSettings), language and look set up."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)  # locking closes the main window; we quit explicitly
    install_translators(app, choose_language(lang, demo))  # parented to app: kept alive
    apply_style(app)
    return app


def run_gui(
    folder: Path,
    password: str | None = None,
    username: str | None = None,
    lang: str | None = None,
) -> int:
    """Set up (no station yet) or unlock the station in ``folder``, then run the main window.

    A ``password`` (the demo passes one) unlocks directly and defaults the language to
    Chinese. Returns the process exit code.
    """
    app = create_application(lang, demo=password is not None)
    controller = AppController(Path(folder))
    controller.quit_requested.connect(app.quit)
    controller.start(password, username)
    try:
        return app.exec()
    finally:
        controller.shutdown()
