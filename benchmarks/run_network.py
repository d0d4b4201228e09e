"""Time the warning network's two targets of issue 4 and print Markdown tables.

    /tmp/venv/bin/python -m benchmarks.generate      # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_network [--runs 5] [--roster-runs 201] [--profile]

Works on a private snapshot of the benchmark station (benchmarks/_work/network-run/; the
other benchmarks share the station itself): copied once under the station's lock,
upgraded to the current schema, given a grade leader, a head teacher and a school leader
(``accounts.create_account``), its ``station.pub`` published. From that public file 1,000
weekly committee reports are sealed once with ``report_entry.submit`` (every class, ten
weeks back; some "nothing to report", concerns about named classmates, some urgent).

1. Sealed reports at unlock (target ≤ 2 s for 1,000). Every timed run starts from a fresh
   copy of the snapshot (copied and synced outside the timing) and, interleaved:
   (a) ``inbox.intake`` alone on an unlocked station with the 1,000 files in its inbox
   (synced to disk first, like files that have waited there: deleting them costs more);
   (b) ``station.unlock(defer_checks=True)`` + ``station.finish_unlock`` with the 1,000
   files waiting (what the desktop does; the intake inside it is timed too);
   (c) the same unlock with an empty inbox. After each run the script checks that all
   1,000 reports and their concerns were stored and the inbox is empty (else it stops).
2. Role check on the roster (target ≤ 5 %): ``services.students.roster`` (scope applied
   by ``services.access.scoped_filter``) against ``store.students_repo.roster`` with the
   same filter built by hand, per role, interleaved (201 pairs, the order alternating);
   the overhead is the median of the paired CPU-time ratios (the wall-clock one is shown
   too: it follows the machine's load). Twice: warm (garbage collector off, as timeit
   does) and with cold caches (a full ``gc.collect()`` before every call, closer to a
   roster loaded once when a page opens). The check alone is also timed (``timeit``).

Every measurement runs once to warm up, then ``--runs`` times; the median is reported.
``--profile`` prints the cProfile of one intake of the 1,000 reports.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import random
import shutil
import statistics
import sys
import time
import timeit
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain.access import LEADER_LEVELS
from app.domain.accounts import Account
from app.domain.committee import CommitteeReport, Concern
from app.domain.enums import Role, Urgency
from app.services import access, accounts, inbox, report_entry, station, students
from app.services.session import DB_NAME, SLOTS_NAME, Session, StationPaths
from app.services.station_public import PUBLIC_NAME, StationPublic
from app.store import students_repo
from app.store.students_repo import RosterFilter
from benchmarks import common

REPORTS = 1000
INTAKE_TARGET_MS = 2000.0
OVERHEAD_TARGET = 5.0  # per cent
RUN = common.WORK / "network-run"
PREPARED = RUN / "prepared"  # the snapshot with the role accounts; never unlocked for a run
HERE = RUN / "station"  # the fresh copy each timed run works on
SEALED = RUN / "reports"  # the 1,000 sealed reports, built once per invocation
ROLE_PASSWORD = "bench-role-password-2026"
NO_FILTER = RosterFilter()  # the default argument of students.roster
Scopes = dict[Role, int | frozenset[int]]  # grade leader: grade id; head teacher: classes
ROLE_USERS = {
    Role.GRADE_LEADER: "bench-grade",
    Role.HEAD_TEACHER: "bench-class",
    Role.LEADER: "bench-leader",
}


@dataclass(frozen=True, slots=True)
class Row:
    operation: str
    median_ms: float  # wall clock
    best_ms: float  # fastest run
    cpu_ms: float  # median CPU time of this process (all threads)
    target_ms: float | None
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.target_ms is None or self.median_ms <= self.target_ms


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def run(self, action: Callable[[], Any]) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        self.cpu.append((time.process_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        return result

    @property
    def summary(self) -> tuple[float, float, float]:
        """(median wall, best wall, median CPU) in ms."""
        return statistics.median(self.wall), min(self.wall), statistics.median(self.cpu)


@dataclass(frozen=True, slots=True)
class Batch:
    """The sealed reports and what storing them must add to the database."""

    files: tuple[Path, ...]
    concerns: int
    urgent: int
    nothing: int


# --- the snapshot ----------------------------------------------------------------------------


def prepare() -> tuple[Scopes, tuple[int, int]]:
    """Copy the shared station, upgrade it, add the role accounts, publish ``station.pub``.

    Returns each role's scope and the (reports, concerns) counts already stored."""
    shutil.rmtree(RUN, ignore_errors=True)
    PREPARED.mkdir(parents=True)
    common.snapshot_station(PREPARED)
    with station.unlock(PREPARED, common.PASSWORD) as session:
        scopes = _add_role_accounts(session)
        inbox.publish(session)
        stored = _stored(session)
    return scopes, stored


