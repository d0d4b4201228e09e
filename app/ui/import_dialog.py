"""Importing the roster from the Students page: pick a file, check it (a dry run on the
worker, behind a cancellable progress dialog), show the report — counts and every row
error with its spreadsheet row — then import everything, only the valid rows, or nothing.

The report dialog is opened with ``open()`` (window-modal, no nested event loop), so a
lock can close it at any moment; tests click its buttons. Files are picked and results
told through ``app.ui.dialogs``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.roster import RowError
from app.errors import ImportCancelled
from app.services.roster_import import ImportReport, import_roster
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt

Index = QModelIndex | QPersistentModelIndex
ErrorLine = tuple[int, str, str]  # (spreadsheet row, column, what is wrong)


def error_lines(row_errors: Sequence[RowError]) -> list[ErrorLine]:
    """One line per problem, translated; an error without codes keeps its message."""
    lines: list[ErrorLine] = []
    for error in row_errors:
        if not error.problems:
            lines.append((error.row, "", error.message))
        for problem in error.problems:
            sentence = errors.describe_cell(problem.field, problem.code, problem.params)
            lines.append((error.row, problem.column, sentence))
    return lines


class RowErrorModel(QAbstractTableModel):
    def __init__(self, lines: list[ErrorLine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.lines[index.row()][index.column()]
        return str(value)


class ImportReportDialog(QDialog):
    """The dry run's report. ``chosen(skip_invalid)`` when the user decides to import."""

    chosen = Signal(bool)

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import roster"))
        self.resize(720, 520)
        heading = QLabel(self.tr("Roster checked"), self)
        heading.setObjectName("dialogHeading")
        self.summary = QLabel(self._summary(), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.error_model = RowErrorModel(error_lines(report.errors), self)
        self.error_table = self._error_table()
        self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_table, 1)
        layout.addLayout(self._button_row())

    def _summary(self) -> str:
        report = self.report
        counts = fmt(
            self.tr(
                "{rows} student rows were read. Importing adds {created} students, updates "
                "{updated} and leaves {unchanged} unchanged; it creates {grades} grades, "
                "{classes} classes and {dorms} dorms."
            ),
            rows=report.rows,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            grades=report.grades_created,
            classes=report.classes_created,
            dorms=report.dorms_created,
        )
        if not report.errors:
            return counts + "\n" + self.tr("No problems were found.")
        problems = self.tr(
            "{count} rows have problems (listed below). Correct them in the file and check "
            "again, or import only the valid rows."
        )
        return counts + "\n" + fmt(problems, count=len(report.errors))

    def _error_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("importErrors")
        table.setModel(self.error_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setWordWrap(True)
        table.setVisible(bool(self.report.errors))
        return table

    def _buttons(self) -> None:
        report = self.report
        valid = report.created + report.updated + report.unchanged
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importAll")
        self.import_button.setEnabled(not report.errors and valid > 0)
        self.import_button.clicked.connect(lambda: self._choose(False))
        self.valid_button = QPushButton(self.tr("Import valid rows only"), self)
        self.valid_button.setObjectName("importValid")
        self.valid_button.setVisible(bool(report.errors))
        self.valid_button.setEnabled(bool(report.errors) and valid > 0)
        self.valid_button.clicked.connect(lambda: self._choose(True))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.reject)
        default = self.valid_button if report.errors else self.import_button
        default.setDefault(True)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.import_button, self.valid_button, self.cancel_button):
            row.addWidget(button)
        return row

    def _choose(self, skip_invalid: bool) -> None:
        self.accept()
        self.chosen.emit(skip_invalid)


class RosterImport(QObject):
    """One import from the page: ``start()`` asks for the file; ``imported`` at the end."""

    imported = Signal()

    def __init__(self, ctx: ShellContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.path: Path | None = None
        self.dialog: ImportReportDialog | None = None

    def start(self) -> None:
        caption = self.tr("Import roster")
        filters = self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)")
        self.path = dialogs.open_file(self.page, caption, filters)
        if self.path is None:
            return
        self.ctx.call_with_progress(
            self.page,
            self.tr("Checking the roster…"),
            import_roster,
            self.path,
            dry_run=True,
            on_success=self._checked,
            on_error=self._failed,
        )

    def _checked(self, report: ImportReport) -> None:
        self.dialog = ImportReportDialog(report, self.page)
        self.dialog.chosen.connect(self._import)
        self.dialog.open()

    def _import(self, skip_invalid: bool) -> None:
        self.ctx.call_with_progress(
            self.page,
            self.tr("Importing the roster…"),
            import_roster,
            self.path,
            skip_invalid=skip_invalid,
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, report: ImportReport) -> None:
        if not report.written:  # the file changed after the check and now has errors
            message = self.tr("The file now has rows with problems; nothing was imported.")
            dialogs.warning(self.page, message)
            return
        dialogs.info(self.page, self._result(report))
        self.imported.emit()

    def _result(self, report: ImportReport) -> str:
        text = self.tr(
            "The roster was imported: {created} students added, {updated} updated, "
            "{unchanged} unchanged."
        )
        done = fmt(text, created=report.created, updated=report.updated, unchanged=report.unchanged)
        if not report.errors:
            return done
        skipped = self.tr("{count} rows with problems were not imported.")
        return done + "\n" + fmt(skipped, count=len(report.errors))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            dialogs.info(self.page, errors.describe(exc))
        else:
            dialogs.show_error(self.page, exc, "roster import")
