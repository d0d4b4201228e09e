"""MHT screening import on a real station, with the messy sheets of tests/data/screening/
(see make_screenings.py there for what each sheet holds and why the counts are these)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.domain.enums import SourceLevel, WarningLevel
from app.domain.mht import MhtThresholds
from app.domain.screening import ColumnSource
from app.errors import ImportCancelled, ImportRejected, ValidationError
from app.services import growth, screening, screening_review, students
from app.services.roster_import import import_roster
from app.services.session import Session
from app.store import audit_repo, growth_repo
from tests.conftest import DATA

SHEETS = DATA / "screening"
A, B, C = SHEETS / "platform_a.xlsx", SHEETS / "platform_b.xlsx", SHEETS / "platform_c_gbk.csv"
TODAY = date(2026, 11, 20)
B_MAPPING = {"冲动性": "impulsiveness", "所属机构": ""}


@pytest.fixture
def school(session: Session) -> Session:
    report = import_roster(session, SHEETS / "roster.csv", today=TODAY)
    assert report.created == 36 and not report.errors
    return session


def sid(session: Session, code: str) -> int:
    """Internal id of the fixture student ``code`` (A01 … C12)."""
    number = f"G330602{2012 if code[0] == 'C' else 2013}{ord(code[0])}{int(code[1:]):04d}"
    return students.resolve(session, number)


def stored(session: Session) -> int:
    return int(session.db.one("SELECT count(*) FROM screenings")[0])


def audit(session: Session, action: str) -> list[dict[str, object]]:
    entries = [json.loads(r.payload) for r in audit_repo.rows(session.db)]
    return [e for e in entries if e["action"] == action]


def import_(session: Session, path: Path, mapping: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return screening.import_screening(session, path, mapping, today=TODAY)


def test_platform_a_every_count(school: Session) -> None:
    preview = screening.preview_screening(school, A, today=TODAY)
    assert (preview.header_row, preview.missing, preview.unknown) == (3, (), ())
    report = import_(school, A)
    assert report.written and report.sheet == "测评结果"
    assert (report.rows, report.imported, report.already_stored) == (28, 20, 0)
    assert [(u.row, u.reason) for u in report.unmatched] == [
        (12, "name_mismatch"),
        (31, "not_found"),
        (32, "not_found"),
    ]
    assert [e.row for e in report.errors] == [10, 11, 13]
    assert report.errors[2].message == "学习焦虑: not a number"
    assert report.errors[0].problems[0].code == "conflict"
    assert (report.duplicates, report.absent) == ([9], [15])
    assert (report.abnormal, report.unreliable, report.suggested) == (3, 2, 3)
    assert report.by_name == 0
    assert stored(school) == 20
    assert preview.report is not None and preview.report.imported == 20


def test_results_land_in_the_growth_files_with_a_chinese_reading(school: Session) -> None:
    import_(school, A)
    (a01,) = growth_repo.screenings_of(school.db, sid(school, "A01"))
    assert (a01.taken_on, a01.instrument, a01.total, a01.validity) == (
        date(2026, 10, 12),
        "MHT",
        70,
        a01.validity,
    )
    assert a01.scores["learning_anxiety"] == 11
    assert a01.interpretation.startswith("总焦虑分70，达到65分，建议制定个别辅导计划")
    (a03,) = growth_repo.screenings_of(school.db, sid(school, "A03"))
    assert "可信度低" in a03.interpretation
    (a04,) = growth_repo.screenings_of(school.db, sid(school, "A04"))
    assert "各分量表得分均在正常范围" in a04.interpretation
    assert growth_repo.screenings_of(school.db, sid(school, "A09")) == ()  # absent


def test_reimport_is_idempotent(school: Session) -> None:
    import_(school, A)
    again = import_(school, A)
    assert (again.imported, again.already_stored, again.suggested) == (0, 20, 0)
    assert stored(school) == 20
    assert len(screening_review.suggestions(school)) == 3
    assert [e["detail"]["imported"] for e in audit(school, "screening.import")] == [20, 0]


def test_unknown_columns_are_listed_mapped_and_remembered(school: Session) -> None:
    preview = screening.preview_screening(school, B, today=TODAY)
    assert preview.missing == ("冲动倾向",) and preview.report is None
    assert [c.text for c in preview.unknown] == ["冲动性", "所属机构", "作答时长(秒)"]
    with pytest.raises(ImportRejected) as refused:
        import_(school, B)
    assert refused.value.params["reason"] == "columns_missing"
    report = import_(school, B, B_MAPPING)
    assert (report.rows, report.imported, report.by_name) == (20, 16, 16)
    assert sorted(u.reason for u in report.unmatched) == [
        "ambiguous",
        "ambiguous",
        "no_class",
        "not_found",
    ]
    assert (report.abnormal, report.suggested) == (2, 2)
    (b03,) = growth_repo.screenings_of(school.db, sid(school, "B03"))
    assert b03.scores["impulsiveness"] == 9 and b03.taken_on == date(2026, 10, 14)
    later = screening.preview_screening(school, B, today=TODAY)
    assert later.remembered and later.missing == ()
    assert [c.text for c in later.unknown] == ["作答时长(秒)"]
    sources = {c.text: c.source for c in later.columns}
    assert sources["冲动性"] is ColumnSource.REMEMBERED
    assert sources["所属机构"] is ColumnSource.IGNORED
    assert later.report is not None and later.report.already_stored == 16


def test_gbk_csv_with_school_numbers_and_a_future_date(school: Session) -> None:
    report = import_(school, C)
    assert (report.rows, report.imported, report.by_name) == (13, 11, 5)
    assert report.duplicates == [4]
    assert [(e.row, e.problems[0].code) for e in report.errors] == [(14, "future")]
    assert (report.abnormal, report.suggested, report.unmatched) == (1, 1, [])
    assert len(growth_repo.screenings_of(school.db, sid(school, "C03"))) == 1  # full-width 学籍号


def test_students_flagged_yellow_or_higher_get_no_suggestion(school: Session) -> None:
    growth.set_level(school, sid(school, "A01"), WarningLevel.RED, "自伤", SourceLevel.CLASS)
    growth.set_level(school, sid(school, "A02"), WarningLevel.BLUE, "留守", SourceLevel.CLASS)
    report = import_(school, A)
    assert (report.abnormal, report.suggested, report.already_flagged) == (3, 2, 1)
    assert {line.student_id for line in _lines(school)} == {sid(school, "A02"), sid(school, "B01")}


def _lines(school: Session) -> list[screening_review.FlagSuggestion]:
    return [line.suggestion for line in screening_review.suggestions(school)]


def test_accept_two_in_one_transaction_and_dismiss_one(school: Session) -> None:
    import_(school, A)
    first, second, third = _lines(school)
    before = audit_repo.count(school.db)
    done = screening_review.accept_suggestions(school, [first.id, second.id])  # type: ignore[list-item]
    assert (len(done.accepted), done.skipped) == (2, ())
    assert audit_repo.count(school.db) == before + 1
    assert audit(school, "screening.suggestion.accept")[-1]["detail"] == {
        "accepted": 2,
        "skipped": 0,
    }
    flag = growth_repo.flags_of(school.db, first.student_id)[-1]
    assert (flag.level, flag.source, flag.reporter) == (
        WarningLevel.YELLOW,
        SourceLevel.EXTERNAL,
        "MHT筛查",
    )
    assert flag.reason.startswith("MHT筛查异常（2026-10-12）")
    with pytest.raises(ValidationError):
        screening_review.dismiss_suggestion(school, third.id, " ")  # type: ignore[arg-type]
    screening_review.dismiss_suggestion(school, third.id, "已在个别辅导中")  # type: ignore[arg-type]
    assert screening_review.suggestions(school) == []
    dismissed = screening_review.suggestions(school, screening_review.SuggestionStatus.DISMISSED)
    assert dismissed[0].suggestion.note == "已在个别辅导中"
    assert growth_repo.flags_of(school.db, third.student_id) == ()
    with pytest.raises(ValidationError):
        screening_review.accept_suggestions(school, [first.id])  # type: ignore[list-item]


def test_accept_skips_a_student_flagged_higher_meanwhile(school: Session) -> None:
    import_(school, A)
    item = _lines(school)[0]
    growth.set_level(school, item.student_id, WarningLevel.ORANGE, "自伤史", SourceLevel.CLASS)
    done = screening_review.accept_suggestions(school, [item.id])  # type: ignore[list-item]
    assert (done.accepted, done.skipped) == ((), (item.id,))
    assert growth_repo.flags_of(school.db, item.student_id)[-1].level is WarningLevel.ORANGE


def test_thresholds_are_editable(school: Session) -> None:
    assert screening_review.thresholds(school) == MhtThresholds()
    with pytest.raises(ValidationError):
        screening_review.set_thresholds(school, MhtThresholds(validity_max=11))
    screening_review.set_thresholds(school, MhtThresholds(scale_abnormal=13))
    report = import_(school, A)
    assert (report.abnormal, report.suggested) == (1, 1)  # only A01 (total 70) is left


def test_screening_coverage_this_semester(school: Session) -> None:
    import_(school, A)
    import_(school, C)
    lines = {c.class_name: c for c in screening_review.screening_coverage(school, TODAY)}
    assert {name: (c.students, c.screened) for name, c in lines.items()} == {
        "七年级(1)班": (12, 8),
        "七年级(2)班": (12, 12),
        "八年级(1)班": (12, 11),
    }
    assert [r.student_id for r in lines["八年级(1)班"].missing] == [sid(school, "C12")]
    spring = screening_review.screening_coverage(school, date(2027, 3, 1))
    assert all(c.screened == 0 for c in spring)


def test_cancelled_import_writes_nothing(school: Session) -> None:
    before = audit_repo.count(school.db)
    with pytest.raises(ImportCancelled):
        screening.import_screening(school, A, today=TODAY, progress=lambda done, total: False)
    assert (stored(school), audit_repo.count(school.db)) == (0, before)


def test_audit_holds_counts_only(school: Session) -> None:
    import_(school, A)
    (entry,) = audit(school, "screening.import")
    assert entry["detail"] == {
        "rows": 28,
        "imported": 20,
        "already_stored": 0,
        "unmatched": 3,
        "duplicates": 1,
        "errors": 3,
        "suggested": 3,
    }


def test_a_sheet_without_a_header_is_refused(school: Session, tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        screening.preview_screening(school, other)
    assert refused.value.params["reason"] == "no_header"
    with pytest.raises(ValidationError):
        screening.preview_screening(school, A, {"冲动性": "no_such_field"})
