"""The printed documents, read back the way a user's PDF viewer would: text extracted with
pdftotext, structure checked with qpdf, fonts listed with pdffonts (poppler-utils, qpdf)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.accounts import Account
from app.domain.enums import (
    ContactKind,
    MeasureOwner,
    Role,
    SourceLevel,
    VisitKind,
    WarningLevel,
)
from app.domain.growth import Contact, HomeVisit, Measure, Referral
from app.domain.labels import label
from app.errors import PermissionDenied, ValidationError
from app.reports.county import CountyReportInput, SchoolFigures
from app.reports.fonts import FALLBACK_FONT, choose_font
from app.reports.growth_file import GrowthFilePage, draw_growth_file
from app.reports.layout import DocInfo
from app.services import accounts, growth, printing, screening, station, students
from app.services.roster_import import import_roster
from app.services.session import Session
from app.store import audit_repo, growth_repo
from tests.conftest import DATA, StationInfo

TOOLS = ("pdftotext", "qpdf", "pdffonts")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils (pdftotext, pdffonts) and qpdf: apt-get install poppler-utils qpdf",
)
CONFIDENTIAL = "内部资料 注意保密"
NOTE = "学生自述近期学习压力大，入睡困难"


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_pdf(path: Path, pages: int) -> str:
    """qpdf passes, every font is embedded, every page is marked confidential and
    numbered; returns the whole text."""
    if not choose_font().embedded:
        pytest.skip(
            "no embeddable CJK TrueType font on this system (apt-get install fonts-wqy-microhei)"
        )
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts
    for page in range(1, pages + 1):
        text = flat(pdf_text(path, page))
        assert flat(CONFIDENTIAL) in text and f"第{page}页共{pages}页" in text
    return pdf_text(path)


def print_entries(session: Session) -> list[dict[str, object]]:
    entries = [json.loads(r.payload) for r in audit_repo.rows(session.db)]
    return [e for e in entries if str(e["action"]).startswith("print.")]


@pytest.fixture
def school(session: Session) -> Session:
    import_roster(session, DATA / "screening" / "roster.csv")
    screening.import_screening(session, DATA / "screening" / "platform_a.xlsx")
    return session


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the user chose for the PDFs (the station lives beside it)."""
    folder = tmp_path / "prints"
    folder.mkdir()
    return folder


def sid(session: Session, code: str) -> int:
    number = f"G330602{2012 if code[0] == 'C' else 2013}{ord(code[0])}{int(code[1:]):04d}"
    return students.resolve(session, number)


def fill_file(session: Session, student_id: int) -> None:
    growth.set_level(session, student_id, WarningLevel.YELLOW, "MHT筛查异常", SourceLevel.EXTERNAL)
    growth.add_contact(
        session,
        Contact(None, student_id, datetime(2026, 10, 15, 10), ContactKind.COUNSELING, "本人", NOTE),
    )
    growth.save_plan(
        session,
        student_id,
        "学习焦虑明显",
        "一个月内睡眠改善",
        date(2026, 12, 15),
        (
            Measure("每周一次个体辅导", MeasureOwner.COUNSELOR),
            Measure("倾听一刻钟", MeasureOwner.MENTOR),
        ),
    )
    growth.add_visit(
        session,
        HomeVisit(
            None, student_id, date(2026, 10, 20), VisitKind.ONSITE, "孙老师", "母亲", "家中整洁"
        ),
    )
    growth.add_referral(
        session, Referral(None, student_id, date(2026, 10, 22), "市第七人民医院", True)
    )


