"""Time the screening import and the printed growth files and print a Markdown table.

    /tmp/venv/bin/python -m benchmarks.generate          # once: builds benchmarks/_work/
    /tmp/venv/bin/python -m benchmarks.run_reports [--runs 5] [--workers 2] [--single]

Works on a copy of the benchmark station (``benchmarks/_work/reports/station``, made
fresh each run) so the shared station is not changed.

* screening import: a 5,000-row MHT sheet (.xlsx, platform-A layout: one row per student
  of the school, a test date no stored result has) through ``import_screening`` —
  reading the workbook, matching, reading every result, writing results and suggestions
  in one transaction. Each run imports into a fresh copy of the station. Target ≤ 3 s.
* one growth file: ``print_growth_file`` of the student with the most records (load,
  draw, write atomically, audit entry), warm (font loaded). Target ≤ 0.2 s.
* all growth files: ``print_growth_files`` of every student in school or suspended,
  with ``--workers`` processes (each with its own read-only connection). Target ≤ 120 s.
  ``--single`` also times one process, for the comparison.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl

from app.domain.enums import StudentStatus
from app.domain.screening import INSTRUMENT
from app.reports.growth_file import draw_growth_file
from app.services import printing, printing_batch, screening, station
from app.services.printing_batch import default_workers
from app.services.session import Session
from app.store import screening_repo, students_repo
from benchmarks import common

WORK = common.WORK / "reports"
COPY = WORK / "station"
TEMPLATE = WORK / "template"
SHEET = WORK / "mht-5000.xlsx"
PRINTS = WORK / "prints"
SCALES = (
    "学习焦虑",
    "对人焦虑",
    "孤独倾向",
    "自责倾向",
    "过敏倾向",
    "身体症状",
    "恐怖倾向",
    "冲动倾向",
)
TARGETS = {"import": 3.0, "one": 0.2, "all": 120.0}


def _copy(source: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.lock", "*.pre-v*"))


def prepare_template() -> None:
    """The benchmark station, migrated to this code's schema once (outside the timings)."""
    _copy(common.STATION, TEMPLATE)
    station.unlock(TEMPLATE, common.PASSWORD, common.USERNAME).close()
    for old in TEMPLATE.glob("*.pre-v*"):
        old.unlink()


def fresh_copy() -> None:
    _copy(TEMPLATE, COPY)


def unlock() -> Session:
    return station.unlock(COPY, common.PASSWORD, common.USERNAME)


def free_day(session: Session) -> date:
    taken = {day for _, day in screening_repo.stored_keys(session.db, INSTRUMENT)}
    day = date.today()
    while day in taken:
        day -= timedelta(days=1)
    return day


