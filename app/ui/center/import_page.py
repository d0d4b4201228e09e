"""导入 — county bundles from a folder (a USB stick) or a single file, imported on the
worker behind a progress dialog. Every file gets one line with its own reason: imported,
already imported (nothing changed), or refused and why (``app.ui.county.refusals``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import center_import
from app.services.center_import import ImportOutcome, ImportStatus
from app.ui import dialogs, errors
from app.ui.center.context import CenterContext
from app.ui.county.refusals import refusal_sentence
from app.ui.county.text_table import TextTable, table_view
from app.ui.i18n import fmt
from app.ui.levels import CLEAR, GREEN, RED

TONES = {
    ImportStatus.IMPORTED: QColor(GREEN.background),
    ImportStatus.DUPLICATE: QColor(CLEAR.background),
    ImportStatus.REFUSED: QColor(RED.background),
}


class CenterImportPage(QWidget):
    """``imported`` after an import that stored at least one bundle."""

    imported = Signal()

    def __init__(self, ctx: CenterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcomes: list[ImportOutcome] = []
        self.setObjectName("centerImportPage")
        self.model = TextTable(
            [self.tr("File"), self.tr("Result"), self.tr("School"), self.tr("Period"),
             self.tr("No."), self.tr("Reason")],
            numeric=(4,), tone_column=1, parent=self,
        )  # fmt: skip
        self.table = table_view(self.model, self, "importResults")
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Import county bundles"), self)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Choose the USB stick (or a folder) holding the schools' bundle files (*.age), "
                "or a single file. Each file is checked — the school's signature, the county, "
                "the content — before anything is stored; a refused file changes nothing."
            ),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(self._buttons())
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def _buttons(self) -> QHBoxLayout:
        self.folder_button = QPushButton(self.tr("Import a folder or USB stick…"), self)
        self.folder_button.setObjectName("importFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.file_button = QPushButton(self.tr("Import a file…"), self)
        self.file_button.setObjectName("importFile")
        self.file_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        return row

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Choose the folder or USB stick"))
        if folder is not None:
            self.start([folder])

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose a county bundle"),
            self.tr("County bundles (*.age);;All files (*)"),
        )  # fmt: skip
        if path is not None:
            self.start([path])

    def start(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` on the worker (folders contribute their ``*.age`` files)."""
        self._set_busy(True)
        self.summary.setText(self.tr("Importing…"))
        self.ctx.call_with_progress(
            self, self.tr("Importing county bundles…"), center_import.import_bundles,
            list(paths), on_success=self._done, on_error=self._failed,
        )  # fmt: skip

    def _set_busy(self, busy: bool) -> None:
        self.folder_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)

    def _done(self, outcomes: list[ImportOutcome]) -> None:
        self._set_busy(False)
        self.outcomes = list(outcomes)
        self.model.set_rows(
            [self._row(o) for o in outcomes],
            tips=[str(o.path) for o in outcomes],
            tones=[TONES[o.status] for o in outcomes],
        )
        self.summary.setText(self._summary(outcomes))
        if any(o.status is ImportStatus.IMPORTED for o in outcomes):
            self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.setText("")
        dialogs.error(self, errors.describe(exc))

    def _row(self, outcome: ImportOutcome) -> tuple[str, ...]:
        number = "" if outcome.sequence is None else str(outcome.sequence)
        return (
            outcome.path.name, self.status_text(outcome.status), outcome.school,
            outcome.period, number, self.reason_text(outcome),
        )  # fmt: skip

    def status_text(self, status: ImportStatus) -> str:
        return {
            ImportStatus.IMPORTED: self.tr("Imported"),
            ImportStatus.DUPLICATE: self.tr("Already imported"),
            ImportStatus.REFUSED: self.tr("Refused"),
        }[status]

    def reason_text(self, outcome: ImportOutcome) -> str:
        if outcome.status is ImportStatus.IMPORTED:
            return self.tr("Checked and stored.")
        if outcome.status is ImportStatus.DUPLICATE:
            return self.tr("This bundle was imported before: nothing changed.")
        return refusal_sentence(outcome.reason.value if outcome.reason else "")

    def _summary(self, outcomes: Sequence[ImportOutcome]) -> str:
        if not outcomes:
            return self.tr("No county bundle (*.age file) was found there.")
        counts = Counter(o.status for o in outcomes)
        return fmt(
            self.tr(
                "{files} files: {imported} imported, {duplicates} already imported before, "
                "{refused} refused."
            ),
            files=len(outcomes),
            imported=counts[ImportStatus.IMPORTED],
            duplicates=counts[ImportStatus.DUPLICATE],
            refused=counts[ImportStatus.REFUSED],
        )
