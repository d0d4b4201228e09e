"""The growth-file window 一生一策成长档案 of one student.

A non-modal window parented to the main window (so a lock closes it). It shows at once,
loads the file on the worker, and builds each tab the first time it is shown. After a
save it reloads the file and refreshes the tabs built so far; typed input in other forms
is never touched by a reload.

Closing asks before unsaved input is dropped — except when the shell closes the window
for a lock: the input has just been handed over (``input_handed_over``) and comes back,
in a reopened window, after the unlock (see ``GrowthForm.reopen_after_unlock``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from app.domain.growth import GrowthFile
from app.ui import dialogs
from app.ui.context import ShellContext
from app.ui.growth.badge import LevelPill
from app.ui.growth.form import GrowthForm
from app.ui.growth.loading import Loaded, load
from app.ui.growth.rights import Abilities
from app.ui.growth.tab import GrowthTab
from app.ui.growth.tabs import FORM_TABS, tab_specs
from app.ui.i18n import fmt
from app.ui.transfer.send import SendAction
from app.ui.vocab import enum_name

GEOMETRY_KEY = "growth"


class GrowthWindow(QWidget):
    def __init__(self, ctx: ShellContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("growthWindow")
        self.ctx = ctx
        self.student_id = student_id
        self.abilities = Abilities(ctx.account.role, ctx.read_only)
        self.loaded: Loaded | None = None
        self.tabs: dict[str, GrowthTab] = {}
        self._keys = self.abilities.tabs()
        self._pending: dict[str, Any] = {}
        self._handed_over = False
        self.setWindowTitle(self.tr("Growth file"))
        self._build()
        self._shortcuts()
        self._restore_geometry()
        self.reload()

    @property
    def file(self) -> GrowthFile | None:
        return self.loaded.file if self.loaded else None

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("growthTabs")
        self.tab_widget.setEnabled(False)
        specs = tab_specs()
        for key in self._keys:
            container = QWidget(self.tab_widget)
            QVBoxLayout(container).setContentsMargins(8, 8, 8, 8)
            self.tab_widget.addTab(container, specs[key][0]())
        self.tab_widget.currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.tab_widget, 1)

    def _header(self) -> QHBoxLayout:
        self.name_label = QLabel(self.tr("Opening the growth file…"), self)
        self.name_label.setObjectName("pageHeading")
        self.info_label = QLabel(self)
        self.info_label.setObjectName("studentInfo")
        self.level_pill = LevelPill(self)
        self.case_label = QLabel(self)
        self.case_label.setObjectName("caseStatus")
        self.message = QLabel(self)
        self.message.setObjectName("statusText")
        row = QHBoxLayout()
        for widget in (self.name_label, self.info_label, self.level_pill, self.case_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.message)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printGrowthFile")
        self.print_button.setToolTip(self.tr("Print the growth file as a PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_file)
        row.addWidget(self.print_button)
        self.transfer_action = SendAction(self)  # 转出档案… (app/ui/transfer, counselors)
        row.addWidget(self.transfer_action.button)
        return row

    def _shortcuts(self) -> None:
        bindings = (
            (("Ctrl+S",), self.save_current),
            (("Ctrl+N",), self.new_record),
            (("Ctrl+W",), self.close),
            (("Ctrl+P",), self.print_file),
            (("Ctrl+Tab", "Ctrl+PgDown"), lambda: self._step_tab(1)),
            (("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp"), lambda: self._step_tab(-1)),
        )
        for keys, slot in bindings:
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(slot)

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.geometry(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1040, 740)

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        self.ctx.call(
            load, self.student_id, on_success=self._loaded, on_error=self._load_failed, owner=self
        )

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self._show_header(loaded)
        for tab in self.tabs.values():
            tab.show_file(loaded.file)
        self.tab_widget.setEnabled(True)
        self.ensure_tab(self.current_key())
        self._apply_pending()

    def _load_failed(self, exc: BaseException) -> None:
        dialogs.show_error(self, exc, "growth.load")
        if self.loaded is None:
            self.close()

    def _show_header(self, loaded: Loaded) -> None:
        student = loaded.file.student
        self.setWindowTitle(fmt(self.tr("Growth file — {name}"), name=student.name))
        self.name_label.setText(student.name)
        parts = [
            enum_name(student.gender),
            loaded.class_name(student.class_id),
            enum_name(student.status),
        ]
        self.info_label.setText(" · ".join(p for p in parts if p))
        self.level_pill.set_level(loaded.file.current_level)
        closed = loaded.file.case_status is CaseStatus.CLOSED
        self.case_label.setText(enum_name(CaseStatus.CLOSED) if closed else "")

    # --- tabs ----------------------------------------------------------------------------

    def current_key(self) -> str:
        return self._keys[max(self.tab_widget.currentIndex(), 0)]

    def ensure_tab(self, key: str) -> GrowthTab:
        """The tab ``key``, built now if this is its first showing."""
        tab = self.tabs.get(key)
        if tab is None:
            container = self.tab_widget.widget(self._keys.index(key))
            tab = tab_specs()[key][1](self, container)
            container.layout().addWidget(tab)
            tab.show()
            self.tabs[key] = tab
            if self.loaded is not None:
                tab.show_file(self.loaded.file)
        return tab

    def show_tab(self, key: str) -> GrowthTab:
        self.tab_widget.setCurrentIndex(self._keys.index(key))
        return self.ensure_tab(key)

    def tab_keys(self) -> list[str]:
        return list(self._keys)

    def _current_changed(self, _index: int) -> None:
        if self.loaded is not None:
            self.ensure_tab(self.current_key())

    def _step_tab(self, step: int) -> None:
        count = self.tab_widget.count()
        self.tab_widget.setCurrentIndex((self.tab_widget.currentIndex() + step) % count)

    def save_current(self) -> bool:
        """Ctrl+S: save the form in use on the current tab."""
        tab = self.tabs.get(self.current_key())
        return tab.save() if tab is not None and self.loaded is not None else False

    def new_record(self) -> None:
        tab = self.tabs.get(self.current_key())
        if tab is not None and self.loaded is not None:
            tab.new_record()

    def print_file(self) -> None:
        """Ctrl+P: the file as a PDF into a folder chosen now (``app.ui.printing``)."""
        from app.ui.printing import jobs
        from app.ui.printing.run import print_to_folder

        print_to_folder(self.ctx, self, jobs.growth_file, self.student_id)

    # --- forms ---------------------------------------------------------------------------

    def forms(self) -> list[GrowthForm]:
        return [f for f in self.findChildren(GrowthForm) if f.host is self]

    def has_unsaved_input(self) -> bool:
        return any(form.dirty for form in self.forms())

    def form_saved(self, form: GrowthForm, message: str) -> None:
        self.show_message(message)
        self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def restore_later(self, key: str, data: Any) -> None:
        """Input kept over a lock: handed to its form once the file is loaded."""
        self._pending[key] = data
        if self.loaded is not None:
            self._apply_pending()

    def _apply_pending(self) -> None:
        for key, data in list(self._pending.items()):
            form_name = key.rsplit("/", 1)[-1]
            tab_key = FORM_TABS.get(form_name)
            del self._pending[key]
            if tab_key in self._keys:
                self.show_tab(tab_key).restore_form(form_name, data)

    # --- closing -------------------------------------------------------------------------

    def input_handed_over(self) -> None:
        """A lock (or the main window) has just taken the unsaved input: close quietly."""
        self._handed_over = True
        QTimer.singleShot(0, self, self._forget_handover)

    def _forget_handover(self) -> None:
        self._handed_over = False

    def closing_quietly(self) -> bool:
        """True while the shell closes windows for a lock (the input is already kept)."""
        return self.ctx.closed or self._handed_over

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closing_quietly() and self.has_unsaved_input():
            question = self.tr(
                "Some input in this growth file has not been saved. Close it and discard the input?"
            )
            if not dialogs.ask(self, question):
                event.ignore()
                return
        self.ctx.settings.set_geometry(GEOMETRY_KEY, self.saveGeometry())
        event.accept()
