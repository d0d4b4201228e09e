"""`xinan demo --no-gui` end to end: one subprocess per run, a real encrypted station."""

from __future__ import annotations

from pathlib import Path

from app.services import demo, station
from tests.e2e.cli import run_cli


def test_demo_creates_then_reuses_a_station_and_prints_how_to_open_it(tmp_path: Path) -> None:
    folder = tmp_path / "demo-station"
    args = ("demo", "--students", "60", "--no-gui", "--station", str(folder))
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert str(folder) in first.stdout
    assert demo.DEMO_PASSWORD in first.stdout and demo.DEMO_USER in first.stdout
    with station.unlock(folder, demo.DEMO_PASSWORD, demo.DEMO_USER, read_only=True) as session:
        assert session.db.one("SELECT count(*) FROM students")[0] == 60
    second = run_cli(*args)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout
