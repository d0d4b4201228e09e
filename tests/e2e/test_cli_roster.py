"""``xinan roster import`` end to end: exit codes, what is printed where, what is written."""

from __future__ import annotations

from pathlib import Path

from app.domain.roster import ROSTER_SPEC
from app.domain.tabular import clean_name
from app.services import spreadsheets, station, students
from tests.conftest import DATA, StationInfo, snapshot
from tests.e2e.cli import run_cli

XLSX = DATA / "rosters" / "messy_roster.xlsx"
CSV = DATA / "rosters" / "messy_roster_gbk.csv"


def _import(info: StationInfo, path: Path, *options: str):  # type: ignore[no-untyped-def]
    return run_cli(
        "roster",
        "import",
        str(path),
        "--station",
        str(info.folder),
        *options,
        env={"XINAN_PASSWORD": info.password},
    )


def _people(path: Path) -> set[str]:
    """Every student and guardian name in a roster file, as the import reads them."""
    table = spreadsheets.read_table(path, ROSTER_SPEC)
    names = set()
    for _, row in table.data_rows():
        for field in ("name", "guardian_name"):
            names.add(clean_name(table.header.cell(row, field)))
    return names - {""}


def _count(info: StationInfo) -> int:
    with station.unlock(info.folder, info.password, read_only=True) as session:
        return students.count(session)


def test_row_errors_without_skip_invalid_exit_1_and_write_nothing(
    station_info: StationInfo,
) -> None:
    result = _import(station_info, XLSX)
    assert result.returncode == 1
    assert "row 12: 出生年月: not a date" in result.stdout
    assert "row 36: 全国学籍号: the same number is also on row 30" in result.stdout
    assert "6 row(s) with errors; nothing written (use --skip-invalid)" in result.stdout
    assert result.stderr == ""
    assert _count(station_info) == 0


def test_skip_invalid_exits_0_and_imports(station_info: StationInfo) -> None:
    result = _import(station_info, XLSX, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "create 34, update 0, leave unchanged 0" in result.stdout
    assert "6 row(s) with errors; skipped" in result.stdout
    assert _count(station_info) == 34
    again = _import(station_info, XLSX, "--skip-invalid")
    assert "create 0, update 0, leave unchanged 34" in again.stdout


def test_dry_run_exits_0_and_changes_no_file(station_info: StationInfo) -> None:
    before = snapshot(station_info.folder)
    result = _import(station_info, CSV, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "(dry run) would create 20, update 0, leave unchanged 0" in result.stdout
    assert "row 22: 监护人电话: phone number is not valid" in result.stdout
    assert snapshot(station_info.folder) == before


def test_no_student_data_in_any_output(station_info: StationInfo) -> None:
    people = _people(XLSX) | _people(CSV)
    assert len(people) > 100
    for path, options in ((XLSX, ()), (XLSX, ("--skip-invalid",)), (CSV, ("--dry-run",))):
        result = _import(station_info, path, *options)
        for name in people:
            assert name not in result.stdout
            assert name not in result.stderr
        assert "G330602" not in result.stdout + result.stderr


def test_refused_file_exit_1_with_one_line_on_stderr(
    station_info: StationInfo, tmp_path: Path
) -> None:
    old = tmp_path / "名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    result = _import(station_info, old)
    assert result.returncode == 1
    assert result.stderr.startswith("xinan: old .xls (and WPS .et) workbooks cannot be read")
    assert "名册" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    missing = _import(station_info, tmp_path / "nowhere.xlsx")
    assert missing.returncode == 1 and "file not found" in missing.stderr


def test_usage_errors_exit_2(station_info: StationInfo) -> None:
    assert run_cli("roster", "import").returncode == 2
    assert run_cli("roster", "import", str(XLSX), "--no-such-option").returncode == 2
