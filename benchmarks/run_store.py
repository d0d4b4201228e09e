"""Time the store's hot paths on the benchmark station and print Markdown tables.

    /tmp/venv/bin/python -m benchmarks.generate      # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_store [--runs 7] [--cache-kib N] [--queries-only]

Measures a private snapshot of the benchmark station (benchmarks/_work/store-run/; the
other benchmarks share the station itself), upgraded to the current schema, and a plain
export of that snapshot. Every measurement runs once to warm up, then ``--runs`` times;
the median is reported. Queries run through the real functions on a read-only session of
the encrypted snapshot and, interleaved, on the unencrypted copy opened with the same
pragmas (ratio column, from CPU times).
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
from datetime import datetime
from typing import Any

from app.security.keyslots import SlotFile, unwrap_key
from app.services import audit, due, station
from app.services.session import Session, StationPaths
from app.store import connection, growth_repo, students_repo
from app.store.connection import Database
from app.store.students_repo import RosterFilter
from benchmarks import common
from benchmarks.generate import export_plain

RATIO_TARGET = 1.3
RUN = common.WORK / "store-run"  # private snapshot: the other benchmarks share STATION
HERE = RUN / "station"
PLAIN_HERE = RUN / "plain" / "station.db"
Case = tuple[str, float, Callable[[Session], Any]]  # name, target ms, action


@dataclass(frozen=True, slots=True)
class Row:
    operation: str
    median_ms: float  # wall clock
    best_ms: float  # fastest run: what the code costs when nothing else competes for the CPU
    cpu_ms: float  # median CPU time of this process
    target_ms: float | None
    ratio: float | None = None
    shown_ms: str = ""  # overrides the median column's text
    shown_target: str = ""

    @property
    def passed(self) -> bool:
        in_time = self.target_ms is None or self.median_ms <= self.target_ms
        return in_time and (self.ratio is None or self.ratio <= RATIO_TARGET)


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def run(self, action: Callable[[], Any]) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)

    @property
    def medians(self) -> tuple[float, float]:
        return statistics.median(self.wall), statistics.median(self.cpu)

    @property
    def summary(self) -> tuple[float, float, float]:
        """(median wall, best wall, median CPU) in ms."""
        return statistics.median(self.wall), min(self.wall), statistics.median(self.cpu)


def timed(action: Callable[[], Any], runs: int) -> Timing:
    action()  # warm-up
    timing = Timing()
    for _ in range(runs):
        timing.run(action)
    return timing


def median_ms(action: Callable[[], Any], runs: int) -> float:
    return timed(action, runs).medians[0]


def paired(
    encrypted: Callable[[], Any], plain: Callable[[], Any], runs: int
) -> tuple[Timing, float]:
    """Encrypted and plain runs interleaved, so load on the machine hits both alike;
    the ratio is of median CPU times."""
    encrypted(), plain()
    enc, unenc = Timing(), Timing()
    for _ in range(runs):
        enc.run(encrypted)
        unenc.run(plain)
    return enc, enc.medians[1] / unenc.medians[1]


# --- stations --------------------------------------------------------------------------------


def prepare() -> None:
    """A private snapshot of the benchmark station (other benchmarks share it), upgraded
    to this code's schema, and a fresh plain export of exactly that snapshot."""
    shutil.rmtree(RUN, ignore_errors=True)
    HERE.mkdir(parents=True)
    common.snapshot_station(HERE)
    with station.unlock(HERE, common.PASSWORD) as session:
        export_plain(session, PLAIN_HERE)


def _key_and_slots() -> tuple[bytes, SlotFile]:
    slots = SlotFile.load(StationPaths(HERE).slots)
    slot = slots.by_username(common.USERNAME)
    return unwrap_key(slot, common.PASSWORD, slots.station_id), slots


def fresh_session(like: Session, plain: bool) -> Session:
    """A Session over a newly opened connection (cold page cache), encrypted or plain.

    The plain one keeps the real key so audit MACs still verify."""
    if plain:
        conn = common.open_plain(PLAIN_HERE)
    else:
        conn = connection.connect(StationPaths(HERE).db, like.db.key, read_only=True)
    folder = PLAIN_HERE.parent if plain else HERE
    db = Database(conn, like.db.key, read_only=True)
    return Session(StationPaths(folder), db, like.slots, like.account, None)


# --- unlock ----------------------------------------------------------------------------------


