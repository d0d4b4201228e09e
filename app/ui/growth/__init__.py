"""The growth-file window 一生一策成长档案: one window per student.

Pages open a student's file with::

    from app.ui.growth import open_student
    open_student(self.ctx, self, student_id)

The window is non-modal and parented to ``parent.window()`` (the main window), so the
shell's lock closes it; opening a student whose window is already open raises that
window instead of opening a second one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QWidget

from app.ui.context import ShellContext

if TYPE_CHECKING:
    from app.ui.growth.window import GrowthWindow

_windows: dict[int, GrowthWindow] = {}


def open_student(ctx: ShellContext, parent: QWidget | None, student_id: int) -> None:
    """Open (or bring to the front) the growth file of ``student_id``."""
    open_window(ctx, parent, student_id)


def open_window(ctx: ShellContext, parent: QWidget | None, student_id: int) -> GrowthWindow:
    """Like ``open_student``, returning the window (for the shell and tests)."""
    window = find_window(ctx, student_id)
    if window is None:
        from app.ui.growth.window import GrowthWindow

        window = GrowthWindow(ctx, student_id, parent.window() if parent is not None else None)
        _windows[student_id] = window
        window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


def find_window(ctx: ShellContext, student_id: int) -> GrowthWindow | None:
    """The open window of this student in this (unlocked) session, if any."""
    for key, window in list(_windows.items()):
        if not shiboken6.isValid(window) or not window.isVisible() or window.ctx.closed:
            del _windows[key]
    window = _windows.get(student_id)
    return window if window is not None and window.ctx is ctx else None
