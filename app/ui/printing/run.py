"""``print_to_folder``: ask for the folder (each time), print on the worker, show the result.

    print_to_folder(ctx, self, jobs.growth_file, student_id)

``job(session, folder, *args, **kwargs)`` is one of ``app.ui.printing.jobs``. Errors are
shown through ``dialogs`` in one Chinese sentence (``describe_print_error``: a folder
that vanished or cannot be written to is said so); the result in a ``PrintedDialog``.
The services write atomically, so a failed print leaves nothing half-written.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import ValidationError
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.printing.result_dialog import show_printed
from app.ui.tasks import Task

translate = QCoreApplication.translate
_GONE = frozenset({errno.ENOENT, errno.ENOTDIR})


def choose_print_folder(parent: QWidget | None) -> Path | None:
    caption = translate("Printing", "Choose the folder for the PDF")
    return dialogs.choose_folder(parent, caption)


def describe_print_error(exc: BaseException, folder: Path) -> str:
    """One sentence for a failed print; the folder is named where it matters."""
    if _folder_gone(exc):
        text = translate(
            "Printing",
            "The folder {folder} no longer exists (was the USB stick removed?). "
            "Nothing was printed; choose the folder again.",
        )
        return fmt(text, folder=str(folder))
    if isinstance(exc, OSError):
        text = translate(
            "Printing",
            "The PDF cannot be written into {folder}: the folder is read-only or the file is "
            "open in another program. Nothing was written; choose another folder.",
        )
        return fmt(text, folder=str(folder))
    return errors.describe(exc)


def _folder_gone(exc: BaseException) -> bool:
    if isinstance(exc, ValidationError):
        return any(p.field == "folder" and p.code == "not_found" for p in exc.problems)
    return isinstance(exc, OSError) and exc.errno in _GONE


def show_print_error(parent: QWidget, folder: Path, exc: BaseException) -> None:
    errors.log_unexpected(exc, "print")
    dialogs.error(parent, describe_print_error(exc, folder))


def show_result(parent: QWidget, result: Any) -> None:
    show_printed(parent, result)


def print_to_folder(
    ctx: ShellContext,
    parent: QWidget,
    job: Callable[..., Any],
    *args: Any,
    **kwargs: Any,
) -> Task | None:
    """Print into a folder the user picks now; None when the user cancelled."""
    folder = choose_print_folder(parent)
    if folder is None:
        return None
    return ctx.call(
        job,
        folder,
        *args,
        on_success=partial(show_result, parent),
        on_error=partial(show_print_error, parent, folder),
        owner=parent,
        **kwargs,
    )
