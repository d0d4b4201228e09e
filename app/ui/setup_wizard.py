"""First run: set up the station (school, classes or roster, counselor account, recovery code).

The station is created when the account page is committed (on the worker), then the
classes are added or the roster imported; only then does the recovery-code page appear.
From that point there is no way back, and the wizard cannot be closed before the
counselor confirms the code is written down.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.domain.accounts import Account
from app.domain.enums import Role
from app.domain.school import School
from app.services import station, students
from app.services.session import Session
from app.ui import dialogs, errors
from app.ui.context import Unlocked
from app.ui.i18n import fmt
from app.ui.recovery_page import RecoveryCodePage
from app.ui.setup_pages import AccountPage, ClassesPage, SchoolPage
from app.ui.tasks import TaskRunner, run_with_progress


def create_station_job(
    folder: Path, school: School, account: Account, password: str
) -> tuple[Unlocked, str]:
    """Worker job: the new station, opened, and its recovery code."""
    created = station.create_station(folder, school, account, password)
    return Unlocked(created.session, students.school(created.session)), created.recovery_code


def add_classes_job(session: Session, pairs: list[tuple[str, str]]) -> int:
    for grade, name in pairs:
        students.add_class(session, grade, name)
    return len(pairs)


def import_roster_job(session: Session, path: Path, progress: Any = None) -> Any:
    """Worker job; the roster service is imported lazily (it is an optional module)."""
    from app.services.roster_import import import_roster

    extra = {}
    if progress is not None and "progress" in inspect.signature(import_roster).parameters:
        extra["progress"] = progress
    return import_roster(session, path, dry_run=False, skip_invalid=False, **extra)


class SetupWizard(QWizard):
    """Emits ``completed(Unlocked)`` when finished; rejected only before creation."""

    completed = Signal(object)

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        self.created: Unlocked | None = None
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up XinAn"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create station"))
        self.school_page = SchoolPage(self)
        self.classes_page = ClassesPage(self.school_page, self)
        self.account_page = AccountPage(self)
        self.code_page = RecoveryCodePage(self)
        for page in (self.school_page, self.classes_page, self.account_page, self.code_page):
            self.addPage(page)
        self.setMinimumSize(640, 520)

    # --- creating the station ------------------------------------------------------------

    def school(self) -> School:
        page = self.school_page
        return School(
            page.name_edit.text().strip(),
            page.county_edit.text(),
            page.school_type(),
            page.boarding_check.isChecked(),
        )

    def account(self) -> Account:
        page = self.account_page
        username = page.username_edit.text().strip()
        return Account(None, username, page.display_edit.text().strip(), Role.COUNSELOR)

    def create_station(self) -> None:
        self._set_busy(True, self.tr("Creating the encrypted station…"))
        self.runner.submit(
            create_station_job,
            self.folder,
            self.school(),
            self.account(),
            self.account_page.passwords.password(),
            on_success=self._station_created,
            on_error=self._creation_failed,
            owner=self,
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.account_page.set_busy(busy, text)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _creation_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.account_page.status.setText(errors.describe(exc))

    def _station_created(self, result: tuple[Unlocked, str]) -> None:
        self.created, code = result
        self.code_page.show_code(code, self.created.school.name)
        if self.classes_page.importing():
            self._import_roster()
        else:
            self._add_classes()

    # --- classes or roster ---------------------------------------------------------------

    def _add_classes(self) -> None:
        assert self.created is not None
        pairs = self.classes_page.editor.class_names()
        self._set_busy(True, self.tr("Adding the classes…"))
        self.runner.submit(
            add_classes_job,
            self.created.session,
            pairs,
            on_success=self._classes_added,
            on_error=lambda exc: self._follow_up_failed(exc),
            owner=self,
        )

    def _classes_added(self, count: int) -> None:
        text = fmt(self.tr("{count} classes were created."), count=count) if count else ""
        self._finish_creation(text)

    def _import_roster(self) -> None:
        assert self.created is not None and self.classes_page.roster_path is not None
        self._set_busy(True, self.tr("Importing the roster…"))
        run_with_progress(
            self.runner,
            self,
            self.tr("Importing the student roster…"),
            import_roster_job,
            self.created.session,
            self.classes_page.roster_path,
            on_success=self._roster_imported,
            on_error=lambda exc: self._follow_up_failed(exc),
            owner=self,
        )

    def _roster_imported(self, report: Any) -> None:
        problems = [
            fmt(self.tr("Row {row}: {message}"), row=e.row, message=e.message)
            for e in report.errors
        ]
        if problems and not getattr(report, "written", False):
            text = self.tr(
                "The roster has rows with errors, so no student was imported. Correct the "
                "file and import it again:"
            )
        else:
            text = fmt(self.tr("{count} students were imported."), count=report.created)
        self._finish_creation(text, problems)

    def _follow_up_failed(self, exc: BaseException) -> None:
        text = fmt(self.tr("The station was created, but: {reason}"), reason=errors.describe(exc))
        self._finish_creation(text)

    def _finish_creation(self, summary: str, problems: list[str] | None = None) -> None:
        self._set_busy(False)
        self.code_page.set_summary(summary, problems)
        self.next()

    # --- leaving -------------------------------------------------------------------------

    def back(self) -> None:
        """No way back once the station exists (the Back button is disabled too)."""
        if self.created is None:
            super().back()

    def accept(self) -> None:
        if self.created is None or not self.code_page.isComplete():
            return
        super().accept()
        self.completed.emit(self.created)

    def reject(self) -> None:
        if self.account_page.busy:
            return
        if self.created is None:
            super().reject()
        elif self.code_page.isComplete():
            self.accept()
        else:
            dialogs.warning(
                self,
                self.tr("Please write the recovery code down and tick “I have written it down”."),
            )
