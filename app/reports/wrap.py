"""Breaking table text into lines without a Paragraph per cell.

A growth file holds hundreds of table cells; a reportlab Paragraph for each (markup
parsing, fragments, its CJK line breaker, per-character width calls) was most of the
time of drawing one. Here a cell's text is broken once, with per-character widths
cached, and the table draws the lines as they are. Chinese breaks between any two
characters; a run of Latin letters or digits stays whole unless it is wider than the
line; closing punctuation never starts a line (it hangs at the end of the previous one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

NO_LINE_START = frozenset("，。、；：？！）》」』】〕…%,.;:?!)]}")
_TOKENS = re.compile(r"[A-Za-z0-9_@.\-/:+#%]+|\s+|.", re.S)


@lru_cache(maxsize=65536)
def char_width(char: str, font: str, size: float) -> float:
    return float(stringWidth(char, font, size))


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(char, font, size) for char in text)


def _tokens(text: str, font: str, size: float, width: float) -> list[str]:
    """Unbreakable pieces: single characters, whitespace runs, and Latin/digit runs
    (split into characters when wider than the line)."""
    tokens: list[str] = []
    for token in _TOKENS.findall(text):
        if len(token) > 1 and not token.isspace() and text_width(token, font, size) > width:
            tokens.extend(token)
        else:
            tokens.append(token)
    return tokens


def _wrap_one(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line, used = "", 0.0
    for token in _tokens(text, font, size, width):
        wide = text_width(token, font, size)
        if used + wide > width and line.strip() and token not in NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0.0
            if token.isspace():
                continue
        line, used = line + token, used + wide
    lines.append(line.rstrip())
    return lines


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (its own line breaks kept)."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines += _wrap_one(part, font, size, width)
    return lines
