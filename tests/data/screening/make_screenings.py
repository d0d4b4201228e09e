"""Generate the MHT screening fixtures beside this file (deterministic; fictional people).

    /tmp/venv/bin/python tests/data/screening/make_screenings.py

roster.csv — the school the sheets are about: 36 students, 12 in each of 七年级(1)班 (A01-A12),
七年级(2)班 (B01-B12, where B11 and B12 share one name) and 八年级(1)班 (C01-C12).

platform_a.xlsx — platform A, taken 2026-10-12: a title and an export line above the header
(row 3: 序号 学籍号 姓名 性别 班级 测试日期 <eight scales> 效度 总分); a blank row and a 合计 row.
28 data rows: the 24 七年级 students plus A05 repeated exactly, A06 again with other scores,
two students not in the roster (one by 学籍号, one by name + class).
  absent 1 (A09: no scores) · errors 3 (A08 学习焦虑 "十二"; A06 on two rows with different
  scores) · unmatched 3 (2 not_found; A07's 学籍号 under another name: name_mismatch) ·
  duplicates 1 · imported 20 · abnormal 3 (A01 total 70, A02 学习焦虑 12, B01 过敏倾向 9) ·
  unreliable 2 (A03, B02: validity 9 and 8).

platform_b.xlsx — platform B, taken 2026-10-14 10:05 (a datetime cell); no 学籍号 column, the
grade as 初一/初二 and the class as "2班", "(2)班" …; header on row 2 with other column names
(学生姓名, 班级名称, 测评时间, 学习焦虑得分, 人际焦虑, 孤独倾向(10), 自责, 过敏倾向标准分, 躯体症状,
测谎分, 总焦虑倾向) and three unknown columns: 冲动性 (the impulsiveness scale, to be mapped),
所属机构, 作答时长(秒). 20 data rows: B01-B12, C01-C06, C07 without a class, one name not in
the roster.
  unmatched 4 (B11 and B12: ambiguous; C07: no_class; 1 not_found) · imported 16, all by
  name · abnormal 2 (C01 total 66; B03 冲动性 9 — only once 冲动性 is mapped).

platform_c_gbk.csv — platform C as GBK text, taken 2026年10月13日, 八年级(1)班: 学号 holds the
学籍号 for odd students (A full-width one for C03) and the school's own 8-digit number for
even ones, so those match by name and class. 13 data rows: C01-C12 and C02 repeated.
C12's date is 2026-12-05 (after the tests' "today", 2026-11-20).
  errors 1 (C12: future date) · duplicates 1 · imported 11 (5 by name) · abnormal 1
  (C05 恐怖倾向 10).

Tests state the expected counts themselves; change this script and they must change too.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈"
GIVEN = "子涵欣怡梓轩浩宇雨桐一诺思远佳琪俊杰语嫣天佑若曦明轩可馨嘉懿泽宇诗涵博文"
SCALES = (
    "学习焦虑", "对人焦虑", "孤独倾向", "自责倾向", "过敏倾向", "身体症状", "恐怖倾向", "冲动倾向",
)  # fmt: skip
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CLASSES = {"A": ("七年级", 1), "B": ("七年级", 2), "C": ("八年级", 1)}


def student_list() -> dict[str, tuple[str, str]]:
    """code (A01 …) -> (学籍号, name); B11 and B12 share a name."""
    rng = random.Random(20261012)
    names: set[str] = set()
    students: dict[str, tuple[str, str]] = {}
    for prefix, (grade, _) in CLASSES.items():
        year = 2013 if grade == "七年级" else 2012
        for i in range(1, 13):
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            while name in names:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            names.add(name)
            students[f"{prefix}{i:02d}"] = (f"G330602{year}{ord(prefix)}{i:04d}", name)
    number, _ = students["B12"]
    students["B12"] = (number, students["B11"][1])
    return students


STUDENTS = student_list()
TAGS = {"A01": "留守", "A04": "贫困", "B05": "单亲", "C02": "留守儿童"}


def make_roster(path: Path) -> None:
    lines = ["学籍号,姓名,性别,年级,班级,班主任,重点群体"]
    heads = {"A": "孙老师", "B": "周老师", "C": "钱老师"}
    for code, (number, name) in STUDENTS.items():
        grade, klass = CLASSES[code[0]]
        gender = "男" if int(code[1:]) % 2 else "女"
        lines.append(
            f"{number},{name},{gender},{grade},{klass},{heads[code[0]]},{TAGS.get(code, '')}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- scores --------------------------------------------------------------------------------


def normal_scores(rng: random.Random) -> list[int]:
    """Eight scale scores under 8 and a total under 65, plus a validity under 8."""
    return [rng.randint(0, 6) for _ in SCALES]


def with_total(scores: list[int], validity: int) -> list[int]:
    return [*scores, validity, sum(scores)]


def scores_a(code: str, rng: random.Random) -> list[int]:
    scores = normal_scores(rng)
    validity = rng.randint(0, 5)
    if code == "A01":
        scores = [11, 8, 8, 9, 8, 10, 8, 8]  # total 70
    if code == "A02":
        scores[0] = 12
    if code == "A03":
        scores, validity = [7, 7, 7, 7, 7, 7, 7, 7], 9
    if code == "B01":
        scores[4] = 9
    if code == "B02":
        scores[6], validity = 10, 8
    return with_total(scores, validity)


# --- platform A ------------------------------------------------------------------------------

HEADER_A = ["序号", "学籍号", "姓名", "性别", "班级", "测试日期", *SCALES, "效度", "总分"]
DAY_A = date(2026, 10, 12)


def _date_a(i: int) -> object:
    forms: list[object] = [
        datetime(2026, 10, 12),
        "2026/10/12",
        "2026-10-12 09:30:00",
        "2026年10月12日",
    ]
    return forms[i % len(forms)]


def _class_a(code: str, i: int) -> str:
    grade, klass = CLASSES[code[0]]
    return [f"{grade}({klass})班", f"{grade}{klass}班", f"初一({klass})班"][i % 3]


def rows_a() -> list[list[object]]:
    rng = random.Random(20261013)
    rows: list[list[object]] = []
    codes = [c for c in STUDENTS if c[0] in "AB"]
    for i, code in enumerate(codes):
        number, name = STUDENTS[code]
        row: list[object] = [i + 1, number, name, "男", _class_a(code, i), _date_a(i)]
        row += scores_a(code, rng)
        if code == "A07":
            row[2] = "张冒名"
        if code == "A08":
            row[6] = "十二"
        if code == "A09":
            row[6:] = [None] * 10
        rows.append(row)
        if code == "A05":
            rows.append(list(row))  # exported twice
        if code == "A06":
            again = list(row)
            again[6] = (int(str(again[6])) + 3) % 8
            again[-1] = sum(int(str(v)) for v in again[6:14])
            rows.append(again)
    rows.append([None, "G33060299990001", "陈不在", "女", "七年级(1)班", "2026/10/12"])
    rows[-1] += with_total([3, 2, 1, 0, 4, 2, 1, 3], 1)
    rows.append([None, None, "林外校", "男", "七年级(1)班", "2026/10/12"])
    rows[-1] += with_total([1, 2, 1, 0, 1, 2, 1, 0], 0)
    return rows


def make_platform_a(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "测评结果"
    sheet["A1"] = "绍兴市越城区第一中学 MHT心理健康诊断测验 结果导出"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER_A))
    sheet["A2"] = "导出时间：2026-10-13 08:00"
    sheet.append(HEADER_A)
    for index, row in enumerate(rows_a()):
        if index == 10:
            sheet.append([])  # a blank row in the middle
        sheet.append(row)
    sheet.append(["合计：28人"])
    save_workbook(workbook, path)


# --- platform B ------------------------------------------------------------------------------

HEADER_B = [
    "学生姓名", "年级", "班级名称", "测评时间", "学习焦虑得分", "人际焦虑", "孤独倾向(10)", "自责",
    "过敏倾向标准分", "躯体症状", "恐怖倾向", "冲动性", "测谎分", "总焦虑倾向", "所属机构",
    "作答时长(秒)",
]  # fmt: skip
WHEN_B = datetime(2026, 10, 14, 10, 5)


def scores_b(code: str, rng: random.Random) -> list[int]:
    scores, validity = normal_scores(rng), rng.randint(0, 5)
    if code == "C01":
        scores = [9, 9, 8, 8, 8, 8, 8, 8]
    if code == "B03":
        scores[7] = 9
    return with_total(scores, validity)


def rows_b() -> list[list[object]]:
    rng = random.Random(20261014)
    rows: list[list[object]] = []
    codes = [c for c in STUDENTS if c[0] == "B"] + [f"C{i:02d}" for i in range(1, 8)]
    for i, code in enumerate(codes):
        grade = "初一" if code[0] == "B" else "初二"
        klass = ["2班", "(2)班", "七年级2班"][i % 3] if code[0] == "B" else "1班"
        if code == "C07":
            grade, klass = "", ""
        rows.append([STUDENTS[code][1], grade, klass, WHEN_B, *scores_b(code, rng)])
        rows[-1] += ["越城区心理测评中心", 600 + i * 7]
    rows.append(["赵无名", "初一", "2班", WHEN_B, *with_total([1, 1, 1, 1, 1, 1, 1, 1], 2)])
    rows[-1] += ["越城区心理测评中心", 655]
    return rows


def make_platform_b(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "MHT"
    sheet["A1"] = "心理健康诊断测验(MHT)团体报告明细"
    sheet.append(HEADER_B)
    for row in rows_b():
        sheet.append(row)
    save_workbook(workbook, path)


# --- platform C (GBK CSV) ------------------------------------------------------------------

HEADER_C = ["学号", "姓名", "班级", "测试日期", *SCALES, "效度量表", "总分"]


def scores_c(code: str, rng: random.Random) -> list[int]:
    scores, validity = normal_scores(rng), rng.randint(0, 5)
    if code == "C05":
        scores[6] = 10
    return with_total(scores, validity)


def rows_c() -> list[list[str]]:
    rng = random.Random(20261015)
    rows: list[list[str]] = []
    for i in range(1, 13):
        code = f"C{i:02d}"
        number, name = STUDENTS[code]
        if i % 2 == 0:
            number = f"2012{i:04d}"  # the school's own 学号, not the 学籍号
        elif code == "C03":
            number = number.translate(FULL_WIDTH)
        day = "2026年12月5日" if code == "C12" else "2026年10月13日"
        klass = "八年级1班" if i % 2 else "初二(1)班"
        rows.append([number, name, klass, day, *(str(s) for s in scores_c(code, rng))])
        if code == "C02":
            rows.append(list(rows[-1]))
    return rows


def make_platform_c(path: Path) -> None:
    lines = [",".join(HEADER_C)] + [",".join(row) for row in rows_c()]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


# --- files ---------------------------------------------------------------------------------


def save_workbook(workbook: openpyxl.Workbook, path: Path) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(deterministic_zip(buffer.getvalue()))


def deterministic_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so regenerating changes no byte (as in
    tests/data/rosters/make_rosters.py)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-10-13T08:00:00Z", content
                )
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 10, 13, 8, 0, 0)), content)
    return out.getvalue()


def main() -> None:
    make_roster(HERE / "roster.csv")
    make_platform_a(HERE / "platform_a.xlsx")
    make_platform_b(HERE / "platform_b.xlsx")
    make_platform_c(HERE / "platform_c_gbk.csv")


if __name__ == "__main__":
    main()
