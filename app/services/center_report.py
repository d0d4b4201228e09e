"""The county center's period report (县域学校心理健康工作情况报告) as a PDF.

``printing.print_county_report`` draws the report for a station session; the center has
no school and no station accounts, so this module fills the same ``CountyReportInput``
from the center's views (``center_views``) and writes the PDF atomically into the folder
the user chose, with one ``print.county_report`` audit entry in the center's own log.

Only the schools that sent a bundle for the period are in the report. Their flag counts
are the bundle's published figures; a count the school suppressed (small cell) is left
out of the school's figures and the report says how many were hidden.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.atomic import write_bytes_atomic
from app.domain.enums import WarningLevel
from app.reports.county import TITLE, CountyReportInput, SchoolFigures, draw_county_report
from app.reports.fonts import choose_font
from app.reports.layout import DocInfo
from app.services.center import CenterSession
from app.services.center_views import COUNTY, CenterViews, views
from app.services.printing import PrintResult, check_folder
from app.sync.period import parse_period
from app.sync.vocabulary import PeriodKind


@dataclass(frozen=True, slots=True)
class CenterReport:
    result: PrintResult
    schools: int  # schools with a bundle for the period
    hidden: int  # school figures the schools suppressed (left out)


def period_label(period: str) -> str:
    """2026-11 -> 2026年11月; 2026-2027-1 -> 2026-2027学年第一学期."""
    parsed = parse_period(period)
    if parsed.kind is PeriodKind.MONTH:
        return f"{parsed.start.year}年{parsed.start.month}月"
    year, _, term = parsed.id.rpartition("-")
    return f"{year}学年第{'一' if term == '1' else '二'}学期"


def _overdue(result: CenterViews) -> Counter[tuple[str, WarningLevel]]:
    return Counter((row.school, row.level) for row in result.overdue)


def report_input(session: CenterSession, result: CenterViews) -> tuple[CountyReportInput, int]:
    """The report's figures for ``result.period`` and the number of hidden school figures."""
    period = parse_period(result.period)
    coverage = {row.school: row for row in result.coverage if row.period == period.id}
    overdue, hidden, schools = _overdue(result), 0, []
    for row in result.levels:
        if row.school == COUNTY or row.period != period.id:
            continue
        flags = {level: n for level, n in row.counts.items() if n is not None}
        hidden += len(row.counts) - len(flags)
        cover = coverage.get(row.school)
        schools.append(
            SchoolFigures(
                row.school, row.period, flags,
                None if cover is None else cover.screen_rate,
                None if cover is None else cover.visit_rate,
                overdue[(row.school, WarningLevel.RED)] if cover else 0,
                overdue[(row.school, WarningLevel.ORANGE)] if cover else 0,
            )
        )  # fmt: skip
    data = CountyReportInput(
        session.county.center_name, period_label(period.id), period.start, period.end,
        tuple(schools),
    )  # fmt: skip
    return data, hidden


def report_file_name(period: str, when: datetime) -> str:
    return f"县域心理健康工作报告-{period_label(period)}-{when:%Y%m%d}.pdf"


def print_period_report(session: CenterSession, period: str, folder: Path) -> CenterReport:
    """Draw the period report into ``folder`` (written atomically, one audit entry)."""
    target_folder = check_folder(Path(folder))
    result = views(session, period)
    data, hidden = report_input(session, result)
    now = datetime.now().replace(second=0, microsecond=0)
    font = choose_font(None)
    info = DocInfo(TITLE, data.center_name, session.username, now, font)
    target = target_folder / report_file_name(result.period, now)
    schools = len(data.schools)
    with session.write(
        "print.county_report", "report", None, period=result.period, schools=schools
    ) as change:
        pdf, pages = draw_county_report(info, data)
        write_bytes_atomic(target, pdf)
        change.detail.update(pages=pages, embedded_font=font.embedded)
    warnings = (font.warning,) if font.warning else ()
    return CenterReport(PrintResult(target, pages, warnings), len(data.schools), hidden)
