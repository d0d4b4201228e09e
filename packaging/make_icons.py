"""Render resources/icons/xinan.svg to the PNG sizes desktops want, and a Windows .ico.

    python packaging/make_icons.py

Writes resources/icons/xinan-<size>.png (16 … 512) and resources/icons/xinan.ico.
Uses Qt's own SVG renderer (PySide6), so nothing else needs installing.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "xinan.svg"))
    if not renderer.isValid():
        print("xinan.svg cannot be rendered", file=sys.stderr)
        return 1
    for size in SIZES:
        if not render(renderer, size).save(str(ICONS / f"xinan-{size}.png"), "PNG"):
            return 1
    write_ico(ICONS / "xinan.ico", [ICONS / f"xinan-{size}.png" for size in ICO_SIZES])
    return 0


def write_ico(target: Path, pngs: list[Path]) -> None:
    """A multi-size .ico whose images are PNG-compressed (Windows Vista and later)."""
    images = [png.read_bytes() for png in pngs]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for png, data in zip(pngs, images, strict=True):
        size = int(png.stem.split("-")[1])
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(header + entries + b"".join(images))


if __name__ == "__main__":
    sys.exit(main())
