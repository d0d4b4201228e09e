"""Time the desktop on the 5,000-student benchmark station and print Markdown tables.

    /tmp/venv/bin/python -m benchmarks.generate      # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_gui [--runs 7]

Works on a private copy of the benchmark station (benchmarks/_work/gui-run/; the other
benchmarks share the station itself), upgraded to this code's schema. Every GUI number
comes from a fresh process (``benchmarks/gui_child.py``) under ``QT_QPA_PLATFORM=offscreen``
with the password in ``XINAN_PASSWORD``:

- start-up: from the spawn of the process (measured here) to the moment the start page,
  with its data, has been painted (the child prints ``time.monotonic()``, a clock shared
  by all processes); one discarded run first, so the disk cache is warm;
- search and growth file: timed inside one such process, after the start-up;
- peak memory: the peak resident size (VmHWM, i.e. ``ru_maxrss`` without the parent's
  pre-exec image that Linux folds into it) of a start-up run that then opened a growth
  file and searched.

Each table header gives the load average before and after; the CPU column shows how much
of a wall-clock time was this process working rather than waiting for a busy machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from app.services import search, station
from app.services.session import SLOTS_NAME, StationPaths
from benchmarks import common

ROOT = Path(__file__).resolve().parent.parent
RUN = common.WORK / "gui-run"
HERE = RUN / "station"
CHILD = "benchmarks.gui_child"
START_TARGET_MS = 600
SEARCH_TARGET_MS = 50
OPEN_TARGET_MS = 150
MEMORY_TARGET_MIB = 150
QUERIES = ("情绪", "失眠", "zs")  # plus a student-number fragment, picked from the station
PAGE_MODULES = ("dashboard", "students", "due", "visits", "inbox", "settings")


@dataclass(frozen=True, slots=True)
class Row:
    operation: str
    median: float
    target: float | None
    cpu: float | None = None
    unit: str = "ms"

    @property
    def passed(self) -> bool:
        return self.target is None or self.median <= self.target


@dataclass(frozen=True, slots=True)
class Subjects:
    typical: int  # a student with the median number of contact notes
    largest: int  # the student with the most
    number_fragment: str


# --- the station ----------------------------------------------------------------------------


def prepare() -> Subjects:
    """A private copy of the benchmark station, upgraded, plus the students to open."""
    shutil.rmtree(RUN, ignore_errors=True)
    HERE.mkdir(parents=True)
    common.snapshot_station(HERE)
    with station.unlock(HERE, common.PASSWORD) as session:
        rows = session.db.query(
            "SELECT student_id, count(*) AS n FROM contacts GROUP BY student_id ORDER BY n, "
            "student_id"
        )
        number = str(session.db.one("SELECT student_number FROM students ORDER BY id")[0])
    return Subjects(int(rows[len(rows) // 2][0]), int(rows[-1][0]), number[-8:-3])


def matches(queries: list[str]) -> dict[str, int]:
    """How many students each query finds (for the table)."""
    with station.unlock(HERE, common.PASSWORD, read_only=True) as session:
        return {q: len(search.search_students(session, q) or ()) for q in queries}


# --- child processes ------------------------------------------------------------------------


def child_env() -> dict[str, str]:
    """Compiled bytecode is cached (as an installed app has it), under _work/ so the tree
    stays clean; QSettings (geometry, last user) are a throw-away folder."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XINAN_PASSWORD=common.PASSWORD,
        XINAN_USER=common.USERNAME,
        XDG_CONFIG_HOME=str(RUN / "config"),
        PYTHONPYCACHEPREFIX=str(RUN / "pycache"),
    )
    return env