def _add_role_accounts(session: Session) -> Scopes:
    """A grade leader of the largest grade, a head teacher of the largest class, a school
    leader (default Argon2id: ``create_account`` takes no lighter parameters)."""
    grade = int(session.db.one(
        "SELECT c.grade_id FROM students s JOIN classes c ON c.id = s.class_id "
        "GROUP BY c.grade_id ORDER BY count(*) DESC, c.grade_id"
    )[0])  # fmt: skip
    klass = int(session.db.one(
        "SELECT class_id FROM students WHERE class_id IS NOT NULL "
        "GROUP BY class_id ORDER BY count(*) DESC, class_id"
    )[0])  # fmt: skip
    scopes: Scopes = {
        Role.GRADE_LEADER: grade,
        Role.HEAD_TEACHER: frozenset({klass}),
    }
    names = {Role.GRADE_LEADER: "年级组长", Role.HEAD_TEACHER: "班主任", Role.LEADER: "校领导"}
    for role, username in ROLE_USERS.items():
        accounts.create_account(
            session,
            Account(None, username, names[role], role),
            ROLE_PASSWORD,
            class_ids=frozenset({klass}) if role is Role.HEAD_TEACHER else frozenset(),
            grade_id=grade if role is Role.GRADE_LEADER else None,
        )
    return scopes


def _stored(session: Session) -> tuple[int, int]:
    reports = int(session.db.one("SELECT count(*) FROM committee_reports")[0])
    return reports, int(session.db.one("SELECT count(*) FROM report_concerns")[0])


def fresh_copy(batch: Batch | None) -> None:
    """``HERE`` = the snapshot, with the sealed reports in its inbox if ``batch``; the
    copy is synced so its write-back does not land inside the timing."""
    shutil.rmtree(HERE, ignore_errors=True)
    HERE.mkdir(parents=True)
    for name in (SLOTS_NAME, DB_NAME, DB_NAME + "-wal", PUBLIC_NAME):
        if (PREPARED / name).exists():
            shutil.copyfile(PREPARED / name, HERE / name)
    (HERE / inbox.INBOX).mkdir()
    if batch is not None:
        put_reports(batch)
    os.sync()


def put_reports(batch: Batch) -> None:
    for path in batch.files:
        shutil.copyfile(path, HERE / inbox.INBOX / path.name)


# --- the reports -----------------------------------------------------------------------------

EVENTS = (
    "本周班级秩序良好，同学们积极准备期中考试。",
    "周三班会主题为“学会情绪调节”，大家参与热烈。",
    "运动会报名，班级气氛活跃。",
    "月考成绩公布后部分同学情绪低落。",
    "两位同学发生口角，已由班主任调解。",
    "宿舍晚间说话影响休息，已提醒。",
    "",
)
CONCERNS = (
    "最近上课经常走神，作业没有交。",
    "和同桌闹矛盾后一直不说话，午饭也一个人吃。",
    "说晚上睡不着，白天犯困。",
    "考试没考好，在座位上哭了很久。",
    "被几个同学起外号，看起来很难过。",
    "父母在闹离婚，这周几次请假回家。",
)
URGENT = (
    "手臂上有划痕，问他不肯说。",
    "在作文里写了“不想活了”。",
    "连续三天没来上学，电话联系不上。",
)


def _monday(weeks_ago: int) -> date:
    today = date.today()
    return today - timedelta(days=today.weekday() + 7 * weeks_ago)


