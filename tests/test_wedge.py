"""WedgeDetector / ScanBuffer with an injected clock (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.scanning import Burst, ScanBuffer, WedgeDetector


def feed(det: WedgeDetector, text: str, gap: float, t0: float = 1000.0) -> list[Burst]:
    out = []
    for i, ch in enumerate(text):
        b = det.feed(ch, t0 + i * gap)
        if b is not None:
            out.append(b)
    return out


def test_scanner_burst_detected() -> None:
    (b,) = feed(WedgeDetector(), "1Z999AA10123456784\r", gap=8)
    assert b.from_scanner and b.text == "1Z999AA10123456784" and b.terminated
    assert b.max_gap_ms == 8


def test_human_typing_is_not_a_scan() -> None:
    (b,) = feed(WedgeDetector(), "83651-1\r", gap=120)
    assert not b.from_scanner
    assert b.text == "1"  # only the run since the last slow key remains


def test_slow_terminator_is_human() -> None:
    det = WedgeDetector()
    feed(det, "123456", gap=5)
    b = det.feed("\r", 1000 + 5 * 5 + 400)
    assert b is not None and not b.from_scanner


def test_too_short_is_not_a_scan() -> None:
    (b,) = feed(WedgeDetector(min_length=4), "12\r", gap=5)
    assert not b.from_scanner


def test_typing_then_scan_in_same_field() -> None:
    det = WedgeDetector()
    assert feed(det, "ab", gap=300) == []
    (b,) = feed(det, "5901234123457\t", gap=10, t0=5000)
    assert b.from_scanner and b.text == "5901234123457"


def test_prefix_makes_detection_exact_even_when_slow() -> None:
    det = WedgeDetector(prefix="\x02")
    (b,) = feed(det, "\x0283651-1\r", gap=80)
    assert b.from_scanner and b.text == "83651-1"


def test_idle_submit_for_scanner_without_terminator() -> None:
    det = WedgeDetector(idle_submit_ms=100)
    assert feed(det, "5901234123457", gap=5) == []
    assert det.poll(1000 + 12 * 5 + 50) is None
    b = det.poll(1000 + 12 * 5 + 150)
    assert b is not None and b.from_scanner and not b.terminated and b.text == "5901234123457"
    assert det.pending == ""


def test_idle_submit_ignores_typing() -> None:
    det = WedgeDetector(idle_submit_ms=100)
    feed(det, "abcdef", gap=200)
    assert det.poll(10_000) is None


def test_scan_buffer_keeps_gs_drops_other_controls() -> None:
    buf = ScanBuffer()
    out = [buf.key(c, 100 + i * 5) for i, c in enumerate("4200123\x1d\x0700340123451234567895\r")]
    bursts = [b for b in out if b is not None]
    assert len(bursts) == 1 and bursts[0].text == "4200123\x1d00340123451234567895"
    assert buf.history == bursts


def test_scan_buffer_disabled_while_modal() -> None:
    buf = ScanBuffer(enabled=False)
    assert all(buf.key(c, i * 5) is None for i, c in enumerate("83651-1\r"))
    assert buf.ignored == 1
    buf.enabled = True
    assert [b for i, c in enumerate("83651-1\r") if (b := buf.key(c, 100 + i * 5))]


def test_scan_buffer_returns_none_for_human_enter() -> None:
    buf = ScanBuffer()
    assert all(buf.key(c, i * 150) is None for i, c in enumerate("83651-1\r"))
    assert buf.key("", 0) is None


def test_history_is_bounded() -> None:
    buf = ScanBuffer(history_size=3)
    for n in range(10):
        for i, c in enumerate(f"{n}2345\r"):
            buf.key(c, n * 1000 + i * 5)
    assert [b.text for b in buf.history] == ["72345", "82345", "92345"]


text_chars = st.characters(codec="ascii", exclude_characters="\r\t\n")


@given(st.text(text_chars, min_size=4, max_size=40), st.floats(0, 30))
def test_any_fast_burst_is_a_scan(text: str, gap: float) -> None:
    (b,) = feed(WedgeDetector(max_gap_ms=30), text + "\r", gap=gap)
    assert b.from_scanner and b.text == text


@given(st.text(text_chars, min_size=2, max_size=40), st.floats(30.5, 2000))
def test_any_slow_typing_is_not_a_scan(text: str, gap: float) -> None:
    (b,) = feed(WedgeDetector(max_gap_ms=30), text + "\r", gap=gap)
    assert not b.from_scanner


@given(st.lists(st.tuples(st.characters(), st.floats(0, 1e6, allow_nan=False))))
def test_never_raises(events: list[tuple[str, float]]) -> None:
    buf = ScanBuffer(detector=WedgeDetector(idle_submit_ms=50))
    for ch, t in events:
        buf.key(ch, t)
        buf.poll(t)
