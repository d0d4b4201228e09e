"""概况: the student's details (editable by counselors) and closing or reopening the case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.enums import CaseStatus, Gender, KeyGroup, StudentStatus
from app.domain.growth import CaseStatusChange, GrowthFile
from app.domain.student import Student
from app.errors import Problem
from app.services import growth, students
from app.ui.growth.fields import date_text, enum_combo
from app.ui.growth.form import GrowthForm
from app.ui.growth.profile_widgets import GuardianEditor, TagPicker, guardian_rows
from app.ui.growth.tab import GrowthTab
from app.ui.i18n import fmt
from app.ui.transfer.profile_line import TransferredFrom
from app.ui.vocab import enum_name

NO_PLACE = -1  # combo data for "no class" / "no dorm"
EDITABLE_STATUSES = (
    StudentStatus.IN_SCHOOL,
    StudentStatus.DROPPED_OUT,
    StudentStatus.TRANSFERRED,
    StudentStatus.GRADUATED,
)


def student_values(student: Student) -> dict[str, Any]:
    return {
        "name": student.name,
        "student_number": student.student_number,
        "gender": student.gender.value,
        "birth_date": date_text(student.birth_date),
        "class_id": student.class_id if student.class_id is not None else NO_PLACE,
        "dorm_id": student.dorm_id if student.dorm_id is not None else NO_PLACE,
        "boarding": student.boarding,
        "status": student.status.value,
        "mentor": student.mentor,
        "tags": sorted(tag.value for tag in student.tags),
        "guardians": guardian_rows(student.guardians),
        "notes": student.notes,
    }


def _place(value: int | None, original: int | None) -> int | None:
    """A class/dorm id from its combo (None before the choices are filled in)."""
    if value is None:
        return original
    return None if value == NO_PLACE else value


class ProfileForm(GrowthForm):
    form_name = "profile"

    def build(self) -> None:
        self.add_line("name", self.tr("Name:"))
        self.add_line("student_number", self.tr("Student number:"))
        self.add_combo("gender", self.tr("Gender:"), enum_combo(self, Gender))
        self.add_date("birth_date", self.tr("Birth date:"))
        self.class_combo = self.add_combo("class_id", self.tr("Class:"), QComboBox())
        self.head_teacher = QLabel(self)
        self.head_teacher.setObjectName("headTeacher")
        self.rows.addRow(self.tr("Head teacher:"), self.head_teacher)
        self.dorm_combo = self.add_combo("dorm_id", self.tr("Dorm:"), QComboBox())
        self.add_check("boarding", self.tr("Boards at school"))
        self.status_combo = self.add_combo("status", self.tr("Status:"), QComboBox())
        self.add_line("mentor", self.tr("Mentor:"))
        tags = TagPicker(self)
        self.add_field(
            "tags", self.tr("Key groups:"), tags, (tags.value, tags.set_value, tags.changed)
        )
        self.guardian_editor = GuardianEditor(self)
        access = (
            self.guardian_editor.value,
            self.guardian_editor.set_value,
            self.guardian_editor.changed,
        )
        self.add_field("guardians", self.tr("Guardians:"), self.guardian_editor, access)
        if self.host.abilities.is_counselor:
            self.add_note("notes", self.tr("Counselor's notes:"))

    def fill_choices(self, file: GrowthFile) -> None:
        """Classes, dorms and the statuses this form may set (suspension is the leave tab's)."""
        loaded = self.host.loaded
        assert loaded is not None
        with self.quietly():
            self._refill(self.class_combo, [(c.name, c.id) for c in loaded.classes])
            self._refill(self.dorm_combo, [(d.name, d.id) for d in loaded.dorms])
            statuses = self._statuses(file.student.status)
            self.status_combo.clear()
            for status in statuses:
                self.status_combo.addItem(enum_name(status), status.value)
        self.status_combo.setEnabled(self.editable and len(statuses) > 1)
        self.head_teacher.setText(loaded.head_teacher(file.student.class_id) or "—")

    def _refill(self, combo: QComboBox, items: list[tuple[str, int]]) -> None:
        combo.clear()
        combo.addItem("—", NO_PLACE)
        for text, value in items:
            combo.addItem(text, value)

    @staticmethod
    def _statuses(current: StudentStatus) -> tuple[StudentStatus, ...]:
        return (current,) if current is StudentStatus.SUSPENDED else EDITABLE_STATUSES

    def field_of(self, problem: Problem) -> str | None:
        return "guardians" if problem.field == "guardian_phone" else super().field_of(problem)

    def record(self) -> Student:
        assert self.host.file is not None
        values, student = self.values(), self.host.file.student
        return replace(
            student,
            name=self.text("name"),
            student_number=self.text("student_number"),
            gender=Gender(values["gender"]),
            birth_date=self.date("birth_date"),
            class_id=_place(values["class_id"], student.class_id),
            dorm_id=_place(values["dorm_id"], student.dorm_id),
            boarding=values["boarding"],
            status=StudentStatus(values["status"] or student.status.value),
            mentor=self.text("mentor"),
            notes=values.get("notes", student.notes),
            tags=frozenset(KeyGroup(t) for t in values["tags"]),
            guardians=self.guardian_editor.guardians(),
        )

    def check(self, record: Student) -> None:
        record.validate(date.today())

    def submit(self, record: Student) -> tuple[Any, tuple[Any, ...]]:
        return students.update_student, (record,)

    def saved_text(self) -> str:
        return self.tr("The student's details were saved.")

    def after_save(self) -> None:
        self.mark_clean()


class CaseForm(GrowthForm):
    """Close the case (with a reason; nothing is deleted) or reopen it."""

    form_name = "case"

    def build(self) -> None:
        self.add_note("reason", self.tr("Reason:"), lines=2)

    def target(self) -> CaseStatus:
        file = self.host.file
        closed = file is not None and file.case_status is CaseStatus.CLOSED
        return CaseStatus.OPEN if closed else CaseStatus.CLOSED

    def update_action(self) -> None:
        closing = self.target() is CaseStatus.CLOSED
        self.save_button.setText(self.tr("Close case") if closing else self.tr("Reopen case"))

    def record(self) -> CaseStatusChange:
        sid = self.host.student_id
        return CaseStatusChange(None, sid, datetime.now(), self.target(), self.text("reason"))

    def submit(self, record: CaseStatusChange) -> tuple[Any, tuple[Any, ...]]:
        return growth.set_case_status, (self.host.student_id, record.status, record.reason)

    def saved_text(self) -> str:
        if self.target() is CaseStatus.CLOSED:
            return self.tr("The case was closed.")
        return self.tr("The case was reopened.")


class ProfileTab(GrowthTab):
    key = "profile"

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.form = ProfileForm(host, self)
        self.form.set_editable(host.abilities.may_edit("profile"))
        self.case_status = QLabel(self)
        self.case_status.setObjectName("caseStatusText")
        content = QWidget(self)
        column = QVBoxLayout(content)
        self.transferred_from = TransferredFrom(host, content)  # 转自 … (app/ui/transfer)
        column.addWidget(self.transferred_from)
        column.addWidget(self.group(self.tr("Student"), self.form))
        column.addWidget(self._case_box())
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def _case_box(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.case_status)
        self.case_form: CaseForm | None = None
        if self.host.abilities.may_edit("case"):
            self.case_form = CaseForm(self.host, box)
            column.addWidget(self.case_form)
        return self.group(self.tr("Case"), box)

    def show_file(self, file: GrowthFile) -> None:
        if not self.form.dirty:
            self.form.fill_choices(file)
            self.form.set_values(student_values(file.student))
            self.form.mark_clean()
        self.case_status.setText(self._case_text(file))
        self.transferred_from.refresh()
        if self.case_form is not None:
            self.case_form.update_action()

    def _case_text(self, file: GrowthFile) -> str:
        if not file.case_history:
            return enum_name(file.case_status)
        last = file.case_history[-1]
        text = self.tr("{status} since {date}: {reason}")
        return fmt(
            text, status=enum_name(last.status), date=f"{last.at:%Y-%m-%d}", reason=last.reason
        )
