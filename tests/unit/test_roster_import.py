"""The roster import against a real encrypted station (see tests/data/rosters/)."""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.domain.enums import Gender, KeyGroup, Role, StudentStatus
from app.domain.student import Guardian, Student
from app.errors import ImportCancelled, ImportRejected, PermissionDenied
from app.services import station, students
from app.services.roster_import import CHUNK_ROWS, ImportReport, import_roster
from app.services.session import Session
from app.store import audit_repo, students_repo
from tests.conftest import DATA, StationInfo, snapshot

ROSTERS = DATA / "rosters"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)  # what .xls files start with
XLSX = ROSTERS / "messy_roster.xlsx"
CSV = ROSTERS / "messy_roster_gbk.csv"
TODAY = date(2026, 3, 1)
XLSX_ERROR_ROWS = [12, 18, 24, 30, 36, 41]
CSV_ERROR_ROWS = [9, 15, 22]


def run(session: Session, path: Path, **options: object) -> ImportReport:
    return import_roster(session, path, today=TODAY, **options)  # type: ignore[arg-type]


def audit_entries(session: Session) -> list[dict[str, object]]:
    return [json.loads(r.payload) for r in audit_repo.rows(session.db)]


def roster_entries(session: Session) -> list[dict[str, object]]:
    return [e for e in audit_entries(session) if e["action"] == "roster.import"]


def state(session: Session) -> tuple[int, int, int, int]:
    db = session.db
    return (
        students_repo.count_students(db),
        audit_repo.count(db),
        len(students.classes(session)),
        len(students.dorms(session)),
    )


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def numbered_csv(path: Path, count: int, start: int = 0) -> Path:
    lines = ["学籍号,姓名,性别,出生日期,年级,班级"]
    for i in range(start, start + count):
        lines.append(
            f"G{330602201200000000 + i},学生{i},{'男女'[i % 2]},2012-05-06,七年级,{i % 4 + 1}"
        )
    return write_csv(path, lines)


# --- the messy files --------------------------------------------------------------------------


def test_errors_without_skip_invalid_write_nothing(session: Session) -> None:
    before = state(session)
    report = run(session, XLSX)
    assert [e.row for e in report.errors] == XLSX_ERROR_ROWS
    assert not report.written
    assert (report.created, report.updated, report.unchanged) == (0, 0, 0)
    assert state(session) == before


def test_skip_invalid_imports_the_valid_rows(session: Session) -> None:
    report = run(session, XLSX, skip_invalid=True)
    assert report.written
    assert (report.created, report.updated, report.unchanged) == (34, 0, 0)
    assert [e.row for e in report.errors] == XLSX_ERROR_ROWS
    assert (report.rows, report.grades_created, report.classes_created) == (40, 1, 3)
    assert report.dorms_created == 4
    assert students.count(session) == 34
    classes = {c.name: c.head_teacher for c in students.classes(session)}
    assert classes == {"七年级(1)班": "孙老师", "七年级(2)班": "周老师", "七年级(3)班": "钱老师"}
    assert [g.name for g in students.grades(session)] == ["七年级"]


def test_stored_values_of_messy_rows(session: Session) -> None:
    run(session, XLSX, skip_invalid=True)
    by_class = {c.id: c.name for c in students.classes(session)}
    dorms = {d.id: d.name for d in students.dorms(session)}
    # row 7: class "（3）班", tags "留守儿童、单亲", text date "2014/1/12", dorm with U+3000
    row7 = students.find_by_number(session, "G330602201401124164")
    assert (row7.name, row7.gender, row7.birth_date) == ("黄一可", Gender.MALE, date(2014, 1, 12))
    assert by_class[row7.class_id or 0] == "七年级(3)班"
    assert dorms[row7.dorm_id or 0] == "3号楼203"
    assert row7.boarding
    assert row7.tags == {KeyGroup.LEFT_BEHIND, KeyGroup.SINGLE_PARENT}
    assert row7.guardians == (Guardian("袁天琪", "祖母", "13894249927"),)
    assert row7.status is StudentStatus.IN_SCHOOL
    # row 8: full-width 学籍号, "陈 宇嘉" padded name, gender "F", 20140305
    row8 = students.find_by_number(session, "G330602201403053362")
    assert (row8.name, row8.gender, row8.birth_date) == ("陈宇嘉", Gender.FEMALE, date(2014, 3, 5))
    assert not row8.boarding and row8.dorm_id is None
    # row 13: 学籍号 typed into a number cell
    assert students.find_by_number(session, "201408101635").birth_date == date(2014, 8, 10)


