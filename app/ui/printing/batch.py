"""打印全校/全班成长档案: every growth file of the school or of one class, one PDF each, into a
folder chosen now — behind a cancellable progress dialog (stopping keeps the files
already written and says so). Counselors only (``printing_batch`` refuses the others).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.school import SchoolClass
from app.services import students
from app.ui.context import ShellContext
from app.ui.printing import jobs
from app.ui.printing.run import choose_print_folder, show_print_error, show_result
from app.ui.tasks import Task, TaskCancelled


class BatchPrintDialog(QDialog):
    """Which growth files: the whole school, or one class (``class_id`` preselects it)."""

    def __init__(
        self, ctx: ShellContext, parent: QWidget | None = None, class_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wanted_class = class_id
        self.task: Task | None = None
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(self.tr("Print growth files"))
        self.school_radio = QRadioButton(self.tr("Every student of the school"), self)
        self.class_radio = QRadioButton(self.tr("The students of one class:"), self)
        self.class_combo = QComboBox(self)
        self.class_combo.setObjectName("batchClass")
        group = QButtonGroup(self)
        group.addButton(self.school_radio)
        group.addButton(self.class_radio)
        self.school_radio.setChecked(class_id is None)
        self.class_radio.setChecked(class_id is not None)
        self.class_radio.toggled.connect(self._update)
        self._layout()
        self._update()
        ctx.call(students.classes, on_success=self.set_classes, owner=self)

    def _layout(self) -> None:
        note = QLabel(
            self.tr(
                "One PDF per student (in school or suspended), as far as your account may "
                "see the files. A whole school takes a few minutes."
            ),
            self,
        )
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.class_radio)
        row.addWidget(self.class_combo, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Print…"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.school_radio)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def set_classes(self, classes: Sequence[SchoolClass]) -> None:
        self.class_combo.clear()
        for school_class in classes:
            self.class_combo.addItem(school_class.name, school_class.id)
        found = self.class_combo.findData(self.wanted_class)
        self.class_combo.setCurrentIndex(max(found, 0))
        self._update()

    def _update(self) -> None:
        by_class = self.class_radio.isChecked()
        self.class_combo.setEnabled(by_class)
        self.ok_button.setEnabled(not by_class or self.class_combo.count() > 0)

    def class_id(self) -> int | None:
        if not self.class_radio.isChecked():
            return None
        chosen: int | None = self.class_combo.currentData()
        return chosen

    def start(self) -> None:
        """Ask for the folder, then print behind the progress dialog."""
        parent = self.parentWidget() or self
        class_id = self.class_id()
        folder = choose_print_folder(parent)
        if folder is None:
            return
        self.accept()
        self.task = self.ctx.call_with_progress(
            parent,
            self.tr("Printing growth files…"),
            jobs.growth_files,
            folder,
            class_id,
            on_success=partial(show_result, parent),
            on_error=partial(_failed, parent, folder),
        )


def _failed(parent: QWidget, folder: Path, exc: BaseException) -> None:
    """Stopped before the first file: nothing was printed, nothing to say."""
    if not isinstance(exc, TaskCancelled):
        show_print_error(parent, folder, exc)
