"""Where bundled data lives: the source tree, an installed wheel, or a PyInstaller folder."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Folder ``name`` ("migrations" or "resources") wherever this build keeps it."""
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / name if hasattr(sys, "_MEIPASS") else None,
        _PACKAGE.parent / name,  # source checkout / editable install
        _PACKAGE / "_data" / name,  # wheel (see pyproject force-include)
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found")
