"""The pages of the main window, registered in navigation order (see ``app.ui.nav``).

To add a page: write ``app/ui/pages/<name>_page.py`` with a QWidget subclass taking
``(ctx: ShellContext, parent=None)``, then add one ``PageSpec`` line below with its key
from ``app.ui.nav.SLOTS``. Titles use context "Nav" so lupdate picks them up here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.nav import PageSpec


def page_specs() -> list[PageSpec]:
    from app.ui.pages.settings_page import SettingsPage

    return [
        PageSpec("settings", lambda: QCoreApplication.translate("Nav", "Settings"), SettingsPage),
    ]
