"""Every message box, file dialog and print dialog goes through here (DESIGN rule 5).

Tests preset the answers instead of clicking real dialogs::

    from app.ui import dialogs
    dialogs.preset("ask", True)                 # the next question is answered "yes"
    dialogs.preset("open_file", tmp / "a.xlsx")  # the next file dialog returns this path
    dialogs.preset("folder", tmp / "usb")        # the next folder dialog returns this folder
    dialogs.preset("print", None)                # the next print dialog is cancelled
    dialogs.preset("print", tmp / "out.pdf")     # ... or "printed" to this PDF file
    dialogs.preset("message")                    # the next info/warning/error is acknowledged

Under test (a preset pending, or ``strict``) every dialog is appended to ``dialogs.shown``
as (kind, text), so tests can assert what the user was told. With ``dialogs.strict = True``
(the UI test fixture sets it) a dialog without a preset raises instead of blocking the run.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.ui import errors

_presets: deque[tuple[str, Any]] = deque()
shown: list[tuple[str, str]] = []
strict = False

MESSAGE_KINDS = ("info", "warning", "error")


def preset(kind: str, answer: Any = None) -> None:
    """Queue the answer of the next dialog of ``kind`` (see the module docstring)."""
    _presets.append(("message" if kind in MESSAGE_KINDS else kind, answer))


def reset() -> None:
    _presets.clear()
    shown.clear()


def pending() -> list[tuple[str, Any]]:
    return list(_presets)


def _take(kind: str, text: str = "") -> tuple[bool, Any]:
    """(True, answer) when a preset answers this dialog, else (False, None)."""
    if strict or _presets:  # tests only: a running app keeps no record of messages
        shown.append((kind, text))
    if _presets:
        expected, answer = _presets.popleft()
        wanted = "message" if kind in MESSAGE_KINDS else kind
        if expected != wanted:
            raise AssertionError(f"dialog {kind!r} shown, but {expected!r} was preset")
        return True, answer
    if strict:
        raise AssertionError(f"dialog {kind!r} shown without a preset answer: {text!r}")
    return False, None


def _title() -> str:
    return QCoreApplication.translate("Dialogs", "XinAn")


def _message(parent: QWidget | None, icon: QMessageBox.Icon, kind: str, text: str) -> None:
    answered, _ = _take(kind, text)
    if answered:
        return
    box = QMessageBox(icon, _title(), text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def info(parent: QWidget | None, text: str) -> None:
    _message(parent, QMessageBox.Icon.Information, "info", text)


def warning(parent: QWidget | None, text: str) -> None:
    _message(parent, QMessageBox.Icon.Warning, "warning", text)


def error(parent: QWidget | None, text: str) -> None:
    _message(parent, QMessageBox.Icon.Critical, "error", text)


def show_error(parent: QWidget | None, exc: BaseException, where: str = "ui") -> None:
    """Tell the user what went wrong, in their language (never a traceback)."""
    errors.log_unexpected(exc, where)
    error(parent, errors.describe(exc))


def ask(parent: QWidget | None, text: str, *, default_yes: bool = False) -> bool:
    """A yes/no question; closing the box (or a lock closing it) means "no"."""
    answered, answer = _take("ask", text)
    if answered:
        return bool(answer)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, _title(), text, buttons, parent)
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    box.setDefaultButton(default)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, caption: str, filters: str, folder: str = "") -> Path | None:
    """A file to read, or None when cancelled. ``filters`` like "Excel (*.xlsx)"."""
    answered, answer = _take("open_file", caption)
    if answered:
        return Path(answer) if answer else None
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, caption: str, filters: str, suggested: str) -> Path | None:
    """Where to write a file, or None when cancelled."""
    answered, answer = _take("save_file", caption)
    if answered:
        return Path(answer) if answer else None
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, caption: str, folder: str = "") -> Path | None:
    """A folder (a USB stick is just a folder), or None when cancelled."""
    answered, answer = _take("folder", caption)
    if answered:
        return Path(answer) if answer else None
    name = QFileDialog.getExistingDirectory(parent, caption, folder)
    return Path(name) if name else None


def print_document(parent: QWidget | None, document: QTextDocument) -> bool:
    """Print ``document`` after the user picks a printer; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # not needed at start-up

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    answered, answer = _take(
        "print", document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    )
    if answered:
        if not answer:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(answer))
    else:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    document.print_(printer)
    return True