def test_gbk_csv(session: Session) -> None:
    report = run(session, CSV, skip_invalid=True)
    assert (report.created, report.rows, report.classes_created) == (20, 23, 2)
    assert [e.row for e in report.errors] == CSV_ERROR_ROWS
    assert "day is missing" in report.errors[0].message
    row8 = students.find_by_number(session, "G330602201111171374")
    assert row8.name == "袁桐语"
    assert row8.tags == {KeyGroup.LEFT_BEHIND, KeyGroup.POVERTY}
    assert row8.notes == "家长要求, 每周电话联系"
    assert sorted(c.name for c in students.classes(session)) == ["八年级(1)班", "八年级(2)班"]


def test_dry_run_writes_nothing(station_info: StationInfo) -> None:
    before = snapshot(station_info.folder)
    with station.unlock(station_info.folder, station_info.password, read_only=True) as session:
        report = run(session, XLSX, dry_run=True)
        assert students.count(session) == 0
    assert snapshot(station_info.folder) == before
    assert (report.created, report.classes_created, report.dorms_created) == (34, 3, 4)
    assert [e.row for e in report.errors] == XLSX_ERROR_ROWS
    assert not report.written


def test_dry_run_after_import_predicts_updates(session: Session) -> None:
    run(session, XLSX, skip_invalid=True)
    entries = audit_repo.count(session.db)
    report = run(session, CSV, dry_run=True)
    assert (report.created, report.updated, report.unchanged) == (20, 0, 0)
    again = run(session, XLSX, dry_run=True)
    assert (again.created, again.updated, again.unchanged, again.classes_created) == (0, 0, 34, 0)
    assert audit_repo.count(session.db) == entries


# --- re-import --------------------------------------------------------------------------------


def test_reimport_is_idempotent(session: Session) -> None:
    run(session, XLSX, skip_invalid=True)
    report = run(session, XLSX, skip_invalid=True)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 34)
    assert (report.classes_created, report.dorms_created) == (0, 0)
    assert students.count(session) == 34
    assert len(students.classes(session)) == 3


def test_changed_phone_is_an_update(session: Session, tmp_path: Path) -> None:
    run(session, XLSX, skip_invalid=True)
    workbook = openpyxl.load_workbook(XLSX)
    workbook.active["L7"] = "13912345678"  # row 7, 家长电话
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    report = run(session, changed, skip_invalid=True)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 33)
    student = students.find_by_number(session, "G330602201401124164")
    assert student.guardians == (Guardian("袁天琪", "祖母", "13912345678"),)


def test_existing_student_is_updated_not_duplicated(session: Session, tmp_path: Path) -> None:
    existing = Student(
        None,
        "G330602201200000001",
        "学生一",
        Gender.FEMALE,
        None,
        None,
        status=StudentStatus.SUSPENDED,
        tags=frozenset({KeyGroup.BULLIED}),
    )
    student_id = students.add_student(session, existing)
    report = run(session, numbered_csv(tmp_path / "r.csv", 3))
    assert (report.created, report.updated, report.unchanged) == (2, 1, 0)
    student = students.get_student(session, student_id)
    assert student.name == "学生1"
    assert student.status is StudentStatus.SUSPENDED
    assert student.tags == {KeyGroup.BULLIED}
    assert student.birth_date == date(2012, 5, 6)
    assert students.count(session) == 3


def test_many_chunks(session: Session, tmp_path: Path) -> None:
    path = numbered_csv(tmp_path / "big.csv", CHUNK_ROWS * 2 + 17)
    calls: list[tuple[int, int]] = []
    report = run(session, path, progress=lambda done, total: calls.append((done, total)) or True)
    assert report.created == CHUNK_ROWS * 2 + 17
    assert calls == [(250, 517), (500, 517), (517, 517)]
    assert students.count(session) == 517
    assert len(roster_entries(session)) == 1


# --- cancel and audit -------------------------------------------------------------------------


def test_cancel_rolls_back(session: Session, tmp_path: Path) -> None:
    path = numbered_csv(tmp_path / "big.csv", CHUNK_ROWS * 2)
    before = state(session)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < CHUNK_ROWS * 2  # cancel after the second chunk was written

    with pytest.raises(ImportCancelled):
        run(session, path, progress=progress)
    assert calls == [CHUNK_ROWS, CHUNK_ROWS * 2]
    assert state(session) == before
    assert roster_entries(session) == []


