"""学校 — the schools enrolled at the center: accept an enrollment file (previewed, then
confirmed) and write the county key file every school of the county imports once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import SchoolType
from app.errors import CorruptFile, StationNotFound
from app.services import center
from app.services.center import Accepted, EnrollmentCheck
from app.ui import dialogs, errors
from app.ui.center.context import CenterContext
from app.ui.center.enrollment_dialog import CenterEnrollmentDialog
from app.ui.county.text_table import TextTable, table_view
from app.ui.i18n import fmt
from app.ui.vocab import enum_name


def _type_name(value: str) -> str:
    try:
        return enum_name(SchoolType(value))
    except ValueError:
        return value


class CenterSchoolsPage(QWidget):
    """``changed`` after a school was accepted (the views then reload)."""

    changed = Signal()

    def __init__(self, ctx: CenterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("centerSchoolsPage")
        self.model = TextTable(
            [self.tr("School"), self.tr("School number"), self.tr("Type"),
             self.tr("Signing key number"), self.tr("Accepted on")],
            parent=self,
        )  # fmt: skip
        self.table = table_view(self.model, self, "schoolsTable")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Enrolled schools"), self)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.summary = QLabel(self)
        self.summary.setObjectName("fieldHint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)

    def _buttons(self) -> QHBoxLayout:
        self.accept_button = QPushButton(self.tr("Accept an enrollment file…"), self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.clicked.connect(self.choose_enrollment)
        self.key_button = QPushButton(self.tr("Write the county key file…"), self)
        self.key_button.setObjectName("keyFileButton")
        self.key_button.clicked.connect(self.write_key_file)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.key_button)
        row.addStretch(1)
        return row

    # --- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.call(center.schools, on_success=self._show, owner=self)

    def _show(self, schools: list[Any]) -> None:
        self.model.set_rows(
            [(s.name, s.station_id, _type_name(s.school_type), s.key_id[::-1].hex().upper(),
              s.accepted_at.replace("T", " ")[:16]) for s in schools]
        )  # fmt: skip
        self.summary.setText(
            fmt(
                self.tr(
                    "{count} schools enrolled. A school's bundles are accepted only once its "
                    "enrollment file has been accepted here."
                ),
                count=len(schools),
            )
        )

    # --- enrollment ------------------------------------------------------------------------

    def choose_enrollment(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose the school's enrollment file"),
            self.tr("Enrollment files (*.json);;All files (*)"),
        )  # fmt: skip
        if path is None:
            return
        self.ctx.call(
            center.read_enrollment, path,
            on_success=lambda check: self._preview(check, path),
            on_error=self._refused, owner=self,
        )  # fmt: skip

    def _preview(self, check: EnrollmentCheck, path: Path) -> None:
        self.preview: CenterEnrollmentDialog | None = CenterEnrollmentDialog(check, self)
        self.preview.accepted.connect(lambda: self._accept(path))
        self.preview.open()

    def _accept(self, path: Path) -> None:
        self.ctx.call(
            center.accept_enrollment, path,
            on_success=self._accepted, on_error=self._refused, owner=self,
        )  # fmt: skip

    def _accepted(self, accepted: Accepted) -> None:
        name = accepted.enrollment.school_name
        texts = {
            "accepted": self.tr("{school} is enrolled: its bundles can now be imported."),
            "replaced": self.tr("The signing key of {school} was replaced."),
            "unchanged": self.tr("{school} was already enrolled with this key: nothing changed."),
        }
        dialogs.info(self, fmt(texts[accepted.status], school=name))
        self.refresh()
        if accepted.status != "unchanged":
            self.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        dialogs.error(self, self.enrollment_error(exc))

    def enrollment_error(self, exc: BaseException) -> str:
        if isinstance(exc, CorruptFile):
            return self.tr(
                "This is not a valid enrollment file of a XinAn school (or it was altered "
                "after the school wrote it). Ask the school to write it again."
            )
        if isinstance(exc, StationNotFound):
            return self.tr("The file cannot be read (removed, or the USB stick unplugged?).")
        return errors.describe(exc)

    # --- county key file -------------------------------------------------------------------

    def write_key_file(self) -> None:
        suggested = f"county-{self.ctx.county_code}.xckey"
        path = dialogs.save_file(
            self, self.tr("Save the county key file"),
            self.tr("County key files (*.xckey)"), suggested,
        )  # fmt: skip
        if path is None:
            return
        self.ctx.call(
            center.write_county_key_file, path,
            on_success=self._key_written, on_error=self._key_failed, owner=self,
        )  # fmt: skip

    def _key_written(self, path: Path) -> None:
        text = self.tr(
            "County key file written to\n{path}\nEvery school of the county imports it once "
            "on its 县级同步 page."
        )
        dialogs.info(self, fmt(text, path=path))

    def _key_failed(self, exc: BaseException) -> None:
        dialogs.error(self, errors.describe(exc))
