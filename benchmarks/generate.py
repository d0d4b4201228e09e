"""Build the benchmark station: a 5,000-student nine-year boarding school with three
school years of history, plus an unencrypted copy of it for the encrypted/plain ratio.

    /tmp/venv/bin/python -m benchmarks.generate [--students 5000] [--seed 2026]

Writes benchmarks/_work/ (gitignored); an existing build there is replaced.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

from app.domain.accounts import Account
from app.domain.enums import Role
from app.services import demo, station, synthetic
from app.services.session import Session
from benchmarks import common

TABLES = (
    "students", "flag_changes", "plans", "measures", "contacts", "home_visits", "referrals",
    "leave_events", "crisis_events", "case_status", "screenings", "committee_reports",
    "report_concerns", "audit_log",
)  # fmt: skip
GROWTH_TABLES = (
    "flag_changes", "plans", "measures", "home_visits", "referrals", "leave_events",
    "crisis_events", "case_status", "screenings",
)  # fmt: skip


def build(students: int, seed: int) -> Session:
    shutil.rmtree(common.WORK, ignore_errors=True)
    common.WORK.mkdir(parents=True)
    data = synthetic.generate(
        students, seed, datetime.now(), synthetic.BENCHMARK, synthetic.BENCHMARK_SCHOOL,
        actor=common.USERNAME, counselor="基准老师",
    )  # fmt: skip
    account = Account(None, common.USERNAME, "基准老师", Role.COUNSELOR)
    created = station.create_station(common.STATION, data.school, account, common.PASSWORD)
    demo.populate(created.session, data)
    return created.session


def export_plain(session: Session, target: Path = common.PLAIN_DB) -> None:
    """SQLCipher's own export into an attached database with an empty key (= no cipher)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = session.db.conn
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA plain.user_version = {int(version)}")
    conn.execute("DETACH DATABASE plain")


def counts(session: Session) -> dict[str, int]:
    return {t: int(session.db.one(f"SELECT count(*) FROM {t}")[0]) for t in TABLES}


def report(found: dict[str, int], seconds: dict[str, float]) -> int:
    for table, n in found.items():
        print(f"  {table:<18} {n:>9,}")
    growth = sum(found[t] for t in GROWTH_TABLES)
    print(f"  growth records     {growth:>9,}  (target >= {common.MIN_GROWTH_RECORDS:,})")
    print(f"  contact notes      {found['contacts']:>9,}  (target >= {common.MIN_NOTES:,})")
    for step, took in seconds.items():
        print(f"{step}: {took:.1f} s")
    for path in (common.STATION / "station.db", common.PLAIN_DB):
        print(f"{path.relative_to(common.WORK.parent)}: {path.stat().st_size / 2**20:.0f} MiB")
    ok = (
        growth >= common.MIN_GROWTH_RECORDS
        and found["contacts"] >= common.MIN_NOTES
        and found["audit_log"] >= common.MIN_AUDIT_ENTRIES
    )
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=common.STUDENTS)
    parser.add_argument("--seed", type=int, default=common.SEED)
    args = parser.parse_args()
    started = time.perf_counter()
    session = build(args.students, args.seed)
    built = time.perf_counter()
    try:
        export_plain(session)
        found = counts(session)
    finally:
        session.close()
    exported = time.perf_counter()
    seconds = {"generate + write encrypted station": built - started,
               "export plain copy": exported - built}  # fmt: skip
    print(f"Benchmark station in {common.STATION} (password {common.PASSWORD!r})")
    return report(found, seconds)


if __name__ == "__main__":
    sys.exit(main())
