"""The ``xinan`` entry point: plain ``xinan`` opens the desktop without the CLI's imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import desktop_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        ([], ""),
        (["--lang", "zh_CN"], "zh_CN"),
        (["--lang=en"], "en"),
        (["demo"], None),
        (["--lang", "en", "demo"], None),
        (["--version"], None),
        (["--help"], None),
        (["--lang"], None),
        (["--lang="], None),
        (["--lang", "--version"], None),
    ],
)
def test_only_a_bare_command_goes_straight_to_the_desktop(argv, lang) -> None:
    assert desktop_language(argv) == lang


def test_the_desktop_starts_without_importing_the_cli(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import app.ui.application as application\n"
        "application.run_gui = lambda folder, **kw: print('GUI', kw['lang']) or 0\n"
        "sys.argv = ['xinan', '--lang', 'en']\n"
        "from app.__main__ import main\n"
        "code = main()\n"
        "print('CLI' if 'app.cli' in sys.modules else 'no CLI', code)\n"
    )
    env = {"XINAN_STATION": str(tmp_path / "station"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["GUI en", "no CLI 0"]
