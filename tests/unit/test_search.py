"""Search by name, pinyin initials, student number and words in notes (real station)."""

from __future__ import annotations

import shutil
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import ContactKind, Gender
from app.domain.growth import Contact
from app.domain.search_text import bigram_text, fts_query, name_pinyin_key
from app.domain.student import Student
from app.services import growth, search, station, students
from app.services.session import Session
from app.store import search_repo
from tests.conftest import DATA


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


# --- the note index: a note's rowid names its student (schema 5) ------------------------------


def _rowids(session: Session) -> list[tuple[int, int, str]]:
    rows = session.db.query("SELECT rowid, student_id, source FROM note_index ORDER BY rowid")
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def _contact(session: Session, student_id: int, note: str) -> int:
    when = datetime(2026, 11, 2, 10)
    return growth.add_contact(
        session, Contact(None, student_id, when, ContactKind.COUNSELING, "学生", note)
    )


def test_each_note_has_a_rowid_naming_its_student(session: Session) -> None:
    first = _add(session, "G000000000000000401", "孙一", notes="父母离异")
    second = _add(session, "G000000000000000402", "孙二")
    contacts = [
        _contact(session, second, "情绪低落"),
        _contact(session, first, "情绪好转"),
        _contact(session, second, "睡眠改善"),
    ]
    note = search_repo.note_rowid
    assert _rowids(session) == [
        (note(first), first, "student"),
        (note(first, "contact", contacts[1]), first, "contact"),
        (note(second, "contact", contacts[0]), second, "contact"),
        (note(second, "contact", contacts[2]), second, "contact"),
    ]
    assert all(rowid >> search_repo.NOTE_ROWID_SHIFT == sid for rowid, sid, _ in _rowids(session))
    student = students.get_student(session, first)
    students.update_student(session, Student(**{**_fields(student), "notes": "随祖母生活"}))
    assert _rowids(session)[0] == (note(first), first, "student")  # replaced in place
    assert search.search_students(session, "离异") == frozenset()
    assert search.search_students(session, "情绪") == {first, second}
    assert search.search_students(session, "祖母") == {first}


def test_a_common_word_finds_every_student_once(session: Session) -> None:
    ids = [_add(session, f"G00000000000000050{n}", f"周{n}") for n in range(1, 6)]
    for student_id in ids:
        for _ in range(3):
            _contact(session, student_id, "最近情绪不稳定")
    assert search_repo.by_notes(session.db, "情绪") == set(ids)
    assert search.search_students(session, "情绪") == frozenset(ids)


def test_the_upgrade_renumbers_the_note_index(tmp_path) -> None:
    folder = tmp_path / "schema1"
    shutil.copytree(DATA / "schema1", folder)
    with station.unlock(folder, "fixture-password-1") as upgraded:
        rows = _rowids(upgraded)
        assert {source for _, _, source in rows} >= {"contact", "flag"}
        assert all(rowid >> search_repo.NOTE_ROWID_SHIFT == sid for rowid, sid, _ in rows)
        sid = rows[0][1]
        assert search.search_students(upgraded, "访谈") == {sid}
        contact = _contact(upgraded, sid, "复诊后情绪平稳")
        assert (search_repo.note_rowid(sid, "contact", contact), sid, "contact") in _rowids(
            upgraded
        )
        assert search.search_students(upgraded, "复诊") == {sid}
