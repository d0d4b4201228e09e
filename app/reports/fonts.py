"""The CJK font the printed documents use, embedded as a subset so Chinese shows in any
PDF viewer without font packs.

reportlab embeds TrueType outlines only (``.ttf``, and ``.ttc`` collections of TrueType
fonts via ``subfontIndex``); CFF-outline fonts such as Noto CJK ``.otf``/``.ttc`` are
refused. So: the font the user picked in Settings if it loads, else the first of the
usual system fonts that loads and has Chinese glyphs, else reportlab's built-in
``STSong-Light`` CID font — which is *not* embedded, so that choice carries a warning the
caller must show.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FALLBACK_FONT = "STSong-Light"
FALLBACK_WARNING = (
    "no embeddable Chinese TrueType font was found; the PDF uses the built-in STSong-Light "
    "font, which is not embedded and may not show on every computer — choose a font file "
    "(e.g. simhei.ttf, msyh.ttc, wqy-microhei.ttc) in Settings"
)
PROBE = "中文档案预警"  # glyphs a usable font must have


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


# (file, subfont index) in order of preference.
CANDIDATES: tuple[tuple[str, int], ...] = (
    (str(_windows_fonts() / "simhei.ttf"), 0),
    (str(_windows_fonts() / "msyh.ttc"), 0),
    (str(_windows_fonts() / "simsun.ttc"), 0),
    (str(_windows_fonts() / "simkai.ttf"), 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),  # Fedora and friends
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The font a document is drawn with."""

    name: str  # the name registered with reportlab
    path: str  # "" for the built-in fallback
    subfont_index: int
    embedded: bool
    warning: str = ""


_loaded: dict[tuple[str, int], FontChoice] = {}


def _register(path: str, index: int) -> FontChoice:
    """Register a TrueType font (once per process); TTFError/OSError if it is unusable."""
    key = (str(Path(path).resolve()), index)
    if key in _loaded:
        return _loaded[key]
    name = "XinAnCJK-" + hashlib.sha1(f"{key[0]}#{index}".encode()).hexdigest()[:10]
    font = TTFont(name, key[0], subfontIndex=index)
    missing = [ch for ch in PROBE if ord(ch) not in font.face.charToGlyph]
    if missing:
        raise TTFError("the font has no Chinese glyphs")
    pdfmetrics.registerFont(font)
    _loaded[key] = FontChoice(name, key[0], index, embedded=True)
    return _loaded[key]


def try_font(path: str, index: int = 0) -> FontChoice | None:
    try:
        return _register(path, index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None


def check_font(path: str, index: int = 0) -> FontChoice:
    """The font in ``path`` or ValueError saying why it cannot be embedded."""
    if not Path(path).is_file():
        raise ValueError("the font file does not exist")
    try:
        return _register(path, index)
    except (TTFError, OSError, KeyError, IndexError) as exc:
        raise ValueError(f"the font cannot be embedded: {exc}") from None


def fallback() -> FontChoice:
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FontChoice(FALLBACK_FONT, "", 0, embedded=False, warning=FALLBACK_WARNING)


def choose_font(
    preferred: tuple[str, int] | None = None,
    candidates: tuple[tuple[str, int], ...] = CANDIDATES,
) -> FontChoice:
    """The user's font if it loads, else the first usable system font, else the
    built-in fallback (with a warning)."""
    if preferred is not None:
        chosen = try_font(*preferred) if Path(preferred[0]).is_file() else None
        if chosen is not None:
            return chosen
    for path, index in candidates:
        found = try_font(path, index) if Path(path).is_file() else None
        if found is not None:
            return _noting_preferred(found, preferred)
    return _noting_preferred(fallback(), preferred)


def _noting_preferred(choice: FontChoice, preferred: tuple[str, int] | None) -> FontChoice:
    if preferred is None:
        return choice
    note = "the font file chosen in Settings cannot be used; another font was used"
    return replace(choice, warning="; ".join(w for w in (note, choice.warning) if w))
