"""``xinan print …``: the printed documents as PDF files in a folder (``--out``).

Thin: parse, call ``app.services.printing``, print where the file went. A font warning
(no embeddable Chinese font found) goes to stderr and does not fail the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.commands import lookup_class, open_session
from app.errors import ValidationError
from app.reports.county import CountyReportInput
from app.services import printing, printing_batch, students
from app.services.printing import PrintResult

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def _station_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", metavar="PATH", help="station folder")
    parser.add_argument("--user", metavar="NAME", help="account to unlock with")


def _out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the PDF")


def _parser(cmds: Any, name: str, text: str, handler: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = cmds.add_parser(name, help=text)
    _station_args(p)
    p.set_defaults(handler=handler)
    return p


def add_print_commands(sub: Sub) -> None:
    cmds = sub.add_parser("print", help="printed documents (PDF)").add_subparsers(
        dest="print_cmd", required=True
    )
    p = _parser(cmds, "growth-file", "a student's 一生一策 growth file", growth_file)
    p.add_argument("student", help="student number (学籍号) or id")
    _out(p)
    p = _parser(cmds, "growth-files", "growth files of a class or the school", growth_files)
    p.add_argument("--class", dest="class_name", help="class name or id (default: all)")
    p.add_argument("--workers", type=int, help="processes (default: up to 4 cores)")
    _out(p)
    p = _parser(cmds, "visit-form", "the home-visit record form 家访记录表", visit_form)
    p.add_argument("student", nargs="?", help="student number or id (default: blank form)")
    p.add_argument("--visit", type=int, help="id of a recorded visit of the student")
    p.add_argument("--plan", type=int, help="id of a planned visit")
    _out(p)
    p = _parser(cmds, "coverage", "a class's home-visit coverage list", coverage)
    p.add_argument("--class", dest="class_name", required=True, help="class name or id")
    _out(p)
    p = _parser(cmds, "semester-report", "the school's semester report", semester_report)
    p.add_argument("--date", help="report up to this day YYYY-MM-DD (default: today)")
    p.add_argument(
        "--with-names", action="store_true", help="add the appendix naming flagged students"
    )
    _out(p)
    p = _parser(cmds, "county-report", "the county report from a figures file", county_report)
    p.add_argument("figures", help="JSON file of CountyReportInput figures")
    _out(p)
    p = _parser(cmds, "font", "show or set the font documents embed", font)
    p.add_argument("file", nargs="?", help="a TrueType .ttf/.ttc file")
    p.add_argument("--index", type=int, default=0, help="font index inside a .ttc")
    p.add_argument("--reset", action="store_true", help="find a system font again")


def _report(result: PrintResult) -> int:
    for warning in result.warnings:
        print(f"xinan: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.pages} page(s))")
    return 0


def growth_file(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student)
        return _report(printing.print_growth_file(session, student_id, Path(args.out)))


def growth_files(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        class_id = lookup_class(session, args.class_name) if args.class_name else None
        result = printing_batch.print_growth_files(
            session, Path(args.out), class_id=class_id, workers=args.workers
        )
    for warning in result.warnings:
        print(f"xinan: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.files} growth file(s), {result.pages} page(s), into {result.folder}")
    return 0


def visit_form(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        student_id = students.resolve(session, args.student) if args.student else None
        result = printing.print_visit_form(
            session, Path(args.out), student_id, visit_id=args.visit, plan_id=args.plan
        )
    return _report(result)


def coverage(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        class_id = lookup_class(session, args.class_name)
        return _report(printing.print_class_coverage(session, class_id, Path(args.out)))


def semester_report(args: argparse.Namespace) -> int:
    day = _day(args.date)
    with open_session(args) as session:
        result = printing.print_semester_report(
            session, Path(args.out), day, include_names=args.with_names
        )
    return _report(result)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise ValidationError.single("date", "format", "date: use YYYY-MM-DD") from None


def county_report(args: argparse.Namespace) -> int:
    try:
        raw = json.loads(Path(args.figures).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ValidationError.single("figures", "format", "cannot read the figures file") from None
    data = CountyReportInput.from_json(raw)
    with open_session(args) as session:
        return _report(printing.print_county_report(session, data, Path(args.out)))


def font(args: argparse.Namespace) -> int:
    with open_session(args, read_only=not (args.file or args.reset)) as session:
        if args.file or args.reset:
            chosen = printing.set_font(session, Path(args.file) if args.file else None, args.index)
        else:
            chosen = printing.font(session)
    where = chosen.path or "(built-in, not embedded)"
    print(f"Font: {where} #{chosen.subfont_index}; embedded: {'yes' if chosen.embedded else 'no'}")
    if chosen.warning:
        print(f"xinan: warning: {chosen.warning}", file=sys.stderr)
    return 0
