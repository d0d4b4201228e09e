"""Concerns awaiting triage (urgent first, as the service orders them) and the red banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from app.domain.enums import Urgency
from app.services.triage import PendingConcern
from app.ui.i18n import fmt
from app.ui.levels import RED


class UrgentBanner(QLabel):
    """ "N urgent concerns awaiting triage" in white on red; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgentBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"background-color: {RED.background}; color: {RED.text}; "
            "font-weight: bold; font-size: 16px; padding: 10px 14px; border-radius: 4px;"
        )
        self.count = 0
        self.hide()

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(fmt(self.tr("{count} urgent concerns awaiting triage"), count=count))
        self.setVisible(count > 0)


def is_urgent(pending: PendingConcern) -> bool:
    return pending.concern.urgency is Urgency.URGENT


class ConcernList(QListWidget):
    """One line per pending concern; ``concern_selected(PendingConcern | None)``."""

    concern_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernList")
        self.setWordWrap(True)
        self.pending: list[PendingConcern] = []
        self.currentRowChanged.connect(self._row_changed)

    def set_concerns(self, pending: list[PendingConcern], class_names: dict[int, str]) -> None:
        """Show ``pending``, keeping the selection on the same concern when it is still there."""
        kept = self.selected_id()
        blocked = self.blockSignals(True)
        self.clear()
        self.pending = list(pending)
        for item in pending:
            self.addItem(self._item(item, class_names))
        self.blockSignals(blocked)
        ids = [p.concern.id for p in self.pending]
        self.setCurrentRow(ids.index(kept) if kept in ids else (0 if ids else -1))
        self._row_changed(self.currentRow())

    def _item(self, pending: PendingConcern, class_names: dict[int, str]) -> QListWidgetItem:
        where = class_names.get(pending.class_id or -1, "")
        text = fmt(
            self.tr("{where} · about {name} · from {reporter}\n{words}"),
            where=where,
            name=pending.concern.student_name,
            reporter=pending.reporter,
            words=pending.concern.text,
        )
        if is_urgent(pending):
            text = fmt(self.tr("[Urgent] {line}"), line=text)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, pending.concern.id)
        if is_urgent(pending):
            item.setForeground(QBrush(QColor(RED.background)))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected(self) -> PendingConcern | None:
        row = self.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def select_concern(self, concern_id: int) -> None:
        ids = [p.concern.id for p in self.pending]
        if concern_id in ids:
            self.setCurrentRow(ids.index(concern_id))

    def urgent_count(self) -> int:
        return sum(1 for p in self.pending if is_urgent(p))

    def _row_changed(self, _row: int) -> None:
        self.concern_selected.emit(self.selected())
