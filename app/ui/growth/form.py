"""The base of every growth-file form: fields, validation as you type, saving, locking.

A form registers its fields under the names the domain's ``validate()`` uses for its
problems (``visited_on``, ``reason``, ``measures[0].what`` …), so a ``ValidationError``
from the domain lands on the right field, translated by ``app.ui.errors``. Dates that
cannot be read are problems of their own (``date_format``). Save stays disabled while
there is a problem or nothing to save; Ctrl+S (through the window) saves.

Forms are ``Lockable`` with the key ``growth/<student id>/<form name>``: a lock keeps the
typed input and the growth window reopens with it after the unlock.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import Problem, ValidationError
from app.ui import dialogs, errors
from app.ui.growth.fields import BadDate, DateField
from app.ui.growth.form_fields import Binding, FieldsForm
from app.ui.levels import RED
from app.ui.lockable import Lockable

if TYPE_CHECKING:
    from app.ui.growth.window import GrowthWindow

INVALID_STYLE = f"border: 1px solid {RED.background}; background: #fff5f5;"
_FIELD_ROOT = re.compile(r"^[A-Za-z_]+")


class GrowthForm(Lockable, FieldsForm):
    """Subclasses set ``form_name``, build fields in ``build()``, and implement ``record()``
    (the domain record from the fields) and ``submit(record)`` (service + arguments)."""

    form_name: ClassVar[str] = "form"
    needs_change: ClassVar[bool] = True  # Save only once something differs from the start
    saved = Signal()

    def __init__(self, host: GrowthWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName(f"{self.form_name}Form")
        self.problems: list[Problem] = []
        self.busy = False
        self.editable = True
        self._touched: set[str] = set()
        self._baseline: dict[str, Any] = {}
        self.summary = QLabel(self)
        self.summary.setObjectName("formProblems")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {RED.background};")
        self.save_button = QPushButton(self.save_label(), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.build()
        self._layout()
        self._filling = False
        self._defaults = self.values()
        self.reset()

    # --- to implement ----------------------------------------------------------------------

    def build(self) -> None:
        """Add the fields (``add_line``, ``add_date`` …) in the order they are filled in."""

    def record(self) -> Any:
        """The domain record of the typed values; may raise ValidationError."""
        raise NotImplementedError

    def check(self, record: Any) -> None:
        """The domain's validation of ``record`` (raises ValidationError)."""
        validate = getattr(record, "validate", None)
        if callable(validate):
            validate()

    def submit(self, record: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The service to call and its arguments (after the session)."""
        raise NotImplementedError

    def save_label(self) -> str:
        return self.tr("Save")

    def saved_text(self) -> str:
        return self.tr("Saved.")

    # --- building --------------------------------------------------------------------------

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addLayout(buttons)
        order = [b.widget for b in self.fields.values()] + [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    @property
    def dirty(self) -> bool:
        return self.values() != self._baseline

    def mark_clean(self) -> None:
        """The current values become what "unsaved changes" are measured against."""
        self._baseline = self.values()
        self._touched.clear()
        self.revalidate()

    def reset(self) -> None:
        """Back to an empty form (for a new record)."""
        self.set_values(self.fresh_values())
        self.mark_clean()

    def fresh_values(self) -> dict[str, Any]:
        """What a new, empty form holds (subclasses refresh dates such as "today")."""
        return dict(self._defaults)

    def discard(self) -> None:
        self.set_values(self._baseline)
        self._touched.clear()
        self.revalidate()

    # --- validation ------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if not self._filling:
            self._touched.add(key)
            self.revalidate()

    def revalidate(self) -> None:
        self.problems = self._parse_problems()
        if not self.problems and self.host.file is not None:
            try:
                self.check(self.record())
            except ValidationError as exc:
                self.problems = list(exc.problems)
        self._show_problems()

    def _parse_problems(self) -> list[Problem]:
        problems = []
        for key, binding in self.fields.items():
            if isinstance(binding.widget, DateField):
                try:
                    binding.widget.value()
                except BadDate:
                    code = "datetime_format" if binding.widget.with_time else "date_format"
                    problems.append(Problem(key, code, "not a date"))
        return problems

    def field_of(self, problem: Problem) -> str | None:
        """The registered field a problem belongs to (``measures[1].what`` -> measures)."""
        if problem.field in self.fields:
            return problem.field
        root = _FIELD_ROOT.match(problem.field)
        return root.group(0) if root and root.group(0) in self.fields else None

    def _show_problems(self) -> None:
        shown: dict[str, str] = {}
        rest: list[str] = []
        for problem in self.problems:
            key = self.field_of(problem)
            if key is not None and key in self._touched and key not in shown:
                shown[key] = errors.describe_problem(problem)
            elif key not in shown:
                rest.append(errors.describe_problem(problem))
        for key, binding in self.fields.items():
            self._mark(binding, shown.get(key, ""))
        explain = self.dirty or not self.needs_change
        self.summary.setText("\n".join(dict.fromkeys(rest)) if explain else "")
        self._update_button()

    @staticmethod
    def _mark(binding: Binding, message: str) -> None:
        if binding.error.text() == message:
            return
        binding.error.setText(message)
        binding.error.setVisible(bool(message))
        if binding.marks is not None:
            binding.marks.setStyleSheet(INVALID_STYLE if message else "")

    def can_save(self) -> bool:
        changed = self.dirty or not self.needs_change
        return self.editable and not self.busy and changed and not self.problems

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.can_save())

    def field_message(self, key: str) -> str:
        """The message shown under field ``key`` ('' when none)."""
        return self.fields[key].error.text()

    # --- editing rights --------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        """Read-only forms show their values without a Save button."""
        self.editable = editable
        for binding in self.fields.values():
            setter = getattr(binding.widget, "setReadOnly", None)
            if callable(setter):
                setter(not editable)
            else:
                binding.widget.setEnabled(editable)
        self.save_button.setVisible(editable)
        self._update_button()

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save if possible; otherwise show every problem. True when a save was started."""
        if not self.can_save():
            self._touched.update(self.fields)
            self._show_problems()
            return False
        service, args = self.submit(self.record())
        self.busy = True
        self._update_button()
        self.host.ctx.call(
            service, *args, on_success=self._saved, on_error=self._failed, owner=self
        )
        return True

    def _saved(self, _result: object) -> None:
        self.busy = False
        self.after_save()
        self.host.form_saved(self, self.saved_text())
        self.saved.emit()

    def after_save(self) -> None:
        """New-record forms start empty again; editors override."""
        self.reset()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        if isinstance(exc, ValidationError):
            self.problems = list(exc.problems)
            self._touched.update(self.fields)
            self._show_problems()
            return
        self._update_button()
        dialogs.show_error(self, exc, "growth." + self.form_name)

    # --- Lockable --------------------------------------------------------------------------

    def lock_key(self) -> str:
        return f"growth/{self.host.student_id}/{self.form_name}"

    def stash_input(self) -> Any | None:
        if not self.dirty:
            return None
        self.host.input_handed_over()
        return {"student_id": self.host.student_id, "values": self.values()}

    def restore_input(self, data: Any) -> None:
        self.set_values(data["values"])
        self._touched.update(key for key, value in data["values"].items() if value)
        self.revalidate()

    @classmethod
    def reopen_after_unlock(cls, window: QWidget, key: str, data: Any) -> bool:
        """Reopen the student's growth window; it hands ``data`` to this form once built."""
        ctx = getattr(window, "ctx", None)
        if ctx is None or not isinstance(data, dict) or "student_id" not in data:
            return False
        from app.ui.growth import open_window

        open_window(ctx, window, int(data["student_id"])).restore_later(key, data)
        return True
