"""Fuzz the county center's bundle import with hypothesis, for as long as you like.

    /tmp/venv/bin/python -m benchmarks.fuzz_center_import --minutes 10

Builds a real encrypted station and center in a temporary folder, exports one valid
bundle and imports it, then feeds the import (``center_import.import_bundles``) with:
byte flips, truncations, insertions and splices of the valid file; random bytes; inner
content (signature + JSON) altered and re-encrypted to the center's public key; and
payloads with random fields changed, re-signed with the school's real key (so the schema
validator itself is fuzzed past the signature). Every example must end in an outcome —
never an exception — and, unless it was accepted, leave the center folder byte-identical.
tests/unit/test_center_fuzz.py runs the same harness for 200 examples in the default suite.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.accounts import Account
from app.domain.enums import Gender, Role, SchoolType, SourceLevel, WarningLevel
from app.domain.school import School
from app.domain.student import Student
from app.services import center, center_import, county, county_export, growth, station, students
from app.services.center import CenterSession
from app.services.center_import import ImportStatus
from app.services.session import Session
from app.sync import age, bundle, envelope

JSON_LEAVES = st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=12)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """The center's files while it is open (the -shm read index changes on reads: left out)."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith("-shm"))
    return {p.name: p.read_bytes() for p in files}


@dataclass
class Harness:
    """One open center and station; ``check`` runs one example through the import."""

    center: CenterSession
    station: Session
    valid: bytes  # a valid bundle file, already imported
    payload: bytes  # its signed JSON
    work: Path
    outcomes: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    examples: int = 0

    def __post_init__(self) -> None:
        self.before = self._settled()
        self.signing_key = county.signing_key(self.station)

    def _settled(self) -> dict[str, bytes]:
        self.center.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return _snapshot(self.center.paths.folder)

    def reseal_inner(self, inner: bytes) -> bytes:
        recipient = self.center.identity.public_key()
        args = (
            "1",
            self.center.county.county_code,
            envelope.fingerprint(recipient),
            str(len(inner)),
        )
        return age.encrypt(inner, recipient, [age.Stanza(envelope.STANZA, args, b"")])

    def resign(self, payload: bytes, comment: str) -> bytes:
        recipient = self.center.identity.public_key()
        county_code = self.center.county.county_code
        return envelope.seal(payload, self.signing_key, recipient, county_code, comment)

    def check(self, data: bytes) -> None:
        path = self.work / "fuzz.age"
        path.write_bytes(data)
        started = time.perf_counter()
        [outcome] = center_import.import_bundles(self.center, [path])
        self.slowest = max(self.slowest, time.perf_counter() - started)
        self.examples += 1
        self.outcomes[outcome.reason.value if outcome.reason else outcome.status.value] += 1
        if outcome.status is ImportStatus.IMPORTED:
            self.before = self._settled()
            return
        after = _snapshot(self.center.paths.folder)
        assert after == self.before, f"center changed after {outcome.status}: {outcome.message}"


# --- strategies ------------------------------------------------------------------------------


@st.composite
def mutated_file(draw: st.DrawFn, valid: bytes) -> bytes:
    data = bytearray(valid)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "splice", "set"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            data = data[:pos]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        elif kind == "splice":
            end = draw(st.integers(pos, len(data)))
            data[pos:end] = data[draw(st.integers(0, max(0, len(data) - 1))) :][: end - pos]
        elif data:
            data[pos] = draw(st.sampled_from(b'\n -=0Aa{}[]"\\'))
    return bytes(data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:6]):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def mutated_payload(draw: st.DrawFn, payload: bytes) -> tuple[bytes, str]:
    data = json.loads(payload)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)))
        if not path:
            continue
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = draw(JSON_VALUES)
    text = bundle.canonical(data) if draw(st.booleans()) else json.dumps(data).encode()
    comment = draw(st.sampled_from(["", "xinan-county-bundle schema=1"]) | st.text(max_size=30))
    return text, comment.replace("\n", " ")


def examples(h: Harness) -> st.SearchStrategy[bytes]:
    inner = age.decrypt(h.valid, h.center.identity)
    resigned = mutated_payload(h.payload).map(lambda pc: h.resign(pc[0], pc[1]))
    return st.one_of(
        mutated_file(h.valid),
        st.binary(max_size=300),
        st.binary(max_size=64).map(lambda b: age.INTRO + b),
        mutated_file(inner).map(h.reseal_inner),
        resigned,
    )


def run(h: Harness, max_examples: int, seed: int | None = None) -> None:
    strategy = examples(h)

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=seed is None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def fuzz(data: st.DataObject) -> None:
        h.check(data.draw(strategy))

    if seed is not None:
        from hypothesis import seed as with_seed

        fuzz = with_seed(seed)(fuzz)
    fuzz()


# --- standalone run --------------------------------------------------------------------------


def build_world(root: Path) -> Harness:
    school = School("模糊测试学校", "330602", SchoolType.JUNIOR, boarding=False)
    account = Account(None, "counselor", "测试", Role.COUNSELOR)
    session = station.create_station(root / "station", school, account, "fuzz-password-1").session
    class_id = students.add_class(session, "七年级", "七年级(1)班")
    for i in range(30):
        student = Student(
            None, f"F{i:08d}", f"学生{i}", Gender(("M", "F")[i % 2]), date(2013, 1, 1), class_id
        )
        sid = students.add_student(session, student)
        if i < 6:
            growth.set_level(
                session, sid, (WarningLevel.RED, WarningLevel.YELLOW)[i % 2], "x", SourceLevel.CLASS
            )
    created = center.create_center(
        root / "center", "330602", "模糊测试中心", "center", "fuzz-password-1"
    )
    center.write_county_key_file(created.session, root / "county.xckey")
    county.import_county_key(session, root / "county.xckey")
    county.write_enrollment_file(session, root / "enroll.json")
    center.accept_enrollment(created.session, root / "enroll.json")
    shown = county_export.preview(session, date.today().strftime("%Y-%m"))
    path = county_export.export(session, shown, root).path
    [outcome] = center_import.import_bundles(created.session, [path])
    assert outcome.status is ImportStatus.IMPORTED
    return Harness(created.session, session, path.read_bytes(), shown.payload, root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--batch", type=int, default=2000, help="examples per hypothesis run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        h = build_world(Path(tmp))
        started, batches = time.monotonic(), 0
        while time.monotonic() - started < args.minutes * 60:
            run(h, args.batch, seed=batches)
            batches += 1
            print(f"{time.monotonic() - started:7.0f} s  {h.examples:9,} examples", flush=True)
        elapsed = time.monotonic() - started
        h.center.close()
        h.station.close()
    print(
        f"\n{h.examples:,} examples in {elapsed / 60:.1f} min ({h.examples / elapsed:.0f}/s), "
        f"no crash, no hang; slowest example {h.slowest * 1000:.0f} ms"
    )
    for reason, count in h.outcomes.most_common():
        print(f"  {reason:<18} {count:>9,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
