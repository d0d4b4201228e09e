"""Generate the messy roster fixtures beside this file (deterministic; fictional people).

    python tests/data/rosters/make_rosters.py

messy_roster.xlsx — what a school office really sends: a merged title row, a blank row,
a 制表 row, then a header with variants (" 姓 名 ", 出生年月, 全国学籍号, 班别, 家长电话,
重点群体); dates as Excel serials, date cells and text in several forms; full-width
digits; stray and non-breaking spaces; a numeric 学籍号 cell; phone numbers as numbers;
a blank row in the middle (row 23) and a 合计 row at the end (row 46). 40 data rows
(5-45): 34 valid, 6 invalid (see INVALID_XLSX); 3 classes of 七年级, 4 dorms.

messy_roster_gbk.csv — the same kind of mess as GBK text (a blank line at 14): 23 data
rows (5-28), 20 valid, 3 invalid (see INVALID_CSV); 2 classes of 八年级, 3 dorms.

Tests state the expected counts themselves; change this script and they must change too.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈"
GIVEN = "子涵欣怡梓轩浩宇雨桐一诺思远佳琪俊杰语嫣天佑若曦明轩可馨嘉懿泽宇诗涵博文"
EXCEL_EPOCH = date(1899, 12, 30)
NBSP, IDEO_SPACE = "\u00a0", "\u3000"
FULL_WIDTH = str.maketrans("0123456789-G", "０１２３４５６７８９－Ｇ")

XLSX_HEADER = [
    "序号",
    " 姓 名 ",
    "性别",
    "出生年月",
    "全国学籍号",
    "年级",
    "班别",
    "寝室",
    "是否住校",
    "家长姓名",
    "与学生关系",
    "家长电话",
    "班主任",
    "导师",
    "重点群体",
    "备注",
]
CSV_HEADER = [
    "学籍号",
    "姓名",
    "性别",
    "出生日期(yyyy-mm-dd)",
    "年级",
    "班级",
    "宿舍",
    "住宿",
    "监护人",
    "关系",
    "监护人电话",
    "班主任",
    "导师",
    "关注类型",
    "备注",
]
TAGS = ["", "", "留守儿童、单亲", "", "建档立卡/低保", "", "留守 流动", "无", "", "家庭特殊"]
CLASS_CELLS = ["1班", "七年级(2)班", "（3）班", "3", "02", "七年级（1）班"]
HEAD_TEACHERS = {1: "孙老师", 2: "周老师", 3: "钱老师"}
RELATIONS = ["父亲", "母亲", "祖母", "祖父"]


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)


def student_number(rng: random.Random, born: date) -> str:
    return f"G330602{born:%Y%m%d}{rng.randrange(1000, 9999)}"


def xlsx_date(i: int, born: date) -> object:
    forms: list[object] = [
        (born - EXCEL_EPOCH).days,  # an Excel serial typed or pasted as a number
        datetime(born.year, born.month, born.day),  # a real date cell
        f"{born.year}/{born.month}/{born.day}",
        f"{born:%Y.%m.%d}",
        f"{born.year}年{born.month}月{born.day}日",
        f"{born:%Y%m%d}",
        f"{born:%Y-%m-%d}".translate(FULL_WIDTH),
        f"{NBSP}{born:%Y-%m-%d} ",
    ]
    return forms[i % len(forms)]


def csv_date(i: int, born: date) -> str:
    forms = [
        f"{born:%Y-%m-%d}",
        f"{born.year}/{born.month}/{born.day}",
        str((born - EXCEL_EPOCH).days),
        f"{born.year}年{born.month:02d}月{born.day:02d}日",
        f"{born:%Y%m%d}",
        f"{born:%Y.%m.%d}".translate(FULL_WIDTH),
        f"{born:%Y/%m/%d} 0:00",
    ]
    return forms[i % len(forms)]


def xlsx_student(rng: random.Random, i: int) -> list[object]:
    born = date(2013, 9, 1) + timedelta(days=rng.randrange(0, 365))
    number: object = student_number(rng, born)
    if i % 7 == 3:
        number = str(number).translate(FULL_WIDTH)
    elif i % 11 == 5:
        number = f" {str(number).lower()} "
    elif i % 17 == 8:
        number = int(str(number)[7:])  # a numeric 学籍号 typed into a number cell
    boarding = i % 3 != 0
    phone: object = 13800000000 + rng.randrange(10000, 99999)
    if i % 5 == 2:
        phone = f"138 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}"
    cls = CLASS_CELLS[i % len(CLASS_CELLS)]
    name = fake_name(rng)
    return [
        i + 1,
        f"{name[0]} {name[1:]}" if i % 4 == 1 else f"{name}{NBSP}",
        ["男", "女", "男性", "F", "女 "][i % 5],
        xlsx_date(i, born),
        number,
        "七年级" if i % 9 else "7年级",
        cls,
        f"{3 + i % 2}号楼{IDEO_SPACE}{201 + i % 4}" if boarding else "",
        ["是", "住校"][i % 2] if boarding else ["否", "走读"][i % 2],
        fake_name(rng),
        RELATIONS[i % len(RELATIONS)],
        phone,
        HEAD_TEACHERS[int(re.findall(r"\d", cls)[-1])],
        fake_name(rng) if i % 2 else "",
        TAGS[i % len(TAGS)],
        "父母在外务工, 随祖父母生活" if i % 13 == 4 else "",
    ]


# row number (as the spreadsheet shows it) -> what is wrong with that row
INVALID_XLSX = {
    12: "bad date (not a date)",
    18: "impossible date 2012-02-30",
    24: "missing 学籍号",
    30: "duplicate 学籍号 (same as row 36)",
    36: "duplicate 学籍号 (same as row 30)",
    41: "unknown gender",
}


def _break_xlsx_row(row: list[object], sheet_row: int, rows: dict[int, list[object]]) -> None:
    if sheet_row == 12:
        row[3] = "去年三月"
    elif sheet_row == 18:
        row[3] = "2012-02-30"
    elif sheet_row == 24:
        row[4] = ""
    elif sheet_row == 36:
        row[4] = rows[30][4]
    elif sheet_row == 41:
        row[2] = "未知"


def xlsx_rows() -> dict[int, list[object]]:
    """Sheet row number -> cells of the data rows (row 5 is the first; 23 is blank)."""
    rng = random.Random(20260301)
    rows: dict[int, list[object]] = {}
    sheet_row, i = 5, 0
    while len(rows) < 40:
        if sheet_row == 23:  # the blank row in the middle
            sheet_row += 1
            continue
        row = xlsx_student(rng, i)
        _break_xlsx_row(row, sheet_row, rows)
        rows[sheet_row] = row
        sheet_row, i = sheet_row + 1, i + 1
    return rows


def make_xlsx(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "学生名册"
    sheet["A1"] = "绍兴市越城区第一中学2026学年七年级学生名册"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(XLSX_HEADER))
    sheet["A3"] = "制表日期：2026年3月1日"
    sheet["H3"] = "制表人：教务处"
    for column, title in enumerate(XLSX_HEADER, start=1):
        sheet.cell(row=4, column=column, value=title)
    rows = xlsx_rows()
    for sheet_row, cells in rows.items():
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=sheet_row, column=column, value=value if value != "" else None)
    last = max(rows) + 1
    sheet.cell(row=last, column=1, value="合计：40人")
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


def deterministic_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so regenerating changes no byte."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-03-01T08:00:00Z", content
                )
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 3, 1, 8, 0, 0)), content)
    return out.getvalue()


INVALID_CSV = {
    9: "出生日期 without a day (2012-10)",
    15: "missing 姓名",
    22: "phone number with letters",
}


def csv_student(rng: random.Random, i: int) -> list[str]:
    born = date(2011, 9, 1) + timedelta(days=rng.randrange(0, 365))
    boarding = i % 2 == 0
    return [
        student_number(rng, born).translate(FULL_WIDTH)
        if i % 6 == 1
        else student_number(rng, born),
        fake_name(rng) + (IDEO_SPACE if i % 4 == 0 else ""),
        ["女", "男", "男性", "女性", "M"][i % 5],
        csv_date(i, born),
        "八年级",
        ["1", "2班", "八年级（1）班", "(2)班", "八年级2班"][i % 5],
        f"5号楼{301 + i % 3}" if boarding else "",
        "是" if boarding else "否",
        fake_name(rng),
        RELATIONS[(i + 1) % len(RELATIONS)],
        f"139{rng.randrange(10000000, 99999999)}",
        "",
        fake_name(rng),
        ["", "单亲家庭", "", "低保；留守", "", "随迁子女"][i % 6],
        "家长要求, 每周电话联系" if i % 8 == 3 else "",
    ]


def csv_rows() -> dict[int, list[str]]:
    """Line number -> cells of the data rows (line 5 is the first; line 14 is blank)."""
    rng = random.Random(20260302)
    rows: dict[int, list[str]] = {}
    line, i = 5, 0
    while len(rows) < 23:
        if line == 14:
            line += 1
            continue
        row = csv_student(rng, i)
        if line == 9:
            row[3] = "2012-10"
        elif line == 15:
            row[1] = " "
        elif line == 22:
            row[10] = "139abc"
        rows[line] = row
        line, i = line + 1, i + 1
    return rows


def _csv_line(cells: list[str]) -> str:
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def make_csv(path: Path) -> None:
    lines = [
        "绍兴市越城区第一中学八年级学生名册" + "," * (len(CSV_HEADER) - 1),
        "",
        "制表日期：2026-03-01",
    ]
    lines.append(_csv_line(CSV_HEADER))
    rows = csv_rows()
    for line in range(5, max(rows) + 1):
        lines.append(_csv_line(rows[line]) if line in rows else "")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def main() -> None:
    make_xlsx(HERE / "messy_roster.xlsx")
    make_csv(HERE / "messy_roster_gbk.csv")


if __name__ == "__main__":
    main()
