"""A small coloured pill with a warning level's name (colours from ``app.ui.levels``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.enums import WarningLevel
from app.ui.levels import badge_style, level_name


class LevelPill(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("levelBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level = WarningLevel.CLEAR
        self.set_level(WarningLevel.CLEAR)

    def set_level(self, level: WarningLevel) -> None:
        self.level = level
        self.setText(level_name(level))
        self.setStyleSheet(badge_style(level))
