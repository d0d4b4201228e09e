"""The measured process of ``benchmarks/run_gui.py`` (run it through that script).

    XINAN_PASSWORD=… QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_child MODE STATION [ARGS]

Starts the desktop exactly as ``run_gui`` does — the key derivation first (before Qt is
imported), then the QApplication, the rest of the unlock on the worker and the shell —
and prints ``key value`` lines on stdout:

- ``startup``: ``painted <time.monotonic()>`` once the start page shows its data and has
  been painted, ``cpu <s>`` / ``cpu_main <s>`` (CPU time of the process / of the main
  thread so far). ``--page students`` starts on the roster (as for accounts without the
  dashboard), ``--page dashboard`` on a counselor's first page. ``--then STUDENT_ID``
  afterwards opens that growth file and runs one search, then prints ``maxrss <KiB>``
  (the peak resident size, VmHWM) and ``rss_anon <KiB>`` (private memory at the end).
- ``interactive``: starts on the roster, waits for the worker to be free (``checked <ms>``:
  the deferred integrity check), then times ``--runs`` + 1 searches per query
  (``search <query> <ms>``) and growth-file openings (``open <student id> <ms>``).

Nothing else is imported before the first paint (the Qt probes live in ``gui_probe``): the
parent measures from the spawn of this process.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from app.ui.application import start_deriving


@dataclass
class Arguments:
    mode: str
    station: Path
    page: str = "students"
    then: int | None = None
    runs: int = 5
    queries: list[str] = field(default_factory=list)
    students: list[int] = field(default_factory=list)


def arguments(argv: list[str]) -> Arguments:
    """``MODE STATION [--page P] [--then ID] [--runs N] [--queries Q…] [--students ID…]``
    (parsed by hand: argparse would be one more import before the first paint)."""
    args = Arguments(argv[0], Path(argv[1]))
    key = ""
    for word in argv[2:]:
        if word.startswith("--"):
            key = word[2:]
        elif key in ("queries", "students"):
            getattr(args, key).append(int(word) if key == "students" else word)
        elif key == "page":
            args.page = word
        elif key in ("then", "runs"):
            setattr(args, key, int(word))
    return args


def main() -> int:
    args = arguments(sys.argv[1:])
    password = os.environ["XINAN_PASSWORD"]
    username = os.environ.get("XINAN_USER")
    deriving = start_deriving(args.station, password, username)  # before Qt, as run_gui
    from benchmarks import gui_probe

    return gui_probe.run(args, deriving, password, username)


if __name__ == "__main__":
    sys.exit(main())
