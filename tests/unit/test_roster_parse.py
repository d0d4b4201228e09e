"""Roster parsing without a station: cells, header rows, dates, classes, whole sheets."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.enums import Gender, KeyGroup, StudentStatus
from app.domain.roster import (
    ROSTER_SPEC,
    RosterRecord,
    merged,
    normalize_class,
    normalize_grade,
    parse_gender,
    parse_roster,
    parse_student_number,
    parse_tags,
)
from app.domain.student import Guardian, Student
from app.domain.tabular import (
    CellError,
    chinese_number,
    clean,
    clean_name,
    date_to_excel_serial,
    excel_serial_to_date,
    find_header,
    header_key,
    parse_date,
    parse_yes_no,
)
from app.errors import ImportRejected

TODAY = date(2026, 3, 1)
FULL_WIDTH = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")
HEADER = ["姓名", "性别", "出生日期", "学籍号", "年级", "班级", "监护人", "联系电话", "重点群体"]


def sheet(*data: list[object]) -> list[list[object]]:
    """A title row, a blank row, the header on row 3, then ``data`` from row 4."""
    return [["某某中学学生名册"], [], HEADER, *data]


def row(
    name: object = "张三",
    gender: object = "男",
    born: object = "2013-05-06",
    number: object = "G330602201305061234",
    grade: object = "七年级",
    klass: object = "3",
    guardian: object = "张父",
    phone: object = "13800001111",
    tags: object = "",
) -> list[object]:
    return [name, gender, born, number, grade, klass, guardian, phone, tags]


def parse(rows: list[list[object]]):  # type: ignore[no-untyped-def]
    return parse_roster(rows, find_header(rows, ROSTER_SPEC), TODAY)


# --- cell text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  七年级  ", "七年级"),
        ("\u3000张\u3000三\u3000", "张 三"),
        ("\u00a0G１２３\u00a0", "G123"),
        ("ＡＢｃ", "ABc"),
        ("（３）班", "(3)班"),
        ("a\u200bb\ufeff", "ab"),
        (13800001234.0, "13800001234"),
        (None, ""),
        (7, "7"),
    ],
)
def test_clean_folds_full_width_and_spaces(raw: object, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(" 张  三 ", "张三"), ("\u3000王\u00a0小明", "王小明"), ("Anna Li", "Anna Li")],
)
def test_clean_name_drops_padding_between_han_characters(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (" 姓 名 ", "姓名"),
        ("*学籍号", "学籍号"),
        ("出生日期（yyyy-mm-dd）", "出生日期"),
        ("备注：", "备注"),
    ],
)
def test_header_key_ignores_spaces_marks_and_notes(raw: str, key: str) -> None:
    assert header_key(raw) == key


# --- header row -------------------------------------------------------------------------------


def test_header_found_under_title_blank_and_date_rows() -> None:
    rows: list[list[object]] = [
        ["XX中学2026级学生名册", None, None],
        [],
        ["制表日期：2026年3月1日", None, "制表人：教务处"],
        [None, " 姓 名 ", "性别", "出生年月", "全国学籍号", "班别", "家长电话", "重点群体"],
    ]
    header = find_header(rows, ROSTER_SPEC)
    assert header.index == 3
    assert header.columns["name"] == 1
    assert header.columns["student_number"] == 4
    assert header.columns["class_name"] == 5
    assert header.columns["guardian_phone"] == 6
    assert header.labels["birth_date"] == "出生年月"


def test_national_student_number_preferred_over_class_number() -> None:
    header = find_header([["学号", "姓名", "性别", "全国学籍号"]], ROSTER_SPEC)
    assert header.columns["student_number"] == 3


def test_no_header_row_is_rejected_with_the_missing_columns() -> None:
    with pytest.raises(ImportRejected, match="性别"):
        find_header([["标题"], ["姓名", "学籍号", "班级"]], ROSTER_SPEC)
    with pytest.raises(ImportRejected, match="no header row"):
        find_header([["a", "b"], [1, 2]], ROSTER_SPEC)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2011-03-05",
        "2011/3/5",
        "2011.03.05",
        "2011年3月5日",
        "2011年03月05日",
        "2011 年 3 月 5 日",
        "20110305",
        20110305,
        40607,
        40607.0,
        "40607",
        "２０１１－０３－０５",
        "\u00a02011-03-05 ",
        "2011/3/5 0:00",
        "2011-03-05 00:00:00",
        datetime(2011, 3, 5, 0, 0),
        date(2011, 3, 5),
    ],
)
def test_dates_in_the_forms_schools_use(raw: object) -> None:
    assert parse_date(raw) == date(2011, 3, 5)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("2011-02-29", "impossible"),
        ("2011-13-01", "impossible"),
        ("20110230", "impossible"),
        ("去年三月", "format"),
        ("5/3/2011", "format"),
        ("2011-03", "incomplete"),
        ("2011年3月", "incomplete"),
        ("201103", "incomplete"),
        (True, "format"),
        (60, "impossible"),
        (0, "range"),
        (-5, "range"),
    ],
)
def test_bad_dates_say_why(raw: object, code: str) -> None:
    with pytest.raises(CellError) as caught:
        parse_date(raw)
    assert caught.value.code == code


def test_empty_date_cell_is_none() -> None:
    assert parse_date(None) is None
    assert parse_date(" \u3000") is None


def test_excel_1900_leap_year_bug() -> None:
    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)
    assert excel_serial_to_date(45000.75) == date(2023, 3, 15)


def _written_forms(day: date) -> list[object]:
    iso = day.isoformat()
    return [
        iso,
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y.%m.%d}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day:%Y%m%d}",
        int(f"{day:%Y%m%d}"),
        date_to_excel_serial(day),
        float(date_to_excel_serial(day)),
        str(date_to_excel_serial(day)),
        iso.translate(FULL_WIDTH),
        f"\u3000{iso}\u00a0",
        datetime(day.year, day.month, day.day),
        day,
    ]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2025, 12, 31)))
def test_every_written_form_round_trips(day: date) -> None:
    for form in _written_forms(day):
        assert parse_date(form) == day, form


# --- single values ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "gender"),
    [
        ("男", Gender.MALE),
        ("男性", Gender.MALE),
        ("m", Gender.MALE),
        ("Ｍ", Gender.MALE),
        (" 女 ", Gender.FEMALE),
        ("女性", Gender.FEMALE),
        ("F", Gender.FEMALE),
    ],
)
def test_gender(raw: str, gender: Gender) -> None:
    assert parse_gender(raw) is gender


def test_unknown_and_missing_gender() -> None:
    with pytest.raises(CellError, match="unknown"):
        parse_gender("未知")
    with pytest.raises(CellError, match="missing"):
        parse_gender("")


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("Ｇ３３０６０２２０１１０３０５１２３４", "G330602201103051234"),
        (" g330602 2011 0305 1234 ", "G33060220110305 1234".replace(" ", "")),
        (201103051234, "201103051234"),
        (201103051234.0, "201103051234"),
    ],
)
def test_student_number_normalised(raw: object, number: str) -> None:
    assert parse_student_number(raw) == number


@pytest.mark.parametrize("raw", [3.306022011030512e17, "3.30602E+17", 12.5])
def test_student_number_that_lost_digits_is_refused(raw: object) -> None:
    with pytest.raises(CellError) as caught:
        parse_student_number(raw)
    assert caught.value.code == "lost_digits"


def test_key_groups_with_labels_synonyms_and_separators() -> None:
    assert parse_tags("留守儿童、单亲家庭") == {KeyGroup.LEFT_BEHIND, KeyGroup.SINGLE_PARENT}
    assert parse_tags("建档立卡/低保，贫困") == {KeyGroup.POVERTY}
    assert parse_tags("流动 残疾;遭遇校园欺凌；心理特殊") == {
        KeyGroup.MIGRANT,
        KeyGroup.DISABILITY,
        KeyGroup.BULLIED,
        KeyGroup.SPECIAL_PSYCHOLOGY,
    }
    assert parse_tags("无") == frozenset()
    assert parse_tags(None) == frozenset()
    with pytest.raises(CellError, match="item 2 is not a known group"):
        parse_tags("留守、外星人")


@pytest.mark.parametrize(
    ("raw", "value"),
    [("是", True), ("住校", True), ("√", True), ("否", False), ("走读", False), ("", None)],
)
def test_yes_no(raw: str, value: bool | None) -> None:
    assert parse_yes_no(raw) is value


def test_yes_no_unknown() -> None:
    with pytest.raises(CellError):
        parse_yes_no("有时")


@pytest.mark.parametrize(
    ("text", "number"),
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("一三", None), ("", None)],
)
def test_chinese_numbers(text: str, number: int | None) -> None:
    assert chinese_number(text) == number


# --- grades and classes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "cell", "expected"),
    [
        ("七年级", "7班", ("七年级", "七年级(7)班")),
        ("七年级", "七年级(3)班", ("七年级", "七年级(3)班")),
        ("七年级", "七年级（3）班", ("七年级", "七年级(3)班")),
        ("七年级", "（3）班", ("七年级", "七年级(3)班")),
        ("七年级", "(3)", ("七年级", "七年级(3)班")),
        ("七年级", "3", ("七年级", "七年级(3)班")),
        ("七年级", "03", ("七年级", "七年级(3)班")),
        ("七年级", "３", ("七年级", "七年级(3)班")),
        ("七年级", 3, ("七年级", "七年级(3)班")),
        ("七年级", "三班", ("七年级", "七年级(3)班")),
        ("七年级", "十二班", ("七年级", "七年级(12)班")),
        ("7年级", "3", ("七年级", "七年级(3)班")),
        ("", "七年级(3)班", ("七年级", "七年级(3)班")),
        ("", "初一3班", ("初一", "初一(3)班")),
        ("高一", "高一(10)班", ("高一", "高一(10)班")),
        ("七年级", "实验班", ("七年级", "七年级实验班")),
        ("七年级", "七年级实验班", ("七年级", "七年级实验班")),
        ("", "", ("", "")),
    ],
)
def test_class_names_are_normalised_under_the_grade(
    grade: str, cell: object, expected: tuple[str, str]
) -> None:
    assert normalize_class(grade, cell) == expected


def test_class_without_a_grade_or_grade_without_a_class() -> None:
    with pytest.raises(CellError) as caught:
        normalize_class("", "3")
    assert caught.value.code == "grade_missing"
    with pytest.raises(CellError) as caught:
        normalize_class("七年级", " ")
    assert caught.value.code == "required"


def test_grade_digits_become_chinese() -> None:
    assert normalize_grade("7年级") == "七年级"
    assert normalize_grade(" 高一 ") == "高一"


# --- whole sheets -----------------------------------------------------------------------------


def test_a_valid_row_becomes_a_record() -> None:
    parsed = parse(sheet(row(tags="留守儿童")))
    assert parsed.errors == []
    assert parsed.records == [
        RosterRecord(
            row=4,
            student_number="G330602201305061234",
            name="张三",
            gender=Gender.MALE,
            birth_date=date(2013, 5, 6),
            grade="七年级",
            class_name="七年级(3)班",
            tags=frozenset({KeyGroup.LEFT_BEHIND}),
            guardian=Guardian("张父", "", "13800001111"),
        )
    ]


def test_blank_note_and_repeated_header_rows_are_skipped() -> None:
    rows = sheet(
        row(number="G0000000001"),
        [],
        [None, "  ", "\u3000"],
        HEADER,
        row(number="G0000000002"),
        ["合计：2人"],
    )
    parsed = parse(rows)
    assert parsed.errors == []
    assert [r.row for r in parsed.records] == [4, 8]
    assert parsed.rows == 2


def test_each_invalid_row_is_reported_with_its_spreadsheet_row() -> None:
    rows = sheet(
        row(number="G0000000001"),
        row(number="G0000000002", name=" "),
        row(number=""),
        row(number="G0000000004", born="2011-02-30"),
        row(number="G0000000005", born="明年"),
        row(number="G0000000006", gender="?"),
        row(number="G0000000007", phone="138-abc"),
        row(number="G0000000008", born="2030-01-01"),
        row(number="G00000", klass="3", grade=""),
        row(number="12345"),
    )
    parsed = parse(rows)
    assert [r.row for r in parsed.records] == [4]
    messages = {e.row: e.message for e in parsed.errors}
    assert messages == {
        5: "姓名: missing",
        6: "学籍号: missing",
        7: "出生日期: no such date",
        8: "出生日期: not a date (write e.g. 2011-03-05)",
        9: "性别: unknown value (use 男 or 女)",
        10: "联系电话: phone number is not valid",
        11: "出生日期: birth date is not plausible",
        12: "年级: cannot tell the grade (fill in 年级)",
        13: "学籍号: student number must be 6-30 letters or digits",
    }


def test_several_problems_of_one_row_in_one_message() -> None:
    parsed = parse(sheet(row(name="", gender="", born="x")))
    assert parsed.errors[0].message == "姓名: missing; 性别: missing; 出生日期: " + (
        "not a date (write e.g. 2011-03-05)"
    )


def test_duplicate_numbers_reject_every_row_that_has_them() -> None:
    rows = sheet(
        row(number="G0000000001"),
        row(number="G0000000002"),
        row(number="Ｇ0000000001", name="李四"),
    )
    parsed = parse(rows)
    assert [r.row for r in parsed.records] == [5]
    assert {e.row: e.message for e in parsed.errors} == {
        4: "学籍号: the same number is also on row 6",
        6: "学籍号: the same number is also on row 4",
    }


def test_messages_do_not_repeat_student_data() -> None:
    rows = sheet(
        row(name="欧阳娜娜", number="G0000000001", born="2011-02-30", phone="138-abc"),
        row(name="欧阳娜娜", number="G0000000001", gender="女人", tags="神秘"),
    )
    text = " ".join(e.message for e in parse(rows).errors)
    for secret in ("欧阳娜娜", "G0000000001", "2011-02-30", "138-abc", "女人", "神秘"):
        assert secret not in text


def test_dorm_without_a_boarding_column_means_boarding() -> None:
    rows: list[list[object]] = [
        ["姓名", "性别", "学籍号", "宿舍", "是否住校"],
        ["张三", "男", "G0000000001", "3号楼 204", ""],
        ["李四", "女", "G0000000002", "", ""],
        ["王五", "女", "G0000000003", "3号楼204", "否"],
    ]
    records = parse(rows).records
    assert [(r.dorm, r.boarding) for r in records] == [
        ("3号楼204", True),
        ("", None),
        ("3号楼204", False),
    ]


# --- merging into a stored student ------------------------------------------------------------


def stored() -> Student:
    return Student(
        id=7,
        student_number="G0000000001",
        name="张三",
        gender=Gender.MALE,
        birth_date=date(2013, 5, 6),
        class_id=3,
        dorm_id=2,
        boarding=True,
        status=StudentStatus.SUSPENDED,
        mentor="赵老师",
        notes="counselor's note",
        tags=frozenset({KeyGroup.BULLIED}),
        guardians=(Guardian("张父", "父亲", "13800001111"), Guardian("张母", "母亲", "")),
    )


def record(**changes: object) -> RosterRecord:
    base: dict[str, object] = {
        "row": 4,
        "student_number": "G0000000001",
        "name": "张三",
        "gender": Gender.MALE,
        "birth_date": None,
        "grade": "",
        "class_name": "",
    }
    return RosterRecord(**(base | changes))  # type: ignore[arg-type]


def test_empty_cells_keep_what_the_station_holds() -> None:
    assert merged(stored(), record(), None, None) == stored()


def test_given_cells_replace_and_tags_are_added() -> None:
    result = merged(
        stored(),
        record(
            name="张叁",
            class_name="七年级(1)班",
            grade="七年级",
            boarding=False,
            tags=frozenset({KeyGroup.POVERTY}),
            guardian=Guardian("张父", "", "13999999999"),
        ),
        class_id=9,
        dorm_id=None,
    )
    assert result.name == "张叁"
    assert result.class_id == 9
    assert result.dorm_id == 2
    assert result.boarding is False
    assert result.status is StudentStatus.SUSPENDED
    assert result.tags == {KeyGroup.BULLIED, KeyGroup.POVERTY}
    assert result.guardians == (
        Guardian("张父", "父亲", "13999999999"),
        Guardian("张母", "母亲", ""),
    )


def test_another_guardian_replaces_the_first() -> None:
    result = merged(stored(), record(guardian=Guardian("李姨", "", "")), None, None)
    assert result.guardians[0] == Guardian("李姨", "", "")
    assert result.guardians[1].name == "张母"
