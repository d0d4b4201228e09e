"""The preview of a school's enrollment file before the center accepts it: school name,
school number, county, type and the signing key number to check with the school on the
phone. Nothing is written until the user confirms."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SchoolType
from app.services.center import EnrollmentCheck
from app.ui.i18n import fmt
from app.ui.vocab import enum_name


class CenterEnrollmentDialog(QDialog):
    """Accepted = the user confirmed that the key number matches what the school read."""

    def __init__(self, check: EnrollmentCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        info = check.enrollment
        self.setObjectName("enrollmentDialog")
        self.setWindowTitle(self.tr("Accept a school's enrollment file"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = {
            "name": QLabel(info.school_name, self),
            "station": QLabel(info.station_id, self),
            "county": QLabel(info.county_code, self),
            "type": QLabel(enum_name(SchoolType(info.school_type)), self),
            "key": QLabel(info.public_key.key_id_hex, self),
            "written": QLabel(info.created_at.replace("T", " ")[:16], self),
        }
        self.fields["key"].setObjectName("keyNumber")
        form.addRow(self.tr("School:"), self.fields["name"])
        form.addRow(self.tr("School number:"), self.fields["station"])
        form.addRow(self.tr("County code:"), self.fields["county"])
        form.addRow(self.tr("School type:"), self.fields["type"])
        form.addRow(self.tr("Signing key number:"), self.fields["key"])
        form.addRow(self.tr("Written on:"), self.fields["written"])
        layout.addLayout(form)
        self.note = QLabel(self._note(), self)
        self.note.setObjectName("fieldHint")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(
            self.tr("The number matches: accept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptEnrollment")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _note(self) -> str:
        check = self.check
        if check.same_key:
            return self.tr("This school is already enrolled with this very key: nothing changes.")
        if check.known_as is not None:
            return fmt(
                self.tr(
                    "{school} is already enrolled with another key. Accepting replaces its "
                    "key: bundles signed with the old key are then refused."
                ),
                school=check.known_as,
            )
        return self.tr(
            "Phone the school and have them read their signing key number (shown on their "
            "县级同步 page). Accept only if it is the number above."
        )
