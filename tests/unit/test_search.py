"""Search by name, pinyin initials, student number and words in notes (real station)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import ContactKind, Gender
from app.domain.growth import Contact
from app.domain.search_text import bigram_text, fts_query, name_pinyin_key
from app.domain.student import Student
from app.services import growth, search, students
from app.services.session import Session


def _add(session: Session, number: str, name: str, notes: str = "") -> int:
    class_id = students.add_class(session, "七年级", "七年级(1)班")
    return students.add_student(
        session, Student(None, number, name, Gender.MALE, date(2012, 1, 1), class_id, notes=notes)
    )


def test_pinyin_keys_cover_initials_full_pinyin_and_surname_readings() -> None:
    assert name_pinyin_key("张三丰").split() == ["zsf", "zhangsanfeng"]
    assert {"stf", "shantianfang"} <= set(name_pinyin_key("单田芳").split())


def test_search_by_name_pinyin_number_and_notes(session: Session) -> None:
    zsf = _add(session, "G000000000000000101", "张三丰", notes="父母离异，随祖母生活")
    lsi = _add(session, "G000000000000000102", "李四")
    growth.add_contact(
        session,
        Contact(
            None,
            lsi,
            datetime(2026, 11, 1, 9),
            ContactKind.COUNSELING,
            "学生",
            "近期情绪低落，失眠两周 insomnia",
        ),
    )
    assert search.search_students(session, "zsf") == {zsf}
    assert search.search_students(session, "ZhangSan") == {zsf}
    assert search.search_students(session, "张三") == {zsf}
    assert search.search_students(session, "0102") == {lsi}
    assert search.search_students(session, "低落") == {lsi}
    assert search.search_students(session, "情绪低落") == {lsi}
    assert search.search_students(session, "祖母") == {zsf}
    assert search.search_students(session, "insom") == {lsi}
    assert search.search_students(session, "落失") == frozenset()
    assert search.search_students(session, "   ") is None


def test_search_follows_edits(session: Session) -> None:
    sid = _add(session, "G000000000000000201", "王五", notes="喜欢画画")
    student = students.get_student(session, sid)
    students.update_student(
        session, Student(**{**_fields(student), "name": "赵六", "notes": "喜欢篮球"})
    )
    assert search.search_students(session, "画画") == frozenset()
    assert search.search_students(session, "篮球") == {sid}
    assert search.search_students(session, "zl") == {sid}
    assert search.search_students(session, "ww") == frozenset()


def _fields(student: Student) -> dict[str, object]:
    return {name: getattr(student, name) for name in Student.__dataclass_fields__}


def test_hostile_queries_are_just_text(session: Session) -> None:
    _add(session, "G000000000000000301", "钱七", notes="正常")
    for query in ['"', "NEAR(", "a OR b", "*", "%", "_", "\\", "情绪 AND", "'; DROP TABLE x"]:
        result = search.search_students(session, query)
        assert result is None or isinstance(result, frozenset)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="情绪低落不想上学好的天", min_size=2, max_size=12),
    st.integers(0, 10),
    st.integers(2, 6),
)
def test_bigram_phrase_matches_exactly_the_substrings(text: str, start: int, length: int) -> None:
    """Within a run of Chinese text, the indexed tokens contain the query's phrase iff the
    query is a substring (queries of two or more characters)."""
    query = text[start : start + length]
    if fts_query(query) is None:
        return
    tokens = bigram_text(text).split()
    phrase = bigram_text(query).split()
    contained = any(tokens[i : i + len(phrase)] == phrase for i in range(len(tokens)))
    assert contained == (query in text)
