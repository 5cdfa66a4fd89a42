"""The scanner test: a known barcode and what a received scan of it says about the setup.

A keyboard-wedge scanner "types" each character by pressing the key that produces it on
the layout the *scanner* is set to; Windows turns that key back into a character with
*its* layout. When the two differ, characters change (scanner US, Windows German: ``/``
arrives as ``-``, ``y`` as ``z``). :data:`SCANNER_TEST_TEXT` holds the characters that
give the common mismatches away, and :func:`analyse_scan` compares a received scan with
it: layout, letter case, lost characters, prefix/suffix, the Enter at the end, and the
pauses between keys against the scan router's limit.

Qt-free. The words are English templates (:data:`TEMPLATES`); the dialog translates them
(``ui/scanner_test_words.py``).
"""

from __future__ import annotations

import difflib
import enum
import itertools
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# Letters of both cases (Y/Z swap on German, A/Q on French), digits (shifted on French),
# - / . and the @ " pair (swapped on UK, other characters on German/Swedish/French).
SCANNER_TEST_TEXT = 'Scan-Test/Yz.09@"Aq'
SCANNER_TEST_TITLE = "SCANNER TEST"

# What the key that types a character on a US keyboard produces on other layouts
# (only keys that differ; letters also in upper case, added below).
_LOWER_DIFFS: dict[str, dict[str, str]] = {
    "us": {},
    "uk": {"@": '"', '"': "@", "#": "£", "~": "|", "\\": "#", "|": "~"},
    "de": {"y": "z", "z": "y", "-": "ß", "/": "-", "@": '"', '"': "Ä", "'": "ä",
           ";": "ö", ":": "Ö", "&": "/", "*": "(", "(": ")", ")": "=", "_": "?",
           "[": "ü", "{": "Ü", "<": ";", ">": ":", "?": "_"},
    "sv": {"-": "+", "/": "-", "@": '"', '"': "Ä", "'": "ä", ";": "ö", ":": "Ö",
           "&": "/", "*": "(", "(": ")", ")": "=", "_": "?", "[": "å", "{": "Å",
           "<": ";", ">": ":", "?": "_"},
    "fr": {"a": "q", "q": "a", "z": "w", "w": "z", "m": ",", ";": "m", ",": ";",
           ".": ":", "/": "!", "1": "&", "2": "é", "3": '"', "4": "'", "5": "(",
           "6": "-", "7": "è", "8": "_", "9": "ç", "0": "à", "-": ")", "@": "2",
           '"': "%", "'": "ù", "!": "1", "#": "3", "$": "4", "%": "5", "^": "6",
           "&": "7", "*": "8", "(": "9", ")": "0", "<": ".", ">": "/", "?": "M",
           ":": "M"},
}
LAYOUTS = tuple(_LOWER_DIFFS)
LAYOUT_NAMES = {"us": "US", "uk": "UK", "de": "German", "sv": "Swedish", "fr": "French"}


def _full_table(diffs: dict[str, str]) -> dict[str, str]:
    table = dict(diffs)
    for k, v in diffs.items():
        if k.isalpha() and v.isalpha():
            table[k.upper()] = v.upper()
    return table


_TABLES = {name: _full_table(d) for name, d in _LOWER_DIFFS.items()}


def _us_key_for(char: str, layout: str) -> str | None:
    """The US key (by the character it types on US) that types ``char`` on ``layout``."""
    table = _TABLES[layout]
    for key, out in table.items():
        if out == char:
            return key
    if char in table:  # that US key types something else here; no key found
        return None
    return char


def mangle(text: str, scanner: str, host: str) -> list[str | None]:
    """What arrives when a scanner set to ``scanner`` types ``text`` into ``host``.

    ``None`` marks a character the scanner layout cannot type with a plain key."""
    out: list[str | None] = []
    for ch in text:
        key = _us_key_for(ch, scanner)
        out.append(None if key is None else _TABLES[host].get(key, key))
    return out


class Problem(enum.Enum):
    NOTHING = "nothing"
    NOT_TEST_CODE = "not_test_code"
    LAYOUT = "layout"
    CAPS = "caps"
    ALL_UPPER = "all_upper"
    ALL_LOWER = "all_lower"
    LOST = "lost"
    CHANGED = "changed"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    NO_ENTER = "no_enter"
    TOO_SLOW = "too_slow"


# (what happened, what to do). {0}, {1}... are the finding's values.
TEMPLATES: dict[Problem, tuple[str, str]] = {
    Problem.NOTHING: ("Nothing arrived from the scanner.",
                      "Check the cable or the scanner's pairing, then scan again."),
    Problem.NOT_TEST_CODE: ("That was not the SCANNER TEST barcode (received {0}).",
                            "Scan the SCANNER TEST barcode on the command sheet."),
    Problem.LAYOUT: ("Keyboard layout mismatch: the scanner sends {0} keys, "
                     "Windows uses {1}.",
                     "Set the scanner's keyboard language to {1} (programming barcode "
                     "in its manual), or use its 'ALT+numpad' mode."),
    Problem.CAPS: ("Upper and lower case letters are swapped.",
                   "Turn Caps Lock off, or set the scanner to ignore Caps Lock."),
    Problem.ALL_UPPER: ("All letters arrive in upper case.",
                        "Turn off the scanner's case conversion setting."),
    Problem.ALL_LOWER: ("All letters arrive in lower case.",
                        "Turn off the scanner's case conversion setting."),
    Problem.LOST: ("Characters were lost: {0} of {1} arrived.",
                   "Set a small delay between characters in the scanner's setup "
                   "(e.g. 5 ms), then scan again."),
    Problem.CHANGED: ("Some characters arrived changed: {0}.",
                      "Check the scanner's keyboard language and character settings."),
    Problem.PREFIX: ("The scanner adds {0} before each scan.",
                     "Remove the prefix in the scanner's setup (programming barcode "
                     "in its manual)."),
    Problem.SUFFIX: ("The scanner adds {0} after each scan.",
                     "Remove the suffix in the scanner's setup (programming barcode "
                     "in its manual)."),
    Problem.NO_ENTER: ("The scan did not end with Enter.",
                       "Set the scanner to send Enter after each scan."),
    Problem.TOO_SLOW: ("The scanner types too slowly: the longest pause between "
                               "keys was {0} ms, this station allows {1} ms.",
                               "Set the scanner to send without a delay between "
                               "characters (USB keyboard mode, fastest speed)."),
}


