"""Password-strength meter: a coloured bar plus a word (app.domain.accounts.password_strength)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.domain.accounts import password_strength
from app.ui.levels import STRENGTH_SWATCHES


class StrengthMeter(QWidget):
    """Call ``update_for(password)`` whenever the password field changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.word = QLabel(self)
        self.word.setObjectName("strengthWord")
        self.word.setMinimumWidth(60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self.strength = 0
        self.update_for("")

    def _words(self) -> tuple[str, ...]:
        return (
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def update_for(self, password: str) -> None:
        self.strength = password_strength(password)
        swatch = STRENGTH_SWATCHES[self.strength]
        self.bar.setValue(max(self.strength, 1) if password else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {swatch.background}; }}")
        self.word.setText(self._words()[self.strength] if password else "")
        self.word.setStyleSheet(f"color: {swatch.background}; font-weight: bold;")
