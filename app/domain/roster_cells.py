"""Single roster cells: 学籍号, gender, key-group tags, grade and class names.

Split from ``app.domain.roster`` (which re-exports these names); see its docstring for how
class names are normalised. Each function raises ``CellError`` with a stable ``code`` (and
``params`` where a sentence needs them) that the GUI translates.
"""

from __future__ import annotations

import re

from app.domain.enums import Gender, KeyGroup
from app.domain.labels import KEY_GROUP_BY_LABEL
from app.domain.tabular import CellError, chinese_number, clean

TAG_SYNONYMS: dict[str, KeyGroup] = {
    "贫困生": KeyGroup.POVERTY,
    "建档立卡": KeyGroup.POVERTY,
    "建档立卡户": KeyGroup.POVERTY,
    "低保": KeyGroup.POVERTY,
    "低保户": KeyGroup.POVERTY,
    "家庭经济困难": KeyGroup.POVERTY,
    "留守儿童": KeyGroup.LEFT_BEHIND,
    "留守学生": KeyGroup.LEFT_BEHIND,
    "流动儿童": KeyGroup.MIGRANT,
    "随迁子女": KeyGroup.MIGRANT,
    "单亲家庭": KeyGroup.SINGLE_PARENT,
    "残疾学生": KeyGroup.DISABILITY,
    "孤儿": KeyGroup.BEREAVED,
    "校园欺凌": KeyGroup.BULLIED,
    "家暴": KeyGroup.DOMESTIC_VIOLENCE,
    "家庭暴力": KeyGroup.DOMESTIC_VIOLENCE,
}
NO_TAG = frozenset({"无", "否", "-", "—", "/"})

_GENDERS = {
    **dict.fromkeys(("男", "男性", "男生", "M", "MALE"), Gender.MALE),
    **dict.fromkeys(("女", "女性", "女生", "F", "FEMALE"), Gender.FEMALE),
}
_CN_NUMERALS = "〇一二三四五六七八九"
_CLASS_DIGITS = re.compile(r"^(?P<prefix>.*?)\(?(?P<number>\d{1,2})\)?班?$")
_CLASS_CHINESE = re.compile(r"^\(?(?P<number>[一二两三四五六七八九十]{1,3})\)?班?$")
_GRADE_DIGIT = re.compile(r"^(\d)年级$")
_TAG_SEPARATORS = re.compile(r"[、,;/|\s]+")
_SCIENTIFIC = re.compile(r"^\d+(\.\d+)?E\+?\d+$")


# --- single values -------------------------------------------------------------------------


def parse_student_number(value: object) -> str:
    if isinstance(value, float) and not (value.is_integer() and value < 1e15):
        raise CellError("lost_digits", "stored as a number and lost digits; format as text")
    text = clean(value).replace(" ", "").upper()
    if _SCIENTIFIC.match(text):
        raise CellError("lost_digits", "shown in scientific notation and lost digits")
    return text


def parse_gender(value: object) -> Gender:
    text = clean(value).upper()
    if not text:
        raise CellError("required", "missing")
    if text not in _GENDERS:
        raise CellError("format", "unknown value (use 男 or 女)")
    return _GENDERS[text]


def parse_phone(value: object) -> str:
    return clean(value).replace(" ", "")


def parse_tags(value: object) -> frozenset[KeyGroup]:
    """Key-group tags from labels separated by 、,;/| or spaces. An unknown label is named
    by its position only: the cell may say more about a student than a log should."""
    tags: set[KeyGroup] = set()
    tokens = [t for t in _TAG_SEPARATORS.split(clean(value)) if t and t not in NO_TAG]
    for position, token in enumerate(tokens, start=1):
        tag = KEY_GROUP_BY_LABEL.get(token) or TAG_SYNONYMS.get(token)
        if tag is None:
            raise CellError(
                "unknown",
                f"item {position} is not a known group (e.g. 留守、贫困)",
                position=position,
            )
        tags.add(tag)
    return frozenset(tags)


def normalize_grade(value: object) -> str:
    text = clean(value).replace(" ", "")
    digit = _GRADE_DIGIT.match(text)
    return f"{_CN_NUMERALS[int(digit[1])]}年级" if digit and digit[1] != "0" else text


def _class_number(text: str) -> tuple[str, int] | None:
    """(text before the number, class number) of a class cell, or ``None``."""
    chinese = _CLASS_CHINESE.match(text)
    if chinese:
        number = chinese_number(chinese["number"])
        return ("", number) if number else None
    digits = _CLASS_DIGITS.match(text)
    if digits and int(digits["number"]) > 0:
        return digits["prefix"].rstrip("("), int(digits["number"])
    return None


def normalize_class(grade_cell: object, class_cell: object) -> tuple[str, str]:
    """(grade, class name) of a row; both empty when the row gives neither."""
    grade, text = normalize_grade(grade_cell), clean(class_cell).replace(" ", "")
    if not text:
        if grade:
            raise CellError("required", "missing (the row gives a grade)")
        return "", ""
    found = _class_number(text)
    prefix = found[0] if found else ""
    grade = grade or normalize_grade(prefix)
    if not grade:
        raise CellError("grade_missing", "cannot tell the grade (fill in 年级)")
    if found:
        return grade, f"{grade}({found[1]})班"
    return grade, text if text.startswith(grade) else grade + text
