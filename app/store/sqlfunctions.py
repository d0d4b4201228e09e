"""Application functions registered on every connection, used by the search triggers."""

from __future__ import annotations

from typing import Any

from app.domain.search_text import bigram_text, name_pinyin_key


def register(conn: Any) -> None:
    conn.create_function("xinan_bigrams", 1, bigram_text, deterministic=True)
    conn.create_function("xinan_pinyin", 1, name_pinyin_key, deterministic=True)
