"""Headless commands. Thin: parse arguments, call a service, print.

Exit codes: 0 ok, 1 error (one line on stderr), 2 usage. Passwords come from
``XINAN_PASSWORD`` or an interactive prompt, never from the command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import commands
from app.cli.backup import add_backup_commands
from app.cli.county import add_center_commands, add_county_commands
from app.cli.network import add_network_commands
from app.cli.printing import add_print_commands
from app.cli.report_entry import add_report_entry_command
from app.cli.screening import add_screening_commands
from app.errors import XinAnError

log = logging.getLogger("xinan")


def station_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--station",
        metavar="PATH",
        help="station folder (default: $XINAN_STATION or the user data folder)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="account to unlock with (default: $XINAN_USER, else any)"
    )


def _add_init(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create a new station")
    station_args(p)
    p.add_argument("--school", required=True, help="school name")
    p.add_argument("--county", required=True, help="6-digit county code")
    p.add_argument(
        "--type",
        default="junior",
        choices=["primary", "junior", "senior", "nine_year", "vocational"],
    )
    p.add_argument("--boarding", action="store_true", help="boarding school")
    p.add_argument("--display-name", default="", help="counselor's name as shown")
    p.set_defaults(handler=commands.init)


def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="create (or reuse) a demo station and open it")
    p.add_argument("--station", metavar="PATH", help="demo folder (default: user data folder)")
    p.add_argument("--students", type=int, default=600, help="number of students (default 600)")
    p.add_argument("--no-gui", action="store_true", help="only create it and print where")
    p.set_defaults(handler=commands.demo)


def _add_roster(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    roster = sub.add_parser("roster", help="roster commands").add_subparsers(
        dest="roster_cmd", required=True
    )
    p = roster.add_parser("import", help="import students from .xlsx or .csv")
    station_args(p)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even if some rows have errors",
    )
    p.set_defaults(handler=commands.roster_import)


def _add_student(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    student = sub.add_parser("student", help="list and show students").add_subparsers(
        dest="student_cmd", required=True
    )
    p = student.add_parser("list", help="list students")
    station_args(p)
    p.add_argument("--class", dest="class_name", help="class name or id")
    p.add_argument("--grade", help="grade name or id")
    p.add_argument("--level", choices=["red", "orange", "yellow", "blue", "clear"])
    p.set_defaults(handler=commands.student_list)
    p = student.add_parser("show", help="show a student's growth file")
    station_args(p)
    p.add_argument("student", help="student number (学籍号) or id")
    p.set_defaults(handler=commands.student_show)


def _add_flag(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    flag = sub.add_parser("flag", help="warning flags").add_subparsers(
        dest="flag_cmd", required=True
    )
    p = flag.add_parser("set", help="raise, lower or clear a student's flag")
    station_args(p)
    p.add_argument("student", help="student number (学籍号) or id")
    p.add_argument("--level", required=True, choices=["red", "orange", "yellow", "blue", "clear"])
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--source", default="self", choices=["self", "class", "dorm", "grade", "school", "external"]
    )
    p.add_argument("--reporter", default="", help="who raised the concern")
    p.set_defaults(handler=commands.flag_set)


def _add_visit(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    visit = sub.add_parser("visit", help="home visits").add_subparsers(
        dest="visit_cmd", required=True
    )
    p = visit.add_parser("add", help="record a home visit")
    station_args(p)
    p.add_argument("student", help="student number (学籍号) or id")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--kind", required=True, choices=["onsite", "phone", "video", "school"])
    p.add_argument("--visitors", required=True, help="who visited")
    p.add_argument("--met-with", default="")
    p.add_argument("--observations", default="")
    p.add_argument("--concerns", default="")
    p.add_argument("--actions", default="", help="agreed actions")
    p.add_argument("--next", dest="next_visit", help="next visit date YYYY-MM-DD")
    p.add_argument("--follow-up", action="store_true", help="a 随访 follow-up visit")
    p.set_defaults(handler=commands.visit_add)


def _add_simple(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", help="what is due and overdue, most urgent first")
    station_args(p)
    p.set_defaults(handler=commands.due)
    audit = sub.add_parser("audit", help="audit log").add_subparsers(
        dest="audit_cmd", required=True
    )
    p = audit.add_parser("verify", help="check the audit chain")
    station_args(p)
    p.set_defaults(handler=commands.audit_verify)
    p = sub.add_parser("passwd", help="change your password")
    station_args(p)
    p.set_defaults(handler=commands.passwd)
    p = sub.add_parser("recover", help="set a new password with the recovery code")
    station_args(p)
    p.set_defaults(handler=commands.recover)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xinan", description="XinAn 心安 — school counseling station"
    )
    parser.add_argument("--version", action="version", version=f"xinan {__version__}")
    parser.add_argument("--lang", help="GUI language, e.g. zh_CN or en")
    sub = parser.add_subparsers(dest="command")
    for add in (
        _add_init,
        _add_demo,
        _add_roster,
        _add_student,
        _add_flag,
        _add_visit,
        _add_simple,
        _add_network,
        _add_backup,
        add_report_entry_command,
        add_county_commands,
        add_center_commands,
        add_screening_commands,
        add_print_commands,
    ):
        add(sub)
    return parser


def _add_network(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add_network_commands(sub, station_args)


def _add_backup(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add_backup_commands(sub, station_args)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return commands.gui(args)
    try:
        return int(handler(args))
    except XinAnError as exc:
        print(f"xinan: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("xinan: interrupted", file=sys.stderr)
        return 1
