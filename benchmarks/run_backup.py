"""Time backup and restore on the benchmark station and print a Markdown table.

    /tmp/venv/bin/python -m benchmarks.generate          # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_backup [--runs 5]

* backup: ``services.backup.backup`` of the 5,000-student station (three school years of
  history), including its verification, into ``benchmarks/_work/backups/``; compared
  with a plain copy (``shutil.copyfile`` + fsync) of a file of the same size in the same
  folder. Target ≤ 2 s.
* restore: ``services.restore.restore`` of that backup into
  ``benchmarks/_work/restored/station`` (digest, unpack, integrity check, full audit
  chain, swap; the previous copy is kept aside by the service and deleted here between
  runs). Target ≤ 3 s. Both output folders are removed at the end.

Each measurement runs once to warm up, then ``--runs`` times; the median wall time is
reported, with the CPU time this process used (all its threads): on a shared machine the
wall time grows with the load, the CPU time hardly.
The benchmark station is opened read-only (a backup of a read-only session records
nothing), so other benchmarks may use it at the same time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services import backup, restore, station
from benchmarks import common

BACKUPS = common.WORK / "backups"
RESTORED = common.WORK / "restored" / "station"
BACKUP_TARGET_S = 2.0
RESTORE_TARGET_S = 3.0


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # this process, all threads


def timed(action: Callable[[], Any], runs: int, cleanup: Callable[[], None]) -> Timing:
    action()
    cleanup()
    timing = Timing()
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        action()
        timing.wall.append(time.perf_counter() - start)
        timing.cpu.append(time.process_time() - cpu)
        cleanup()
    return timing


def _clear_backups() -> None:
    for path in BACKUPS.glob("*.xbak"):
        path.unlink()


def _copy_like(source: Path) -> None:
    target = BACKUPS / "plain-copy.bin"
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    target.unlink()


def _clear_kept_aside() -> None:
    for old in RESTORED.parent.glob("station.before-restore-*"):
        shutil.rmtree(old)


def row(name: str, timing: Timing, target: float | None, ratio: str = "") -> str:
    median = statistics.median(timing.wall)
    verdict = "" if target is None else ("pass" if median <= target else "FAIL")
    shown = "" if target is None else f"≤ {target:.0f} s"
    cpu = statistics.median(timing.cpu)
    return (
        f"| {name} | {median:.2f} s | {min(timing.wall):.2f} s | {cpu:.2f} s | {shown} "
        f"| {ratio} | {verdict} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not (common.STATION / "station.db").exists():
        print("no benchmark station: run `python -m benchmarks.generate` first", file=sys.stderr)
        return 2
    BACKUPS.mkdir(parents=True, exist_ok=True)
    RESTORED.parent.mkdir(parents=True, exist_ok=True)
    session = station.unlock(common.STATION, common.PASSWORD, common.USERNAME, read_only=True)
    try:
        made = backup.backup(session, BACKUPS)
        kept = BACKUPS / "reference.bin"
        os.replace(made.path, kept)
        backups = timed(lambda: backup.backup(session, BACKUPS), args.runs, _clear_backups)
        copies = timed(lambda: _copy_like(kept), args.runs, lambda: None)
    finally:
        session.close()
    reference = BACKUPS / "reference.xbak"
    os.replace(kept, reference)
    restores = timed(
        lambda: restore.restore(reference, RESTORED, common.PASSWORD), args.runs, _clear_kept_aside
    )
    ratio = statistics.median(backups.wall) / statistics.median(copies.wall)
    db_mib = (common.STATION / "station.db").stat().st_size / 2**20
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs at the end of the runs")
    print(f"station.db {db_mib:.0f} MiB, backup file {reference.stat().st_size / 2**20:.0f} MiB, "
          f"{made.counts['students']:,} students, {made.counts['audit_log']:,} audit entries, "
          f"{args.runs} runs")  # fmt: skip
    print("| operation | median | best | CPU (median) | target | ratio to plain copy | result |")
    print("|---|---|---|---|---|---|---|")
    print(row("backup (copy + verify + write)", backups, BACKUP_TARGET_S, f"{ratio:.1f}×"))
    print(row("plain file copy, same size, fsync", copies, None, "1.0×"))
    print(row("restore (check + unpack + verify + swap)", restores, RESTORE_TARGET_S))
    shutil.rmtree(BACKUPS)  # ~360 MB of benchmark output
    shutil.rmtree(RESTORED.parent)
    ok = statistics.median(backups.wall) <= BACKUP_TARGET_S
    return 0 if ok and statistics.median(restores.wall) <= RESTORE_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
