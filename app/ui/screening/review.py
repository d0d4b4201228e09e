"""The review list: yellow flags an abnormal screening result suggests. A suggestion is
never a flag until the counselor accepts it (one confirmation for any number at once);
dismissing one asks for the reason, which is kept with it.

Enter or a double click opens the student's growth file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import WarningLevel
from app.domain.screening_review import SuggestionLine
from app.services import screening_review
from app.services.screening_review import AcceptReport
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import level_name
from app.ui.pages.visits_models import Column, RowsModel
from app.ui.screening.rows import list_table, selected_rows
from app.ui.widgets.reason_dialog import ReasonDialog

translate = QCoreApplication.translate


def _level_text(line: SuggestionLine) -> str:
    return "" if line.current_level is WarningLevel.CLEAR else level_name(line.current_level)


def review_columns() -> list[Column[SuggestionLine]]:
    return [
        Column(translate("ScreeningReview", "Name"), _name, _name),
        Column(translate("ScreeningReview", "Class"), _class, _class),
        Column(translate("ScreeningReview", "Test date"), _day_text, _day),
        Column(translate("ScreeningReview", "Total"), _total_text, _total, numeric=True),
        Column(
            translate("ScreeningReview", "Flag now"),
            _level_text,
            _severity,
            level=lambda s: s.current_level,
        ),
        Column(translate("ScreeningReview", "Reading"), _reading, _reading),
    ]


def _name(line: SuggestionLine) -> str:
    return line.student_name


def _class(line: SuggestionLine) -> str:
    return line.class_name


def _day(line: SuggestionLine) -> date:
    return line.screening.taken_on


def _day_text(line: SuggestionLine) -> str:
    return line.screening.taken_on.isoformat()


def _total(line: SuggestionLine) -> int:
    return line.screening.total or 0


def _total_text(line: SuggestionLine) -> str:
    return "" if line.screening.total is None else str(line.screening.total)


def _severity(line: SuggestionLine) -> int:
    return -line.current_level.severity


def _reading(line: SuggestionLine) -> str:
    return line.screening.interpretation


class ScreeningReviewBox(QGroupBox):
    """``changed(message)`` after suggestions were decided (the page reloads)."""

    changed = Signal(str)

    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Suggested yellow flags to review"), parent)
        self.ctx = ctx
        self.setObjectName("reviewBox")
        self.busy = False
        self.reason_dialog: ReasonDialog | None = None
        self.model: RowsModel[SuggestionLine] = RowsModel(review_columns(), self)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.table = self._table()
        self.detail = QLabel(self)
        self.detail.setObjectName("reviewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self._buttons())
        self.set_lines([])

    def _table(self) -> QTableView:
        table = list_table(self.model, self, "reviewTable", multi=True)
        table.setSortingEnabled(True)
        table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.activated.connect(lambda _index: self.open_file())
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    def _buttons(self) -> QHBoxLayout:
        self.accept_button = self._button("acceptButton", self.tr("Accept selected"))
        self.accept_button.setToolTip(self.tr("Set a yellow flag for each selected student"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = self._button("acceptAllButton", self.tr("Accept all…"))
        self.accept_all_button.clicked.connect(self.accept_all)
        self.dismiss_button = self._button("dismissButton", self.tr("Dismiss…"))
        self.dismiss_button.setToolTip(self.tr("No flag: say why (the reason is kept)"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.open_button = self._button("openFileButton", self.tr("Open growth file"))
        self.open_button.setToolTip(self.tr("Open the student's growth file (Enter)"))
        self.open_button.clicked.connect(self.open_file)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        for button in (self.accept_button, self.accept_all_button, self.dismiss_button):
            row.addWidget(button)
        return row

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    # --- showing ---------------------------------------------------------------------------

    def set_lines(self, lines: list[SuggestionLine]) -> None:
        chosen = {line.suggestion.id for line in self.selected()}
        self.model.set_rows(lines)
        for number, line in enumerate(self.model.rows):
            if line.suggestion.id in chosen:
                self.table.selectRow(number)
        self.hint.setText(
            fmt(
                self.tr(
                    "{count} suggestions await your decision. Accepting sets a yellow flag "
                    "(source: external, reported by MHT筛查); dismissing asks why."
                ),
                count=len(lines),
            )
            if lines
            else self.tr("No suggested flags await review.")
        )
        self._update_buttons()

    def selected(self) -> list[SuggestionLine]:
        return [self.model.row_at(row) for row in selected_rows(self.table)]

    def may_decide(self) -> bool:
        return not self.ctx.read_only and not self.busy

    def _update_buttons(self, *_args: object) -> None:
        count = len(selected_rows(self.table))
        self.accept_button.setEnabled(self.may_decide() and count > 0)
        self.accept_all_button.setEnabled(self.may_decide() and bool(self.model.rows))
        self.dismiss_button.setEnabled(self.may_decide() and count == 1)
        self.open_button.setEnabled(count == 1)
        self._show_detail()

    def _show_detail(self) -> None:
        """The whole reading of the one selected line (the table cuts it short)."""
        lines = self.selected()
        if len(lines) != 1:
            self.detail.setText(self.tr("Select a line to read the whole result."))
            return
        line = lines[0]
        text = self.tr("{name} ({klass}), {day}: {reading}")
        day = line.screening.taken_on.isoformat()
        reading = line.screening.interpretation
        self.detail.setText(
            fmt(text, name=line.student_name, klass=line.class_name, day=day, reading=reading)
        )

    # --- deciding --------------------------------------------------------------------------

    def accept_selected(self) -> None:
        self._accept(self.selected())

    def accept_all(self) -> None:
        self._accept(list(self.model.rows))

    def _accept(self, lines: list[SuggestionLine]) -> None:
        if not lines or not self.may_decide():
            return
        if len(lines) == 1:
            text = fmt(
                self.tr("Set a yellow flag for {name} ({klass}) from this screening result?"),
                name=lines[0].student_name,
                klass=lines[0].class_name,
            )
        else:
            text = fmt(
                self.tr("Set a yellow flag for each of these {count} students?"),
                count=len(lines),
            )
        if not dialogs.ask(self, text):
            return
        ids = [line.suggestion.id for line in lines if line.suggestion.id is not None]
        self._run(screening_review.accept_suggestions, ids, done=self._accepted)

    def _accepted(self, report: AcceptReport) -> None:
        text = fmt(self.tr("{count} yellow flags were set."), count=len(report.accepted))
        if report.skipped:
            skipped = self.tr(
                "{count} suggestions were closed without a flag: the student is yellow or "
                "higher already."
            )
            text += " " + fmt(skipped, count=len(report.skipped))
        self.changed.emit(text)

    def dismiss_selected(self) -> None:
        lines = self.selected()
        if len(lines) != 1 or not self.may_decide():
            return
        line = lines[0]
        prompt = fmt(
            self.tr(
                "Why does {name} need no yellow flag? The screening result stays in the "
                "growth file; the reason is kept with the suggestion."
            ),
            name=line.student_name,
        )
        self.reason_dialog = ReasonDialog(self.tr("Dismiss suggestion"), prompt, self)
        self.reason_dialog.given.connect(lambda reason: self._dismiss(line, reason))
        self.reason_dialog.open()

    def _dismiss(self, line: SuggestionLine, reason: str) -> None:
        name = line.student_name
        self._run(
            screening_review.dismiss_suggestion,
            line.suggestion.id,
            reason,
            done=lambda _none: self.changed.emit(
                fmt(self.tr("The suggestion for {name} was dismissed."), name=name)
            ),
        )

    def _run(self, service: Callable[..., Any], *args: Any, done: Callable[[Any], None]) -> None:
        self.busy = True
        self._update_buttons()
        self.ctx.call(
            service,
            *args,
            on_success=lambda value: self._finished(done, value),
            on_error=self._failed,
            owner=self,
        )

    def _finished(self, done: Callable[[Any], None], value: Any) -> None:
        self.busy = False
        done(value)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        dialogs.show_error(self, exc, "screening review")
        self.changed.emit("")

    # --- the growth file -------------------------------------------------------------------

    def open_file(self) -> None:
        lines = self.selected()
        if len(lines) == 1:
            from app.ui.growth import open_student

            open_student(self.ctx, self, lines[0].suggestion.student_id)
