"""The colours of the four warning levels, and of "good/bad" meters, used everywhere.

One source of truth: widgets call these functions, and the stylesheet's ``@name@`` tokens
are filled from ``STYLE_TOKENS`` when it is loaded (see ``app.ui.style``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import WarningLevel


@dataclass(frozen=True, slots=True)
class Swatch:
    background: str
    text: str


RED = Swatch("#d32f2f", "#ffffff")
ORANGE = Swatch("#f57c00", "#ffffff")
YELLOW = Swatch("#fbc02d", "#212121")  # yellow needs dark text to stay legible
BLUE = Swatch("#1976d2", "#ffffff")
CLEAR = Swatch("#9e9e9e", "#ffffff")
GREEN = Swatch("#388e3c", "#ffffff")  # "good": strong password, saved, done

LEVEL_SWATCHES: dict[WarningLevel, Swatch] = {
    WarningLevel.RED: RED,
    WarningLevel.ORANGE: ORANGE,
    WarningLevel.YELLOW: YELLOW,
    WarningLevel.BLUE: BLUE,
    WarningLevel.CLEAR: CLEAR,
}

# Password strength 0..4 (app.domain.accounts.password_strength).
STRENGTH_SWATCHES: tuple[Swatch, ...] = (RED, ORANGE, YELLOW, GREEN, GREEN)

STYLE_TOKENS: dict[str, str] = {
    "red": RED.background,
    "orange": ORANGE.background,
    "yellow": YELLOW.background,
    "yellow_text": YELLOW.text,
    "blue": BLUE.background,
    "green": GREEN.background,
    "clear": CLEAR.background,
}


def swatch(level: WarningLevel) -> Swatch:
    return LEVEL_SWATCHES[level]


def color(level: WarningLevel) -> QColor:
    return QColor(LEVEL_SWATCHES[level].background)


def text_color(level: WarningLevel) -> QColor:
    return QColor(LEVEL_SWATCHES[level].text)


def badge_style(level: WarningLevel) -> str:
    """A stylesheet for a QLabel used as a level badge."""
    sw = LEVEL_SWATCHES[level]
    return (
        f"background-color: {sw.background}; color: {sw.text}; "
        "border-radius: 4px; padding: 2px 8px; font-weight: bold;"
    )


def level_name(level: WarningLevel) -> str:
    """Translated name of a warning level, e.g. 红色(Ⅰ级)."""
    names = {
        WarningLevel.RED: QCoreApplication.translate("Levels", "Red (Level I)"),
        WarningLevel.ORANGE: QCoreApplication.translate("Levels", "Orange (Level II)"),
        WarningLevel.YELLOW: QCoreApplication.translate("Levels", "Yellow (Level III)"),
        WarningLevel.BLUE: QCoreApplication.translate("Levels", "Blue (Level IV)"),
        WarningLevel.CLEAR: QCoreApplication.translate("Levels", "No warning"),
    }
    return names[level]
