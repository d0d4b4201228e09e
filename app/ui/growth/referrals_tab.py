"""转介: referrals to a hospital or clinic (green channel or not), the feedback received
later, and a decision not to refer (with the reason why)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from app.domain.growth import GrowthFile, Referral
from app.errors import Problem, ValidationError
from app.services import growth
from app.ui.growth.fields import date_text
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.i18n import fmt
from app.ui.vocab import yes_no

NO_REFERRAL = -1


class ReferralForm(GrowthForm):
    form_name = "referral"

    def build(self) -> None:
        self.add_date("referred_on", self.tr("Date:"))
        self.add_line("institution", self.tr("Hospital or clinic:"))
        self.add_check("green_channel", self.tr("Through the green channel"))
        self.add_note("reason", self.tr("Reason:"), lines=3)
        hint = self.tr("only when it was decided not to refer")
        self.add_line("declined_reason", self.tr("Reason for not referring:"), hint)

    def fresh_values(self) -> dict[str, Any]:
        return {**super().fresh_values(), "referred_on": date.today().isoformat()}

    def record(self) -> Referral:
        return Referral(
            None,
            self.host.student_id,
            self.date("referred_on", required=True),
            self.text("institution"),
            bool(self.values()["green_channel"]),
            self.text("reason"),
            declined_reason=self.text("declined_reason"),
        )

    def submit(self, record: Referral) -> tuple[Any, tuple[Any, ...]]:
        return growth.add_referral, (record,)

    def saved_text(self) -> str:
        return self.tr("The referral was recorded.")


@dataclass(frozen=True)
class Feedback:
    referral_id: int
    on: date | None
    text: str

    def validate(self) -> None:
        problems = []
        if self.referral_id == NO_REFERRAL:
            problems.append(Problem("referral", "required", "choose a referral"))
        if self.on is None:
            problems.append(Problem("feedback_on", "required", "feedback date is required"))
        if problems:
            raise ValidationError(problems)


class FeedbackForm(GrowthForm):
    """The hospital's feedback on an earlier referral."""

    form_name = "feedback"

    def build(self) -> None:
        self.referral = QComboBox()
        self.referral.addItem(self.tr("(choose)"), NO_REFERRAL)
        self.add_combo("referral", self.tr("Referral:"), self.referral)
        self.add_date("feedback_on", self.tr("Feedback received on:"))
        self.add_note("feedback", self.tr("Feedback:"), lines=3)

    def fill_choices(self, referrals: Sequence[Referral]) -> None:
        """The referrals still waiting for feedback (keeps the choice being edited)."""
        clean = not self.dirty
        with self.quietly():
            current = self.referral.currentData()
            self.referral.clear()
            self.referral.addItem(self.tr("(choose)"), NO_REFERRAL)
            for item in referrals:
                if not item.feedback_received and not item.declined_reason and item.id:
                    label = fmt(
                        self.tr("{date} {institution}"),
                        date=date_text(item.referred_on),
                        institution=item.institution,
                    )
                    self.referral.addItem(label, item.id)
            index = self.referral.findData(current)
            self.referral.setCurrentIndex(max(index, 0))
        if clean:
            self.mark_clean()

    def fresh_values(self) -> dict[str, Any]:
        values = super().fresh_values()
        return {**values, "referral": NO_REFERRAL, "feedback_on": date.today().isoformat()}

    def record(self) -> Feedback:
        chosen = self.values()["referral"]
        chosen = NO_REFERRAL if chosen is None else int(chosen)
        return Feedback(chosen, self.date("feedback_on"), self.text("feedback"))

    def submit(self, record: Feedback) -> tuple[Any, tuple[Any, ...]]:
        sid = self.host.student_id
        return growth.record_referral_feedback, (sid, record.referral_id, record.on, record.text)

    def saved_text(self) -> str:
        return self.tr("The feedback was recorded.")


class ReferralsTab(RecordsTab):
    key = "referrals"
    form_class = ReferralForm

    def panels(self) -> list[QWidget]:
        self.feedback = self.make_form(FeedbackForm)
        panels = super().panels()
        if self.feedback is not None:
            panels.append(self.group(self.tr("Feedback from the hospital"), self.feedback))
        return panels

    def form_title(self) -> str:
        return self.tr("New referral (Ctrl+N)")

    def records(self, file: GrowthFile) -> Sequence[Referral]:
        return file.referrals

    def show_file(self, file: GrowthFile) -> None:
        if self.feedback is not None:
            self.feedback.fill_choices(file.referrals)
        super().show_file(file)

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: date_text(r.referred_on)),
            Column(self.tr("Hospital or clinic"), lambda r: r.institution),
            Column(self.tr("Green channel"), lambda r: yes_no(r.green_channel)),
            Column(self.tr("Feedback"), self._feedback_state),
        ]

    def _feedback_state(self, referral: Referral) -> str:
        if referral.declined_reason:
            return self.tr("Not referred")
        if referral.feedback_received:
            return fmt(self.tr("Received {date}"), date=date_text(referral.feedback_on))
        return self.tr("Waiting for feedback")

    def details(self, referral: Referral) -> list[tuple[str, str]]:
        return [
            (self.tr("Hospital or clinic:"), referral.institution),
            (self.tr("Reason:"), referral.reason),
            (self.tr("Reason for not referring:"), referral.declined_reason),
            (self.tr("Feedback:"), referral.feedback),
        ]
