"""危机: crisis events — time, what happened, who was notified, outcome."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from app.domain.enums import CrisisKind, Notified
from app.domain.growth import CrisisEvent, GrowthFile
from app.services import growth
from app.ui.growth.fields import datetime_text, enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.vocab import enum_name


class NotifiedPicker(QWidget):
    """Guardian / principal / police / hospital check boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for who in Notified:
            box = QCheckBox(enum_name(who), self)
            box.setObjectName(f"notified_{who.value}")
            box.toggled.connect(self.changed)
            row.addWidget(box)
            self.boxes[who.value] = box
        row.addStretch(1)

    def value(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_value(self, keys: list[str]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in keys)


class CrisisForm(GrowthForm):
    form_name = "crisis"

    def build(self) -> None:
        self.add_date("occurred_at", self.tr("Time:"), with_time=True)
        self.add_combo("kind", self.tr("Kind:"), enum_combo(self, CrisisKind))
        self.add_note("description", self.tr("What happened:"), lines=5)
        picker = NotifiedPicker(self)
        access = (picker.value, picker.set_value, picker.changed)
        self.add_field("notified", self.tr("Notified:"), picker, access)
        self.add_note("outcome", self.tr("Outcome:"), lines=3)

    def fresh_values(self) -> dict[str, Any]:
        return {**super().fresh_values(), "occurred_at": datetime_text(datetime.now())}

    def record(self) -> CrisisEvent:
        values = self.values()
        return CrisisEvent(
            None,
            self.host.student_id,
            self.date("occurred_at", required=True),
            CrisisKind(values["kind"]),
            self.text("description"),
            frozenset(Notified(n) for n in values["notified"]),
            self.text("outcome"),
        )

    def submit(self, record: CrisisEvent) -> tuple[Any, tuple[Any, ...]]:
        return growth.add_crisis, (record,)

    def saved_text(self) -> str:
        return self.tr("The crisis event was recorded.")


class CrisisTab(RecordsTab):
    key = "crisis"
    form_class = CrisisForm

    def form_title(self) -> str:
        return self.tr("Record a crisis event (Ctrl+N)")

    def records(self, file: GrowthFile) -> Sequence[CrisisEvent]:
        return file.crises

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Time"), lambda e: datetime_text(e.occurred_at)),
            Column(self.tr("Kind"), lambda e: enum_name(e.kind)),
            Column(self.tr("Notified"), self._notified),
            Column(self.tr("What happened"), lambda e: e.description.split("\n", 1)[0]),
        ]

    def _notified(self, event: CrisisEvent) -> str:
        return self.tr(", ").join(enum_name(who) for who in Notified if who in event.notified)

    def details(self, event: CrisisEvent) -> list[tuple[str, str]]:
        return [
            (self.tr("Time:"), datetime_text(event.occurred_at)),
            (self.tr("Kind:"), enum_name(event.kind)),
            (self.tr("What happened:"), event.description),
            (self.tr("Notified:"), self._notified(event)),
            (self.tr("Outcome:"), event.outcome),
        ]
