"""家访: home visits (on-site, phone, video, at school) and follow-up records 随访.

Head teachers record visits too (for their own students: the service checks it).

Recording a *planned* visit (the Home visits page, 按计划记录家访): the page calls
``VisitsTab.fill_from_plan(plan_id, draft)`` with ``visit_planning.draft_from_plan``'s
record; the form is pre-filled, says which plan it records, and saving calls
``visit_planning.record_planned_visit`` (visit + plan item done, one transaction)
instead of ``growth.add_visit``. The plan id survives a lock with the typed input.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from app.domain.enums import VisitKind
from app.domain.growth import GrowthFile, HomeVisit
from app.services import growth, visit_planning
from app.ui.growth.fields import date_text, enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column
from app.ui.growth.records_tab import RecordsTab
from app.ui.vocab import enum_name, yes_no

if TYPE_CHECKING:
    from app.ui.planning.plan_box import PlanBox


class VisitForm(GrowthForm):
    form_name = "visit"

    def build(self) -> None:
        self.plan_id: int | None = None  # set while recording a planned visit
        self.plan_note = QLabel(self)
        self.plan_note.setObjectName("planNote")
        self.plan_note.setWordWrap(True)
        self.rows.addRow(self.plan_note)
        self.rows.setRowVisible(self.plan_note, False)
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
        if self.plan_id is not None:
            return visit_planning.record_planned_visit, (self.plan_id, record)
        return growth.add_visit, (record,)

    # --- recording a planned visit -----------------------------------------------------

    def fill_from_plan(self, plan_id: int, draft: HomeVisit) -> None:
        """Pre-fill from a plan item; saving then records the visit against the plan."""
        values = {
            "visited_on": date_text(draft.visited_on),
            "kind": draft.kind.value,
            "visitors": draft.visitors,
            "next_visit_on": date_text(draft.next_visit_on),
            "follow_up": draft.follow_up,
        }
        self.set_values({**self.fresh_values(), **values})
        self._show_plan(plan_id)

    def _show_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        text = self.tr("Recording a planned visit: saving marks the plan item done.")
        self.plan_note.setText(text if plan_id is not None else "")
        self.rows.setRowVisible(self.plan_note, plan_id is not None)
        self.revalidate()

    @property
    def dirty(self) -> bool:
        return self.plan_id is not None or super().dirty

    def after_save(self) -> None:
        self._show_plan(None)
        super().after_save()

    def stash_input(self) -> Any | None:
        data = super().stash_input()
        if data is not None:
            data["plan_id"] = self.plan_id
        return data

    def restore_input(self, data: Any) -> None:
        super().restore_input(data)
        if data.get("plan_id") is not None:
            self._show_plan(int(data["plan_id"]))

    def saved_text(self) -> str:
        return self.tr("The home visit was recorded.")


class VisitsTab(RecordsTab):
    key = "visits"
    form_class = VisitForm
    plan_box: PlanBox | None = None

    def form_title(self) -> str:
        return self.tr("Record a home visit (Ctrl+N)")

    def fill_from_plan(self, plan_id: int, draft: HomeVisit) -> bool:
        """Hook for the Home visits page: False when this account cannot record visits."""
        if self.form is None:
            return False
        self.form.fill_from_plan(plan_id, draft)
        return True

    def panels(self) -> list[QWidget]:
        """The student's open planned visits (``app.ui.planning``), the add form, then the
        家访记录表 print buttons (``app.ui.printing``)."""
        from app.ui.planning.plan_box import PlanBox
        from app.ui.printing.visit_forms import VisitPrintBox

        box = VisitPrintBox(self.host.ctx, self.host.student_id, self)
        self.list.table.chosen.connect(box.set_visit)
        if self.form is None:
            return [*super().panels(), box]
        self.plan_box = PlanBox(self.host.ctx, self.host.student_id, self, self)
        return [self.plan_box, *super().panels(), box]

    def show_file(self, file: GrowthFile) -> None:
        super().show_file(file)
        if self.plan_box is not None:
            self.plan_box.reload()

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
