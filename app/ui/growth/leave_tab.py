"""休学复学: suspension and return. A return needs a specialist hospital's certificate
(issuer and date): without both, Save stays disabled and the form says why."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel

from app.domain.enums import LeaveKind, StudentStatus
from app.domain.growth import GrowthFile, LeaveEvent
from app.services import growth
from app.ui.growth.fields import date_text
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.vocab import enum_name


class LeaveForm(GrowthForm):
    form_name = "leave"

    def build(self) -> None:
        self.kind = LeaveKind.SUSPEND
        self.rule = self._rule_label()
        self.rows.addRow(self.rule)
        self.add_date("on", self.tr("Date:"))
        self.add_note("reason", self.tr("Reason:"), lines=3)
        self.add_line(
            "certificate_issuer", self.tr("Certificate issued by:"), self.tr("specialist hospital")
        )
        self.add_date("certificate_on", self.tr("Certificate dated:"))

    def _rule_label(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("certificateRule")
        label.setWordWrap(True)
        label.setText(
            self.tr(
                "A return to school needs a certificate from a specialist hospital. Fill in "
                "the hospital that issued it and its date; until then the return cannot be saved."
            )
        )
        return label

    def set_kind(self, kind: LeaveKind) -> None:
        """Suspend a student in school; let a suspended student return."""
        self.kind = kind
        returning = kind is LeaveKind.RETURN
        self.rule.setVisible(returning)
        for key in ("certificate_issuer", "certificate_on"):
            self.set_row_visible(key, returning)
        label = self.tr("Record the return") if returning else self.tr("Record the suspension")
        self.save_button.setText(label)
        self.reset()

    def fresh_values(self) -> dict[str, Any]:
        return {**super().fresh_values(), "on": date.today().isoformat()}

    def record(self) -> LeaveEvent:
        returning = self.kind is LeaveKind.RETURN
        return LeaveEvent(
            None,
            self.host.student_id,
            self.kind,
            self.date("on", required=True),
            self.text("reason"),
            self.text("certificate_issuer") if returning else "",
            self.date("certificate_on") if returning else None,
        )

    def submit(self, record: LeaveEvent) -> tuple[Any, tuple[Any, ...]]:
        return growth.record_leave, (record,)

    def saved_text(self) -> str:
        if self.kind is LeaveKind.RETURN:
            return self.tr("The student's return was recorded.")
        return self.tr("The suspension was recorded.")

    def restore_input(self, data: Any) -> None:
        self.set_kind(LeaveKind(data.get("kind", self.kind.value)))
        super().restore_input(data)

    def stash_input(self) -> Any | None:
        data = super().stash_input()
        return {**data, "kind": self.kind.value} if data else None


class LeaveTab(RecordsTab):
    key = "leave"
    form_class = LeaveForm

    def form_title(self) -> str:
        return self.tr("Suspension or return")

    def records(self, file: GrowthFile) -> Sequence[LeaveEvent]:
        return file.leaves

    def show_file(self, file: GrowthFile) -> None:
        suspended = file.student.status is StudentStatus.SUSPENDED
        kind = LeaveKind.RETURN if suspended else LeaveKind.SUSPEND
        if self.form is not None and (self.form.kind is not kind or not self.form.dirty):
            self.form.set_kind(kind)
        super().show_file(file)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda e: date_text(e.on)),
            Column(self.tr("Kind"), lambda e: enum_name(e.kind)),
            Column(self.tr("Certificate"), self._certificate),
            Column(self.tr("Reason"), lambda e: e.reason.split("\n", 1)[0]),
        ]

    def _certificate(self, event: LeaveEvent) -> str:
        if event.kind is not LeaveKind.RETURN:
            return ""
        return " ".join(p for p in (event.certificate_issuer, date_text(event.certificate_on)) if p)

    def details(self, event: LeaveEvent) -> list[tuple[str, str]]:
        return [
            (self.tr("Date:"), date_text(event.on)),
            (self.tr("Kind:"), enum_name(event.kind)),
            (self.tr("Certificate issued by:"), event.certificate_issuer),
            (self.tr("Certificate dated:"), date_text(event.certificate_on)),
            (self.tr("Reason:"), event.reason),
        ]
