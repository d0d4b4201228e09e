"""Where stations live by default (the user's data directory, per platform)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "XinAn"


def data_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_station() -> Path:
    """``$XINAN_STATION`` if set, else <user data dir>/station."""
    env = os.environ.get("XINAN_STATION")
    return Path(env).expanduser() if env else data_root() / "station"


def demo_station() -> Path:
    return data_root() / "demo-station"
