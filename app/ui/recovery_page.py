"""The wizard's last page: the recovery code, shown once, to copy down or print."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.ui import dialogs
from app.ui.i18n import fmt


class RecoveryCodePage(QWizardPage):
    """Finish stays disabled until "I have written it down" is ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.school_name = ""
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If the password is ever forgotten, only this code can open the station. "
                "It is shown only now: write it down or print it, and keep it locked away."
            )
        )
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setFont(self._code_font())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printCode")
        self.print_button.clicked.connect(self.print_code)
        self.acknowledge = QCheckBox(self.tr("I have written it down"), self)
        self.acknowledge.setObjectName("acknowledge")
        self.acknowledge.toggled.connect(self.completeChanged)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.hide()
        self._layout()

    @staticmethod
    def _code_font() -> QFont:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setBold(True)
        return font

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.acknowledge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)

    def show_code(self, code: str, school_name: str) -> None:
        self.code, self.school_name = code, school_name
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code_label.setText("-".join(groups[:half]) + "\n" + "-".join(groups[half:]))

    def set_summary(self, text: str, problems: list[str] | None = None) -> None:
        self.summary.setText(text)
        self.problems.clear()
        self.problems.addItems(problems or [])
        self.problems.setVisible(bool(problems))

    def isComplete(self) -> bool:
        return bool(self.code) and self.acknowledge.isChecked()

    def print_code(self) -> bool:
        return dialogs.print_document(self, self.document())

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        title = self.tr("XinAn recovery code")
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
        created = fmt(self.tr("Station set up on {date}"), date=date.today().isoformat())
        advice = self.tr(
            "Keep this sheet locked away. Anyone holding it can open the station's "
            "records. With it, a forgotten password can be replaced."
        )
        doc.setHtml(
            f"<h2>{escape(title)}</h2>"
            f"<p>{escape(self.school_name)}<br/>{escape(created)}</p>"
            f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold;'>"
            f"{escape(self.code)}</p><p>{escape(advice)}</p>"
        )
        return doc
