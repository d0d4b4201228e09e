"""``run_gui``: the desktop application's entry point (called by ``xinan`` / ``xinan demo``).

With a password given (``xinan demo``, benchmarks) the key derivation starts before Qt
and the shell are even imported: Argon2id releases the GIL, so those imports run on the
other core meanwhile (see benchmarks/README.md, "Desktop"). This module therefore
imports Qt only inside its functions.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.unlock_key import DB_NAME, KeyDerivation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.tasks import Task


def create_application(lang: str | None = None, demo: bool = False) -> QApplication:
    """The QApplication with names (for QSettings), language and look set up."""
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import choose_language, install_translators
    from app.ui.settings import APPLICATION, ORGANIZATION
    from app.ui.style import apply_style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setQuitOnLastWindowClosed(False)  # locking closes the main window; we quit explicitly
    install_translators(app, choose_language(lang, demo))  # parented to app: kept alive
    apply_style(app)
    return app


def start_deriving(
    folder: Path, password: str | None, username: str | None
) -> KeyDerivation | None:
    """Start the key derivation now, if there is a password and a station (no Qt yet)."""
    if not password or not (Path(folder) / DB_NAME).exists():
        return None
    return KeyDerivation(Path(folder), password, username)


def start_unlocking(deriving: KeyDerivation | None) -> Task | None:
    """Submit the rest of the unlock to a new worker (once the QApplication exists)."""
    if deriving is None:
        return None
    from app.ui.context import open_derived_station
    from app.ui.tasks import TaskRunner

    return TaskRunner().submit(open_derived_station, deriving)


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
    deriving = start_deriving(Path(folder), password, username)
    app = create_application(lang, demo=password is not None)
    unlocking = start_unlocking(deriving)
    from app.ui.controller import AppController

    controller = AppController(Path(folder), unlocking=unlocking)
    controller.quit_requested.connect(app.quit)
    controller.start(password, username)
    try:
        return app.exec()
    finally:
        controller.shutdown()
