"""Screenshots of 档案转接 (student file transfer), for docs/screenshots/.

Run from the repository root under Xvfb with Chinese fonts installed::

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_transfer.py \\
        --demo /tmp/xinan-demo-transfer

``--demo FOLDER`` builds (or reuses) the demo station there: it is the receiving school.
A sending station is made in a temporary folder with one student and some history; it
transfers that student to the demo station (through the services), and the demo station
opens the file on its Students page (接收转入档案…). Writes ``transfer-preview.png`` (the
preview dialog) and, after accepting, ``transfer-arrived.png`` (the new growth file with
its "转自 …" line) into ``--out``. Both stations are temporary copies: the demo folder is
left unchanged.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.screenshots import (  # noqa: E402
    SIZE,
    call,
    close_other_windows,
    demo_station,
    open_window,
    save,
    settle,
    wait,
)

SENDER_PASSWORD = "sending-school-demo-1"


def sending_station(folder: Path):  # type: ignore[no-untyped-def]
    """A small sending school with one student whose growth file has some history."""
    from app.domain.accounts import Account
    from app.domain.enums import (
        ContactKind,
        Gender,
        KeyGroup,
        MeasureOwner,
        Role,
        SchoolType,
        SourceLevel,
        VisitKind,
        WarningLevel,
    )
    from app.domain.growth import Contact, HomeVisit, Measure
    from app.domain.school import School
    from app.domain.student import Student
    from app.services import growth, station, students

    school = School("绍兴市越城区实验中学", "330602", SchoolType.JUNIOR, boarding=False)
    account = Account(None, "counselor", "陈老师", Role.COUNSELOR)
    session = station.create_station(folder, school, account, SENDER_PASSWORD).session
    class_id = students.add_class(session, "八年级", "八年级(3)班", "周老师")
    student = Student(
        None, "G201205170033", "林晓雨", Gender.FEMALE, date(2012, 5, 17), class_id,
        tags=frozenset({KeyGroup.SINGLE_PARENT}),
    )  # fmt: skip
    sid = students.add_student(session, student)
    growth.set_level(session, sid, WarningLevel.YELLOW, "情绪波动", SourceLevel.CLASS, "心理委员")
    growth.save_plan(session, sid, "适应困难", "稳定情绪，融入新班级", date(2027, 1, 15),
                     (Measure("每两周谈话一次", MeasureOwner.COUNSELOR),))  # fmt: skip
    growth.add_contact(
        session,
        Contact(None, sid, datetime(2026, 10, 9, 10), ContactKind.GUARDIAN, "母亲", "电话沟通"),
    )
    growth.add_visit(
        session, HomeVisit(None, sid, date(2026, 10, 12), VisitKind.ONSITE, "周老师", "母亲")
    )
    return session, sid


def make_transfer(app, controller, scratch: Path) -> Path:  # type: ignore[no-untyped-def]
    """The demo station's key file (via its worker), then the sender's transfer file."""
    from app.services import transfer

    key_file = call(app, controller, transfer.export_key_file, scratch)
    session, sid = sending_station(scratch / "sender")
    with session:
        return transfer.export_student(session, sid, key_file, scratch).path


def shoot(app, controller, window, path: Path, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    from app.ui import dialogs
    from app.ui.growth import find_window

    dialogs.strict = True  # an unexpected message box fails the run instead of blocking it
    page = window.show_page("students")
    settle(app, controller)
    dialogs.preset("open_file", path)
    page.receiver.start()
    wait(app, lambda: page.receiver.dialog is not None and page.receiver.dialog.isVisible())
    settle(app, controller)
    dialog = page.receiver.dialog
    saved = [save(dialog, out / "transfer-preview.png")]
    received: list[int] = []
    page.receiver.received.connect(received.append)
    dialog.accept()
    wait(app, lambda: bool(received))
    growth = find_window(window.ctx, received[0])
    wait(app, lambda: growth is not None and growth.loaded is not None)
    growth.resize(SIZE)
    growth.show_tab("profile")
    settle(app, controller)
    saved.append(save(growth, out / "transfer-arrived.png"))
    for saved_path in saved:
        print(f"saved {saved_path}")
    return saved


def main(argv: list[str] | None = None) -> int:
    args, info = demo_station("Screenshots of student file transfer.", argv)
    with tempfile.TemporaryDirectory() as scratch:
        receiver = Path(scratch) / "receiver"  # a copy: the demo itself stays as it was
        shutil.copytree(info.folder, receiver, ignore=shutil.ignore_patterns("station.lock"))
        app, controller, window = open_window(receiver, info.password, info.username)
        close_other_windows(window)
        try:
            path = make_transfer(app, controller, Path(scratch))
            shoot(app, controller, window, path, args.out)
        finally:
            controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
