"""Shared set-up of the county-sync GUI tests (tests/ui/test_county*.py, test_center*.py):
real encrypted stations and centers copied from session templates (tests/unit/sync_support),
and a look at every text a window shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.conftest import StationInfo
from tests.unit.sync_support import CenterInfo, LinkedTemplate, _copy


def linked_copy(
    template: LinkedTemplate, station: StationInfo, root: Path
) -> tuple[StationInfo, CenterInfo]:
    """A fresh copy of the seeded, enrolled station and its center (both closed)."""
    folder = _copy(template.station, root / "station", "station.lock")
    info = template.center
    center = CenterInfo(
        _copy(info.folder, root / "center"), info.password, info.key_file, info.identity
    )
    return StationInfo(folder, station.password, station.recovery_code), center


def _own_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        texts.append(widget.text())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        texts.append(widget.toPlainText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    columns = model.columnCount(QModelIndex())
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            for role in roles:
                value = model.data(model.index(row, column), role)
                texts.append("" if value is None else str(value))
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        texts.append(str(header or ""))
    return texts


def all_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its child widgets show: labels, buttons, tabs, list items,
    text boxes and every cell, header and tooltip of their item views."""
    texts: list[str] = []
    for widget in (root, *root.findChildren(QWidget)):
        texts += _own_texts(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts += _model_texts(widget)  # a list widget's items are in _own_texts
    return [text for text in texts if text]
