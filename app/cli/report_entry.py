"""``xinan report-entry``: the committee members' write-only report window, stand-alone.

Needs only the station's public file (``station.pub``, e.g. copied to a USB stick) and a
folder to drop sealed reports into; no station folder, no password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.services.station_public import StationPublic


def add_report_entry_command(sub: Any) -> None:
    p = sub.add_parser(
        "report-entry",
        help="committee members: fill in a weekly class report and seal it (no password)",
    )
    p.add_argument(
        "--pubkey", required=True, metavar="FILE", help="the station's public file station.pub"
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="folder the sealed report is written to (the station's inbox/, or a USB stick)",
    )
    p.set_defaults(handler=report_entry)


def report_entry(args: argparse.Namespace) -> int:
    public = StationPublic.load(Path(args.pubkey).expanduser())  # CorruptFile: exit 1
    try:
        from app.ui.report_entry import run_report_entry
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print("xinan: the report-entry window needs PySide6, which is not installed")
        return 2
    return run_report_entry(public, Path(args.out).expanduser(), getattr(args, "lang", None))
