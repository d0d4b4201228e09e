"""Screenshots of the county center window (``xinan center gui``) for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_center.py \\
        --demo /tmp/xinan-center-demo [--out docs/screenshots]

``--demo FOLDER`` builds (or reuses) a demo station in FOLDER/station (app.services.demo)
and a county center in FOLDER/center with the demo school and six more schools enrolled
(each with its own signing key; their bundles are built from random subsets of the demo
station's real facts, like benchmarks/run_sync.py). Five months of history are imported
beforehand; the USB folder FOLDER/usb holds this month's bundles, one already imported
and one tampered file, and is imported in the window. One school sends nothing in the
last two months, so it is listed as missing. Writes center-import.png and
center-views.png.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from app.domain.enums import SchoolType  # noqa: E402
from app.services import center, center_import, county, county_export, demo, station  # noqa: E402
from app.services.center import CenterSession  # noqa: E402
from app.sync import anonymize, bundle, envelope, keyfiles, minisign  # noqa: E402
from app.sync.anonymize import StationFacts  # noqa: E402
from app.sync.bundle import SCHEMA_VERSION, SchoolRef  # noqa: E402
from app.sync.period import Period, month  # noqa: E402
from tools.screenshots import OUT, SIZE, save, settle, wait  # noqa: E402

PASSWORD = "xinan-center-2026"
OTHERS = (
    ("城关镇中心小学", SchoolType.PRIMARY),
    ("实验初级中学", SchoolType.JUNIOR),
    ("第二高级中学", SchoolType.SENIOR),
    ("城南小学", SchoolType.PRIMARY),
    ("白鹭湾九年一贯制学校", SchoolType.NINE_YEAR),
    ("东山乡中心小学", SchoolType.PRIMARY),  # silent lately: listed as missing
)
MONTHS = 6


def months(count: int) -> list[Period]:
    today, found = date.today(), []
    year, number = today.year, today.month
    for _ in range(count):
        found.append(month(year, number))
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return list(reversed(found))


def enroll_other(session: CenterSession, name: str, kind: SchoolType, work: Path):
    key = Ed25519PrivateKey.generate()
    ref = SchoolRef(str(uuid.uuid4()), session.county.county_code, kind)
    public = minisign.PublicKey.of(key.public_key())
    info = keyfiles.Enrollment(
        ref.station_id, name, ref.county_code, kind, public, keyfiles.now_text()
    )
    path = work / "enrollment.json"
    path.write_bytes(keyfiles.enrollment_to_bytes(info, key))
    center.accept_enrollment(session, path)
    return ref, key


def other_bundle(
    facts: StationFacts, ref: SchoolRef, key: Ed25519PrivateKey, period: Period, seq: int,
    session: CenterSession, out: Path, rng: random.Random,
) -> Path:  # fmt: skip
    share = rng.uniform(0.35, 0.9)
    students = tuple(s for s in facts.students if rng.random() < share)
    ids = {s.student_id for s in students}
    sample = replace(facts, school=ref, students=students,
                     cases=tuple(c for c in facts.cases if c.student_id in ids))  # fmt: skip
    made = min(datetime.now(), datetime.combine(period.end, datetime.min.time()).replace(hour=16))
    built = anonymize.build_bundle(sample, period, seq, made, 5, ref.station_id.encode())
    comment = envelope.trusted_comment(
        SCHEMA_VERSION, ref.county_code, ref.station_id, period.id, seq
    )
    recipient = session.identity.public_key()
    data = envelope.seal(bundle.to_bytes(built), key, recipient, ref.county_code, comment)
    path = out / f"{ref.station_id[:8]}_{seq:04d}.age"
    path.write_bytes(data)
    return path


def build(folder: Path, students: int) -> Path:
    """The demo station, the center with seven schools, history imported, and the USB."""
    info = demo.ensure_demo(folder / "station", students)
    work = folder / "work"
    for stale in (folder / "center", work, folder / "usb"):
        shutil.rmtree(stale, ignore_errors=True)
    work.mkdir(parents=True)
    usb = folder / "usb"
    usb.mkdir()
    periods, rng = months(MONTHS), random.Random(2026)
    with station.unlock(info.folder, info.password, info.username) as school:
        code = county_export.gather_facts(school, periods[-1], datetime.now()).school.county_code
        made = center.create_center(folder / "center", code, "越城区中小学心理健康辅导中心",
                                    "center", PASSWORD)  # fmt: skip
        with made.session as session:
            center.write_county_key_file(session, work / "county.xckey")
            county.import_county_key(school, work / "county.xckey", replace=True)
            county.write_enrollment_file(school, work / "demo-enroll.json")
            center.accept_enrollment(session, work / "demo-enroll.json")
            others = [enroll_other(session, name, kind, work) for name, kind in OTHERS]
            facts = county_export.gather_facts(school, periods[-1], datetime.now())
            for seq, period in enumerate(periods, 1):
                target = usb if period is periods[-1] else work
                for index, (ref, key) in enumerate(others):
                    if index == len(others) - 1 and seq >= MONTHS - 1:
                        continue  # the silent school
                    other_bundle(facts, ref, key, period, seq, session, target, rng)
                if period is not periods[-1]:
                    center_import.import_bundles(session, sorted(work.glob("*.age")))
                    for done in work.glob("*.age"):
                        done.unlink()
            own = county_export.export_period(school, periods[-2], work).path
            center_import.import_bundles(session, [own])
            shutil.copyfile(own, usb / own.name)  # already imported: said so
            county_export.export_period(school, periods[-1], usb)
    data = bytearray(sorted(usb.glob("*.age"))[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    (usb / "zz-copied-badly.age").write_bytes(bytes(data))
    return usb


def shoot(folder: Path, usb: Path, out: Path, lang: str) -> None:
    from app.ui.application import create_application
    from app.ui.center.application import CenterShell

    app = create_application(lang)
    shell = CenterShell(folder / "center")
    shell.start()
    dialog = shell.unlock_dialog
    assert dialog is not None
    dialog.password_edit.setText(PASSWORD)
    dialog.attempt()
    if not wait(app, lambda: shell.window is not None):
        raise SystemExit("the center did not open")
    window = shell.window
    assert window is not None
    try:
        window.resize(SIZE)
        page = window.show_tab("import")
        page.start([usb])
        settle(app, shell)
        wait(app, lambda: page.folder_button.isEnabled())
        settle(app, shell)
        print(f"saved {save(window, out / 'center-import.png')}")
        window.show_tab("stats")
        settle(app, shell)
        window.resize(SIZE)
        settle(app, shell, 200)
        print(f"saved {save(window, out / 'center-views.png')}")
    finally:
        shell.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", type=Path, required=True, metavar="FOLDER")
    parser.add_argument("--students", type=int, default=600, help="demo size (default 600)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    args = parser.parse_args(argv)
    usb = build(args.demo, args.students)
    shoot(args.demo, usb, args.out, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
