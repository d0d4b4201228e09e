"""家访: home visits (on-site, phone, video, at school) and follow-up records 随访.

Head teachers record visits too (for their own students: the service checks it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.domain.enums import VisitKind
from app.domain.growth import GrowthFile, HomeVisit
from app.services import growth
from app.ui.growth.fields import date_text, enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.vocab import enum_name, yes_no


class VisitForm(GrowthForm):
    form_name = "visit"

    def build(self) -> None:
        self.add_date("visited_on", self.tr("Date:"))
        self.add_combo("kind", self.tr("Kind:"), enum_combo(self, VisitKind))
        self.add_line(
            "visitors", self.tr("Visitors:"), self.tr("e.g. head teacher Li, counselor Wang")
        )
        self.add_line("met_with", self.tr("Met with:"), self.tr("e.g. mother, grandfather"))
        self.add_note("home_observations", self.tr("Observations of the home:"))
        self.add_note("concerns", self.tr("Concerns:"))
        self.add_note("agreed_actions", self.tr("Agreed actions:"))
        self.add_date("next_visit_on", self.tr("Next visit:"))
        self.add_check("follow_up", self.tr("This is a follow-up visit"))

    def fresh_values(self) -> dict[str, Any]:
        values = super().fresh_values()
        values["visited_on"] = date.today().isoformat()
        values["visitors"] = self.host.ctx.account.display_name
        return values

    def record(self) -> HomeVisit:
        values = self.values()
        return HomeVisit(
            None,
            self.host.student_id,
            self.date("visited_on", required=True),
            VisitKind(values["kind"]),
            self.text("visitors"),
            self.text("met_with"),
            self.text("home_observations"),
            self.text("concerns"),
            self.text("agreed_actions"),
            self.date("next_visit_on"),
            bool(values["follow_up"]),
        )

    def check(self, record: HomeVisit) -> None:
        record.validate(date.today())

    def submit(self, record: HomeVisit) -> tuple[Any, tuple[Any, ...]]:
        return growth.add_visit, (record,)

    def saved_text(self) -> str:
        return self.tr("The home visit was recorded.")


class VisitsTab(RecordsTab):
    key = "visits"
    form_class = VisitForm

    def form_title(self) -> str:
        return self.tr("Record a home visit (Ctrl+N)")

    def records(self, file: GrowthFile) -> Sequence[HomeVisit]:
        return file.visits

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda v: date_text(v.visited_on)),
            Column(self.tr("Kind"), lambda v: enum_name(v.kind)),
            Column(self.tr("Visitors"), lambda v: v.visitors),
            Column(self.tr("Met with"), lambda v: v.met_with),
            Column(self.tr("Follow-up"), lambda v: yes_no(v.follow_up)),
            Column(self.tr("Next visit"), lambda v: date_text(v.next_visit_on)),
        ]

    def details(self, visit: HomeVisit) -> list[tuple[str, str]]:
        return [
            (self.tr("Date:"), date_text(visit.visited_on)),
            (self.tr("Kind:"), enum_name(visit.kind)),
            (self.tr("Visitors:"), visit.visitors),
            (self.tr("Met with:"), visit.met_with),
            (self.tr("Observations of the home:"), visit.home_observations),
            (self.tr("Concerns:"), visit.concerns),
            (self.tr("Agreed actions:"), visit.agreed_actions),
            (self.tr("Next visit:"), date_text(visit.next_visit_on)),
        ]