def test_growth_file(school: Session, out: Path) -> None:
    student_id = sid(school, "A01")
    fill_file(school, student_id)
    result = printing.print_growth_file(school, student_id, out)
    assert result.warnings == () and result.path.parent == out
    text = check_pdf(result.path, result.pages)
    for heading in (
        "一生一策心理健康成长档案",
        "一、基本信息",
        "二、预警记录",
        "三、一生一策",
        "四、心理筛查",
        "五、谈心辅导与家校沟通",
        "六、家访记录",
        "七、转介记录",
        "八、休学与复学",
        "十、个案状态",
    ):
        assert heading in text
    body = flat(text)
    assert "绍兴市越城区第一中学" in body and "打印人：王老师" in body
    assert "总焦虑分70" in body and "黄色(Ⅲ级)" in body and "每周一次个体辅导" in body
    assert flat(NOTE) in body and "市第七人民医院" in body and "心理辅导" in body
    assert [p.name for p in out.iterdir()] == [result.path.name]  # no temp files
    (entry,) = print_entries(school)
    assert (entry["action"], entry["entity_id"]) == ("print.growth_file", student_id)
    assert set(entry["detail"]) == {"pages", "embedded_font"}  # type: ignore[arg-type]


def test_head_teacher_prints_a_redacted_file(
    school: Session, station_info: StationInfo, out: Path
) -> None:
    student_id = sid(school, "A01")
    fill_file(school, student_id)
    klass = next(c.id for c in students.classes(school) if c.name == "七年级(1)班")
    accounts.create_account(
        school,
        Account(None, "sun", "孙老师", Role.HEAD_TEACHER),
        "teacher-pass-77",
        class_ids=frozenset({klass}),
    )
    school.close()
    with station.unlock(station_info.folder, "teacher-pass-77", "sun") as teacher:
        text = flat(pdf_text(printing.print_growth_file(teacher, student_id, out).path))
        with pytest.raises(PermissionDenied):
            printing.print_growth_file(teacher, sid(teacher, "B01"), out)
    assert "打印人：孙老师" in text and "每周一次个体辅导" not in text and "倾听一刻钟" in text
    assert flat(NOTE) not in text and "总焦虑分70" not in text and "市第七人民医院" not in text


def test_visit_form_blank_and_filled(school: Session, out: Path) -> None:
    blank = printing.print_visit_form(school, out)
    text = flat(check_pdf(blank.path, 1))
    assert "家访记录表" in text and "□实地家访" in text and "家长签名" in text
    student_id = sid(school, "A01")
    fill_file(school, student_id)
    visit_id = growth_repo.visits_of(school.db, student_id)[0].id
    filled = printing.print_visit_form(school, out, student_id, visit_id=visit_id)
    text = flat(check_pdf(filled.path, 1))
    assert "■实地家访" in text and "2026-10-20" in text and "家中整洁" in text
    assert "七年级(1)班" in text and filled.path != blank.path


def test_class_coverage_list(school: Session, out: Path) -> None:
    growth.add_visit(
        school, HomeVisit(None, sid(school, "A02"), date.today(), VisitKind.ONSITE, "孙老师")
    )
    klass = next(c.id for c in students.classes(school) if c.name == "七年级(1)班")
    result = printing.print_class_coverage(school, klass, out)
    text = flat(check_pdf(result.path, result.pages))
    assert "七年级(1)班家访覆盖情况表" in text and "班主任：孙老师" in text
    assert "在校学生12人，本学年已实地家访1人，未家访11人，覆盖率8.3%" in text
    assert text.count("未家访") >= 11 and "重点群体学生随访安排" in text


def test_semester_report_has_no_names_unless_asked(school: Session, out: Path) -> None:
    fill_file(school, sid(school, "A01"))
    day = date.today()
    result = printing.print_semester_report(school, out, day)
    text = flat(check_pdf(result.path, result.pages))
    assert (
        "学期心理健康工作报告" in text
        and "二、四级预警" in text
        and "三、心理筛查与家访覆盖" in text
    )
    assert "在校学生36人" in text and "当前预警学生1人" in text
    names = [r.name for r in students.roster(school)]
    assert not [name for name in names if name in text]
    assert "附录" not in text
    named = printing.print_semester_report(school, out, day, include_names=True, filename="n.pdf")
    named_text = flat(check_pdf(named.path, named.pages))
    flagged = students.get_student(school, sid(school, "A01")).name
    assert "附录：当前预警学生名单" in named_text and flagged in named_text
    details = [e["detail"] for e in print_entries(school)]
    assert [d["include_names"] for d in details] == [False, True]  # type: ignore[index]


