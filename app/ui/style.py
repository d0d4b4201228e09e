"""The look: one stylesheet (resources/styles/xinan.qss) with the level colours filled in
from ``app.ui.levels``, a legible CJK-capable font, and the window icon."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from app.resources import data_dir
from app.ui.levels import STYLE_TOKENS

log = logging.getLogger(__name__)

FONT_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]
FONT_POINT_SIZE = 11


def stylesheet() -> str:
    """The stylesheet with every ``@token@`` replaced by its colour."""
    text = (data_dir("resources") / "styles" / "xinan.qss").read_text(encoding="utf-8")
    for name, value in STYLE_TOKENS.items():
        text = text.replace(f"@{name}@", value)
    return text


def app_icon() -> QIcon:
    return QIcon(str(data_dir("resources") / "icons" / "xinan.svg"))


def apply_style(app: QApplication) -> None:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    app.setWindowIcon(app_icon())
    try:
        app.setStyleSheet(stylesheet())
    except OSError:
        log.warning("stylesheet not found; using the platform style")