def test_one_audit_entry_per_import_with_counts_only(session: Session) -> None:
    first = audit_repo.count(session.db)
    run(session, XLSX, skip_invalid=True)
    run(session, XLSX, skip_invalid=True)
    run(session, XLSX)  # errors, no --skip-invalid: nothing written, no entry
    assert audit_repo.count(session.db) == first + 2
    entries = roster_entries(session)
    assert [e["detail"] for e in entries] == [
        {
            "rows": 40,
            "created": 34,
            "updated": 0,
            "unchanged": 0,
            "skipped": 6,
            "grades_created": 1,
            "classes_created": 3,
            "dorms_created": 4,
        },
        {
            "rows": 40,
            "created": 0,
            "updated": 0,
            "unchanged": 34,
            "skipped": 6,
            "grades_created": 0,
            "classes_created": 0,
            "dorms_created": 0,
        },
    ]
    payloads = " ".join(json.dumps(e, ensure_ascii=False) for e in entries)
    assert "G330602" not in payloads and "黄一可" not in payloads


def test_only_counselors_import(session: Session) -> None:
    session.account = replace(session.account, role=Role.HEAD_TEACHER)
    with pytest.raises(PermissionDenied):
        run(session, XLSX, dry_run=True)


# --- files that are refused -------------------------------------------------------------------


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(XLSX.read_bytes()[:5000])
    return path


def _bad_sheet_xml(tmp_path: Path) -> Path:
    path = tmp_path / "badxml.xlsx"
    with zipfile.ZipFile(XLSX) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            target.writestr(info, data)
    return path


def _named(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda t: t / "missing.xlsx", "file not found"),
        (lambda t: _named(t, "empty.xlsx", b""), "empty"),
        (lambda t: _named(t, "empty.csv", b""), "empty"),
        (lambda t: _named(t, "old.xls", OLE2), ".xlsx"),
        (
            lambda t: _named(t, "sneaky.xlsx", OLE2),
            "xls",
        ),
        (lambda t: _named(t, "roster.ods", b"PK\x03\x04"), "save it as .xlsx"),
        (lambda t: _named(t, "noise.xlsx", bytes(range(256)) * 8), "damaged"),
        (_truncated, "damaged"),
        (_bad_sheet_xml, "damaged"),
        (lambda t: _named(t, "binary.csv", b"\x00\x01\x02\xff\xfe" * 50), "not a text file"),
        (lambda t: write_csv(t / "noheader.csv", ["a,b,c", "1,2,3"]), "no header row"),
        (lambda t: write_csv(t / "partial.csv", ["姓名,学籍号,班级", "张三,G000001,1"]), "性别"),
    ],
)
def test_unreadable_files_are_rejected(
    session: Session, tmp_path: Path, make: object, message: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = state(session)
    with pytest.raises(ImportRejected, match=message) as caught:
        run(session, path, skip_invalid=True)
    assert str(tmp_path) not in caught.value.message
    assert state(session) == before


def test_directory_is_rejected(session: Session, tmp_path: Path) -> None:
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(ImportRejected, match="not a file"):
        run(session, tmp_path / "folder.csv")


def test_csv_delimiters_and_encodings(session: Session, tmp_path: Path) -> None:
    header, line = "学籍号{d}姓名{d}性别{d}出生日期", "G00000{n}{d}张三{d}男{d}2013/5/6"
    for n, (d, encoding) in enumerate(
        [(",", "utf-8"), ("\t", "utf-8-sig"), (";", "gb18030"), ("\t", "utf-16")], start=1
    ):
        path = write_csv(
            tmp_path / f"r{n}.csv", [header.format(d=d), line.format(d=d, n=n)], encoding
        )
        assert run(session, path).created == 1, (d, encoding)
    assert students.count(session) == 4


def test_header_on_a_later_sheet(session: Session, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["说明：请在第二页填写"])
    sheet = workbook.create_sheet("名册")
    sheet.append(["学籍号", "姓名", "性别"])
    sheet.append(["G0000001", "张三", "男"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    report = run(session, path)
    assert (report.sheet, report.created) == ("名册", 1)


def test_copy_of_fixture_is_unchanged_by_import(tmp_path: Path, session: Session) -> None:
    copy = tmp_path / "copy.xlsx"
    shutil.copyfile(XLSX, copy)
    run(session, copy, skip_invalid=True)
    assert copy.read_bytes() == XLSX.read_bytes()
