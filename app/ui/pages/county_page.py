"""县级同步 County sync (counselors): where the school stands with the county center, the
one-time set-up (county key file, enrollment file), staffing figures, and the export of a
bundle for a month or a semester — previewed in full before anything is written.

The status comes from ``county.status`` on the worker each time the page is shown; the
buttons' work lives in ``app.ui.county.actions``.
"""

from __future__ import annotations

from typing import Any

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

from app.services import county
from app.services.county import CountyStatus
from app.sync.bundle import Staffing
from app.ui.context import ShellContext
from app.ui.county.actions import CountyActions
from app.ui.county.period_box import PeriodBox
from app.ui.i18n import fmt
from app.ui.lockable import Lockable


def _when(iso: str) -> str:
    return iso.replace("T", " ")[:16]


class CountyPage(Lockable, QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: CountyStatus | None = None
        self.saved_staffing: tuple[int, int, int] | None = None
        self.setObjectName("countyPage")
        self.county_actions = CountyActions(ctx, self)
        self.county_actions.changed.connect(self.refresh)
        self.county_actions.busy.connect(self._set_busy)
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        layout.addWidget(self._status_box())
        layout.addWidget(self._setup_box())
        layout.addWidget(self._staffing_box())
        layout.addWidget(self._export_box())
        layout.addStretch(1)
        self._set_enabled()

    # --- building --------------------------------------------------------------------------

    def _heading(self) -> QVBoxLayout:
        heading = QLabel(self.tr("County sync"), self)
        heading.setObjectName("pageHeading")
        intro = QLabel(
            self.tr(
                "Once a month and at the end of each semester, export a bundle for the county "
                "counseling center and take it there on a USB stick. Only figures and "
                "pseudonymous case lines leave the school; you see all of it before it is "
                "written."
            ),
            self,
        )
        intro.setObjectName("fieldHint")
        intro.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        return column

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status"), self)
        form = QFormLayout(box)
        self.key_label = self._status_label("keyStatus")
        self.enrollment_label = self._status_label("enrollmentStatus")
        self.last_label = self._status_label("lastBundleStatus")
        self.staffing_label = self._status_label("staffingStatus")
        form.addRow(self.tr("County center:"), self.key_label)
        form.addRow(self.tr("Enrollment file:"), self.enrollment_label)
        form.addRow(self.tr("Last bundle:"), self.last_label)
        form.addRow(self.tr("Staffing:"), self.staffing_label)
        return box

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self.tr("Loading…"), self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Set-up (once)"), self)
        self.key_button = QPushButton(self.tr("Import the county key file…"), box)
        self.key_button.setObjectName("importKeyButton")
        self.key_button.clicked.connect(self.county_actions.import_key)
        self.enroll_button = QPushButton(self.tr("Write the enrollment file…"), box)
        self.enroll_button.setObjectName("enrollButton")
        self.enroll_button.clicked.connect(self.county_actions.write_enrollment)
        hint = QLabel(
            self.tr(
                "The county center gives every school its key file; the center accepts this "
                "school's enrollment file once, after checking the key number by phone."
            ),
            box,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.key_button)
        row.addWidget(self.enroll_button)
        row.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(hint)
        return box

    def _staffing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Counselor staffing (sent with every bundle)"), self)
        self.full_time = self._spin("fullTime")
        self.part_time = self._spin("partTime")
        self.certified = self._spin("certified")
        self.save_staffing_button = QPushButton(self.tr("Save"), box)
        self.save_staffing_button.setObjectName("saveStaffing")
        self.save_staffing_button.clicked.connect(self.save_staffing)
        row = QHBoxLayout(box)
        for text, spin in (
            (self.tr("Full-time counselors:"), self.full_time),
            (self.tr("Part-time:"), self.part_time),
            (self.tr("With certificate:"), self.certified),
        ):
            row.addWidget(QLabel(text, box))
            row.addWidget(spin)
            row.addSpacing(12)
        row.addWidget(self.save_staffing_button)
        row.addStretch(1)
        return box

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, 1000)
        spin.valueChanged.connect(self._set_enabled)
        return spin

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Export a bundle"), self)
        self.period_box = PeriodBox(box)
        self.preview_button = QPushButton(self.tr("Preview and export…"), box)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.start_export)
        self.export_hint = QLabel(box)
        self.export_hint.setObjectName("fieldHint")
        self.export_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.export_hint, 1)
        column = QVBoxLayout(box)
        column.addWidget(self.period_box)
        column.addLayout(row)
        return box

    # --- loading ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.call(county.status, on_success=self.show_status, owner=self)

    def show_status(self, status: CountyStatus) -> None:
        self.status = status
        self.key_label.setText(self._key_text(status))
        self.enrollment_label.setText(self._enrollment_text(status))
        self.last_label.setText(self._last_text(status))
        self.staffing_label.setText(self._staffing_text(status.staffing))
        if status.staffing is not None and not self.staffing_dirty():
            self.set_staffing(status.staffing)
        self.saved_staffing = None if status.staffing is None else _numbers(status.staffing)
        self._set_enabled()

    def _key_text(self, status: CountyStatus) -> str:
        key = status.key
        if key is None:
            return self.tr("No county key file imported yet: bundles cannot be exported.")
        text = self.tr("{center} (county {county}); numbers below {threshold} are hidden")
        return fmt(text, center=key.center_name, county=key.county_code, threshold=key.threshold)

    def _enrollment_text(self, status: CountyStatus) -> str:
        if status.enrollment_at is None:
            return self.tr("Not written yet.")
        text = self.tr("Written on {when}; signing key number {key_id}")
        return fmt(text, when=_when(status.enrollment_at), key_id=status.enrollment_key_id)

    def _last_text(self, status: CountyStatus) -> str:
        last = status.last_export
        if last is None:
            return self.tr("None exported yet.")
        text = self.tr("Period {period}, sequence number {sequence}, made on {when} ({file})")
        values = {"period": last.period, "sequence": last.sequence, "file": last.file}
        return fmt(text, when=_when(last.at), **values)

    def _staffing_text(self, staffing: Staffing | None) -> str:
        if staffing is None:
            return self.tr("Not filled in yet.")
        text = self.tr("{full_time} full-time, {part_time} part-time, {certified} with certificate")
        return fmt(
            text,
            **dict(zip(("full_time", "part_time", "certified"), _numbers(staffing), strict=True)),
        )

    # --- acting ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._set_enabled()

    def _set_enabled(self) -> None:
        idle = not getattr(self, "busy", False) and not self.ctx.read_only
        has_key = self.status is not None and self.status.key is not None
        for button in (self.key_button, self.enroll_button):
            button.setEnabled(idle)
        self.preview_button.setEnabled(idle and has_key)
        self.save_staffing_button.setEnabled(idle and self.staffing_dirty())
        self.export_hint.setText(
            "" if has_key or self.status is None else self.tr("Import the county key file first.")
        )

    def start_export(self) -> None:
        self.county_actions.preview(self.period_box.period())

    def staffing(self) -> Staffing:
        return Staffing(self.full_time.value(), self.part_time.value(), self.certified.value())

    def set_staffing(self, staffing: Staffing) -> None:
        for spin, value in zip(
            (self.full_time, self.part_time, self.certified), _numbers(staffing), strict=True
        ):
            spin.setValue(value)

    def staffing_dirty(self) -> bool:
        saved = getattr(self, "saved_staffing", None) or (0, 0, 0)
        return _numbers(self.staffing()) != saved

    def save_staffing(self) -> None:
        self.county_actions.save_staffing(self.staffing())

    # --- surviving a lock --------------------------------------------------------------------

    def stash_input(self) -> Any | None:
        return _numbers(self.staffing()) if self.staffing_dirty() else None

    def restore_input(self, data: Any) -> None:
        self.set_staffing(Staffing(*data))
        self._set_enabled()


def _numbers(staffing: Staffing) -> tuple[int, int, int]:
    return (staffing.full_time, staffing.part_time, staffing.certified)
