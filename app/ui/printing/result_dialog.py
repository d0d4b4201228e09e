"""After printing: where the PDF went (打开文件夹 / 打开文件) and any warning, in Chinese.

The services' warnings are English sentences for the CLI; the known ones (the built-in
font fallback, an unusable font file from Settings) are shown translated, anything else
as it came.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import fmt
from app.ui.levels import RED

translate = QCoreApplication.translate


def warning_texts(warnings: Sequence[str]) -> list[str]:
    """The printing services' warnings as sentences for the user."""
    texts: list[str] = []
    for warning in warnings:
        known = _known_warnings(warning)
        texts.extend(known or [warning])
    return texts


def _known_warnings(warning: str) -> list[str]:
    found = []
    if "chosen in Settings" in warning:
        found.append(
            translate(
                "Printing",
                "The font file chosen in Settings cannot be used, so another font was used.",
            )
        )
    if "STSong-Light" in warning:
        found.append(fallback_warning())
    return found


def fallback_warning() -> str:
    return translate(
        "Printing",
        "No Chinese TrueType font that can be embedded was found. The PDF uses the built-in "
        "STSong-Light font, which is not embedded and may not show on every computer. "
        "Choose a font file (e.g. simhei.ttf, msyh.ttc, wqy-microhei.ttc) in Settings.",
    )


def open_location(path: Path) -> bool:
    """Open a file or folder with the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PrintedDialog(QDialog):
    """``path`` is the PDF (``is_file``) or the folder of a batch."""

    def __init__(
        self,
        path: Path,
        summary: str,
        warnings: Sequence[str],
        parent: QWidget | None = None,
        is_file: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printedDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Printed"))
        self.setMinimumWidth(520)
        self.path = path
        self.is_file = is_file
        self.warnings = warning_texts(warnings)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label(summary, "printedSummary"))
        location = self._label(str(path), "printedPath")
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(location)
        for text in self.warnings:
            note = self._label(text, "printWarning")
            note.setStyleSheet(f"color: {RED.background};")
            layout.addWidget(note)
        layout.addLayout(self._buttons())

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _buttons(self) -> QHBoxLayout:
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.folder_button.setObjectName("openFolder")
        folder = self.path.parent if self.is_file else self.path
        self.folder_button.clicked.connect(lambda: open_location(folder))
        self.file_button = QPushButton(self.tr("Open file"), self)
        self.file_button.setObjectName("openFile")
        self.file_button.setVisible(self.is_file)
        self.file_button.clicked.connect(lambda: open_location(self.path))
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.folder_button, self.file_button, close):
            row.addWidget(button)
        return row


def printed_dialog(parent: QWidget | None, result: Any) -> PrintedDialog:
    """The dialog for a ``PrintResult`` (one file) or a ``BatchResult`` (a folder)."""
    if hasattr(result, "files"):
        text = translate("Printing", "{files} growth files ({pages} pages) were saved.")
        summary = fmt(text, files=result.files, pages=result.pages)
        if result.cancelled:
            summary += " " + translate("Printing", "Printing was stopped before the end.")
        return PrintedDialog(result.folder, summary, result.warnings, parent, is_file=False)
    text = translate("Printing", "The PDF ({pages} pages) was saved:")
    summary = fmt(text, pages=result.pages)
    return PrintedDialog(result.path, summary, result.warnings, parent)


def show_printed(parent: QWidget | None, result: Any) -> PrintedDialog:
    dialog = printed_dialog(parent, result)
    dialog.open()
    return dialog
