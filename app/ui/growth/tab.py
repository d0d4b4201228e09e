"""The base of the growth window's tabs: show the file, save and start a new record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.growth import GrowthFile
from app.ui.growth.form import GrowthForm

if TYPE_CHECKING:
    from app.ui.growth.window import GrowthWindow


class GrowthTab(QWidget):
    """Subclasses set ``key``, build their widgets, and fill them in ``show_file``."""

    key: ClassVar[str] = "tab"

    def __init__(self, host: GrowthWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName(f"{self.key}Tab")

    def show_file(self, file: GrowthFile) -> None:
        """Fill the tab from the (freshly loaded) file; never clears typed input."""

    def forms(self) -> list[GrowthForm]:
        return [w for w in self.findChildren(GrowthForm) if w.host is self.host]

    def active_form(self) -> GrowthForm | None:
        """The form holding the keyboard focus, else the first with changes, else any."""
        usable = [f for f in self.forms() if f.editable and f.isVisibleTo(self)]
        focus = QApplication.focusWidget()
        for form in usable:
            if focus is not None and form.isAncestorOf(focus):
                return form
        return next((f for f in usable if f.dirty), usable[0] if usable else None)

    def save(self) -> bool:
        """Ctrl+S: save the active form."""
        form = self.active_form()
        return form.save() if form is not None else False

    def new_record(self) -> None:
        """Ctrl+N: start a new record (by default: focus the first field of the form)."""
        form = self.active_form()
        if form is not None and form.fields:
            next(iter(form.fields.values())).widget.setFocus()

    def restore_form(self, form_name: str, data: Any) -> bool:
        """Hand input kept over a lock back to the form ``form_name`` of this tab."""
        for form in self.forms():
            if form.form_name == form_name:
                form.restore_input(data)
                return True
        return False

    # --- helpers for subclasses ---------------------------------------------------------

    def group(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(content)
        return box

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldHint")
        label.setWordWrap(True)
        return label
