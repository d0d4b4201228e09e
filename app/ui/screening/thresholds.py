"""The station's MHT thresholds (counselor only): when a sheet is unreliable, when a total
calls for an individual plan, when a content scale is abnormal. A change applies to the
imports that follow; results stored already keep their reading.

Unsaved values survive a lock (``Lockable``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.mht import MhtThresholds
from app.services import screening_review
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.lockable import Lockable


class MhtThresholdsBox(Lockable, QGroupBox):
    """``saved(message)`` after the thresholds were stored."""

    saved = Signal(str)

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("MHT thresholds"), parent)
        self.ctx = ctx
        self.setObjectName("thresholdsBox")
        self.stored: MhtThresholds | None = None
        self.restored: dict[str, int] | None = None
        self.validity = self._spin("validityMax", 0, 10)
        self.total = self._spin("totalPlan", 1, 100)
        self.scale = self._spin("scaleAbnormal", 1, 15)
        form = QFormLayout()
        form.addRow(self.tr("Unreliable when the validity (lie) score is above"), self.validity)
        form.addRow(self.tr("Individual plan from a total anxiety score of"), self.total)
        form.addRow(self.tr("A content scale is abnormal from"), self.scale)
        hint = QLabel(
            self.tr("Changes apply to the next imports; stored results keep their reading."),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        self._update_buttons()

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.valueChanged.connect(self._update_buttons)
        return spin

    def _buttons(self) -> QHBoxLayout:
        self.defaults_button = QPushButton(self.tr("Defaults"), self)
        self.defaults_button.setObjectName("thresholdDefaults")
        self.defaults_button.setToolTip(self.tr("Validity above 7, total 65, scale 8"))
        self.defaults_button.clicked.connect(lambda: self.set_values(MhtThresholds()))
        self.save_button = QPushButton(self.tr("Save thresholds"), self)
        self.save_button.setObjectName("saveThresholds")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.defaults_button)
        row.addWidget(self.save_button)
        return row

    # --- values ----------------------------------------------------------------------------

    def values(self) -> MhtThresholds:
        return MhtThresholds(self.validity.value(), self.total.value(), self.scale.value())

    def set_values(self, thresholds: MhtThresholds) -> None:
        self.validity.setValue(thresholds.validity_max)
        self.total.setValue(thresholds.total_plan)
        self.scale.setValue(thresholds.scale_abnormal)

    def set_stored(self, thresholds: MhtThresholds) -> None:
        """The station's thresholds as loaded; unsaved input (from before a lock) wins."""
        dirty = self.dirty()
        self.stored = thresholds
        if self.restored is not None:
            self.set_values(MhtThresholds(**self.restored))
            self.restored = None
        elif not dirty:
            self.set_values(thresholds)
        self._update_buttons()

    def dirty(self) -> bool:
        return self.stored is not None and self.values() != self.stored

    def _update_buttons(self, *_args: object) -> None:
        writable = not self.ctx.read_only and self.stored is not None
        for spin in (self.validity, self.total, self.scale):
            spin.setEnabled(writable)
        self.defaults_button.setEnabled(writable and self.values() != MhtThresholds())
        self.save_button.setEnabled(writable and self.dirty())

    def save(self) -> None:
        if not self.dirty() or self.ctx.read_only:
            return
        wanted = self.values()
        self.save_button.setEnabled(False)
        self.ctx.call(
            screening_review.set_thresholds,
            wanted,
            on_success=lambda _none: self._saved(wanted),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, thresholds: MhtThresholds) -> None:
        self.stored = thresholds
        self._update_buttons()
        self.saved.emit(self.tr("The thresholds were saved; they apply to the next import."))

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        dialogs.show_error(self, exc, "screening thresholds")

    # --- Lockable --------------------------------------------------------------------------

    def lock_key(self) -> str:
        return "screening/thresholds"

    def stash_input(self) -> Any | None:
        if not self.dirty():
            return None
        values = self.values()
        return {
            "validity_max": values.validity_max,
            "total_plan": values.total_plan,
            "scale_abnormal": values.scale_abnormal,
        }

    def restore_input(self, data: Any) -> None:
        self.restored = dict(data)
        if self.stored is not None:
            self.set_stored(self.stored)