def spawn(*args: str) -> tuple[float, dict[str, list[str]]]:
    """Run the child; (wall seconds from spawn to its 'painted' line, its output lines)."""
    command = [sys.executable, "-m", CHILD, *args]
    started = time.monotonic()
    done = subprocess.run(
        command, env=child_env(), cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    lines: dict[str, list[str]] = defaultdict(list)
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        lines[key].append(value)
    return float(lines["painted"][0]) - started, lines


def start_up(page: str, runs: int) -> Row:
    spawn("startup", str(HERE), "--page", page)  # warm-up: disk cache, .pyc files
    walls, cpus = [], []
    for _ in range(runs):
        wall, lines = spawn("startup", str(HERE), "--page", page)
        walls.append(wall * 1000)
        cpus.append(float(lines["cpu"][0]) * 1000)
    title = {
        "students": "start → roster painted (start page Students, 5,000 rows)",
        "dashboard": "start → dashboard painted with its figures (a counselor's first page)",
    }[page]
    return Row(title, statistics.median(walls), START_TARGET_MS, statistics.median(cpus))


def interactive(subjects: Subjects, queries: list[str], runs: int) -> list[Row]:
    students = [str(subjects.typical), str(subjects.largest)]
    _, lines = spawn(
        "interactive", str(HERE), "--runs", str(runs), "--queries", *queries,
        "--students", *students,
    )  # fmt: skip
    found = matches(queries)
    checked = float(lines["checked"][0])
    rows = [Row("after the first paint: worker busy (deadlines, integrity check)", checked, None)]
    for query in queries:
        times = [float(v.split()[-1]) for v in lines["search"] if v.rsplit(" ", 1)[0] == query]
        title = f"search “{query}” → roster repainted ({found[query]:,} students)"
        rows.append(Row(title, statistics.median(times[1:]), SEARCH_TARGET_MS))
    for which, student in (("typical", students[0]), ("largest", students[1])):
        times = [float(v.split()[-1]) for v in lines["open"] if v.split()[0] == student]
        title = f"open a growth file, {which} (first tab painted)"
        rows.append(Row(title, statistics.median(times[1:]), OPEN_TARGET_MS))
    return rows


def peak_memory(subjects: Subjects, runs: int) -> list[Row]:
    peaks, private = [], []
    for _ in range(runs):
        _, lines = spawn("startup", str(HERE), "--then", str(subjects.largest))
        peaks.append(int(lines["maxrss"][0]) / 1024)
        private.append(int(lines["rss_anon"][0]) / 1024)
    return [
        Row("peak memory, VmHWM of the child (start-up, a growth file, a search)",
            statistics.median(peaks), MEMORY_TARGET_MIB, unit="MiB"),
        Row("  highest of the runs", max(peaks), None, unit="MiB"),
        Row("  private memory at the end (RssAnon: no library/font pages)",
            statistics.median(private), None, unit="MiB"),
    ]  # fmt: skip


# --- what the start-up is made of -------------------------------------------------------------


def timed_python(code: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU ms of ``python -c code`` (imports from a warm cache)."""
    walls, cpus = [], []
    command = [sys.executable, "-c", code]
    subprocess.run(command, cwd=ROOT, env=child_env(), check=True)
    for _ in range(runs):
        before = os.times()
        started = time.monotonic()
        subprocess.run(command, cwd=ROOT, env=child_env(), check=True)
        walls.append((time.monotonic() - started) * 1000)
        after = os.times()
        cpus.append((after.children_user + after.children_system) * 1000)
        cpus[-1] -= (before.children_user + before.children_system) * 1000
    return statistics.median(walls), statistics.median(cpus)


def parts(runs: int) -> list[Row]:
    kdf = (
        "from app.security.keyslots import SlotFile, unwrap_key\n"
        f"s = SlotFile.load(__import__('pathlib').Path({str(HERE / SLOTS_NAME)!r}))\n"
        f"unwrap_key(s.by_username({common.USERNAME!r}), {common.PASSWORD!r}, s.station_id)"
    )
    shell = "import app.ui.application, PySide6.QtWidgets, app.ui.controller"
    pages = "".join(f", app.ui.pages.{name}_page" for name in PAGE_MODULES)
    steps = [
        ("python itself (`python -c pass`)", "pass"),
        ("import app.ui.application (before the key derivation starts)",
         "import app.ui.application"),
        ("+ PySide6.QtWidgets", "import app.ui.application, PySide6.QtWidgets"),
        ("+ the shell (app.ui.controller)", shell),
        ("+ every page module (no longer imported at start-up)", shell + pages),
        ("Argon2id key derivation alone (incl. its imports)", kdf),
        ("import app.cli (plain `xinan` no longer imports it)", "import app.cli"),
    ]  # fmt: skip
    return [Row(title, *swap(timed_python(code, runs))) for title, code in steps]


def swap(wall_cpu: tuple[float, float]) -> tuple[float, None, float]:
    return wall_cpu[0], None, wall_cpu[1]


# --- output -----------------------------------------------------------------------------------


def print_table(title: str, rows: list[Row]) -> None:
    load = os.getloadavg()[0]
    print(f"\n{title} (load average {load:.2f} when printed)\n")
    print("| operation | median | target | pass/fail | median CPU |")
    print("|---|---:|---:|---|---:|")
    for row in rows:
        target = "—" if row.target is None else f"≤ {row.target:g} {row.unit}"
        verdict = "—" if row.target is None else ("pass" if row.passed else "FAIL")
        cpu = "—" if row.cpu is None else f"{row.cpu:.0f} ms"
        print(f"| {row.operation} | {row.median:.1f} {row.unit} | {target} | {verdict} | {cpu} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement (>= 5)")
    args = parser.parse_args()
    runs = max(5, args.runs)
    if not StationPaths(common.STATION).exists():
        raise SystemExit("no benchmark station: run `python -m benchmarks.generate` first")
    subjects = prepare()
    print(common.machine())
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} at the start;")
    print(f"medians of {runs} runs after one warm-up.")
    queries = [*QUERIES, subjects.number_fragment]
    results = [start_up("students", runs), start_up("dashboard", runs)]
    results += interactive(subjects, queries, runs)
    results += peak_memory(subjects, runs)
    print_table("Desktop", results)
    print_table("What a start-up is made of (separate processes)", parts(runs))
    return 0 if all(row.passed for row in results) else 1


if __name__ == "__main__":
    sys.exit(main())
