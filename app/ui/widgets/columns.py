"""Column widths that fit their longest text in the view's own font.

Fixed pixel widths clip on machines with another font, a larger font or a higher DPI
(and the Chinese text is longer than the English source suggests): columns whose text
has a known longest form are sized from that text instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView

CELL_PADDING = 24  # the style's cell margins on both sides, plus a little air


def text_width(view: QAbstractItemView, texts: Iterable[str]) -> int:
    """Pixels needed to show the widest of ``texts`` in a cell of ``view``."""
    view.ensurePolished()  # the style sheet may change the font
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING


def fit_column(
    view: QTableView | QTreeView, column: int, texts: Iterable[str], minimum: int = 0
) -> None:
    """Make ``column`` wide enough for every one of ``texts`` (and at least ``minimum``)."""
    view.setColumnWidth(column, max(minimum, text_width(view, texts)))