def unlock_rows(runs: int) -> list[Row]:
    """The issue's "unlock" is password to open connection: what the desktop does
    (``defer_checks=True``); the deferred checks are timed on their own, and the CLI's
    unlock (everything at once) for comparison."""

    def desktop() -> None:
        station.unlock(HERE, common.PASSWORD, defer_checks=True).close()

    finish = Timing()

    def deferred_checks() -> None:
        session = station.unlock(HERE, common.PASSWORD, defer_checks=True)
        finish.run(lambda: station.finish_unlock(session))
        session.close()

    def read_write() -> None:
        station.unlock(HERE, common.PASSWORD).close()

    def read_only() -> None:
        station.unlock(HERE, common.PASSWORD, read_only=True).close()

    first = timed(desktop, runs).summary
    for _ in range(runs):
        deferred_checks()
    rw, ro = timed(read_write, runs).summary, timed(read_only, runs).summary
    return [
        Row("unlock, desktop (Argon2id, open; checks deferred)", *first, 300),
        Row("  then the deferred checks (integrity, login entry, intake)", *finish.summary, None),
        Row("unlock, CLI read-write (Argon2id, open, checks, login)", *rw, None),
        Row("unlock, read-only (no lock, no login entry)", *ro, None),
    ]


def _on_cold(sql: list[str], runs: int, plain: bool = False) -> float:
    """Median ms of ``sql`` on a freshly opened connection each time."""
    key, _ = _key_and_slots()
    path = StationPaths(HERE).db
    times = []
    for _ in range(runs):
        conn = (
            common.open_plain(PLAIN_HERE)
            if plain
            else connection.connect(path, key, read_only=True)
        )
        start = time.perf_counter()
        for statement in sql:
            conn.execute(statement).fetchall()
        times.append((time.perf_counter() - start) * 1000)
        conn.close()
    return statistics.median(times)


def _ordinary_tables() -> list[str]:
    conn = common.open_plain(PLAIN_HERE)
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    )]  # fmt: skip
    conn.close()
    return [f'PRAGMA quick_check("{name}")' for name in names]


def unlock_breakdown(runs: int) -> list[tuple[str, float, float | None]]:
    """(step, encrypted ms, plain ms); checks run on a fresh connection (cold cache)."""
    key, slots = _key_and_slots()
    slot = slots.by_username(common.USERNAME)
    path = StationPaths(HERE).db
    ordinary = _ordinary_tables()
    return [
        ("Argon2id key derivation + unwrap (64 MiB, t=3, p=4)",
         median_ms(lambda: unwrap_key(slot, common.PASSWORD, slots.station_id), runs), None),
        ("open + key + pragmas",
         median_ms(lambda: connection.connect(path, key, read_only=True).close(), runs),
         median_ms(lambda: common.open_plain(PLAIN_HERE).close(), runs)),
        ("PRAGMA cipher_integrity_check (HMAC of every page)",
         _on_cold(["PRAGMA cipher_integrity_check"], runs), None),
        ("PRAGMA quick_check (xinan audit verify; not at unlock)",
         _on_cold(["PRAGMA quick_check"], runs), _on_cold(["PRAGMA quick_check"], runs, True)),
        ("  of which FTS5 xIntegrity: quick_check(note_index)",
         _on_cold(['PRAGMA quick_check("note_index")'], runs),
         _on_cold(['PRAGMA quick_check("note_index")'], runs, True)),
        ("  ordinary tables only: quick_check(t) for each",
         _on_cold(ordinary, runs), _on_cold(ordinary, runs, True)),
    ]  # fmt: skip


# --- queries ---------------------------------------------------------------------------------


def _largest_class(session: Session) -> int:
    return int(
        session.db.one(
            "SELECT class_id FROM students GROUP BY class_id ORDER BY count(*) DESC, class_id"
        )[0]
    )


