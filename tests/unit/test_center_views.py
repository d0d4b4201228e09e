"""The center's views and their .xlsx export, over bundles really imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.enums import WarningLevel
from app.errors import WrongCredentials
from app.services import center, center_import, center_views, county_export
from app.services.center_import import ImportStatus
from app.sync.period import previous_month
from tests.conftest import snapshot
from tests.unit.sync_support import (  # noqa: F401 - fixtures
    Linked,
    center_info_fixture,
    center_template_fixture,
    linked_fixture,
    linked_template_fixture,
    open_center,
    this_month,
)


def _import_two_periods(linked: Linked) -> str:
    last = previous_month(date.today()).id
    paths = [
        county_export.export_period(linked.station, period, linked.out).path
        for period in (last, this_month())
    ]
    with open_center(linked.center) as session:
        outcomes = center_import.import_bundles(session, paths)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 2
    return last


def test_views_show_trends_overdue_cases_coverage_and_missing_schools(linked: Linked) -> None:
    last = _import_two_periods(linked)
    before = snapshot(linked.center.folder)
    with open_center(linked.center, read_only=True) as session:
        result = center_views.views(session, "2026-2027-2")
    assert snapshot(linked.center.folder) == before
    assert result.periods == (last, this_month())
    county = [r for r in result.levels if r.school == center_views.COUNTY]
    assert [r.period for r in county] == [last, this_month()]
    assert county[-1].counts[WarningLevel.BLUE] == 0 and county[-1].hidden[WarningLevel.RED] == 1
    school = [r for r in result.levels if r.school != center_views.COUNTY]
    assert {r.school for r in school} == {"绍兴市越城区第一中学"}
    [red] = [r for r in result.overdue if r.level is WarningLevel.RED]
    assert red.days_overdue == red.days_since_flagged - 7 >= 13 and red.overdue_actions >= 1
    [coverage] = result.coverage
    assert (coverage.students, coverage.visited, coverage.screened) == (60, 12, 0)
    assert coverage.visit_rate == 0.2
    assert [m.school for m in result.missing] == ["绍兴市越城区第一中学"]
    with open_center(linked.center, read_only=True) as session:
        assert center_views.views(session, this_month()).missing == ()


def test_views_export_as_xlsx(linked: Linked) -> None:
    _import_two_periods(linked)
    with open_center(linked.center, read_only=True) as session:
        result = center_views.views(session, this_month())
    path = center_views.export_xlsx(result, linked.out / "county.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["预警趋势", "逾期个案", "家访与筛查", f"未报送{this_month()}"]
    coverage = list(book["家访与筛查"].values)
    assert coverage[1][0] == "绍兴市越城区第一中学" and coverage[1][3] == 60
    assert len(list(book["逾期个案"].values)) == 1 + len(result.overdue)


def test_the_recovery_code_sets_a_new_password(tmp_path: Path) -> None:
    created = center.create_center(tmp_path / "c", "330602", "中心", "center", "first-pass-1")
    created.session.close()
    with pytest.raises(WrongCredentials):
        center.recover_center(tmp_path / "c", "2345-6789", "second-pass-2")
    assert center.recover_center(tmp_path / "c", created.recovery_code, "second-pass-2") == "center"
    center.unlock_center(tmp_path / "c", "second-pass-2", read_only=True).close()
    with pytest.raises(WrongCredentials):
        center.unlock_center(tmp_path / "c", "first-pass-1", read_only=True)
