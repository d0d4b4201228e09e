"""CLI of county sync: ``xinan county …`` (station side) and ``xinan center …`` (center mode).

Thin like the rest of the CLI: parse, call a service, print. Passwords come from
``XINAN_PASSWORD`` or a prompt; the center folder from ``--center``, ``$XINAN_CENTER`` or
the user data folder.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app import paths
from app.cli import output
from app.cli.prompts import new_secret, secret
from app.domain.labels import label
from app.services import center, center_import, center_views, county, county_export, station
from app.services.center import CenterSession
from app.services.center_import import ImportStatus
from app.services.session import Session
from app.sync.bundle import Staffing
from app.sync.vocabulary import OPEN_LEVELS

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def _station_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", metavar="PATH", help="station folder")
    parser.add_argument("--user", metavar="NAME", help="account to unlock with")


def _center_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--center", metavar="PATH", help="center folder (default: $XINAN_CENTER or user data)"
    )
    parser.add_argument("--user", metavar="NAME", help="center account")


def _user(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get("XINAN_USER") or None


def _station_folder(args: argparse.Namespace) -> Path:
    return Path(args.station).expanduser() if args.station else paths.default_station()


def _center_folder(args: argparse.Namespace) -> Path:
    chosen = args.center or os.environ.get("XINAN_CENTER")
    return Path(chosen).expanduser() if chosen else paths.data_root() / "center"


def _open_station(args: argparse.Namespace) -> Session:
    password = secret("XINAN_PASSWORD", "Password: ")
    return station.unlock(_station_folder(args), password, _user(args))


def _open_center(args: argparse.Namespace, read_only: bool = False) -> CenterSession:
    password = secret("XINAN_PASSWORD", "Password: ")
    return center.unlock_center(_center_folder(args), password, _user(args), read_only=read_only)


# --- station side ----------------------------------------------------------------------------


def import_key(args: argparse.Namespace) -> int:
    with _open_station(args) as session:
        key = county.import_county_key(session, Path(args.file), replace=args.replace)
    print(f"County key of {key.center_name} (county {key.county_code}) imported.")
    print(f"Recipient: {key.recipient_text}   small-cell threshold: {key.threshold}")
    return 0


def enroll_file(args: argparse.Namespace) -> int:
    with _open_station(args) as session:
        info = county.write_enrollment_file(session, Path(args.out))
    print(f"Enrollment file written to {args.out}")
    print(f"Signing key id: {info.public_key.key_id_hex} (read it to the county center)")
    return 0


def staffing(args: argparse.Namespace) -> int:
    with _open_station(args) as session:
        county.set_staffing(session, Staffing(args.full_time, args.part_time, args.certified))
    print("Staffing saved.")
    return 0


def preview(args: argparse.Namespace) -> int:
    with _open_station(args) as session:
        shown = county_export.preview(session, args.period)
    print(shown.text, end="")
    return 0


def export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser() if args.out else Path.cwd()
    with _open_station(args) as session:
        result = county_export.export_period(session, args.period, out)
    print(f"Bundle {result.sequence} for {args.period} written to {result.path}")
    print(f"{result.size} bytes; payload SHA-256 {result.digest}")
    return 0


# --- center side -----------------------------------------------------------------------------


def center_init(args: argparse.Namespace) -> int:
    username = _user(args) or "center"
    password = new_secret("XINAN_PASSWORD", "New password for the center account: ")
    folder = _center_folder(args)
    created = center.create_center(
        folder, args.county, args.name, username, password, args.threshold
    )
    with created.session as session:
        key_out = Path(args.key_out) if args.key_out else folder / f"county-{args.county}.xckey"
        center.write_county_key_file(session, key_out)
    print(f"County center created in {folder}")
    print(f"County key file (give it to every school): {key_out}")
    print("Recovery code (write it down now; it is shown only once):")
    print(f"    {created.recovery_code}")
    return 0


def center_recover(args: argparse.Namespace) -> int:
    code = secret("XINAN_RECOVERY_CODE", "Recovery code: ")
    new = new_secret("XINAN_NEW_PASSWORD", "New password: ")
    name = center.recover_center(_center_folder(args), code, new)
    print(f"New password set for {name}. The recovery code stays valid.")
    return 0


def center_key_file(args: argparse.Namespace) -> int:
    with _open_center(args, read_only=True) as session:
        center.write_county_key_file(session, Path(args.out))
    print(f"County key file written to {args.out}")
    return 0


def center_accept(args: argparse.Namespace) -> int:
    with _open_center(args) as session:
        accepted = center.accept_enrollment(session, Path(args.file))
    info = accepted.enrollment
    print(f"{accepted.status}: {info.school_name} ({label(info.school_type)}, {info.station_id})")
    print(f"Signing key id: {info.public_key.key_id_hex} — check it with the school")
    return 0


def center_schools(args: argparse.Namespace) -> int:
    with _open_center(args, read_only=True) as session:
        rows = center.schools(session)
    output.table(
        ["学校", "编号", "类型", "签名密钥", "接受时间"],
        [(s.name, s.station_id, s.school_type, s.key_id[::-1].hex().upper(), s.accepted_at)
         for s in rows],
    )  # fmt: skip
    return 0


_STATUS = {
    ImportStatus.IMPORTED: "imported",
    ImportStatus.DUPLICATE: "already imported",
    ImportStatus.REFUSED: "REFUSED",
}


def center_import_cmd(args: argparse.Namespace) -> int:
    with _open_center(args) as session:
        outcomes = center_import.import_bundles(session, [Path(p) for p in args.paths])
    for item in outcomes:
        what = f" — {item.school} {item.period} #{item.sequence}" if item.school else ""
        reason = f" [{item.reason.value}]" if item.reason else ""
        print(f"{_STATUS[item.status]}{reason}: {item.path.name}{what}: {item.message}")
    refused = sum(1 for o in outcomes if o.status is ImportStatus.REFUSED)
    print(f"{len(outcomes)} file(s): {len(outcomes) - refused} accepted, {refused} refused")
    return 1 if refused or not outcomes else 0


def _cell(value: int | None) -> str:
    return "隐藏" if value is None else str(value)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _print_views(result: center_views.CenterViews) -> None:
    print("[预警人数趋势]")
    output.table(
        ["学校", "期间", *(label(lv) for lv in OPEN_LEVELS)],
        [(r.school, r.period, *(_cell(r.counts[lv]) + (f"(+{r.hidden[lv]}校隐藏)"
          if r.hidden.get(lv) else "") for lv in OPEN_LEVELS)) for r in result.levels],
    )  # fmt: skip
    print("\n[逾期的红色、橙色个案]")
    output.table(
        ["学校", "化名", "级别", "年级", "逾期天数", "逾期事项", "转介", "计划", "数据日期"],
        [(r.school, r.pseudonym[:8], label(r.level), r.grade, r.days_overdue, r.overdue_actions,
          "是" if r.referred else "否", "有" if r.plan_in_place else "无", r.as_of)
         for r in result.overdue],
    )  # fmt: skip
    print("\n[家访与筛查覆盖]")
    output.table(
        ["学校", "期间", "在校", "家访率", "筛查率", "异常率"],
        [(r.school, r.period, _cell(r.students), _percent(r.visit_rate),
          _percent(r.screen_rate), _percent(r.abnormal_rate)) for r in result.coverage],
    )  # fmt: skip
    print(f"\n[未报送 {result.period} 数据包的学校]")
    output.table(
        ["学校", "最近报送"], [(r.school, r.last_period or "从未") for r in result.missing]
    )


def center_report(args: argparse.Namespace) -> int:
    with _open_center(args, read_only=True) as session:
        result = center_views.views(session, args.period)
    _print_views(result)
    if args.xlsx:
        center_views.export_xlsx(result, Path(args.xlsx))
        print(f"\nWorkbook written to {args.xlsx}")
    return 0


def center_gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.center.application import run_center_gui
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("PySide6", "shiboken6")):
            raise
        print("xinan: the desktop window needs PySide6, which is not installed")
        return 2
    return run_center_gui(_center_folder(args), getattr(args, "lang", None))


# --- parsers ---------------------------------------------------------------------------------


def add_county_commands(sub: Sub) -> None:
    group = sub.add_parser("county", help="county bundles (station side)")
    cmds = group.add_subparsers(dest="county_cmd", required=True)
    p = cmds.add_parser("import-key", help="import the county center's key file (once)")
    _station_args(p)
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace a different county key")
    p.set_defaults(handler=import_key)
    p = cmds.add_parser("enroll-file", help="write this school's enrollment file")
    _station_args(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=enroll_file)
    p = cmds.add_parser("staffing", help="set counselor staffing figures")
    _station_args(p)
    for name in ("--full-time", "--part-time", "--certified"):
        p.add_argument(name, type=int, required=True)
    p.set_defaults(handler=staffing)
    for name, handler, text in (
        ("preview", preview, "show exactly what a bundle would contain"),
        ("export", export, "sign, encrypt and write the bundle of a period"),
    ):
        p = cmds.add_parser(name, help=text)
        _station_args(p)
        p.add_argument("--period", required=True, help="2026-11 (month) or 2026-2027-1")
        if name == "export":
            p.add_argument("--out", metavar="DIR", help="folder (default: current folder)")
        p.set_defaults(handler=handler)


def add_center_commands(sub: Sub) -> None:
    group = sub.add_parser("center", help="county center mode")
    cmds = group.add_subparsers(dest="center_cmd", required=True)
    p = cmds.add_parser("init", help="create a county center")
    _center_args(p)
    p.add_argument("--county", required=True, help="6-digit county code")
    p.add_argument("--name", required=True, help="center name")
    p.add_argument("--threshold", type=int, default=5, help="small-cell threshold (default 5)")
    p.add_argument("--key-out", metavar="FILE", help="where to write the county key file")
    p.set_defaults(handler=center_init)
    p = cmds.add_parser("recover", help="set a new password with the recovery code")
    _center_args(p)
    p.set_defaults(handler=center_recover)
    p = cmds.add_parser("key-file", help="write the county key file again")
    _center_args(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=center_key_file)
    p = cmds.add_parser("accept", help="accept a school's enrollment file")
    _center_args(p)
    p.add_argument("file")
    p.set_defaults(handler=center_accept)
    p = cmds.add_parser("schools", help="list the enrolled schools")
    _center_args(p)
    p.set_defaults(handler=center_schools)
    p = cmds.add_parser("import", help="import bundle files or folders of them")
    _center_args(p)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(handler=center_import_cmd)
    p = cmds.add_parser("report", help="county views; --xlsx to export them")
    _center_args(p)
    p.add_argument("--period", help="period whose missing bundles to list (default: last month)")
    p.add_argument("--xlsx", metavar="FILE", help="also write the tables as .xlsx")
    p.set_defaults(handler=center_report)
    p = cmds.add_parser("gui", help="open the county center window")
    p.add_argument(
        "--folder", "--center", dest="center", metavar="DIR",
        help="center folder (default: $XINAN_CENTER or user data)",
    )  # fmt: skip
    p.set_defaults(handler=center_gui)
