"""The report-entry window (see the package docstring for what it must never do)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import CorruptFile, XinAnError
from app.services import report_entry
from app.services.inbox import INBOX
from app.services.station_public import PUBLIC_NAME, StationPublic
from app.ui import dialogs, errors
from app.ui.i18n import fmt
from app.ui.report_entry.form import ReportForm, wipe


def say(label: QLabel, text: str) -> None:
    """Show ``text``; an empty label takes no room."""
    label.setText(text)
    label.setVisible(bool(text))


class ReportEntryWindow(QWidget):
    """Fill in, seal to the station's public key, write into ``out_dir``; then empty.

    ``submitted(path)`` after a sealed report file was written; ``closed`` when the
    window closes (the stand-alone mode quits then).
    """

    submitted = Signal(object)
    closed = Signal()

    def __init__(self, public: StationPublic, out_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.public = public
        self.out_dir = Path(out_dir)
        self.setObjectName("reportEntryWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("XinAn — weekly report of the psychology committee member")
        self.setWindowTitle(title)
        self.form = ReportForm(public, self)
        self._build()
        self.resize(640, 720)

    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("confirmationText")
        self.confirmation.setWordWrap(True)
        say(self.message, "")
        say(self.confirmation, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading())
        layout.addWidget(self._intro())
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.confirmation)
        layout.addLayout(self._buttons())

    def _heading(self) -> QLabel:
        text = fmt(self.tr("{school}: weekly class report"), school=self.public.school_name)
        heading = QLabel(text, self)
        heading.setObjectName("dialogHeading")
        heading.setWordWrap(True)
        return heading

    def _intro(self) -> QLabel:
        intro = QLabel(
            self.tr(
                "Your report is sealed as soon as you submit it: only the counselor can open "
                "it. This window cannot show any report, not even your own, and it empties "
                "itself after each report."
            ),
            self,
        )
        intro.setObjectName("fieldHint")
        intro.setWordWrap(True)
        return intro

    def _buttons(self) -> QHBoxLayout:
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.submit_button = QPushButton(self.tr("Submit the report"), self)
        self.submit_button.setObjectName("submitReport")
        self.submit_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.submit_button)
        return row

    # --- submitting ------------------------------------------------------------------------

    def submit(self) -> None:
        """Seal and write the report; only a written report empties the form."""
        say(self.confirmation, "")
        problems = self.form.problems()
        if problems:
            say(self.message, "\n".join(problems))
            return
        try:
            path = report_entry.submit(self.public, self.form.report(), self.out_dir)
        except XinAnError as exc:
            say(self.message, errors.describe(exc))
            return
        except OSError:
            say(self.message, self._write_failed())
            return
        self._fresh_form()
        say(
            self.confirmation,
            self.tr(
                "Thank you! Your report was sealed and handed in; only the counselor can "
                "open it. The form is empty again."
            ),
        )
        self.submitted.emit(path)

    def _write_failed(self) -> str:
        text = self.tr(
            "The report could not be saved in {folder}. Check that the folder (or USB "
            "stick) is there and writable, then submit again."
        )
        return fmt(text, folder=str(self.out_dir))

    def _fresh_form(self) -> None:
        """Wipe what was typed and put a brand-new empty form in place."""
        say(self.message, "")
        wipe(self.form)
        self.form = ReportForm(self.public, self)
        self.scroll.setWidget(self.form)  # the scroll area deletes the old form

    def closeEvent(self, event: QCloseEvent) -> None:
        wipe(self.form)
        event.accept()
        self.closed.emit()


def open_for_station(folder: Path, parent: QWidget) -> ReportEntryWindow | None:
    """Report entry on the station itself: its ``station.pub``, its ``inbox/`` folder."""
    try:
        public = StationPublic.load(Path(folder) / PUBLIC_NAME)
    except CorruptFile:
        text = QCoreApplication.translate(
            "ReportEntry",
            "Committee reports cannot be handed in on this computer yet: the counselor needs "
            "to unlock the station once first.",
        )
        dialogs.warning(parent, text)
        return None
    window = ReportEntryWindow(public, Path(folder) / INBOX, parent)
    window.show()
    return window


def run_report_entry(public: StationPublic, out_dir: Path, lang: str | None = None) -> int:
    """``xinan report-entry``: only this window, no station, no password."""
    from app.ui.application import create_application

    app = create_application(lang)
    window = ReportEntryWindow(public, out_dir)
    window.closed.connect(app.quit)
    window.show()
    return app.exec()
