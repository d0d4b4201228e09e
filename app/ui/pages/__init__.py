"""The pages of the main window, registered in navigation order (see ``app.ui.nav``).

To add a page: write ``app/ui/pages/<name>_page.py`` with a QWidget subclass taking
``(ctx: ShellContext, parent=None)``, then add one ``PageSpec`` below with its key from
``app.ui.nav.SLOTS`` and ``LazyPage("app.ui.pages.<name>_page", "<Class>")`` as factory
(the module is imported when the page is first shown, never at start-up).
Titles use context "Nav" so lupdate picks them up here.
A page only some accounts get takes ``roles=frozenset({...})`` (the others never see it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Role
from app.ui.nav import LazyPage, PageSpec

# The dashboard's figures are for the whole school: dashboard.figures refuses teachers.
WHOLE_SCHOOL = frozenset({Role.COUNSELOR, Role.LEADER})


def page_specs() -> list[PageSpec]:
    """The pages; each module is imported when its page is first built (``LazyPage``)."""
    return [
        PageSpec(
            "dashboard",
            lambda: QCoreApplication.translate("Nav", "Dashboard"),
            LazyPage("app.ui.pages.dashboard_page", "DashboardPage"),
            roles=WHOLE_SCHOOL,
        ),
        PageSpec(
            "students",
            lambda: QCoreApplication.translate("Nav", "Students"),
            LazyPage("app.ui.pages.students_page", "StudentsPage"),
        ),
        PageSpec(
            "due",
            lambda: QCoreApplication.translate("Nav", "Due & overdue"),
            LazyPage("app.ui.pages.due_page", "DuePage"),
        ),
        PageSpec(
            "visits",
            lambda: QCoreApplication.translate("Nav", "Home visits"),
            LazyPage("app.ui.pages.visits_page", "VisitsPage"),
        ),
        PageSpec(
            "screening",
            lambda: QCoreApplication.translate("Nav", "Screening"),
            LazyPage("app.ui.pages.screening_page", "ScreeningPage"),
            roles=WHOLE_SCHOOL,  # leaders: coverage counts only (screening_coverage)
        ),
        PageSpec(
            "inbox",
            lambda: QCoreApplication.translate("Nav", "Committee reports"),
            LazyPage("app.ui.pages.inbox_page", "InboxPage"),
            roles=frozenset({Role.COUNSELOR}),
        ),
        PageSpec(
            "county",
            lambda: QCoreApplication.translate("Nav", "County sync"),
            LazyPage("app.ui.pages.county_page", "CountyPage"),
            roles=frozenset({Role.COUNSELOR}),
        ),
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Nav", "Settings"),
            LazyPage("app.ui.pages.settings_page", "SettingsPage"),
        ),
    ]
