"""The scanner test analysis: what a received scan of the SCANNER TEST barcode says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.printing.code128 import bar_modules
from packstation.scanning.scanner_test import (
    LAYOUTS,
    SCANNER_TEST_TEXT,
    Problem,
    analyse_scan,
    mangle,
)

T = SCANNER_TEST_TEXT
FAST = [i * 8.0 for i in range(len(T) + 1)]


def kinds(received: str, times: list[float] = FAST, term: str | None = "enter") -> set[Problem]:
    return {f.problem for f in analyse_scan(T, received, times, term).findings}


def test_the_test_text_is_code128_and_has_the_risky_characters() -> None:
    bar_modules(T)
    for ch in '-/.@"09':
        assert ch in T
    assert any(c.isupper() for c in T) and any(c.islower() for c in T)
    assert len(T) <= 22


def test_a_good_scan_is_ok_and_measured() -> None:
    r = analyse_scan(T, T, FAST, "enter")
    assert r.ok and r.findings == ()
    assert r.max_gap_ms == 8.0 and r.median_gap_ms == 8.0 and r.limit_ms == 30
    assert analyse_scan(T, T, FAST, "tab").ok


def test_us_scanner_on_german_windows() -> None:
    got = "".join(c or "" for c in mangle(T, "us", "de"))
    assert got == 'ScanßTest-Zy.09"ÄAq'
    r = analyse_scan(T, got, FAST, "enter")
    (f,) = r.findings
    assert f.problem is Problem.LAYOUT
    assert f.what == "Keyboard layout mismatch: the scanner sends US keys, Windows uses German."
    assert "keyboard language to German" in f.fix


def test_uk_and_swedish_and_french_hosts_are_named() -> None:
    for host, name in (("uk", "UK"), ("sv", "Swedish"), ("fr", "French")):
        got = "".join(c or "" for c in mangle(T, "us", host))
        (f,) = analyse_scan(T, got, FAST, "enter").findings
        assert f.problem is Problem.LAYOUT and f.words()[1] == name, host


def test_every_layout_pair_is_recognised() -> None:
    for s in LAYOUTS:
        for h in LAYOUTS:
            if s == h:
                continue
            got = "".join(c if c is not None else "?" for c in mangle(T, s, h))
            assert kinds(got) == {Problem.LAYOUT}, (s, h, got)


def test_case_problems() -> None:
    assert kinds(T.swapcase()) == {Problem.CAPS}
    assert kinds(T.upper()) == {Problem.ALL_UPPER}
    assert kinds(T.lower()) == {Problem.ALL_LOWER}


def test_prefix_suffix_and_aim_identifier() -> None:
    r = analyse_scan(T, "]C0" + T + "\x03", FAST, "enter")
    assert [f.problem for f in r.findings] == [Problem.PREFIX, Problem.SUFFIX]
    assert r.findings[0].values == ("]C0",) and r.findings[1].values == ("ETX",)
    # prefix + layout at once
    got = "".join(c or "" for c in mangle(T, "us", "de"))
    assert kinds("\x02" + got) == {Problem.LAYOUT, Problem.PREFIX}


def test_no_enter_says_what_to_set() -> None:
    r = analyse_scan(T, T, FAST[:-1], None)
    (f,) = r.findings
    assert f.problem is Problem.NO_ENTER
    assert f.fix == "Set the scanner to send Enter after each scan."


def test_too_slow_gives_the_figures() -> None:
    times = [i * 45.0 for i in range(len(T) + 1)]
    r = analyse_scan(T, T, times, "enter")
    (f,) = r.findings
    assert f.problem is Problem.TOO_SLOW and f.values == ("45", "30")
    assert "45 ms" in f.what and "30 ms" in f.what
    # one stall is enough; the limit is the router's, not a fixed number
    stall = [*FAST[:5], *(t + 40 for t in FAST[5:])]
    assert kinds(T, stall) == {Problem.TOO_SLOW}
    assert analyse_scan(T, T, stall, "enter", max_gap_ms=60).ok


def test_lost_changed_other_and_nothing() -> None:
    assert kinds(T[:5] + T[7:]) == {Problem.LOST}
    r = analyse_scan(T, T.replace(".", ","), FAST, "enter")
    (f,) = r.findings
    assert f.problem is Problem.CHANGED and ". → ," in f.values[0]
    assert kinds("41001-1") == {Problem.NOT_TEST_CODE}
    assert kinds("", [], None) == {Problem.NOTHING}


@given(st.text(min_size=0, max_size=40),
       st.lists(st.floats(0, 500, allow_nan=False), max_size=45),
       st.sampled_from(["enter", "tab", None]))
def test_never_crashes_and_ok_only_for_the_exact_text(received: str, gaps: list[float],
                                                       term: str | None) -> None:
    times = [sum(gaps[:i]) for i in range(len(gaps))]
    r = analyse_scan(T, received, times, term)
    if r.ok:
        assert received == T and term is not None
        assert r.max_gap_ms is None or r.max_gap_ms <= 30
    for f in r.findings:
        assert f.what and f.fix


@given(st.text(alphabet=st.characters(codec="ascii", categories=["L", "N", "P", "S"]),
               max_size=8),
       st.text(alphabet=st.characters(codec="ascii", categories=["L", "N", "P", "S"]),
               max_size=8))
def test_any_prefix_and_suffix_is_found(prefix: str, suffix: str) -> None:
    found = kinds(prefix + T + suffix)
    assert (Problem.PREFIX in found) == bool(prefix)
    assert (Problem.SUFFIX in found) == bool(suffix)
