"""学生 Students: the whole roster with filters, a search box and the roster import.

Loading: the roster lines matching the filters come from ``students.roster`` on the
worker (generation-counted, so a late result of an older filter is dropped); the next
due action per student arrives afterwards, so the table paints before the deadlines are
computed. Searching: every keystroke runs ``search.search_students`` on the worker and
its id set narrows the loaded lines in memory (again generation-counted). No pause for
more typing: while one search runs, further keystrokes wait, and the text as it then
stands is searched once the result is in (never more than one search queued).

Other pages open the roster filtered with ``show_filtered`` after
``window.show_page("students")``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.due import DueItem, next_due_by_student
from app.domain.enums import KeyGroup, Role, StudentStatus, WarningLevel
from app.domain.school import Grade, SchoolClass
from app.domain.student import RosterRow
from app.services import students
from app.services.session import Session
from app.services.students import RosterFilter
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.roster_model import Column, RosterModel
from app.ui.transfer.receive import ReceiveAction
from app.ui.widgets.columns import fit_column
from app.ui.widgets.filter_bar import FilterBar, RosterCriteria
from app.ui.widgets.level_badge import LevelBadgeDelegate

if TYPE_CHECKING:
    from app.ui.import_dialog import RosterImport

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def open_growth_file(ctx: ShellContext, parent: QWidget, student_id: int) -> None:
    """Open a student's growth file. Imported when first used: the growth window is a
    large module the start-up path does not need."""
    from app.ui.growth import open_student

    open_student(ctx, parent, student_id)


# --- worker jobs (run with the session; they call services only) ---------------------------


# The due and search services are imported by the jobs, on the worker, when first used:
# the roster paints without them.


def load_roster(session: Session, flt: RosterFilter, overdue_only: bool) -> list[RosterRow]:
    if overdue_only:
        from app.services import due

        late = frozenset(item.student_id for item in due.due_items(session) if item.overdue)
        flt = replace(flt, student_ids=late)
    return students.roster(session, flt)


def load_structure(session: Session) -> tuple[list[Grade], list[SchoolClass]]:
    return students.grades(session), students.classes(session)


def load_next_due(session: Session) -> dict[int, DueItem]:
    from app.services import due

    return next_due_by_student(due.due_items(session))


def find_students(session: Session, text: str) -> frozenset[int] | None:
    from app.services import search

    return search.search_students(session, text)


# --- widgets -------------------------------------------------------------------------------


class RosterView(QTableView):
    """The table; ``open_requested(row)`` on Enter or a double click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class StudentsPage(QWidget):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("studentsPage")
        self._roster_generation = 0
        self._search_generation = 0
        self._search_pending = False
        self._open_after_search = False
        self._details_wanted = False
        self.importer: RosterImport | None = None
        self.model = RosterModel(self)
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._load_roster)
        self._build()
        self._shortcuts()
        self._tab_order()
        self._searched_text = ""  # what the latest search was for
        self.search_edit.textChanged.connect(self._text_changed)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self._search_box())
        layout.addWidget(self.filter_bar)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("fieldHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        self.table = self._table()
        layout.addWidget(self.table, 1)

    def _search_box(self) -> QLineEdit:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("rosterSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr(
                "Search by name, pinyin initials (zsf), student number or words in notes (Ctrl+F)"
            )
        )
        self.search_edit.returnPressed.connect(self._open_from_search)
        return self.search_edit

    def _top_row(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Students"), self)
        heading.setObjectName("pageHeading")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rosterCount")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.receiver = ReceiveAction(self.ctx, self)  # 接收转入档案… (app/ui/transfer)
        self.receiver.received.connect(lambda _sid: self.reload())
        row.addWidget(self.receiver.button)
        row.addWidget(self._import_button())
        return row

    def _import_button(self) -> QPushButton:
        self.import_button = QPushButton(self.tr("Import roster…"), self)
        self.import_button.setObjectName("importRoster")
        self.import_button.setToolTip(self.tr("Import students from an .xlsx or .csv roster"))
        can_import = self.ctx.account.role is Role.COUNSELOR and not self.ctx.read_only
        self.import_button.setEnabled(can_import)
        self.import_button.clicked.connect(self.import_roster)
        return self.import_button

    def _table(self) -> RosterView:
        table = RosterView(self)
        table.setModel(self.model)
        table.setItemDelegateForColumn(Column.LEVEL, LevelBadgeDelegate(table))
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (110, 60, 130, 170, 120)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        fit_column(table, Column.NEXT_DUE, self.model.due_text_samples(), minimum=220)
        table.open_requested.connect(self.open_row)
        return table

    def _tab_order(self) -> None:
        """Search box, filters left to right, the table, then the import button."""
        chain = [self.search_edit, *self.filter_bar.focus_chain(), self.table, self.import_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)

    # --- loading -------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Fetch everything again: the roster first (it paints), then filters and deadlines
        (asked for once the roster is in, so their work does not hold up its painting)."""
        self._details_wanted = True
        self._load_roster(self.filter_bar.criteria())
        if self.search_edit.text().strip():
            self._run_search()

    def _load_details(self) -> None:
        self._details_wanted = False
        self.ctx.call(load_structure, on_success=self._structure_loaded, owner=self)
        self.ctx.call(load_next_due, on_success=self.model.set_next_due, owner=self)

    def _load_roster(self, criteria: RosterCriteria) -> None:
        self._roster_generation += 1
        done = partial(self._roster_loaded, self._roster_generation)
        flt = criteria.to_filter(date.today())
        self.ctx.call(load_roster, flt, criteria.overdue, on_success=done, owner=self)

    def _roster_loaded(self, generation: int, rows: list[RosterRow]) -> None:
        if generation == self._roster_generation:
            self.model.set_rows(rows)
            self._update_count()
        if self._details_wanted:
            QTimer.singleShot(0, self, self._load_details)  # after this paint

    def _structure_loaded(self, structure: tuple[list[Grade], list[SchoolClass]]) -> None:
        self.filter_bar.set_structure(*structure)

    def _update_count(self) -> None:
        text = fmt(self.tr("{count} students"), count=len(self.model.rows))
        self.count_label.setText(text)
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        """Say why the table is empty: no roster yet, or nothing matches."""
        self.empty_hint.setVisible(not self.model.rows)
        narrowed = self.filter_bar.criteria().active or self.model.search_ids is not None
        if narrowed:
            self.empty_hint.setText(self.tr("No student matches the search and the filters."))
        else:
            self.empty_hint.setText(
                self.tr(
                    "There are no students yet. Import the school's roster with “Import roster…”."
                )
            )

    # --- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _text_changed(self, _text: str) -> None:
        if not self._search_pending:  # else: searched when the running search returns
            self._run_search()

    def _run_search(self) -> None:
        self._search_generation += 1
        text = self._searched_text = self.search_edit.text()
        if not text.strip():
            self._searched(self._search_generation, None)
            return
        done = partial(self._searched, self._search_generation)
        self._search_pending = True
        failed = partial(self._search_failed, self._search_generation)
        self.ctx.call(find_students, text, on_success=done, on_error=failed, owner=self)

    def _searched(self, generation: int, ids: frozenset[int] | None) -> None:
        if generation == self._search_generation:
            self._search_pending = False
            self.model.set_search(ids)
            self._update_count()
            if self.search_edit.text() != self._searched_text:
                self._run_search()  # typed on while this search ran
            elif self._open_after_search:
                self._open_after_search = False
                self._open_from_search()

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation:
            self._search_pending = self._open_after_search = False
            dialogs.show_error(self, exc, "roster search")

    # --- public hooks --------------------------------------------------------------------

    def show_filtered(
        self,
        *,
        grade_id: int | None = None,
        class_id: int | None = None,
        level: WarningLevel | None = None,
        tag: KeyGroup | None = None,
        status: StudentStatus | None = None,
        not_visited: bool = False,
        unscreened: bool = False,
        overdue: bool = False,
    ) -> None:
        """Show the roster filtered (the search is cleared; unnamed filters are reset).

        ``not_visited`` / ``unscreened`` mean "this school year" and, unless a ``status``
        is given, list students in school only — the students the dashboard counts.
        """
        if status is None and (not_visited or unscreened):
            status = StudentStatus.IN_SCHOOL
        self.search_edit.clear()
        self._run_search()
        criteria = RosterCriteria(
            grade_id, class_id, level, tag, status, not_visited, unscreened, overdue
        )
        self.filter_bar.set_criteria(criteria)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            open_growth_file(self.ctx, self.window(), self.model.student_id(row))

    def import_roster(self) -> None:
        from app.ui.import_dialog import RosterImport  # openpyxl & co. only when importing

        self.importer = RosterImport(self.ctx, self)
        self.importer.imported.connect(self.reload)
        self.importer.start()

    def _open_from_search(self) -> None:
        """Enter in the search box opens the selected student, or the first match (once
        the search typed just before has run)."""
        if self._search_pending:
            self._open_after_search = True
            return
        current: QModelIndex = self.table.currentIndex()
        if current.isValid():
            self.open_row(current.row())
        elif self.model.rows:
            self.open_row(0)
