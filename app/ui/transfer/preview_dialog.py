"""转入档案预览: what a transfer file brings, before anything is written.

Who (name, student number, gender, birth date), from which school (and who exported it
when, with the sending station's key fingerprint), the student's current warning level,
how many records of each kind, and — when a student with the same 学籍号 is already on
the roster — the one choice the service allows: join that student's (still empty)
growth file, or cancel and check with the sending school. "Accept" is never the default
button: Enter does not take a file in by accident.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import WarningLevel
from app.services.transfer import TransferPreview
from app.ui.county.text_table import TextTable, table_view
from app.ui.growth.fields import date_text
from app.ui.i18n import fmt
from app.ui.levels import badge_style, level_name
from app.ui.transfer.words import fingerprint_text, record_kind
from app.ui.vocab import enum_name


def _when(iso: str) -> str:
    return iso.replace("T", " ")[:16]


class TransferPreviewDialog(QDialog):
    """Accepted when the counselor takes the file in; ``into_existing`` says how."""

    def __init__(self, preview: TransferPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("transferPreview")
        self.setWindowTitle(self.tr("Incoming student file — check before accepting"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addWidget(self._student_box())
        layout.addWidget(self._sender_box())
        layout.addWidget(self._records_box(), 1)
        self.notice = self._notice()
        layout.addWidget(self.notice)
        layout.addWidget(self._buttons())
        self.resize(720, 720)

    # --- parts ---------------------------------------------------------------------------

    def _heading(self) -> QLabel:
        text = fmt(
            self.tr("Growth file of {name} from {school}"),
            name=self.preview.growth.student.name,
            school=self.preview.sender.school_name,
        )
        heading = QLabel(text, self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        return heading

    def _form_box(self, title: str, rows: list[tuple[str, QWidget | str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, value in rows:
            field = QLabel(value, box) if isinstance(value, str) else value
            if isinstance(field, QLabel):
                field.setWordWrap(True)
            form.addRow(label, field)
        return box

    def _student_box(self) -> QGroupBox:
        student = self.preview.growth.student
        level = self.preview.growth.current_level
        self.level_label = QLabel(level_name(level), self)
        self.level_label.setObjectName("transferLevel")
        if level is not WarningLevel.CLEAR:
            self.level_label.setStyleSheet(badge_style(level))
        self.level_label.setMaximumWidth(self.level_label.sizeHint().width() + 24)
        rows: list[tuple[str, QWidget | str]] = [
            (self.tr("Name:"), student.name),
            (self.tr("Student number:"), student.student_number),
            (self.tr("Gender:"), enum_name(student.gender)),
            (self.tr("Birth date:"), date_text(student.birth_date) or "—"),
            (self.tr("Class there:"), self.preview.placement or "—"),
            (self.tr("Warning level:"), self.level_label),
        ]
        return self._form_box(self.tr("Student"), rows)

    def _sender_box(self) -> QGroupBox:
        sender = self.preview.sender
        known = (
            self.tr("same key as earlier files from this school")
            if self.preview.sender_known
            else self.tr("the first file from this school")
        )
        key = fmt(
            self.tr("{fingerprint} ({known})"),
            fingerprint=fingerprint_text(self.preview.sender_fingerprint),
            known=known,
        )
        exported = fmt(
            self.tr("{when} by {who}"),
            when=_when(self.preview.exported_at),
            who=self.preview.exported_by or "—",
        )
        rows: list[tuple[str, QWidget | str]] = [
            (self.tr("School:"), fmt(self.tr("{school} (county {county})"),
                                     school=sender.school_name, county=sender.county_code)),
            (self.tr("Exported:"), exported),
            (self.tr("Signing key:"), key),
        ]  # fmt: skip
        history = self.preview.history_from
        earlier = [f"{h.get('school', '?')} ({h.get('at', '')[:10]})" for h in history]
        if earlier:
            rows.append((self.tr("Came there from:"), "; ".join(earlier)))
        return self._form_box(self.tr("Sending school"), rows)

    def _records_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Records in the file"), self)
        self.records_model = TextTable(
            [self.tr("Kind"), self.tr("Number")], numeric=[1], parent=self
        )
        counts = self.preview.record_counts
        rows = [[record_kind(k), str(n)] for k, n in counts.items() if n]  # kinds it has
        self.records_model.set_rows(rows or [[self.tr("None"), "0"]])
        view = table_view(self.records_model, box, "transferRecords")
        rows_height = view.verticalHeader().defaultSectionSize() * self.records_model.rowCount()
        view.setMinimumHeight(
            min(rows_height + view.horizontalHeader().sizeHint().height() + 4, 320)
        )
        column = QVBoxLayout(box)
        column.addWidget(view)
        text = self.tr(
            "{count} records in all. They join the growth file here, which notes the school "
            "they came from."
        )
        total = QLabel(fmt(text, count=sum(counts.values())), box)
        total.setObjectName("fieldHint")
        total.setWordWrap(True)
        column.addWidget(total)
        return box

    def _notice(self) -> QLabel:
        label = QLabel(self._notice_text(), self)
        label.setObjectName("transferNotice")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel#transferNotice { background: #fff8e1; padding: 8px; }")
        return label

    def _notice_text(self) -> str:
        received = self.preview.already_received_at
        conflict = self.preview.conflict
        if received is not None:
            text = self.tr("This file was received already on {when}. It cannot be accepted again.")
            return fmt(text, when=_when(received))
        if conflict is None:
            return self.tr(
                "The student arrives as a new student of this school, not yet in a class: "
                "put them in a class on the profile page afterwards."
            )
        values = {"name": conflict.name, "placement": conflict.class_name or "—"}
        if not conflict.same_name:
            text = self.tr(
                "A student with this student number is already here, but named {name} "
                "({placement}). Check the number with the sending school; the file cannot "
                "be accepted."
            )
            return fmt(text, **values)
        text = self.tr(
            "{name} ({placement}) with this student number is already on the roster. The "
            "file can join that student's growth file, provided it holds no warning flags "
            "or plans yet."
        )
        return fmt(text, **values)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        conflict = self.preview.conflict
        self.into_existing = conflict is not None
        label = (
            self.tr("Join the existing growth file")
            if self.into_existing
            else self.tr("Accept as a new student")
        )
        self.accept_button = QPushButton(label, self)
        self.accept_button.setObjectName("acceptTransfer")
        self.accept_button.setAutoDefault(False)
        usable = self.preview.already_received_at is None and (
            conflict is None or conflict.same_name
        )
        self.accept_button.setEnabled(usable)
        box.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box
