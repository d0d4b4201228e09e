"""Bech32 (BIP 173), the text encoding of age keys: ``age1…`` and ``AGE-SECRET-KEY-1…``.

Only what age needs: encode and decode 8-bit data under a human-readable part, with the
original Bech32 checksum constant (1), no length limit (age keys exceed BIP 173's 90).
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc, bits, out = 0, 0, []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to_bits - bits)) & maxv)
    elif not pad and (bits >= from_bits or (acc << (to_bits - bits)) & maxv):
        raise ValueError("bech32: invalid padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Lower-case Bech32 string of ``data`` under ``hrp``."""
    words = _convert(data, 8, 5, pad=True)
    polymod = _polymod([*_expand(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """(hrp, data) of a Bech32 string; ValueError for anything malformed."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("bech32: mixed case")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or sep + 7 > len(text) or any(c not in CHARSET for c in text[sep + 1 :]):
        raise ValueError("bech32: malformed")
    hrp = text[:sep]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("bech32: malformed prefix")
    words = [CHARSET.index(c) for c in text[sep + 1 :]]
    if _polymod(_expand(hrp) + words) != 1:
        raise ValueError("bech32: bad checksum")
    return hrp, bytes(_convert(words[:-6], 5, 8, pad=False))
