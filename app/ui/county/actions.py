"""What the 县级同步 page's buttons do: import the county key file (after showing what it
says), write the enrollment file, and export a bundle (preview → confirm → folder →
write). Every service call runs on the worker; the page refreshes on ``changed``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import CorruptFile, NotFound
from app.services import county, county_export
from app.services.county import KeyFileCheck
from app.services.county_export import ExportResult, Preview
from app.sync.bundle import Staffing
from app.sync.keyfiles import Enrollment
from app.sync.period import Period
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.county.preview_dialog import PreviewDialog
from app.ui.i18n import fmt


class CountyActions(QObject):
    """``changed`` after anything was written; ``busy(bool)`` around the slow steps."""

    changed = Signal()
    busy = Signal(bool)

    def __init__(self, ctx: ShellContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.preview_dialog: PreviewDialog | None = None

    def _call(
        self, service: Callable[..., object], *args: object, done: Callable[[Any], None]
    ) -> None:
        self.busy.emit(True)

        def succeeded(value: object) -> None:
            self.busy.emit(False)
            done(value)

        def failed(exc: BaseException) -> None:
            self.busy.emit(False)
            self.show_error(exc)

        self.ctx.call(service, *args, on_success=succeeded, on_error=failed, owner=self.page)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, CorruptFile):
            text = self.tr(
                "This is not a valid XinAn county file (damaged, edited, or another kind of "
                "file). Ask the county center for the file again."
            )
        elif isinstance(exc, NotFound):
            text = self.tr("The file cannot be read, or the county key file is missing.")
        else:
            text = errors.describe(exc)
        errors.log_unexpected(exc, "county")
        dialogs.error(self.page, text)

    # --- county key ------------------------------------------------------------------------

    def import_key(self) -> None:
        caption = self.tr("Choose the county key file")
        filters = self.tr("County key files (*.xckey *.json);;All files (*)")
        path = dialogs.open_file(self.page, caption, filters)
        if path is not None:
            self._call(county.read_county_key_file, path, done=lambda c: self._key_read(path, c))

    def _key_read(self, path: Path, check: KeyFileCheck) -> None:
        key = check.key
        if check.other_county:
            text = self.tr(
                "This key file is for county {county}, but this school is in county "
                "{school}. Ask your county center for the right file."
            )
            dialogs.error(self.page, fmt(text, county=key.county_code, school=check.school_county))
        elif check.already:
            dialogs.info(self.page, self.tr("This county key is imported already."))
        elif dialogs.ask(self.page, self._key_question(check)):
            replace = check.replaces
            self._call(county.import_county_key, path, replace, done=self._key_imported)

    def _key_question(self, check: KeyFileCheck) -> str:
        key = check.key
        text = self.tr(
            "County key file of {center}\n\n"
            "County code: {county}\n"
            "Numbers hidden in bundles: below {threshold}\n"
            "Follow-up expected: red cases within {red} days, orange within {orange} days\n"
            "Center key: {recipient}\n\n"
            "Import it? From then on, this school's bundles can be opened by this center only."
        )
        values = {"county": key.county_code, "threshold": key.threshold}
        values |= {"red": key.red_follow_up_days, "orange": key.orange_follow_up_days}
        text = fmt(text, center=key.center_name, recipient=key.recipient_text, **values)
        if check.replaces:
            warning = self.tr("A different county key is imported now: it will be replaced.")
            text = f"{text}\n\n{warning}"
        return text

    def _key_imported(self, _key: object) -> None:
        self.changed.emit()

    # --- enrollment file -------------------------------------------------------------------

    def write_enrollment(self) -> None:
        caption = self.tr("Where to write the enrollment file (a USB stick is fine)")
        folder = dialogs.choose_folder(self.page, caption)
        if folder is None:
            return
        school = self.ctx.school
        name = f"xinan-enrollment_{school.county_code}_{school.station_id.split('-')[0]}.json"
        target = folder / name
        self._call(county.write_enrollment_file, target, done=lambda i: self._enrolled(target, i))

    def _enrolled(self, target: Path, info: Enrollment) -> None:
        text = self.tr(
            "The enrollment file was written to\n{path}\n\nTake it to the county center. "
            "Its signing key number is {key_id}: read it to the center on the phone so they "
            "can check it before accepting."
        )
        dialogs.info(self.page, fmt(text, path=target, key_id=info.public_key.key_id_hex))
        self.changed.emit()

    # --- export ----------------------------------------------------------------------------

    def preview(self, period: Period) -> None:
        self._call(county_export.preview, period, done=self._show_preview)

    def _show_preview(self, preview: Preview) -> None:
        dialog = PreviewDialog(preview, self.page)
        dialog.accepted.connect(lambda: self._confirmed(preview))
        dialog.finished.connect(dialog.deleteLater)
        self.preview_dialog = dialog
        dialog.open()

    def _confirmed(self, preview: Preview) -> None:
        caption = self.tr("Where to write the bundle (a USB stick is fine)")
        folder = dialogs.choose_folder(self.page, caption)
        if folder is not None:
            self._call(county_export.export, preview, folder, done=self._exported)

    def _exported(self, result: ExportResult) -> None:
        text = self.tr(
            "The bundle was written:\n{name}\nin {folder}\n\nTake it to the county center. "
            "Only the center can open it."
        )
        dialogs.info(self.page, fmt(text, name=result.path.name, folder=result.path.parent))
        self.changed.emit()

    # --- staffing --------------------------------------------------------------------------

    def save_staffing(self, staffing: Staffing) -> None:
        self._call(county.set_staffing, staffing, done=lambda _: self._staffing_saved())

    def _staffing_saved(self) -> None:
        self.changed.emit()
