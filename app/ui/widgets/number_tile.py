"""A big clickable number with a caption: the dashboard's tiles.

A tile is either coloured (a ``Swatch`` from ``app.ui.levels``: warning levels, alerts) or
plain (white card, dark number). It reacts to the mouse and to Enter/Space when focused,
so every number on the dashboard can be reached from the keyboard too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.levels import Swatch

PLAIN = Swatch("#ffffff", "#263238")
_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class NumberTile(QFrame):
    """``clicked`` when the user activates the tile (only while ``clickable``)."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None, banner: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("numberTile")
        self.number = QLabel("–", self)
        self.number.setObjectName("tileNumber")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        self.detail.hide()
        if banner:
            self._banner_layout()
        else:
            self._layout()
        self._swatch = PLAIN
        self._clickable = False
        self.set_clickable(True)
        self.set_swatch(PLAIN)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(96)

    def _banner_layout(self) -> None:
        """One line across the page: number, then caption and detail."""
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.caption)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(14)
        layout.addWidget(self.number)
        layout.addLayout(text, 1)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # --- content ---------------------------------------------------------------------------

    def value(self) -> int | None:
        text = self.number.text().rstrip("%")
        return int(text) if text.isdigit() else None

    def set_value(self, value: int | str) -> None:
        self.number.setText(str(value))
        self.setAccessibleName(f"{self.caption.text()} {value}")

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
        self.detail.setVisible(bool(text))

    def set_swatch(self, swatch: Swatch) -> None:
        self._swatch = swatch
        border = "#cfd8dc" if swatch is PLAIN else swatch.background
        self.setStyleSheet(
            f"QFrame#numberTile {{ background: {swatch.background}; border: 1px solid {border};"
            " border-radius: 8px; }"
            f"QFrame#numberTile:focus {{ border: 2px solid #263238; }}"
            f"QLabel {{ color: {swatch.text}; background: transparent; }}"
            "QLabel#tileNumber { font-size: 30px; font-weight: bold; }"
            "QLabel#tileCaption { font-size: 14px; }"
            "QLabel#tileDetail { font-size: 12px; }"
        )

    def swatch(self) -> Swatch:
        return self._swatch

    def set_clickable(self, clickable: bool) -> None:
        self._clickable = clickable
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        policy = Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus
        self.setFocusPolicy(policy)

    def is_clickable(self) -> bool:
        return self._clickable

    # --- activation ------------------------------------------------------------------------

    def activate(self) -> None:
        if self._clickable:
            self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS:
            self.activate()
            return
        super().keyPressEvent(event)
