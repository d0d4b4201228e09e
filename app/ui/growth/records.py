"""A read-only table of growth-file records (a QAbstractTableModel over a Python list)
with a details pane for the selected record."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Colors = tuple[QColor, QColor]  # background, text


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    colors: Callable[[Any], Colors | None] | None = None


class RecordsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colors = column.colors(record) if column.colors else None
            if colors is not None:
                return colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


class KeepColours(QStyledItemDelegate):
    """Selected cells with a colour of their own (a level, an abnormal score) keep it and
    get a frame in the selection colour, so a selected row still shows what is marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected or index.data(Qt.ItemDataRole.BackgroundRole) is None:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(option.palette.highlight().color(), 3))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()


class RecordTable(QTableView):
    """Rows of records; ``chosen`` carries the selected record (or None)."""

    chosen = Signal(object)

    def __init__(
        self, columns: Sequence[Column], parent: QWidget | None = None, stretch: int = -1
    ) -> None:
        super().__init__(parent)
        self.stretch = stretch  # the column that takes the free width (-1: the last)
        self.model_ = RecordsModel(columns, self)
        self.setModel(self.model_)
        self.setItemDelegate(KeepColours(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch < 0:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def set_records(self, records: Sequence[Any]) -> None:
        self.model_.set_records(records)
        self.resizeColumnsToContents()  # once (the visible rows), not on every repaint
        self.chosen.emit(None)

    def records(self) -> list[Any]:
        return list(self.model_.records)

    def current_record(self) -> Any | None:
        row = self.currentIndex().row()
        return self.model_.records[row] if 0 <= row < len(self.model_.records) else None

    def select_row(self, row: int) -> None:
        self.setCurrentIndex(self.model_.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chosen.emit(self.current_record())


def details_html(pairs: Sequence[tuple[str, str]]) -> str:
    """Label/value lines for the details pane (values escaped, line breaks kept)."""
    lines = [
        f"<b>{html.escape(label)}</b> {html.escape(value).replace(chr(10), '<br>')}"
        for label, value in pairs
        if value
    ]
    return "<br>".join(lines)


class RecordList(QSplitter):
    """A table and, below it, the full text of the selected record."""

    def __init__(
        self,
        columns: Sequence[Column],
        details: Callable[[Any], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.details = details
        self.table = RecordTable(columns, self)
        self.table.setObjectName("recordTable")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("recordDetails")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(120)
        scroll.setWidget(self._padded(self.detail_label))
        self.addWidget(self.table)
        self.addWidget(scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.table.chosen.connect(self._show)

    def _padded(self, label: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addStretch(1)
        return box

    def set_records(self, records: Sequence[Any]) -> None:
        self.table.set_records(records)
        if records:
            self.table.select_row(0)

    def _show(self, record: Any | None) -> None:
        self.detail_label.setText(details_html(self.details(record)) if record else "")
