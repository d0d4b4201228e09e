"""The boxes Settings embeds from here: 备份与恢复 (counselors only: only they may back
up) and 关于心安 (everyone)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app import __version__
from app.domain.enums import Role
from app.ui.context import ShellContext
from app.ui.i18n import fmt


class AboutBox(QGroupBox):
    """One line with XinAn's version and a button to the About dialog."""

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutBox")
        self.setTitle(self.tr("About XinAn"))
        label = QLabel(fmt(self.tr("XinAn version {version}"), version=__version__), self)
        label.setObjectName("aboutVersion")
        self.button = QPushButton(self.tr("Versions and data folder…"), self)
        self.button.setObjectName("openAbout")
        self.button.setToolTip(self.tr("F1 opens it from anywhere in the main window"))
        self.button.clicked.connect(self.open_about)
        row = QHBoxLayout(self)
        row.addWidget(label, 1)
        row.addWidget(self.button)

    def open_about(self) -> None:
        from app.ui.about_dialog import show_about

        show_about(self, self.ctx)


WIDTH = 720  # Settings' boxes are at most this wide


def _row(box: QWidget, parent: QWidget) -> QWidget:
    """``box`` in a row of its own, capped at WIDTH. A vertical layout asks its items for
    their height at its full width, ignoring their maximum width, so word-wrapped labels in
    a capped box got too little height (the box was squeezed); a row caps first."""
    row = QWidget(parent)
    box.setParent(row)
    box.setMaximumWidth(WIDTH)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 1)
    layout.addStretch(0)
    return row


def settings_sections(ctx: ShellContext, parent: QWidget) -> list[QWidget]:
    """The boxes for SettingsPage, in order (each in a row of its own, see ``_row``)."""
    boxes: list[QWidget] = []
    if ctx.account.role is Role.COUNSELOR:
        from app.ui.backup.backup_panel import BackupPanel

        boxes.append(BackupPanel(ctx, parent))
    boxes.append(AboutBox(ctx, parent))
    return [_row(box, parent) for box in boxes]
