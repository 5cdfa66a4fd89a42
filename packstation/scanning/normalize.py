"""Pre-processing of raw scanner text: affixes, terminators, AIM identifiers, GS."""

from __future__ import annotations

import re

GS = "\x1d"
"""ASCII group separator (GS1 FNC1 in element strings)."""

TERMINATORS = "\r\n\t"

_AIM_RE = re.compile(r"^\][A-Za-z][0-9A-Za-z]")

AIM_NAMES: dict[str, str] = {
    "C": "Code 128",
    "E": "EAN/UPC",
    "A": "Code 39",
    "I": "Interleaved 2 of 5",
    "Q": "QR Code",
    "d": "Data Matrix",
    "e": "GS1 DataBar",
    "L": "PDF417",
    "U": "MaxiCode",
    "z": "Aztec",
}

GS1_AIM = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})
"""Symbology identifiers that announce GS1 element-string content."""

TWO_D_AIM_LETTERS = frozenset({"Q", "d", "L", "U", "z"})


def strip_affixes(raw: str, prefix: str = "", suffix: str = "") -> str:
    """Remove a configured scanner prefix/suffix (each only if present) and terminators.

    Trailing CR/LF/Tab are removed before and after the suffix so either order works.
    """
    text = raw.rstrip(TERMINATORS)
    if prefix and text.startswith(prefix):
        text = text[len(prefix) :]
    if suffix and text.endswith(suffix):
        text = text[: -len(suffix)]
    return text.strip(TERMINATORS)


def split_aim(text: str) -> tuple[str | None, str]:
    """Split a leading AIM symbology identifier (``]C1``, ``]E0``, ``]Q1`` ...) off ``text``."""
    m = _AIM_RE.match(text)
    if m is None:
        return None, text
    return m.group(0), text[m.end() :]


def restore_gs(text: str, gs_substitutes: str) -> str:
    """Turn configured printable GS substitutes (e.g. ``~`` or ``|``) back into GS."""
    for ch in gs_substitutes:
        text = text.replace(ch, GS)
    return text


def has_bad_control(text: str) -> bool:
    """Control characters other than GS (Unicode category C*, plus DEL)."""
    return any((ord(c) < 32 and c != GS) or 0x7F <= ord(c) < 0xA0 for c in text)


_DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)\.(?=\d)")


def printed_compact(text: str, *, upper: bool = True) -> str:
    """:func:`compact` for a number typed as a label prints it: the dots of the DHL Paket
    Identcode and Leitcode (``56.310 243.031 3``) dropped, and the data identifier of a DHL
    piece number shown in parentheses (``(J)JD01 4600 …``) read as the ``J`` it encodes.
    ``upper=False`` keeps the letters' case (a number of a carrier we do not know is saved
    exactly as its label has it)."""
    text = _DOT_BETWEEN_DIGITS.sub("", text.strip())
    if text.upper().startswith("(J)"):
        text = "J" + text[3:]
    return compact(text) if upper else "".join(text.split())


def compact(text: str) -> str:
    """Upper-case and drop spaces: what a human types off a label ("1Z 999 AA1 ...")."""
    return "".join(text.split()).upper()
