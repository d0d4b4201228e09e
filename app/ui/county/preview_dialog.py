"""数据包预览: exactly what a county bundle will carry out of the school, before writing.

Three views of the same preview (``county_export.Preview``): the core's plain-Chinese
rendering, every aggregate table cell by cell (suppressed cells as "<5"), and the
pseudonymous case lines. A banner says what is never sent. "Confirm export" accepts the
dialog; the page then asks for the folder and writes that very preview.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.county_export import Preview
from app.sync.bundle import CaseLine, Cell, Table
from app.sync.tables import SPECS
from app.sync.vocabulary import TOTAL, PeriodKind
from app.ui.county import words
from app.ui.county.text_table import TextTable, table_view
from app.ui.i18n import fmt
from app.ui.levels import color, level_name


def tree_order(cells: Sequence[Cell]) -> list[Cell]:
    """Cells grouped under their parents ("all" first), in the order the bundle lists
    values (the bundle itself lists them level by level)."""
    seen: list[dict[str, int]] = [{} for _ in cells[0].key] if cells else []
    for cell in cells:
        for index, value in enumerate(cell.key):
            seen[index].setdefault(value, len(seen[index]))
    return sorted(
        cells, key=lambda c: tuple(-1 if v == TOTAL else seen[i][v] for i, v in enumerate(c.key))
    )


def cell_rows(table: Table, threshold: int) -> tuple[list[list[str]], list[str]]:
    """(rows, tooltips) of one aggregate table: its key in words, then the count."""
    dims = SPECS[table.name].dims if table.name in SPECS else ()
    rows, tips = [], []
    for cell in tree_order(table.cells):
        key = [words.value_word(dim, value) for dim, value in zip(dims, cell.key, strict=False)]
        rows.append(
            [*(key or [words.value_word("", TOTAL)]), words.count_text(cell.value, threshold)]
        )
        tips.append(words.suppressed_hint(threshold) if cell.value is None else "")
    return rows, tips


def case_row(line: CaseLine) -> list[str]:
    where = line.grade.value if line.grade else line.stage.value if line.stage else None
    return [
        line.pseudonym[:12],
        level_name(line.level),
        words.grade_word(where),
        words.gender_word(None if line.gender is None else line.gender.value),
        words.days_text(line.days_since_flagged),
        words.yes_no_word(line.referred),
        words.yes_no_word(line.plan_in_place),
        words.days_text(line.days_since_follow_up),
        str(line.overdue_actions),
    ]


class PreviewDialog(QDialog):
    """Accepted when the counselor confirms; ``preview`` is what will be written."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("bundlePreview")
        self.setWindowTitle(self.tr("County bundle — check before export"))
        self.table_models: dict[str, TextTable] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addWidget(self._never_sent())
        layout.addWidget(self._tabs(), 1)
        layout.addWidget(self._buttons())
        self.resize(920, 680)

    def _heading(self) -> QLabel:
        bundle = self.preview.bundle
        monthly = bundle.period.kind is PeriodKind.MONTH
        text = (
            self.tr("Monthly bundle {period} for {center}, sequence number {sequence}")
            if monthly
            else self.tr("Semester bundle {period} for {center}, sequence number {sequence}")
        )
        values = {"period": bundle.period.id, "sequence": bundle.sequence}
        heading = QLabel(fmt(text, center=self.preview.county.center_name, **values), self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        return heading

    def _never_sent(self) -> QLabel:
        text = self.tr(
            "This is exactly what will leave the school. Never included: student names, "
            "student numbers, birth dates, guardians and their phone numbers, class "
            "names, dormitories, and any free text (flag reasons, conversation notes, "
            "visit records, plan contents, referral institutions). Students appear only "
            "as pseudonymous numbers the county cannot trace back; numbers smaller than "
            "{threshold} are hidden."
        )
        label = QLabel(fmt(text, threshold=self.preview.bundle.threshold), self)
        label.setObjectName("neverSent")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel#neverSent { background: #e8f5e9; padding: 8px; }")
        return label

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(self)
        self.text_view = QPlainTextEdit(self.preview.text, self)
        self.text_view.setObjectName("previewText")
        self.text_view.setReadOnly(True)
        self.tabs.addTab(self.text_view, self.tr("In words"))
        self.tabs.addTab(self._tables(), self.tr("Tables"))
        cases = len(self.preview.bundle.cases)
        self.tabs.addTab(self._cases(), fmt(self.tr("Red and orange cases ({count})"), count=cases))
        return self.tabs

    def _tables(self) -> QWidget:
        box = QWidget(self)
        self.table_list = QListWidget(box)
        self.table_list.setObjectName("tableList")
        self.table_stack = QStackedWidget(box)
        threshold = self.preview.bundle.threshold
        for table in self.preview.bundle.tables:
            self.table_list.addItem(words.table_title(table.name))
            self.table_stack.addWidget(self._table_view(table, threshold))
        self.table_list.currentRowChanged.connect(self.table_stack.setCurrentIndex)
        self.table_list.setCurrentRow(0)
        self.table_list.setMaximumWidth(300)
        row = QHBoxLayout(box)
        row.addWidget(self.table_list)
        row.addWidget(self.table_stack, 1)
        return box

    def _table_view(self, table: Table, threshold: int) -> QWidget:
        dims = SPECS[table.name].dims if table.name in SPECS else ()
        headers = [words.dimension_word(d) for d in dims] or [self.tr("Figure")]
        model = TextTable([*headers, self.tr("Count")], numeric=[len(headers)], parent=self)
        model.set_rows(*cell_rows(table, threshold))
        self.table_models[table.name] = model
        return table_view(model, self, f"table_{table.name}")

    def _cases(self) -> QWidget:
        headers = [
            self.tr("Pseudonym"), self.tr("Level"), self.tr("Grade"), self.tr("Gender"),
            self.tr("Flagged for"), self.tr("Referred"), self.tr("Plan in place"),
            self.tr("Last follow-up"), self.tr("Overdue actions"),
        ]  # fmt: skip
        self.case_model = TextTable(headers, numeric=[8], tone_column=1, parent=self)
        lines = self.preview.bundle.cases
        self.case_model.set_rows([case_row(line) for line in lines], None,
                                 [color(line.level) for line in lines])  # fmt: skip
        view = table_view(self.case_model, self, "caseLines")
        view.setToolTip(
            self.tr(
                "The first digits of each pseudonym; the same student keeps it in every bundle."
            )
        )
        return view

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self.tr("Confirm export…"), self)
        self.confirm_button.setObjectName("confirmExport")
        box.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not send data out of the school by accident
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box

    def models(self) -> list[TextTable]:
        return [*self.table_models.values(), self.case_model]