def county_input() -> CountyReportInput:
    return CountyReportInput(
        "越城区中小学心理健康辅导中心",
        "2026年11月",
        date(2026, 11, 1),
        date(2026, 11, 30),
        (
            SchoolFigures(
                "甲中学", "2026-11", {WarningLevel.RED: 2, WarningLevel.YELLOW: 18}, 0.92, 0.6, 1, 0
            ),
            SchoolFigures(
                "乙小学",
                "2026-11",
                {WarningLevel.ORANGE: 3, WarningLevel.BLUE: 7},
                None,
                0.75,
                0,
                2,
            ),
        ),
    )


def test_county_report_from_constructed_figures(school: Session, out: Path) -> None:
    result = printing.print_county_report(school, county_input(), out)
    text = flat(check_pdf(result.path, result.pages))
    assert "县域学校心理健康工作情况报告" in text and "越城区中小学心理健康辅导中心" in text
    assert "报送学校2所" in text and "预警学生合计30人" in text
    assert "平均筛查覆盖率92.0%" in text and "平均实地家访覆盖率67.5%" in text
    assert "甲中学" in text and "三、需督办的学校" in text and "未报送" in text
    (entry,) = print_entries(school)
    assert entry["detail"] == {"schools": 2, "pages": result.pages, "embedded_font": True}


def test_county_input_from_json_is_checked() -> None:
    raw = {
        "center_name": "中心",
        "period_label": "2026年11月",
        "period_start": "2026-11-01",
        "period_end": "2026-11-30",
        "schools": [{"school_name": "甲", "open_flags": {"red": 1}, "visit_coverage": 0.5}],
    }
    parsed = CountyReportInput.from_json(raw)
    assert parsed.schools[0].open_flags == {WarningLevel.RED: 1}
    raw["schools"][0]["visit_coverage"] = 1.5  # type: ignore[index]
    with pytest.raises(ValidationError):
        CountyReportInput.from_json(raw)


def test_fallback_font_is_not_embedded_and_says_so(school: Session, out: Path) -> None:
    choice = choose_font(candidates=())
    assert choice.name == FALLBACK_FONT and not choice.embedded and "STSong" in choice.warning
    growth_file = growth_repo.load_growth_file(school.db, sid(school, "A01"))
    info = DocInfo("一生一策心理健康成长档案", "学校", "王老师", datetime.now(), choice)
    data, _ = draw_growth_file(info, GrowthFilePage(growth_file, "七年级(1)班"))
    target = out / "fallback.pdf"
    target.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert FALLBACK_FONT in fonts and " no " in fonts.splitlines()[2]
    assert "一生一策心理健康成长档案" in pdf_text(target)


def test_font_setting(school: Session, out: Path) -> None:
    bogus = out / "not-a-font.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(ValidationError):
        printing.set_font(school, bogus)
    current = printing.font(school)
    if current.embedded:
        chosen = printing.set_font(school, Path(current.path), current.subfont_index)
        assert chosen.path == current.path and chosen.warning == ""


def test_print_refuses_a_missing_folder_and_leaves_nothing(school: Session, out: Path) -> None:
    before = audit_repo.count(school.db)
    with pytest.raises(ValidationError):
        printing.print_visit_form(school, out / "missing")
    with pytest.raises(ValidationError):
        printing.print_visit_form(school, out, filename="../escape.pdf")
    assert audit_repo.count(school.db) == before and list(out.iterdir()) == []


def test_labels_of_enums_sharing_a_value() -> None:
    """StrEnum members of different enums with one value must keep their own labels."""
    assert label(ContactKind.GUARDIAN) == "家长沟通" and label(MeasureOwner.GUARDIAN) == "监护人"
    assert label(ContactKind.MENTOR) == "导师谈心" and label(SourceLevel.SCHOOL) == "学校"
    assert label(VisitKind.SCHOOL) == "来校面谈"
