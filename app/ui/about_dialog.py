"""关于心安: the versions of XinAn and of what it runs on, and where the data lives.

Opened from the main window (F1, or the "About" button in the status bar) and from
Settings. The versions come from ``app.services.about`` (Qt-free, also ``xinan about``),
read on the worker; Qt's own version is added here. "Copy" puts the lines on the
clipboard, for a message to technical support (no student data in them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import ShellContext
from app.ui.i18n import fmt

if TYPE_CHECKING:
    from app.services.about import About


class AboutDialog(QDialog):
    """Shows an ``About`` (versions) plus Qt's version and the station folder."""

    def __init__(self, info: About, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.folder = folder
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About XinAn"))
        self.setMinimumWidth(480)
        self._build()
        self.adjustSize()  # as high as the lines need at that width

    def rows(self) -> list[tuple[str, str]]:
        """(translated label, value) in display order."""
        info = self.info
        schema = str(info.schema_version)
        if info.station_schema is not None and info.station_schema != info.schema_version:
            text = self.tr("{known} (this station: {station})")
            schema = fmt(text, known=schema, station=info.station_schema)
        cipher = f"{info.sqlcipher_version} (SQLite {info.sqlite_version})"
        rows = [
            (self.tr("XinAn version:"), info.app_version),
            (self.tr("Database schema version:"), schema),
            (self.tr("SQLCipher version:"), cipher),
            (self.tr("Qt / PySide6:"), f"Qt {qVersion()} / PySide6 {PySide6.__version__}"),
            (self.tr("Python:"), info.python_version),
            (self.tr("cryptography:"), info.cryptography_version or "?"),
            (self.tr("System:"), info.platform + (self.tr(" (installed)") if info.frozen else "")),
        ]
        if self.folder is not None:
            rows.append((self.tr("Data folder:"), str(self.folder)))
        return rows

    def _build(self) -> None:
        heading = QLabel(self.tr("XinAn — counseling station"), self)
        heading.setObjectName("dialogHeading")
        blurb = QLabel(
            self.tr(
                "Offline case management for school psychological counseling stations. "
                "Everything stays encrypted on this computer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        blurb.setMinimumWidth(440)  # else its height is reckoned for a narrow column
        form = QFormLayout()
        for label, value in self.rows():
            field = QLabel(value, self)
            field.setObjectName("aboutValue")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addStretch(1)  # any height to spare goes below the lines, not between
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyAbout")
        self.copy_button.setToolTip(self.tr("Copy these lines, e.g. for technical support"))
        self.copy_button.clicked.connect(self.copy)
        box.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        return box

    def text(self) -> str:
        return "\n".join(f"{label} {value}" for label, value in self.rows())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_about(parent: QWidget, ctx: ShellContext) -> None:
    """Read the versions on the worker, then show the dialog (non-modal, one at a time)."""
    window = parent.window()
    existing = window.findChild(AboutDialog)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return
    from app.services import about  # the store's modules: not needed at start-up

    folder = ctx.session.paths.folder
    ctx.call(about.about, on_success=lambda info: _open(window, info, folder), owner=window)


def _open(window: QWidget, info: About, folder: Path) -> None:
    dialog = AboutDialog(info, folder, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


class AboutButton(QPushButton):
    """The status bar's "About" button; also installs F1 on the main window."""

    def __init__(self, window: QMainWindow, ctx: ShellContext) -> None:
        super().__init__(window)
        self.setObjectName("aboutButton")
        self.setText(self.tr("About"))
        self.setToolTip(self.tr("About XinAn: versions and data folder (F1)"))
        self.setFlat(True)
        self.clicked.connect(lambda: show_about(window, ctx))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), window)
        shortcut.activated.connect(lambda: show_about(window, ctx))
