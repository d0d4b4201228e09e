"""预警: the timeline of warning-level changes, and changing the level (counselors)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import WarningLevel
from app.domain.growth import FlagChange, GrowthFile
from app.ui.growth.badge import LevelPill
from app.ui.growth.level_dialog import LevelDialog
from app.ui.growth.records import Colors, Column, RecordList
from app.ui.growth.tab import GrowthTab
from app.ui.levels import color, level_name, text_color
from app.ui.vocab import enum_name


def level_colors(level: WarningLevel) -> Colors:
    return color(level), text_color(level)


class FlagsTab(GrowthTab):
    key = "flags"

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.dialog: LevelDialog | None = None
        self.pill = LevelPill(self)
        self.change_button = QPushButton(self.tr("Change warning level…"), self)
        self.change_button.setObjectName("changeLevel")
        self.change_button.setToolTip(self.tr("Change the warning level (Ctrl+N)"))
        self.change_button.clicked.connect(lambda: self.open_level_dialog())
        self.change_button.setVisible(host.abilities.may_edit("level"))
        self.history = RecordList(self._columns(), self._details, self)
        self.history.setObjectName("flagHistory")
        top = QHBoxLayout()
        top.addWidget(self.pill)
        top.addStretch(1)
        top.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history, 1)

    def _columns(self) -> list[Column]:
        columns = [
            Column(self.tr("When"), lambda f: f"{f.at:%Y-%m-%d %H:%M}"),
            Column(
                self.tr("Level"), lambda f: level_name(f.level), lambda f: level_colors(f.level)
            ),
            Column(self.tr("Before"), lambda f: level_name(f.previous_level)),
            Column(self.tr("Raised by"), lambda f: enum_name(f.source)),
            Column(self.tr("Reported by"), lambda f: f.reporter),
            Column(self.tr("Recorded by"), lambda f: f.actor),
        ]
        if self.host.abilities.sees_reasons:
            columns.append(Column(self.tr("Reason"), lambda f: f.reason.replace("\n", " ")))
        return columns

    def _details(self, flag: FlagChange) -> list[tuple[str, str]]:
        return [
            (self.tr("Level:"), f"{level_name(flag.previous_level)} → {level_name(flag.level)}"),
            (self.tr("Raised by:"), enum_name(flag.source)),
            (self.tr("Reported by:"), flag.reporter),
            (self.tr("Reason:"), flag.reason),
        ]

    def show_file(self, file: GrowthFile) -> None:
        self.pill.set_level(file.current_level)
        self.history.set_records(list(reversed(file.flags)))

    def new_record(self) -> None:
        self.open_level_dialog()

    def save(self) -> bool:
        return False  # the level is changed in its dialog (Ctrl+S there)

    def open_level_dialog(self, values: dict[str, Any] | None = None) -> LevelDialog | None:
        """Open the change-level dialog, optionally filled in (e.g. from a screening)."""
        if not self.host.abilities.may_edit("level"):
            return None
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        self.dialog = LevelDialog(self.host, self.host)
        if values:
            self.dialog.prefill(values)
        self.dialog.show()
        return self.dialog

    def restore_form(self, form_name: str, data: Any) -> bool:
        if form_name != "level":
            return super().restore_form(form_name, data)
        dialog = self.open_level_dialog()
        if dialog is not None:
            dialog.form.restore_input(data)
        return dialog is not None
