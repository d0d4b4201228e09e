"""The warning level as a coloured pill: a painter function and an item delegate.

Any view can show levels the same way: put the ``WarningLevel`` under ``LEVEL_ROLE`` in
its model (the display text stays the level's name, for copying and accessibility) and
set ``LevelBadgeDelegate`` on that column::

    view.setItemDelegateForColumn(column, LevelBadgeDelegate(view))

Widgets that paint themselves call ``paint_level_badge(painter, rect, level)``. Colours
come from ``app.ui.levels`` only. ``WarningLevel.CLEAR`` paints nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.enums import WarningLevel
from app.ui.levels import color, level_name, text_color

LEVEL_ROLE = int(Qt.ItemDataRole.UserRole) + 64  # the WarningLevel of a cell
PAD_X = 8
PAD_Y = 1
MARGIN = 4

Index = QModelIndex | QPersistentModelIndex


def level_at(index: Index) -> WarningLevel | None:
    """The level a model put under ``LEVEL_ROLE`` (Qt hands a ``StrEnum`` back as str)."""
    value = index.data(LEVEL_ROLE)
    if value is None:
        return None
    try:
        return WarningLevel(value)
    except ValueError:
        return None


def badge_size(metrics: QFontMetrics, text: str) -> QSize:
    """The pill's size for ``text`` in a font with ``metrics``."""
    return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)


def paint_level_badge(
    painter: QPainter, rect: QRect, level: WarningLevel, text: str | None = None
) -> None:
    """A rounded pill in the level's colour, left-aligned and centred vertically in
    ``rect``; ``text`` defaults to the level's translated name."""
    if not level.is_open:
        return
    text = level_name(level) if text is None else text
    size = badge_size(painter.fontMetrics(), text)
    width = min(size.width(), rect.width() - MARGIN)
    height = min(size.height(), rect.height() - 2 * PAD_Y)  # a gap above and below
    top = rect.top() + (rect.height() - height) / 2
    pill = QRectF(rect.left() + MARGIN, top, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color(level))
    radius = pill.height() / 2
    painter.drawRoundedRect(pill, radius, radius)
    painter.setPen(text_color(level))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class LevelBadgeDelegate(QStyledItemDelegate):
    """Paints the cell's background and selection as usual, then the level pill."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[WarningLevel, str] = {}  # translated once: badges repaint often

    def _name(self, level: WarningLevel) -> str:
        name = self._names.get(level)
        if name is None:
            name = self._names[level] = level_name(level)
        return name

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        level = level_at(index)
        if level is not None:
            painter.save()
            painter.setFont(option.font)  # type: ignore[attr-defined]
            rect = option.rect  # type: ignore[attr-defined]
            paint_level_badge(painter, rect, level, self._name(level))
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        level = level_at(index)
        if level is None or not level.is_open:
            return hint
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        pill = badge_size(metrics, self._name(level))
        width = max(hint.width(), pill.width() + 2 * MARGIN)
        return QSize(width, max(hint.height(), pill.height() + 2 * PAD_Y))
