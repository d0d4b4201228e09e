"""The preview of a screening sheet before it is imported: every column the sheet has and
what it will be read as (the user maps the ones XinAn does not know), the columns still
missing, a test date for a sheet without one, and what the import would do — including
every row it would leave out, such as students not found in the roster.

Changing a column or the date asks for a new preview (``check_requested``); the importer
runs it on the worker and hands it back with ``set_preview``. Requests made while one is
running are coalesced. ``chosen(mapping, default_date)`` when the user imports.
The dialog is opened with ``open()`` (no nested event loop), so a lock can close it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.screening import IGNORE, ColumnSource, LayoutColumn
from app.services.screening import ScreeningPreview, ScreeningReport
from app.ui.i18n import fmt
from app.ui.pages.visits_models import RowsModel
from app.ui.screening.data import field_names, missing_names
from app.ui.screening.rows import ProblemLine, list_table, problem_columns, problem_lines


def column_letter(index: int) -> str:
    """A, B, … Z, AA … as a spreadsheet names its columns (``index`` is 0-based)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def set_tone(label: QLabel, tone: str) -> None:
    """``tone`` "error" (red) or "info" (grey) of an ``errorText`` label (see xinan.qss)."""
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        label.style().unpolish(label)
        label.style().polish(label)


class ScreeningPreviewDialog(QDialog):
    check_requested = Signal(object, object)  # mapping, default date (or None)
    chosen = Signal(object, object)  # mapping, default date (or None)

    def __init__(
        self, path: Path, preview: ScreeningPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screeningPreview")
        self.setWindowTitle(self.tr("Import screening results"))
        self.resize(900, 720)
        self.path = path
        self.baseline = preview.columns  # as first read: the mapping is the change from it
        self.preview = preview
        self.checking = False
        self.again = False
        self.combos: dict[int, QComboBox] = {}
        self.states: dict[int, QLabel] = {}
        self.problem_model: RowsModel[ProblemLine] = RowsModel(problem_columns(), self)
        self._build()
        self.set_preview(preview)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Check the columns before importing"), self)
        heading.setObjectName("dialogHeading")
        self.source_label = QLabel(self)
        self.source_label.setObjectName("fieldHint")
        self.source_label.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._columns_area())
        splitter.addWidget(self._outcome())
        splitter.setSizes([360, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.source_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())

    def _columns_area(self) -> QScrollArea:
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        titles = (self.tr("Column"), self.tr("Header in the file"), self.tr("Read as"), "")
        for number, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", grid_widget)
            grid.addWidget(label, 0, number)
        grid.setHorizontalSpacing(16)
        first = sorted(self.baseline, key=lambda c: (c.source is not ColumnSource.UNKNOWN, c.index))
        for row, column in enumerate(first, start=1):
            grid.addWidget(QLabel(column_letter(column.index), grid_widget), row, 0)
            grid.addWidget(QLabel(column.text or "—", grid_widget), row, 1)
            self.combos[column.index] = combo = self._combo(grid_widget, column)
            grid.addWidget(combo, row, 2)
            self.states[column.index] = state = QLabel(grid_widget)
            state.setObjectName("errorText")  # red while unknown, else grey (set_tone)
            grid.addWidget(state, row, 3)
        grid.setColumnStretch(3, 1)
        area = QScrollArea(self)
        area.setObjectName("previewColumns")
        area.setWidgetResizable(True)
        area.setWidget(grid_widget)
        return area

    def _combo(self, parent: QWidget, column: LayoutColumn) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(f"mapColumn{column.index}")
        combo.addItem(self.tr("— not imported —"), IGNORE)
        for key, name in field_names().items():
            combo.addItem(name, key)
        combo.setCurrentIndex(max(combo.findData(column.field or IGNORE), 0))
        combo.currentIndexChanged.connect(self.request_check)
        return combo

    def _outcome(self) -> QWidget:
        box = QWidget(self)
        self.missing_label = QLabel(box)
        self.missing_label.setObjectName("errorText")
        self.missing_label.setWordWrap(True)
        self.date_row = QWidget(box)
        self.date_edit = QDateEdit(self.date_row)
        self.date_edit.setObjectName("defaultDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(self.request_check)
        row = QHBoxLayout(self.date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("The sheet has no test date. Date of the test:"), box))
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.summary = QLabel(box)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.problem_table = list_table(self.problem_model, box, "previewProblems")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.missing_label, self.date_row, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.problem_table, 1)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._import)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        return row

    def begin(self) -> None:
        """Show the dialog (window-modal); a sheet without a date column is read again
        with the date in the date box (connect ``check_requested`` first)."""
        self.open()
        if not self.preview.has_date:
            self.request_check()

    # --- the user's choices ----------------------------------------------------------------

    def mapping(self, complete: bool = False) -> dict[str, str]:
        """Header key -> field of each column the user changed; ``complete`` (on import)
        adds every column XinAn did not know, left aside unless mapped, so the layout is
        remembered whole and the next sheet of it asks nothing."""
        mapping: dict[str, str] = {}
        for column in self.baseline:
            value = str(self.combos[column.index].currentData())
            unknown = complete and column.source is ColumnSource.UNKNOWN
            if unknown or value != (column.field or IGNORE):
                mapping[column.key] = value
        return mapping

    def default_date(self) -> date | None:
        """The date for every row, unless a column holds the test date."""
        if any(combo.currentData() == "taken_on" for combo in self.combos.values()):
            return None
        day = self.date_edit.date().toPython()
        return day if isinstance(day, date) else None

    def request_check(self, *_args: object) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        if self.checking:
            self.again = True
            return
        self.checking = True
        self.check_requested.emit(self.mapping(), self.default_date())

    def check_failed(self, text: str) -> None:
        self.checking = self.again = False
        self.summary.setText(text)
        self.import_button.setEnabled(False)

    def _import(self) -> None:
        if self.import_button.isEnabled():
            self.accept()
            self.chosen.emit(self.mapping(complete=True), self.default_date())

    # --- showing a preview -----------------------------------------------------------------

    def set_preview(self, preview: ScreeningPreview) -> None:
        self.checking = False
        if self.again:
            self.again = False
            self.request_check()
            return
        self.preview = preview
        self.source_label.setText(self._source_text(preview))
        self._show_columns(preview)
        names = "、".join(missing_names(preview.missing))
        text = self.tr("Still missing: {names}. Choose the column that holds each of them.")
        self.missing_label.setText(fmt(text, names=names) if preview.missing else "")
        self.missing_label.setVisible(bool(preview.missing))
        self.date_row.setVisible(not preview.has_date)
        report = preview.report
        self.summary.setText(self._summary(report) if report else "")
        self.problem_model.set_rows(problem_lines(report) if report else [])
        self.problem_table.setVisible(bool(self.problem_model.rows))
        usable = report is not None and report.imported + report.already_stored > 0
        self.import_button.setEnabled(usable)

    def _source_text(self, preview: ScreeningPreview) -> str:
        text = fmt(
            self.tr("File {file}, sheet “{sheet}”; the header is on row {row}."),
            file=self.path.name,
            sheet=preview.sheet,
            row=preview.header_row,
        )
        if preview.remembered:
            text += "\n" + self.tr("The columns you mapped for this layout before are used.")
        if preview.unknown:
            text += "\n" + self.tr(
                "Columns XinAn does not know are marked: choose what they hold, or leave "
                "them aside. Your choice is remembered for sheets of this layout."
            )
        return text

    def _show_columns(self, preview: ScreeningPreview) -> None:
        by_index = {c.index: c for c in preview.columns}
        for index, combo in self.combos.items():
            column = by_index.get(index)
            if column is None:
                continue
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(column.field or IGNORE), 0))
            combo.blockSignals(blocked)
            self.states[index].setText(self._state_text(column))
            unknown = column.source is ColumnSource.UNKNOWN
            set_tone(self.states[index], "error" if unknown else "info")

    def _state_text(self, column: LayoutColumn) -> str:
        texts = {
            ColumnSource.AUTO: self.tr("Recognized"),
            ColumnSource.REMEMBERED: self.tr("As mapped before"),
            ColumnSource.USER: self.tr("Your choice"),
            ColumnSource.IGNORED: self.tr("Not needed"),
            ColumnSource.UNKNOWN: self.tr("Not recognized: choose what it holds"),
        }
        return texts[column.source]

    def _summary(self, report: ScreeningReport) -> str:
        text = fmt(
            self.tr(
                "{rows} result rows read. Importing adds {imported} results to the growth "
                "files; {stored} are stored already and stay as they are."
            ),
            rows=report.rows,
            imported=report.imported,
            stored=report.already_stored,
        )
        text += "\n" + fmt(
            self.tr(
                "{abnormal} new results are abnormal: {suggested} suggested yellow flags "
                "go to the review list ({flagged} of these students are yellow or higher "
                "already); {unreliable} are unreliable (validity scale)."
            ),
            abnormal=report.abnormal,
            suggested=report.suggested,
            flagged=report.already_flagged,
            unreliable=report.unreliable,
        )
        left_out = len(problem_lines(report))
        if left_out:
            more = self.tr("{count} rows cannot be imported; they are listed below.")
            text += "\n" + fmt(more, count=left_out)
        if report.imported == 0 and report.already_stored:
            text += "\n" + self.tr(
                "Every result of this file is stored already: importing it again changes nothing."
            )
        return text
