"""Time county sync on the benchmark station and print a Markdown table.

    /tmp/venv/bin/python -m benchmarks.generate      # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_sync [--runs 5] [--schools 100] [--history 11]

- export: preview (facts + aggregates + suppression + case lines) and sign + encrypt +
  atomic write of the 5,000-student station's bundle, median of ``--runs`` (each run
  consumes a sequence number of the benchmark station);
- write vs cp: the bundle write alone (sign, encrypt, temp file, fsync, rename) against a
  plain ``cp`` of the same bytes;
- center import of ``--schools`` bundles, one per school, after ``--history`` earlier
  months of the same schools were imported (untimed): 100 enrolled schools whose
  bundles are built from random subsets of the benchmark station's real facts, each with
  its own Ed25519 key;
- the county views over everything imported, median of ``--runs``.
The center lives in benchmarks/_work/sync/ and is rebuilt on every run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.atomic import write_bytes_atomic
from app.domain.enums import SchoolType
from app.services import center, center_import, center_views, county, county_export, station
from app.services.center import CenterSession
from app.services.center_import import ImportStatus
from app.services.session import Session
from app.store import center_repo, school_repo
from app.sync import anonymize, bundle, envelope, keyfiles, minisign
from app.sync.anonymize import StationFacts
from app.sync.bundle import SCHEMA_VERSION, SchoolRef
from app.sync.period import Period, current_month, month
from benchmarks import common

SYNC = common.WORK / "sync"
PASSWORD = "bench-center-2026"


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def median_ms(action: Callable[[], Any], runs: int) -> float:
    action()
    return statistics.median(timed(action)[0] for _ in range(runs))


def setup_center(session: Session) -> CenterSession:
    shutil.rmtree(SYNC, ignore_errors=True)
    SYNC.mkdir(parents=True)
    school = school_repo.load_school(session.db)
    made = center.create_center(
        SYNC / "center", school.county_code, "基准县中心", "bench", PASSWORD
    )
    center.write_county_key_file(made.session, SYNC / "county.xckey")
    county.import_county_key(session, SYNC / "county.xckey", replace=True)
    county.write_enrollment_file(session, SYNC / "enroll.json")
    center.accept_enrollment(made.session, SYNC / "enroll.json")
    return made.session


# --- station side ----------------------------------------------------------------------------


def export_rows(session: Session, runs: int) -> tuple[list[tuple[str, float, float | None]], Path]:
    out = SYNC / "usb"
    out.mkdir(exist_ok=True)
    period = current_month(date.today())
    preview_ms = median_ms(lambda: county_export.preview(session, period), runs)
    totals, path = [], out
    for _ in range(runs):
        took, result = timed(lambda: county_export.export_period(session, period, out))
        totals.append(took)
        path = result.path
    shown = county_export.preview(session, period)
    sealed_ms = median_ms(lambda: county_export.sealed_bytes(session, shown), runs)
    return [
        ("export: preview (facts, aggregates, suppression, case lines)", preview_ms, None),
        (
            "export: preview + sign + encrypt + atomic write (whole export)",
            statistics.median(totals),
            1000.0,
        ),
        ("  of which sign + encrypt", sealed_ms, None),
    ], path


def write_vs_cp(session: Session, path: Path, runs: int) -> list[tuple[str, float, float | None]]:
    data = path.read_bytes()
    shown = county_export.preview(session, current_month(date.today()))
    target = SYNC / "write-test.age"

    def write() -> None:
        write_bytes_atomic(target, county_export.sealed_bytes(session, shown), 0o644)

    def cp() -> None:
        subprocess.run(["cp", str(path), str(SYNC / "cp-test.age")], check=True)

    write_ms, cp_ms = median_ms(write, runs), median_ms(cp, runs)
    size = f"{len(data) / 1024:.0f} KiB"
    return [
        (f"bundle write: sign + encrypt + temp + fsync + rename ({size})", write_ms, None),
        (
            f"plain `cp` of the same bytes ({size}); ratio write/cp = {write_ms / cp_ms:.2f}",
            cp_ms,
            None,
        ),
    ]


# --- center side -----------------------------------------------------------------------------


def _schools(
    center_session: CenterSession, count: int
) -> list[tuple[SchoolRef, Ed25519PrivateKey]]:
    schools = []
    for index in range(count):
        key = Ed25519PrivateKey.generate()
        ref = SchoolRef(str(uuid.uuid4()), center_session.county.county_code, SchoolType.NINE_YEAR)
        info = keyfiles.Enrollment(ref.station_id, f"基准学校{index + 1:03d}", ref.county_code,
                                   ref.school_type, minisign.PublicKey.of(key.public_key()),
                                   keyfiles.now_text())  # fmt: skip
        path = SYNC / "enrollment.json"
        path.write_bytes(keyfiles.enrollment_to_bytes(info, key))
        center.accept_enrollment(center_session, path)
        schools.append((ref, key))
    return schools


def _bundle_file(
    facts: StationFacts, ref: SchoolRef, key: Ed25519PrivateKey, period: Period, seq: int,
    center_session: CenterSession, folder: Path, rng: random.Random,
) -> None:  # fmt: skip
    share = rng.uniform(0.3, 1.0)
    students = tuple(s for s in facts.students if rng.random() < share)
    ids = {s.student_id for s in students}
    sample = replace(facts, school=ref, students=students,
                     cases=tuple(c for c in facts.cases if c.student_id in ids))  # fmt: skip
    made = datetime.combine(period.end, datetime.min.time()).replace(hour=16)
    built = anonymize.build_bundle(sample, period, seq, made, 5, ref.station_id.encode())
    payload = bundle.to_bytes(built)
    comment = envelope.trusted_comment(
        SCHEMA_VERSION, ref.county_code, ref.station_id, period.id, seq
    )
    recipient = center_session.identity.public_key()
    data = envelope.seal(payload, key, recipient, ref.county_code, comment)
    (folder / f"{ref.station_id[:8]}_{seq:04d}.age").write_bytes(data)


def _months(count: int) -> list[Period]:
    today, found = date.today(), []
    year, number = today.year, today.month
    for _ in range(count + 1):
        found.append(month(year, number))
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return list(reversed(found))


def center_rows(
    session: Session, center_session: CenterSession, count: int, history: int, runs: int
) -> list[tuple[str, float, float | None]]:
    periods = _months(history)
    facts = county_export.gather_facts(session, periods[-1], datetime.now())
    schools, rng = _schools(center_session, count), random.Random(2026)
    for seq, period in enumerate(periods, 1):
        folder = SYNC / f"bundles-{period.id}"
        folder.mkdir()
        for ref, key in schools:
            _bundle_file(facts, ref, key, period, seq, center_session, folder, rng)
    for period in periods[:-1]:  # history, untimed
        center_import.import_bundles(center_session, [SYNC / f"bundles-{period.id}"])
    latest = [SYNC / f"bundles-{periods[-1].id}"]
    took, outcomes = timed(lambda: center_import.import_bundles(center_session, latest))
    assert all(o.status is ImportStatus.IMPORTED for o in outcomes), outcomes[:3]
    views_ms = median_ms(lambda: center_views.views(center_session, periods[-1].id), runs)
    total = center_repo.bundle_count(center_session.db)
    return [
        (
            f"center import of {count} school bundles (verify, decrypt, validate, store)",
            took,
            60_000.0,
        ),
        (
            f"county views afterwards ({total} bundles, {len(periods)} months, {count} schools)",
            views_ms,
            300.0,
        ),
    ]


def table(rows: list[tuple[str, float, float | None]]) -> str:
    lines = ["| operation | median ms | target ms | result |", "|---|---:|---:|---|"]
    for name, ms, target in rows:
        verdict = "" if target is None else ("pass" if ms <= target else "FAIL")
        shown = "—" if target is None else f"{target:,.0f}"
        lines.append(f"| {name} | {ms:,.1f} | {shown} | {verdict} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--history", type=int, default=11, help="earlier months per school")
    args = parser.parse_args()
    if not common.STATION.exists():
        print("no benchmark station: run `python -m benchmarks.generate` first", file=sys.stderr)
        return 2
    with station.unlock(common.STATION, common.PASSWORD) as session:
        center_session = setup_center(session)
        with center_session:
            rows, path = export_rows(session, args.runs)
            rows += write_vs_cp(session, path, args.runs)
            rows += center_rows(session, center_session, args.schools, args.history, args.runs)
    print(table(rows))
    failed = [r for r in rows if r[2] is not None and r[1] > r[2]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
