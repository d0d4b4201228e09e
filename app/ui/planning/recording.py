"""按计划记录家访: the record form pre-filled from a planned visit.

``record_from_plan`` asks the worker for ``visit_planning.draft_from_plan``, opens the
student's growth file on its Home visits tab and hands the draft to
``VisitsTab.fill_from_plan``; saving there records the visit and closes the plan item in
one transaction. Unsaved input already in that form is replaced only after asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.due import DueItem
from app.domain.growth import HomeVisit
from app.domain.policy import TaskKind
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.planning import jobs
from app.ui.planning.errors import describe_plan_error


def open_visits_tab(ctx: ShellContext, parent: QWidget, student_id: int) -> object:
    """The student's growth-file window on its Home visits tab (the visits tab widget)."""
    from app.ui.growth import open_window

    return open_window(ctx, parent, student_id).show_tab("visits")


def show_planned_visit(ctx: ShellContext, item: DueItem) -> None:
    """The due list opened a planned visit's growth file: show its Home visits tab, where
    the "planned visits" box fills in the record form from the plan."""
    from app.ui.growth import find_window

    window = find_window(ctx, item.student_id)
    if item.kind is TaskKind.HOME_VISIT and window is not None:
        window.show_tab("visits")


def record_from_plan(
    ctx: ShellContext,
    parent: QWidget,
    plan_id: int,
    done: Callable[[object], None] | None = None,
) -> None:
    """Pre-fill the visit form from plan item ``plan_id``; ``done(tab)`` once it is filled."""

    def drafted(draft: HomeVisit) -> None:
        tab = open_visits_tab(ctx, parent, draft.student_id)
        fill(parent, tab, plan_id, draft)
        if done is not None:
            done(tab)

    ctx.call(
        jobs.draft,
        plan_id,
        on_success=drafted,
        on_error=lambda exc: dialogs.error(parent, describe_plan_error(exc)),
        owner=parent,
    )


def fill(parent: QWidget, tab: object, plan_id: int, draft: HomeVisit) -> bool:
    form = getattr(tab, "form", None)
    if form is None:
        dialogs.error(
            parent,
            QCoreApplication.translate("Planning", "Your account cannot record home visits."),
        )
        return False
    if form.plan_id != plan_id and form.dirty:
        question = QCoreApplication.translate(
            "Planning",
            "The home-visit form of this growth file holds unsaved input. "
            "Replace it with the planned visit?",
        )
        if not dialogs.ask(parent, question):
            return False
    result: bool = tab.fill_from_plan(plan_id, draft)  # type: ignore[attr-defined]
    return result
