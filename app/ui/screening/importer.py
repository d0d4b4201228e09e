"""Importing a screening sheet from the page: pick the file, read it on the worker (a
preview, nothing written), let the user check and map the columns in ``ScreeningPreviewDialog``,
import behind a cancellable progress dialog, then show ``ScreeningResultDialog``.

A file that cannot be read, or is not a results sheet, is refused with one sentence and
changes nothing; cancelling the preview imports nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import ImportCancelled
from app.services.screening import ScreeningPreview, ScreeningReport, import_screening
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.screening.data import preview_job
from app.ui.screening.preview_dialog import ScreeningPreviewDialog
from app.ui.screening.result_dialog import ScreeningResultDialog


class ScreeningImport(QObject):
    """One import: ``start()`` asks for the file; ``imported(report)`` once it is written."""

    imported = Signal(object)

    def __init__(self, ctx: ShellContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.path: Path | None = None
        self.dialog: ScreeningPreviewDialog | None = None
        self.result: ScreeningResultDialog | None = None

    def start(self) -> None:
        caption = self.tr("Import screening results")
        filters = self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)")
        path = dialogs.open_file(self.page, caption, filters)
        if path is not None:
            self.preview_file(path)

    def preview_file(self, path: Path) -> None:
        """Read ``path`` on the worker, then show the preview dialog (or why it failed)."""
        self.path = path
        self.dialog = self.result = None
        self.ctx.call_with_progress(
            self.page,
            self.tr("Reading the sheet…"),
            preview_job,
            self.path,
            None,
            None,
            on_success=self._previewed,
            on_error=self._failed,
        )

    def _previewed(self, preview: ScreeningPreview) -> None:
        assert self.path is not None
        self.dialog = ScreeningPreviewDialog(self.path, preview, self.page)
        self.dialog.check_requested.connect(self._check)
        self.dialog.chosen.connect(self._import)
        self.dialog.begin()

    def _check(self, mapping: Mapping[str, str], default_date: date | None) -> None:
        dialog = self.dialog
        self.ctx.call(
            preview_job,
            self.path,
            mapping,
            default_date,
            on_success=lambda preview: self._checked(dialog, preview),
            on_error=lambda exc: self._check_failed(dialog, exc),
            owner=dialog,
        )

    def _checked(self, dialog: ScreeningPreviewDialog | None, preview: ScreeningPreview) -> None:
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.set_preview(preview)

    def _check_failed(self, dialog: ScreeningPreviewDialog | None, exc: BaseException) -> None:
        errors.log_unexpected(exc, "screening preview")
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.check_failed(errors.describe(exc))

    def _import(self, mapping: Mapping[str, str], default_date: date | None) -> None:
        self.ctx.call_with_progress(
            self.page,
            self.tr("Importing screening results…"),
            import_screening,
            self.path,
            dict(mapping) or None,
            default_date=default_date,
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, report: ScreeningReport) -> None:
        self.result = ScreeningResultDialog(report, self.page)
        self.result.open()
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            dialogs.info(self.page, errors.describe(exc))
        else:
            dialogs.show_error(self.page, exc, "screening import")
