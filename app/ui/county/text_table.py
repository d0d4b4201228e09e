"""A read-only table of display texts (``QAbstractTableModel`` over a list of rows) and
the view that shows it. County sync tables are small and already in words: the preview's
aggregate cells and case lines, import outcomes, enrolled schools, the county views."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TextTable(QAbstractTableModel):
    """Rows of strings; ``numeric`` columns are right-aligned; a row may carry a tooltip
    and a text colour (``tone``) for its ``tone_column``."""

    def __init__(
        self,
        headers: Sequence[str],
        numeric: Sequence[int] = (),
        tone_column: int = -1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.tone_column = tone_column
        self.rows: list[tuple[str, ...]] = []
        self.tips: list[str] = []
        self.tones: list[QColor | None] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        tips: Sequence[str] | None = None,
        tones: Sequence[QColor | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows = [tuple(row) for row in rows]
        self.tips = list(tips) if tips is not None else [""] * len(self.rows)
        self.tones = list(tones) if tones is not None else [None] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[row] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.tone_column:
            return self.tones[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column]

    def column(self, column: int) -> list[str]:
        return [row[column] for row in self.rows]

    def all_text(self) -> list[str]:
        """Every header, cell and tooltip (tests look for what must never be shown)."""
        return [*self.headers, *(cell for row in self.rows for cell in row), *self.tips]


def table_view(model: TextTable, parent: QWidget | None = None, name: str = "") -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view
