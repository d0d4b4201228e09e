"""调整预警等级: change a student's warning level with a reason and the network level
that raised the concern (individual / class / dorm / grade / school / outside school)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import SourceLevel, WarningLevel
from app.domain.growth import FlagChange
from app.services import growth
from app.ui import dialogs
from app.ui.growth.fields import enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.levels import color, level_name

if TYPE_CHECKING:
    from app.ui.growth.window import GrowthWindow

LEVEL_ORDER = (
    WarningLevel.RED,
    WarningLevel.ORANGE,
    WarningLevel.YELLOW,
    WarningLevel.BLUE,
    WarningLevel.CLEAR,
)


def level_combo(parent: QWidget) -> QComboBox:
    """The levels with their colours, most severe first."""
    combo = QComboBox(parent)
    for level in LEVEL_ORDER:
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(color(level)))
        combo.addItem(QIcon(swatch), level_name(level), level.value)
    return combo


class LevelForm(GrowthForm):
    form_name = "level"
    needs_change = False  # a form filled in from a screening can be saved as it is

    def build(self) -> None:
        self.add_combo("level", self.tr("New level:"), level_combo(self))
        self.add_note("reason", self.tr("Reason (required):"), lines=4)
        self.add_combo("source", self.tr("Raised by (network level):"), self._sources())
        self.add_line("reporter", self.tr("Reported by:"), self.tr("e.g. class committee member"))

    def _sources(self) -> QComboBox:
        return enum_combo(self, SourceLevel)

    def fresh_values(self) -> dict[str, Any]:
        values = super().fresh_values()
        if self.host.file is not None:
            values["level"] = self.host.file.current_level.value
        return values

    def record(self) -> FlagChange:
        assert self.host.file is not None
        values = self.values()
        return FlagChange(
            None,
            self.host.student_id,
            datetime.now(),
            WarningLevel(values["level"]),
            self.host.file.current_level,
            self.text("reason"),
            SourceLevel(values["source"]),
            self.text("reporter"),
        )

    def submit(self, record: FlagChange) -> tuple[Any, tuple[Any, ...]]:
        sid = self.host.student_id
        return growth.set_level, (sid, record.level, record.reason, record.source, record.reporter)

    def saved_text(self) -> str:
        return self.tr("The warning level was changed.")

    def save_label(self) -> str:
        return self.tr("Change level")


class LevelDialog(QDialog):
    """Non-modal (a modal dialog would block the main window too); Ctrl+S saves, Esc asks
    before dropping typed input."""

    def __init__(self, host: GrowthWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.host = host
        self.setObjectName("levelDialog")
        self.setWindowTitle(self.tr("Change the warning level"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = LevelForm(host, self)
        self.form.reset()
        self.form.saved.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.form.save)
        self.resize(520, 380)

    def prefill(self, values: dict[str, Any]) -> None:
        """Suggested values (e.g. from a screening): saved as they are unless edited."""
        self.form.set_values(values)
        self.form.mark_clean()

    def reject(self) -> None:
        quiet = self.host.closing_quietly()
        if not quiet and self.form.dirty:
            question = self.tr("The level change has not been saved. Discard it?")
            if not dialogs.ask(self, question):
                return
        super().reject()
