"""``xinan screening …`` and ``xinan print …`` end to end, as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.domain.screening import SCREENING_SPEC
from app.domain.tabular import clean_name
from app.services import spreadsheets
from tests.conftest import DATA, StationInfo
from tests.e2e.cli import run_cli

SHEETS = DATA / "screening"
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)


def cli(info: StationInfo, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, "--station", str(info.folder), env={"XINAN_PASSWORD": info.password})


def sheet_names(path: Path) -> set[str]:
    table = spreadsheets.read_table(path, SCREENING_SPEC)
    return {clean_name(table.header.cell(row, "name")) for _, row in table.data_rows()} - {""}


def text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())


@pytest.fixture
def school(station_info: StationInfo) -> StationInfo:
    result = cli(station_info, "roster", "import", str(SHEETS / "roster.csv"))
    assert result.returncode == 0, result.stderr
    return station_info


def test_screening_import_with_a_mapping_then_review(school: StationInfo) -> None:
    sheet = SHEETS / "platform_b.xlsx"
    refused = cli(school, "screening", "import", str(sheet))
    assert refused.returncode == 1
    assert "unknown column 12: 冲动性 (map it with --map)" in refused.stdout
    assert "columns missing: 冲动倾向; nothing imported" in refused.stdout
    done = cli(
        school, "screening", "import", str(sheet), "--map", "冲动性=冲动倾向", "--map", "所属机构="
    )
    assert done.returncode == 0, done.stderr
    assert "imported 16, already stored 0, matched by name and class 16" in done.stdout
    assert "row 21: not matched: a name without a class cannot be matched" in done.stdout
    assert "20 row(s): 4 not matched, 0 with errors, 0 duplicate(s), 0 absent" in done.stdout
    for name in sheet_names(sheet):
        assert name not in done.stdout + done.stderr + refused.stdout
    again = cli(school, "screening", "import", str(sheet), "--dry-run")
    assert "(dry run) would import 0, already stored 16" in again.stdout
    listed = cli(school, "screening", "suggestions")
    assert "共 2 条待处理" in listed.stdout
    accepted = cli(school, "screening", "accept", "--all")
    assert "accepted 2; closed without a flag 0" in accepted.stdout
    assert "共 0 条待处理" in cli(school, "screening", "suggestions").stdout


def test_print_every_document(school: StationInfo, tmp_path: Path) -> None:
    out = tmp_path / "prints"
    out.mkdir()
    assert cli(school, "screening", "import", str(SHEETS / "platform_a.xlsx")).returncode == 0
    student = "G3306022013650001"
    runs = {
        "growth": cli(school, "print", "growth-file", student, "--out", str(out)),
        "form": cli(school, "print", "visit-form", "--out", str(out)),
        "coverage": cli(school, "print", "coverage", "--class", "七年级(1)班", "--out", str(out)),
        "semester": cli(school, "print", "semester-report", "--out", str(out)),
    }
    figures = tmp_path / "figures.json"
    figures.write_text(
        json.dumps(
            {
                "center_name": "越城区中小学心理健康辅导中心",
                "period_label": "2026年11月",
                "period_start": "2026-11-01",
                "period_end": "2026-11-30",
                "schools": [{"school_name": "甲中学", "open_flags": {"yellow": 4}}],
            }
        ),
        encoding="utf-8",
    )
    runs["county"] = cli(school, "print", "county-report", str(figures), "--out", str(out))
    for name, run in runs.items():
        assert run.returncode == 0, (name, run.stderr)
        assert run.stdout.startswith(f"Wrote {out}/")
    pdfs = sorted(out.iterdir())
    assert len(pdfs) == 5 and all(p.suffix == ".pdf" for p in pdfs)
    growth_pdf = next(p for p in pdfs if p.name.startswith("成长档案-"))
    assert "一生一策心理健康成长档案" in text(growth_pdf) and student in text(growth_pdf)
    batch = cli(school, "print", "growth-files", "--class", "七年级(2)班", "--out", str(out))
    assert batch.returncode == 0 and "Wrote 12 growth file(s)" in batch.stdout
    assert len(list(out.iterdir())) == 17
    missing = cli(school, "print", "visit-form", "--out", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "the chosen folder does not exist" in missing.stderr
