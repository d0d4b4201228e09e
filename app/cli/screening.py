"""``xinan screening …``: import MHT results, review the suggested flags, coverage.

The import prints counts and the rows it could not use by row number and reason — never
a name from the sheet (the counselor looks the row up in the file). The review list
prints names: deciding on a flag needs them, as ``student list`` does.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli import output
from app.cli.commands import open_session
from app.domain.labels import label
from app.domain.screening import IGNORE, field_for
from app.domain.tabular import header_key
from app.errors import ValidationError
from app.services import screening, screening_review
from app.services.screening import ScreeningReport

Sub = argparse._SubParsersAction  # type: ignore[type-arg]


def _station_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--station", metavar="PATH", help="station folder")
    parser.add_argument("--user", metavar="NAME", help="account to unlock with")


def add_screening_commands(sub: Sub) -> None:
    cmds = sub.add_parser("screening", help="MHT screening results").add_subparsers(
        dest="screening_cmd", required=True
    )
    p = cmds.add_parser("import", help="import MHT results from .xlsx or .csv")
    _station_args(p)
    p.add_argument("file")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column: 冲动性=impulsiveness (or =冲动倾向); COLUMN= ignores it; repeatable",
    )
    p.add_argument("--date", help="test date YYYY-MM-DD for a sheet without a date column")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.set_defaults(handler=import_sheet)
    p = cmds.add_parser("suggestions", help="the review list of suggested yellow flags")
    _station_args(p)
    p.set_defaults(handler=suggestions)
    p = cmds.add_parser("accept", help="accept suggestions (yellow flags)")
    _station_args(p)
    p.add_argument("ids", nargs="*", type=int)
    p.add_argument("--all", action="store_true", help="every pending suggestion")
    p.set_defaults(handler=accept)
    p = cmds.add_parser("dismiss", help="dismiss a suggestion with a reason")
    _station_args(p)
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=dismiss)
    p = cmds.add_parser("coverage", help="who has no result this semester, per class")
    _station_args(p)
    p.set_defaults(handler=coverage)


def parse_mapping(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        found = field_for(target) if target.strip() else IGNORE
        if not sep or not column.strip() or found is None:
            raise ValidationError.single("map", "format", f"cannot read --map {item!r}")
        mapping[header_key(column)] = found
    return mapping


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise ValidationError.single("date", "format", "date: use YYYY-MM-DD") from None


def import_sheet(args: argparse.Namespace) -> int:
    mapping, day = parse_mapping(args.map), _date(args.date)
    with open_session(args, read_only=args.dry_run) as session:
        preview = screening.preview_screening(session, Path(args.file), mapping, day)
        for column in preview.unknown:
            print(f"unknown column {column.index + 1}: {column.text} (map it with --map)")
        if args.dry_run or preview.missing:
            report = preview.report
        else:
            report = screening.import_screening(session, Path(args.file), mapping, default_date=day)
    if report is None:
        print("columns missing: " + "、".join(preview.missing) + "; nothing imported")
        return 1
    _print_report(report, args.dry_run)
    return 0


def _print_report(report: ScreeningReport, dry_run: bool) -> None:
    verb = "(dry run) would import" if dry_run else "imported"
    print(
        f"{verb} {report.imported}, already stored {report.already_stored}, "
        f"matched by name and class {report.by_name}"
    )
    print(
        f"abnormal {report.abnormal} (suggested flags {report.suggested}, already flagged "
        f"{report.already_flagged}), unreliable {report.unreliable}"
    )
    for row in report.unmatched:
        print(f"row {row.row}: not matched: {row.message}")
    for error in report.errors:
        print(f"row {error.row}: {error.message}")
    for row in report.duplicates:
        print(f"row {row}: duplicate of an earlier row, skipped")
    for row in report.absent:
        print(f"row {row}: no scores (absent), skipped")
    print(
        f"{report.rows} row(s): {len(report.unmatched)} not matched, {len(report.errors)} "
        f"with errors, {len(report.duplicates)} duplicate(s), {len(report.absent)} absent"
    )


def suggestions(args: argparse.Namespace) -> int:
    with open_session(args, read_only=True) as session:
        lines = screening_review.suggestions(session)
    output.table(
        ["ID", "学生", "班级", "测试日期", "总分", "当前预警", "原因"],
        [
            (
                line.suggestion.id,
                line.student_name,
                line.class_name,
                line.screening.taken_on.isoformat(),
                line.screening.total,
                label(line.current_level),
                line.suggestion.reason,
            )
            for line in lines
        ],
    )
    print(f"共 {len(lines)} 条待处理")
    return 0


def accept(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        ids = list(args.ids)
        if args.all:
            ids = [line.suggestion.id for line in screening_review.suggestions(session)]
        done = screening_review.accept_suggestions(session, [i for i in ids if i is not None])
    print(f"accepted {len(done.accepted)}; closed without a flag {len(done.skipped)}")
    return 0


def dismiss(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        screening_review.dismiss_suggestion(session, args.id, args.reason)
    print(f"dismissed suggestion {args.id}")
    return 0


def coverage(args: argparse.Namespace) -> int:
    with open_session(args, read_only=True) as session:
        lines = screening_review.screening_coverage(session)
    output.table(
        ["班级", "在校", "已筛查", "未筛查", "覆盖率"],
        [
            (c.class_name or "—", c.students, c.screened, c.unscreened, f"{c.ratio * 100:.1f}%")
            for c in lines
        ],
    )
    return 0