def _student_by_contacts(session: Session, heaviest: bool) -> int:
    rows = session.db.query(
        "SELECT student_id, count(*) AS n FROM contacts GROUP BY student_id ORDER BY n, student_id"
    )
    return int(rows[-1][0] if heaviest else rows[len(rows) // 2][0])


def query_cases(enc: Session) -> list[Case]:
    now = datetime.now()
    one_class = RosterFilter(class_id=_largest_class(enc))
    heavy, typical = _student_by_contacts(enc, True), _student_by_contacts(enc, False)
    return [
        ("roster, one class", 30, lambda s: students_repo.roster(s.db, one_class)),
        ("roster, whole school", 30, lambda s: students_repo.roster(s.db)),
        ("student file, typical", 20, lambda s: growth_repo.load_growth_file(s.db, typical)),
        ("student file, largest", 20, lambda s: growth_repo.load_growth_file(s.db, heavy)),
        ("due computation (whole school)", 100, lambda s: due.due_items(s, now)),
    ]


def query_rows(cases: list[Case], enc: Session, plain: Session, runs: int) -> list[Row]:
    rows = []
    for name, target, action in cases:
        timing, ratio = paired(lambda a=action: a(enc), lambda a=action: a(plain), runs)
        rows.append(Row(name, *timing.summary, target, ratio))
    return rows


def cold_rows(cases: list[Case], enc: Session, runs: int) -> list[tuple[str, float, float]]:
    """First call on a freshly opened connection: (name, encrypted ms, plain ms)."""
    result = []
    for name, _, action in cases:
        medians = []
        for plain in (False, True):
            times = []
            for _ in range(runs):
                session = fresh_session(enc, plain)
                start = time.perf_counter()
                action(session)
                times.append((time.perf_counter() - start) * 1000)
                session.db.close()
            medians.append(statistics.median(times))
        result.append((name, medians[0], medians[1]))
    return result


def audit_row(enc: Session, plain: Session, runs: int) -> Row:
    entries = audit.verify(enc).entries
    timing, ratio = paired(lambda: _verified(enc), lambda: _verified(plain), runs)
    wall, best, cpu = (ms * 100_000 / entries for ms in timing.summary)
    shown = f"{timing.medians[0]:.0f} = {wall:.0f} per 100k ({entries:,} entries)"
    return Row("audit verify", wall, best, cpu, 1000, ratio, shown, "≤ 1000 per 100k")


def _verified(session: Session) -> None:
    if not audit.verify(session).ok:
        raise SystemExit("the benchmark station's audit chain does not verify")


# --- output ----------------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    print("| operation | median ms | target | encrypted/plain | pass/fail | best ms | CPU ms |")
    print("|---|---:|---:|---:|---|---:|---:|")
    for row in rows:
        shown = row.shown_ms or f"{row.median_ms:.1f}"
        target = row.shown_target or ("—" if row.target_ms is None else f"≤ {row.target_ms:g}")
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
        verdict = "pass" if row.passed else "FAIL"
        extra = f"{row.best_ms:.1f} | {row.cpu_ms:.1f}"
        print(f"| {row.operation} | {shown} | {target} | {ratio} | {verdict} | {extra} |")


def print_pairs(header: str, pairs: list[tuple[str, float, float | None]]) -> None:
    print(f"| {header} | encrypted ms | plain ms |")
    print("|---|---:|---:|")
    for name, encrypted, plain in pairs:
        print(f"| {name} | {encrypted:.1f} | {'—' if plain is None else f'{plain:.1f}'} |")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement (>= 5)")
    parser.add_argument("--cache-kib", type=int, help="override connection.CACHE_KIB")
    parser.add_argument("--queries-only", action="store_true", help="skip the unlock timings")
    return parser.parse_args()


def measure(runs: int, queries_only: bool) -> tuple[list[Row], list[tuple[str, float, float]]]:
    rows = [] if queries_only else unlock_rows(runs)
    enc = station.unlock(HERE, common.PASSWORD, read_only=True)
    plain = fresh_session(enc, plain=True)
    try:
        cases = query_cases(enc)
        rows += query_rows(cases, enc, plain, runs)
        rows.append(audit_row(enc, plain, runs))
        cold = cold_rows(cases, enc, runs)
    finally:
        enc.close()
        plain.db.close()
    return rows, cold


def main() -> int:
    args = _arguments()
    runs = max(5, args.runs)
    if args.cache_kib:
        connection.CACHE_KIB = args.cache_kib
    if not StationPaths(common.STATION).exists():
        raise SystemExit("no benchmark station: run `python -m benchmarks.generate` first")
    prepare()
    load = os.getloadavg()[0]
    rows, cold = measure(runs, args.queries_only)
    after = os.getloadavg()[0]
    print(common.machine())
    print(f"CACHE_KIB = {connection.CACHE_KIB}; load average {load:.2f} before, {after:.2f} after;")
    print(f"medians of {runs} runs after one warm-up.\n")
    print_table(rows)
    print()
    print_pairs("first call on a fresh connection (cold page cache)", list(cold))
    if not args.queries_only:
        print()
        print_pairs("unlock step (checks on a fresh connection)", unlock_breakdown(runs))
    return 0 if all(row.passed for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
