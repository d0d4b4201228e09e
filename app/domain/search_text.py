"""Text keys for search: CJK bigrams for the note index, pinyin keys for names.

FTS5's trigram tokenizer cannot match a two-character Chinese query, so notes are indexed
as overlapping bigrams ("情绪低落" -> "情绪 绪低 低落") and a query becomes the phrase of
its own bigrams, which only matches where those bigrams are adjacent, i.e. the substring.
Latin words and digits pass through as ordinary tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUNS = re.compile(rf"[{_CJK}]+|[A-Za-z0-9]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
MAX_SURNAME_READINGS = 3


def _run_tokens(run: str) -> list[str]:
    if not _IS_CJK.match(run):
        return [run.lower()]
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def bigram_text(text: str | None) -> str:
    """The indexable form of ``text``: CJK bigrams and lower-cased Latin words."""
    if not text:
        return ""
    return " ".join(token for run in _RUNS.findall(text) for token in _run_tokens(run))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for ``query``, or None if it is too short to index.

    Every run becomes a quoted phrase of its tokens (so the user's text is never parsed
    as FTS syntax); runs are ANDed. A lone CJK character matches only lone characters,
    so single-character CJK runs are dropped — names cover that case.
    """
    phrases = []
    for run in _RUNS.findall(query):
        if _IS_CJK.match(run) and len(run) < 2:
            continue
        tokens = _run_tokens(run)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"' + ("*" if not _IS_CJK.match(run) else ""))
    return " AND ".join(phrases) if phrases else None


@lru_cache(maxsize=8192)
def name_pinyin_key(name: str) -> str:
    """Space-separated initials and full pinyin of a name, e.g. "zsf zhangsanfeng".

    Surnames with several readings (单 shan/dan, 曾 zeng/ceng) get each reading, so the
    counselor's way of typing it matches. pypinyin is imported only when a name is
    written, never at start-up.
    """
    from pypinyin import Style, lazy_pinyin, pinyin

    name = name.strip()
    if not name:
        return ""
    rest = lazy_pinyin(name[1:], errors="ignore")
    readings = pinyin(name[0], style=Style.NORMAL, heteronym=True, errors="ignore")
    first = readings[0][:MAX_SURNAME_READINGS] if readings and readings[0] else [name[0]]
    keys: list[str] = []
    for reading in first:
        syllables = [reading.lower(), *rest]
        keys.append("".join(s[:1] for s in syllables))
        keys.append("".join(syllables))
    return " ".join(dict.fromkeys(keys))
