"""Triage of one concern: turn it into a flag, merge it into an open flag, or dismiss it.

The level is always the counselor's choice (nothing is preselected), and every way out
needs a reason or note the audit log can show later. When the committee member's name
did not match exactly one student of the class, the counselor picks the student.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StudentStatus, WarningLevel
from app.domain.student import RosterRow
from app.services import students, triage
from app.services.students import RosterFilter
from app.services.triage import PendingConcern
from app.ui import errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import badge_style, level_name
from app.ui.lockable import Lockable
from app.ui.vocab import urgency_name

OPEN_LEVELS = (WarningLevel.RED, WarningLevel.ORANGE, WarningLevel.YELLOW, WarningLevel.BLUE)
FLAG_TAB, MERGE_TAB, DISMISS_TAB = range(3)


class TriagePanel(Lockable, QGroupBox):
    """``triaged(sentence)`` once the selected concern has been handled."""

    triaged = Signal(str)

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending: PendingConcern | None = None
        self.rows: list[RosterRow] = []
        self.restored: dict[str, Any] | None = None
        self.setObjectName("triagePanel")
        self.setTitle(self.tr("Triage"))
        self._build()
        self.show_concern(None, "")

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.details = QLabel(self)
        self.details.setObjectName("concernDetails")
        self.details.setWordWrap(True)
        self.student_combo = QComboBox(self)
        self.student_combo.setObjectName("studentChoice")
        self.student_combo.setPlaceholderText(self.tr("Choose the student"))
        self.student_combo.currentIndexChanged.connect(self._update)
        self.student_hint = QLabel(self)
        self.student_hint.setObjectName("fieldHint")
        self.student_hint.setWordWrap(True)
        self.level_label = QLabel(self)
        self.level_label.setObjectName("currentLevel")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._flag_tab(), self.tr("Turn into a flag"))
        self.tabs.addTab(self._merge_tab(), self.tr("Merge into the open flag"))
        self.tabs.addTab(self._dismiss_tab(), self.tr("Dismiss"))
        self.status = QLabel(self)
        self.status.setObjectName("errorText")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.details, self.student_hint, self.student_combo, self.level_label):
            layout.addWidget(widget)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _flag_tab(self) -> QWidget:
        tab = QWidget(self)
        self.level_combo = QComboBox(tab)
        self.level_combo.setObjectName("flagLevel")
        self.level_combo.setPlaceholderText(self.tr("Choose a warning level"))
        for level in OPEN_LEVELS:
            self.level_combo.addItem(level_name(level), level.value)
        self.level_combo.setCurrentIndex(-1)
        self.level_combo.currentIndexChanged.connect(self._update)
        self.flag_reason = QPlainTextEdit(tab)
        self.flag_reason.setObjectName("flagReason")
        self.flag_reason.setPlaceholderText(self.tr("Why this level (required)"))
        self.flag_reason.setFixedHeight(80)
        self.flag_reason.textChanged.connect(self._update)
        self.flag_button = self._button(tab, self.tr("Turn into a flag"), "flagButton", self.flag)
        form = QFormLayout(tab)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow(self.tr("Reason:"), self.flag_reason)
        form.addRow("", self.flag_button)
        return tab

    def _merge_tab(self) -> QWidget:
        tab = QWidget(self)
        self.merge_note = QLineEdit(tab)
        self.merge_note.setObjectName("mergeNote")
        self.merge_note.setPlaceholderText(self.tr("e.g. same event as the flag of last week"))
        self.merge_button = self._button(
            tab, self.tr("Merge into the open flag"), "mergeButton", self.merge
        )
        form = QFormLayout(tab)
        form.addRow(self.tr("Note:"), self.merge_note)
        form.addRow("", self.merge_button)
        return tab

    def _dismiss_tab(self) -> QWidget:
        tab = QWidget(self)
        self.dismiss_reason = QLineEdit(tab)
        self.dismiss_reason.setObjectName("dismissReason")
        self.dismiss_reason.setPlaceholderText(self.tr("Why no action is needed (required)"))
        self.dismiss_reason.textChanged.connect(self._update)
        self.dismiss_button = self._button(tab, self.tr("Dismiss"), "dismissButton", self.dismiss)
        form = QFormLayout(tab)
        form.addRow(self.tr("Reason:"), self.dismiss_reason)
        form.addRow("", self.dismiss_button)
        return tab

    def _button(self, parent: QWidget, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- showing a concern -----------------------------------------------------------------

    def show_concern(self, pending: PendingConcern | None, class_name: str) -> None:
        if pending is None or self.pending is None or pending.concern.id != self.pending.concern.id:
            self._clear_inputs()
        self.pending, self.rows = pending, []
        self.status.clear()
        self.details.setText(self._details(pending, class_name))
        self.student_combo.clear()
        self.tabs.setEnabled(pending is not None)
        if pending is not None:
            flt = RosterFilter(class_id=pending.class_id, status=StudentStatus.IN_SCHOOL)
            self.ctx.call(
                students.roster,
                flt,
                on_success=self._students_loaded,
                on_error=self._failed,
                owner=self,
            )
        self._update()

    def _details(self, pending: PendingConcern | None, class_name: str) -> str:
        if pending is None:
            return self.tr("Choose a concern on the left.")
        text = self.tr(
            "From {reporter} ({where}), received {received}\nAbout: {name} · {urgency}\n\n{words}"
        )
        return fmt(
            text,
            reporter=pending.reporter,
            where=class_name,
            received=pending.received_at.strftime("%Y-%m-%d %H:%M"),
            name=pending.concern.student_name,
            urgency=urgency_name(pending.concern.urgency),
            words=pending.concern.text,
        )

    def _students_loaded(self, rows: list[RosterRow]) -> None:
        self.rows = rows
        blocked = self.student_combo.blockSignals(True)
        for row in rows:
            self.student_combo.addItem(f"{row.name}（{row.student_number}）", row.student_id)
        self.student_combo.setCurrentIndex(-1)
        self.student_combo.blockSignals(blocked)
        self._apply_restored()
        self._update()

    def needs_student(self) -> bool:
        return self.pending is not None and self.pending.concern.student_id is None

    def target(self) -> RosterRow | None:
        if self.pending is None:
            return None
        wanted = self.pending.concern.student_id or self.student_combo.currentData()
        return next((row for row in self.rows if row.student_id == wanted), None)

    # --- state ---------------------------------------------------------------------------

    def _update(self) -> None:
        self._show_chooser()
        target = self.target()
        self._show_level(target)
        writable = not self.ctx.read_only and target is not None
        self.flag_button.setEnabled(
            writable
            and self.level_combo.currentIndex() >= 0
            and bool(self.flag_reason.toPlainText().strip())
        )
        self.merge_button.setEnabled(writable and target is not None and target.level.is_open)
        self.dismiss_button.setEnabled(
            not self.ctx.read_only
            and self.pending is not None
            and bool(self.dismiss_reason.text().strip())
        )

    def _show_chooser(self) -> None:
        needs = self.needs_student()
        self.student_combo.setVisible(needs)
        self.student_hint.setVisible(needs)
        if needs and self.pending is not None:
            hint = self.tr(
                'The name "{name}" does not match exactly one student of the class: '
                "choose the student this concern is about."
            )
            self.student_hint.setText(fmt(hint, name=self.pending.concern.student_name))

    def _show_level(self, target: RosterRow | None) -> None:
        self.level_label.setVisible(target is not None)
        if target is None:
            return
        if target.level.is_open:
            text = self.tr("Current warning level of {name}: {level}")
            self.level_label.setStyleSheet(badge_style(target.level))
        else:
            text = self.tr("{name} has no open warning flag.")
            self.level_label.setStyleSheet("")
        self.level_label.setText(fmt(text, name=target.name, level=level_name(target.level)))

    def _clear_inputs(self) -> None:
        self.level_combo.setCurrentIndex(-1)
        self.flag_reason.setPlainText("")
        self.merge_note.setText("")
        self.dismiss_reason.setText("")
        self.tabs.setCurrentIndex(FLAG_TAB)

    # --- triage --------------------------------------------------------------------------

    def _chosen_student(self) -> int | None:
        return self.student_combo.currentData() if self.needs_student() else None

    def _concern_id(self) -> int:
        assert self.pending is not None and self.pending.concern.id is not None
        return self.pending.concern.id

    def flag(self) -> None:
        level = WarningLevel(self.level_combo.currentData())
        text = fmt(self.tr("The concern became a flag: {level}."), level=level_name(level))
        self._run(
            triage.to_flag,
            text,
            self._concern_id(),
            level,
            self.flag_reason.toPlainText().strip(),
            self._chosen_student(),
        )

    def merge(self) -> None:
        text = self.tr("The concern was merged into the student's open flag.")
        note = self.merge_note.text().strip()
        self._run(triage.merge, text, self._concern_id(), note, self._chosen_student())

    def dismiss(self) -> None:
        text = self.tr("The concern was dismissed.")
        reason = self.dismiss_reason.text().strip()
        self._run(triage.dismiss, text, self._concern_id(), reason)

    def _run(self, service: Any, done_text: str, *args: Any) -> None:
        for button in (self.flag_button, self.merge_button, self.dismiss_button):
            button.setEnabled(False)
        self.ctx.call(
            service,
            *args,
            on_success=lambda _result: self._done(done_text),
            on_error=self._failed,
            owner=self,
        )

    def _done(self, text: str) -> None:
        self._clear_inputs()
        self.triaged.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(errors.describe(exc))
        self._update()

    # --- surviving a lock ----------------------------------------------------------------

    def lock_key(self) -> str:
        return "inbox/triage"

    def stash_input(self) -> dict[str, Any] | None:
        texts = (self.flag_reason.toPlainText(), self.merge_note.text(), self.dismiss_reason.text())
        if self.pending is None or not any(t.strip() for t in texts):
            return None
        return {
            "concern": self.pending.concern.id,
            "tab": self.tabs.currentIndex(),
            "level": self.level_combo.currentData(),
            "texts": texts,
            "student": self.student_combo.currentData(),
        }

    def restore_input(self, data: dict[str, Any]) -> None:
        self.restored = data  # applied once that concern is shown again

    def _apply_restored(self) -> None:
        data = self.restored
        if data is None or self.pending is None or data["concern"] != self.pending.concern.id:
            return
        self.restored = None
        self.level_combo.setCurrentIndex(self.level_combo.findData(data["level"]))
        self.flag_reason.setPlainText(data["texts"][0])
        self.merge_note.setText(data["texts"][1])
        self.dismiss_reason.setText(data["texts"][2])
        self.student_combo.setCurrentIndex(self.student_combo.findData(data["student"]))
        self.tabs.setCurrentIndex(data["tab"])