def build_reports(public: StationPublic, count: int = REPORTS) -> Batch:
    """``count`` sealed weekly reports: every class once a week, going back week by week.

    About a third say "nothing to report"; the rest name one to three classmates (one in
    ten names as a nickname the class list does not know), one concern in 20 urgent."""
    shutil.rmtree(SEALED, ignore_errors=True)
    rng = random.Random(common.SEED)
    classes = [g for g in public.classes if g.students]
    files, concerns, urgent, nothing = [], 0, 0, 0
    for index in range(count):
        group = classes[index % len(classes)]
        start = _monday(1 + index // len(classes))
        quiet = rng.random() < 0.35
        picked: tuple[Concern, ...] = ()
        if not quiet:
            picked = tuple(_concern(rng, group.students) for _ in range(rng.choice((1, 1, 2, 3))))
        report = CommitteeReport(
            id=None,
            class_id=group.id,
            dorm_id=None,
            reporter=rng.choice(group.members) if group.members else "心理委员",
            period_start=start,
            period_end=start + timedelta(days=4),
            climate=rng.choice((2, 3, 3, 4, 4, 4, 5, 5)),
            events=rng.choice(EVENTS),
            nothing_to_report=quiet,
            concerns=picked,
        )
        files.append(report_entry.submit(public, report, SEALED))
        concerns += len(picked)
        urgent += sum(c.urgency is Urgency.URGENT for c in picked)
        nothing += quiet
    return Batch(tuple(files), concerns, urgent, nothing)


def _concern(rng: random.Random, names: tuple[str, ...]) -> Concern:
    name = rng.choice(names)
    name = "小" + name[-1] if rng.random() < 0.1 else name
    if rng.random() < 0.05:
        return Concern(name, rng.choice(URGENT), Urgency.URGENT)
    return Concern(name, rng.choice(CONCERNS))


# --- 1. sealed reports at unlock ---------------------------------------------------------------


def _unlock() -> Session:
    session = station.unlock(HERE, common.PASSWORD, defer_checks=True)
    station.finish_unlock(session)
    return session


@contextmanager
def _intake_timed(into: Timing) -> Iterator[None]:
    """``inbox.intake`` as called from ``finish_unlock``, timed into ``into``."""
    original = inbox.intake
    inbox.intake = lambda session: into.run(lambda: original(session))  # type: ignore[assignment]
    try:
        yield
    finally:
        inbox.intake = original  # type: ignore[assignment]


def _check(session: Session, result: Any, batch: Batch, before: tuple[int, int]) -> None:
    """All reports and their concerns stored, none quarantined, the inbox empty."""
    expected = (before[0] + len(batch.files), before[1] + batch.concerns)
    waiting = sorted(p.name for p in (HERE / inbox.INBOX).iterdir())
    problems = []
    if result is None or result.imported != len(batch.files) or result.quarantined:
        problems.append(f"intake result {result}")
    if _stored(session) != expected:
        problems.append(f"stored (reports, concerns) {_stored(session)}, expected {expected}")
    if waiting:
        problems.append(f"{len(waiting)} entries left in the inbox: {waiting[:3]}")
    if problems:
        raise RuntimeError("the intake did not store every report: " + "; ".join(problems))


def intake_rows(batch: Batch, before: tuple[int, int], runs: int) -> list[Row]:
    alone, full, inside, empty = Timing(), Timing(), Timing(), Timing()
    added_wall, added_cpu = [], []

    def intake_alone(timing: Timing) -> None:
        fresh_copy(None)
        with _unlock() as session:
            put_reports(batch)
            os.sync()  # on disk, as files that have waited in the inbox (unlink costs more)
            result = timing.run(lambda: inbox.intake(session))
            _check(session, result, batch, before)

    def unlock_with_reports(timing: Timing, intake: Timing) -> None:
        fresh_copy(batch)
        with _intake_timed(intake):
            session = timing.run(_unlock)
        with session:
            _check(session, session.intake, batch, before)

    def unlock_empty(timing: Timing) -> None:
        fresh_copy(None)
        timing.run(_unlock).close()

    intake_alone(Timing())  # warm-up
    unlock_with_reports(Timing(), Timing())
    unlock_empty(Timing())
    for _ in range(runs):
        intake_alone(alone)
        unlock_with_reports(full, inside)
        unlock_empty(empty)
        added_wall.append(full.wall[-1] - empty.wall[-1])
        added_cpu.append(full.cpu[-1] - empty.cpu[-1])
    per_report = alone.summary[0] / len(batch.files)
    what = (
        f"{len(batch.files):,} reports, {batch.concerns:,} concerns ({batch.urgent} urgent), "
        f"{batch.nothing} “nothing to report”"
    )
    added = (statistics.median(added_wall), min(added_wall), statistics.median(added_cpu))
    return [
        Row(f"intake alone: {what}", *alone.summary, INTAKE_TARGET_MS,
            f"{per_report:.2f} ms per report"),
        Row("unlock + deferred checks, 1,000 reports waiting", *full.summary, None,
            "desktop: unlock(defer_checks) + finish_unlock"),
        Row("  of which the intake (inside finish_unlock)", *inside.summary, INTAKE_TARGET_MS),
        Row("unlock + deferred checks, empty inbox", *empty.summary, None, "for comparison"),
        Row("added to the unlock by the 1,000 reports (paired difference)", *added,
            INTAKE_TARGET_MS),
    ]  # fmt: skip


def profile_intake(batch: Batch, before: tuple[int, int], lines: int = 15) -> None:
    fresh_copy(None)
    with _unlock() as session:
        put_reports(batch)
        os.sync()
        profiler = cProfile.Profile()
        result = profiler.runcall(inbox.intake, session)
        _check(session, result, batch, before)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(lines)
    stats.sort_stats("tottime").print_stats(lines)


# --- 2. role check on the roster ---------------------------------------------------------------


@dataclass
class Pairs:
    """Interleaved calls with and without the role check."""

    with_check: Timing = field(default_factory=Timing)
    without: Timing = field(default_factory=Timing)

    def _paired(self, of: str, compare: Callable[[float, float], float]) -> float:
        return statistics.median(
            compare(a, b)
            for a, b in zip(getattr(self.with_check, of), getattr(self.without, of), strict=True)
        )

    @property
    def overhead(self) -> float:
        """Per cent: median of the paired CPU-time ratios."""
        return (self._paired("cpu", lambda a, b: a / b) - 1) * 100

    @property
    def overhead_wall(self) -> float:
        return (self._paired("wall", lambda a, b: a / b) - 1) * 100

    @property
    def added_us(self) -> float:
        """Median of the paired CPU-time differences."""
        return self._paired("cpu", lambda a, b: a - b) * 1000


@dataclass(frozen=True, slots=True)
class RoleRow:
    role: str
    rows: int
    warm: Pairs  # garbage collector off, as timeit does: steady state
    cold: Pairs  # gc.collect() before every call: the caches start cold
    check_us: float  # the role check alone, best of several timeit repeats

    @property
    def passed(self) -> tuple[bool, bool]:
        return self.warm.overhead <= OVERHEAD_TARGET, self.cold.overhead <= OVERHEAD_TARGET

    @property
    def check_share(self) -> float:
        """The check alone as per cent of the fastest warm roster without it."""
        return self.check_us / 1000 / min(self.warm.without.wall) * 100


def role_sessions(scopes: Scopes) -> list[tuple[str, Session, RosterFilter]]:
    """(label, read-only session of that account, the scoped filter built by hand)."""
    grade, klass = scopes[Role.GRADE_LEADER], scopes[Role.HEAD_TEACHER]
    assert isinstance(grade, int) and isinstance(klass, frozenset)
    cases = [
        ("counselor (whole school)", common.USERNAME, common.PASSWORD, RosterFilter()),
        ("grade leader (one grade)", ROLE_USERS[Role.GRADE_LEADER], ROLE_PASSWORD,
         RosterFilter(scope_grade_id=grade)),
        ("head teacher (one class)", ROLE_USERS[Role.HEAD_TEACHER], ROLE_PASSWORD,
         RosterFilter(scope_class_ids=klass)),
        ("school leader (red/orange only)", ROLE_USERS[Role.LEADER], ROLE_PASSWORD,
         RosterFilter(levels=LEADER_LEVELS)),
    ]  # fmt: skip
    result = []
    for label, username, password, by_hand in cases:
        session = station.unlock(PREPARED, password, username, read_only=True, defer_checks=True)
        if access.scoped_filter(session, RosterFilter()) != by_hand:
            raise RuntimeError(f"{label}: the service scopes the roster differently")
        result.append((label, session, by_hand))
    return result


def _pairs(
    checked: Callable[[], Any], unchecked: Callable[[], Any], runs: int, cold: bool
) -> Pairs:
    """``runs`` interleaved pairs, the order alternating (A B, B A, ...). The rows are freed
    by reference counting, so the garbage collector is off meanwhile (timeit does the same);
    ``cold`` runs a full collection before every call, which also evicts the CPU caches."""
    pairs = Pairs()
    gc.collect()
    gc.disable()
    try:
        for index in range(runs):
            pair = (pairs.with_check, checked), (pairs.without, unchecked)
            for timing, action in pair if index % 2 else pair[::-1]:
                if cold:
                    gc.collect()
                timing.run(action)
    finally:
        gc.enable()
    return pairs


def role_rows(scopes: Scopes, runs: int) -> list[RoleRow]:
    rows = []
    for label, session, by_hand in role_sessions(scopes):
        with session:

            def checked(s: Session = session) -> Any:
                return students.roster(s)

            def unchecked(s: Session = session, f: RosterFilter = by_hand) -> Any:
                return students_repo.roster(s.db, f)

            lines = checked()
            if lines != unchecked():
                raise RuntimeError(f"{label}: the two rosters differ")
            warm, cold = (
                _pairs(checked, unchecked, runs, False),
                _pairs(checked, unchecked, runs, True),
            )
            loops = 10_000
            alone = min(timeit.repeat(
                lambda s=session: access.scoped_filter(s, NO_FILTER), number=loops, repeat=7
            ))  # fmt: skip
            rows.append(RoleRow(label, len(lines), warm, cold, alone / loops * 1e6))
    return rows


# --- output ----------------------------------------------------------------------------------


def print_table(rows: list[Row]) -> None:
    print("| operation | median ms | best ms | CPU ms | target | pass/fail | notes |")
    print("|---|---:|---:|---:|---:|---|---|")
    for row in rows:
        target = "—" if row.target_ms is None else f"≤ {row.target_ms:,.0f}"
        verdict = "—" if row.target_ms is None else ("pass" if row.passed else "FAIL")
        print(
            f"| {row.operation} | {row.median_ms:,.1f} | {row.best_ms:,.1f} | "
            f"{row.cpu_ms:,.1f} | {target} | {verdict} | {row.note} |"
        )


def print_roles(rows: list[RoleRow]) -> None:
    print(
        "| roster for | rows | with role check: median / best / CPU ms "
        "| without: median / best / CPU ms | added per call (CPU) | overhead (CPU) "
        "| overhead (wall) | cold caches: added / overhead (CPU) "
        "| check alone, timeit (of best roster) | target | pass/fail (warm / cold) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        warm, cold = row.warm, row.cold
        with_check = " / ".join(f"{v:.2f}" for v in warm.with_check.summary)
        without = " / ".join(f"{v:.2f}" for v in warm.without.summary)
        verdict = " / ".join("pass" if ok else "FAIL" for ok in row.passed)
        print(
            f"| {row.role} | {row.rows:,} | {with_check} | {without} "
            f"| {warm.added_us:+.0f} µs | {warm.overhead:+.1f} % | {warm.overhead_wall:+.1f} % "
            f"| {cold.added_us:+.0f} µs / {cold.overhead:+.1f} % "
            f"| {row.check_us:.1f} µs ({row.check_share:.1f} %) "
            f"| ≤ {OVERHEAD_TARGET:g} % | {verdict} |"
        )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed unlock runs (>= 5)")
    parser.add_argument("--roster-runs", type=int, default=201, help="roster pairs per role")
    parser.add_argument("--profile", action="store_true", help="cProfile one intake")
    return parser.parse_args()


def main() -> int:
    args = _arguments()
    runs, roster_runs = max(5, args.runs), max(5, args.roster_runs)
    if not StationPaths(common.STATION).exists():
        raise SystemExit("no benchmark station: run `python -m benchmarks.generate` first")
    started = time.monotonic()
    scopes, before = prepare()
    batch = build_reports(StationPublic.load(PREPARED / PUBLIC_NAME))
    load = os.getloadavg()[0]
    rows = intake_rows(batch, before, runs)
    roles = role_rows(scopes, roster_runs)
    after = os.getloadavg()[0]
    print(common.machine())
    print(f"load average {load:.2f} before, {after:.2f} after; unlock rows: medians of {runs} "
          f"runs, roster: {roster_runs} interleaved pairs, after one warm-up; "
          f"{time.monotonic() - started:.0f} s in all.\n")  # fmt: skip
    print_table(rows)
    print()
    print_roles(roles)
    if args.profile:
        print()
        profile_intake(batch, before)
    shutil.rmtree(HERE, ignore_errors=True)
    return 0 if all(r.passed for r in rows) and all(all(r.passed) for r in roles) else 1


if __name__ == "__main__":
    sys.exit(main())
