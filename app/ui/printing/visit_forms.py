"""The growth file's 家访记录表 buttons (on its Home visits tab): a form pre-filled with the
student for the next visit, or the selected recorded visit filled in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QWidget

from app.domain.growth import HomeVisit
from app.ui.context import ShellContext
from app.ui.printing import jobs
from app.ui.printing.run import print_to_folder


class VisitPrintBox(QGroupBox):
    """``set_visit(visit)`` follows the selected record (None: nothing selected)."""

    def __init__(self, ctx: ShellContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.visit: HomeVisit | None = None
        self.setObjectName("visitPrintBox")
        self.setTitle(self.tr("Print the home-visit record form"))
        self.blank_button = QPushButton(self.tr("Form for a new visit…"), self)
        self.blank_button.setObjectName("printBlankVisitForm")
        self.blank_button.setToolTip(self.tr("The student's details filled in, the rest blank"))
        self.blank_button.clicked.connect(self.print_blank)
        self.filled_button = QPushButton(self.tr("Selected visit…"), self)
        self.filled_button.setObjectName("printVisitForm")
        self.filled_button.clicked.connect(self.print_selected)
        row = QHBoxLayout(self)
        row.addWidget(self.blank_button)
        row.addWidget(self.filled_button)
        row.addStretch(1)
        self.set_visit(None)

    def set_visit(self, visit: Any) -> None:
        self.visit = visit if isinstance(visit, HomeVisit) else None
        self.filled_button.setEnabled(self.visit is not None and self.visit.id is not None)

    def print_blank(self) -> None:
        print_to_folder(self.ctx, self, jobs.visit_form, student_id=self.student_id)

    def print_selected(self) -> None:
        if self.visit is not None and self.visit.id is not None:
            print_to_folder(
                self.ctx, self, jobs.visit_form, student_id=self.student_id, visit_id=self.visit.id
            )