def write_sheet(session: Session, day: date) -> int:
    """The 5,000-row sheet: every student of the station once, scores from their id."""
    rows = students_repo.roster(session.db)
    book = openpyxl.Workbook()  # not write_only: that mode stores no sheet dimension,
    sheet = book.active  # which makes every reader scan the sheet twice
    sheet.title = "MHT"
    sheet.append(["MHT心理健康诊断测验 结果导出"])
    sheet.append(["序号", "学籍号", "姓名", "班级", "测试日期", *SCALES, "效度", "总分"])
    for n, row in enumerate(rows, start=1):
        scores = [
            (row.student_id * (i + 3)) % 7 + (i == n % 8 and n % 9 == 0) * 4 for i in range(8)
        ]
        sheet.append(
            [
                n,
                row.student_number,
                row.name,
                row.class_name,
                day,
                *scores,
                row.student_id % 9,
                sum(scores),
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    SHEET.write_bytes(buffer.getvalue())
    return len(rows)


def time_import(runs: int) -> tuple[list[float], Any]:
    times, report = [], None
    for _ in range(runs + 1):
        fresh_copy()
        with unlock() as session:
            start = time.perf_counter()
            report = screening.import_screening(session, SHEET)
            times.append(time.perf_counter() - start)
    return times[1:], report


def students_by_records(session: Session) -> list[int]:
    """Student ids, fewest growth records (contacts, flags, visits) first."""
    rows = session.db.query(
        "SELECT s.id FROM students s LEFT JOIN (SELECT student_id FROM contacts UNION ALL "
        "SELECT student_id FROM flag_changes UNION ALL SELECT student_id FROM home_visits) r "
        "ON r.student_id = s.id GROUP BY s.id ORDER BY count(r.student_id), s.id"
    )
    return [int(r[0]) for r in rows]


def timed(action: Callable[[], Any], runs: int) -> list[float]:
    action()  # warm-up: font registration, page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def time_all(session: Session, workers: int) -> tuple[float, Any]:
    shutil.rmtree(PRINTS, ignore_errors=True)
    PRINTS.mkdir(parents=True)
    start = time.perf_counter()
    result = printing_batch.print_growth_files(session, PRINTS, workers=workers)
    return time.perf_counter() - start, result


def row(name: str, times: list[float], target: float | None, note: str = "") -> str:
    median = statistics.median(times)
    verdict = "" if target is None else ("pass" if median <= target else "FAIL")
    shown = "" if target is None else f"≤ {target:g} s"
    return f"| {name} | {median:.3f} s | {min(times):.3f} s | {shown} | {note} | {verdict} |"


def show(line: str, lines: list[str]) -> None:
    """Print as the runs finish (the whole school's files take minutes)."""
    lines.append(line)
    print(line, flush=True)


def cpu_ms_per_file(session: Session, student_id: int, runs: int) -> float:
    """CPU time of drawing one growth file, what an idle core would take."""
    page = printing.growth_file_page(session.db, student_id, session.scope)
    info = printing.doc_info(session, "一生一策心理健康成长档案")
    start = time.process_time()
    for _ in range(runs):
        draw_growth_file(info, page)
    return (time.process_time() - start) / runs * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workers", type=int, help="default: the service's (cores + 1)")
    parser.add_argument("--single", action="store_true", help="also time one process")
    args = parser.parse_args()
    if not (common.STATION / "station.db").exists():
        print("run `python -m benchmarks.generate` first", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    prepare_template()
    fresh_copy()
    with unlock() as session:
        students = write_sheet(session, free_day(session))
    lines: list[str] = []
    show(f"load average before: {os.getloadavg()[0]:.1f}\n", lines)
    show("| operation | median | best | target | notes | |", lines)
    show("|---|---:|---:|---:|---|---|", lines)
    import_times, report = time_import(args.runs)
    show(
        row(
            f"screening import, {students:,}-row .xlsx",
            import_times,
            TARGETS["import"],
            f"{report.imported:,} results, {report.suggested} suggestions",
        ),
        lines,
    )
    with unlock() as session:
        ordered = students_by_records(session)
        PRINTS.mkdir(parents=True, exist_ok=True)
        for name, student_id in (("median", ordered[len(ordered) // 2]), ("busiest", ordered[-1])):
            one = timed(partial(printing.print_growth_file, session, student_id, PRINTS), args.runs)
            pages = printing.print_growth_file(session, student_id, PRINTS).pages
            cpu = cpu_ms_per_file(session, student_id, args.runs)
            show(
                row(
                    f"one growth file PDF ({name} student)",
                    one,
                    TARGETS["one"],
                    f"{pages} pages; drawing alone {cpu:.0f} ms CPU",
                ),
                lines,
            )
        active = sum(
            1
            for r in students_repo.roster(session.db)
            if r.status in (StudentStatus.IN_SCHOOL, StudentStatus.SUSPENDED)
        )
        for workers in ([1] if args.single else []) + [args.workers or default_workers()]:
            took, result = time_all(session, workers)
            show(
                row(
                    f"all {active:,} growth files, {workers} process(es)",
                    [took],
                    TARGETS["all"],
                    f"{result.pages:,} pages, {took / max(result.files, 1) * 1000:.0f} ms per file",
                ),
                lines,
            )
    show(f"\nload average after: {os.getloadavg()[0]:.1f}", lines)
    return 0 if all("FAIL" not in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