@dataclass(frozen=True)
class Finding:
    """One problem and its values (for LAYOUT: the scanner's and Windows' layout codes)."""

    problem: Problem
    values: tuple[str, ...] = ()

    def words(self, names: dict[str, str] = LAYOUT_NAMES) -> tuple[str, ...]:
        if self.problem is Problem.LAYOUT:
            return tuple(names[v] for v in self.values)
        return self.values

    @property
    def what(self) -> str:
        return TEMPLATES[self.problem][0].format(*self.words())

    @property
    def fix(self) -> str:
        return TEMPLATES[self.problem][1].format(*self.words())


@dataclass(frozen=True)
class ScanTestResult:
    received: str
    findings: tuple[Finding, ...]
    max_gap_ms: float | None
    median_gap_ms: float | None
    limit_ms: int

    @property
    def ok(self) -> bool:
        return not self.findings

    def has(self, problem: Problem) -> bool:
        return any(f.problem is problem for f in self.findings)


def shown(text: str) -> str:
    """Characters as a person can read them: control characters by name."""
    names = {"\r": "CR", "\n": "LF", "\t": "Tab", "\x1d": "GS", "\x02": "STX",
             "\x03": "ETX", " ": "space"}
    parts = [names.get(c, f"0x{ord(c):02X}" if not c.isprintable() else c) for c in text]
    return " ".join(parts) if any(len(p) > 1 for p in parts) else "".join(parts)


def _pattern(chars: Sequence[str | None]) -> re.Pattern[str]:
    return re.compile("".join("." if c is None else re.escape(c) for c in chars), re.DOTALL)


def _variants(expected: str) -> list[tuple[Finding | None, list[str | None]]]:
    """What the scan looks like for each known cause, the right one first."""
    out: list[tuple[Finding | None, list[str | None]]] = [(None, list(expected))]
    for scanner in LAYOUTS:
        for host in LAYOUTS:
            if scanner != host:
                variant = mangle(expected, scanner, host)
                if variant != list(expected):
                    out.append((Finding(Problem.LAYOUT, (scanner, host)), variant))
    cased = [(Problem.CAPS, expected.swapcase()), (Problem.ALL_UPPER, expected.upper()),
             (Problem.ALL_LOWER, expected.lower())]
    out += [(Finding(problem), list(text)) for problem, text in cased]
    return out


def _timing(times_ms: Sequence[float], limit_ms: int) -> tuple[float | None, float | None,
                                                               Finding | None]:
    gaps = [b - a for a, b in itertools.pairwise(times_ms)]
    if not gaps:
        return None, None, None
    worst, median = max(gaps), statistics.median(gaps)
    if worst <= limit_ms:
        return worst, median, None
    return worst, median, Finding(Problem.TOO_SLOW, (f"{math.ceil(worst)}", str(limit_ms)))


def analyse_scan(expected: str, received: str, key_times_ms: Sequence[float],
                 terminator: str | None, *, max_gap_ms: int = 30) -> ScanTestResult:
    """Compare a received scan of the test barcode with ``expected``.

    ``key_times_ms``: when each key arrived (the terminator's included, if any);
    ``terminator``: ``"enter"``, ``"tab"`` or ``None`` (the keys just stopped);
    ``max_gap_ms``: the scan router's longest allowed pause between keys.
    """
    worst, median, slow = _timing(key_times_ms, max_gap_ms)
    findings: list[Finding] = []
    if not received:
        findings.append(Finding(Problem.NOTHING))
    else:
        findings += _content_findings(expected, received)
    if received and terminator is None:
        findings.append(Finding(Problem.NO_ENTER))
    if slow is not None:
        findings.append(slow)
    return ScanTestResult(received, tuple(findings), worst, median, max_gap_ms)


def _content_findings(expected: str, received: str) -> list[Finding]:
    for cause, variant in _variants(expected):
        m = _pattern(variant).search(received)
        if m is None:
            continue
        found: list[Finding] = [cause] if cause is not None else []
        if m.start() > 0:
            found.append(Finding(Problem.PREFIX, (shown(received[: m.start()]),)))
        if m.end() < len(received):
            found.append(Finding(Problem.SUFFIX, (shown(received[m.end():]),)))
        return found
    matcher = difflib.SequenceMatcher(a=expected, b=received, autojunk=False)
    if matcher.ratio() < 0.5:
        return [Finding(Problem.NOT_TEST_CODE, (shown(received),))]
    if len(received) < len(expected) and all(
            tag == "delete" or tag == "equal" for tag, *_ in matcher.get_opcodes()):
        return [Finding(Problem.LOST, (str(len(received)), str(len(expected))))]
    changes = [f"{shown(expected[i1:i2]) or '–'} → {shown(received[j1:j2]) or '–'}"
               for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    return [Finding(Problem.CHANGED, (", ".join(changes[:6]),))]
