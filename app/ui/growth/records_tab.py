"""A tab that lists one kind of record (newest first) beside the form that adds one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.domain.growth import GrowthFile
from app.ui.growth.form import GrowthForm
from app.ui.growth.records import Column, RecordList
from app.ui.growth.tab import GrowthTab


class RecordsTab(GrowthTab):
    """Subclasses give ``form_class``, ``records``, ``columns``, ``details``, ``form_title``."""

    form_class: ClassVar[type[GrowthForm] | None] = None

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.list = RecordList(self.columns(), self.details, self)
        self.list.setObjectName(f"{self.key}List")
        self.form = self.make_form(self.form_class)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        panels = self.panels()
        if panels:
            splitter.addWidget(self._scrolled(panels))
            splitter.setStretchFactor(0, 5)
            splitter.setStretchFactor(1, 4)
        QVBoxLayout(self).addWidget(splitter)

    def make_form(self, cls: type[GrowthForm] | None) -> Any:
        if cls is None or not self.host.abilities.may_edit(cls.form_name):
            return None
        return cls(self.host, self)

    def panels(self) -> list[QWidget]:
        """What goes beside the list (by default the add form in a titled box)."""
        return [self.group(self.form_title(), self.form)] if self.form is not None else []

    def _scrolled(self, panels: list[QWidget]) -> QScrollArea:
        content = QWidget(self)
        column = QVBoxLayout(content)
        for panel in panels:
            column.addWidget(panel)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def form_title(self) -> str:
        return ""

    def records(self, file: GrowthFile) -> Sequence[Any]:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def details(self, record: Any) -> list[tuple[str, str]]:
        return []

    def show_file(self, file: GrowthFile) -> None:
        self.list.set_records(list(reversed(self.records(file))))
        for form in self.forms():
            form.revalidate()
