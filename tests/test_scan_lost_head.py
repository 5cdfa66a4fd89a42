"""A scan that lost its start: the first key(s) of a label arrive, the stream stalls (a busy
PC, a slow scanner), the keys are handed back to the focused widget as typing, and the
rest of the label arrives fast and becomes a scan. That scan must be refused, never taken
as the tracking number or looked up as a slip (``scanning/keystream.py``, "A lost head")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.scanning.keystream import Key, KeyRole, KeyStream, lost_head_of
from packstation.simulator import CentraSimulator
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts
from tests.scan_rig import Wedge, router_rig

C, T = KeyRole.CHAR, KeyRole.TERMINATOR
K = Qt.Key
M = Qt.KeyboardModifier


def feed(stream: KeyStream[None], text: str, t: float, step: float = 1.0,
         enter: bool = True) -> tuple[float, list[tuple[str, str]], str]:
    """Key presses and releases ``step`` ms apart from ``t``; returns the time after,
    the scans as (text, lost head) and the keys handed back."""
    scans: list[tuple[str, str]] = []
    typed = ""
    events = [(C, ch) for ch in text] + ([(T, "enter")] if enter else [])
    for role, ch in events:
        for press in (True, False):
            s = stream.key(Key(role, press, ch, t, t))
            t += step
            typed += "".join(h.char for h in s.typed)
            if s.scan is not None:
                assert s.report is not None
                scans.append((s.scan, s.report.lost_head))
    return t, scans, typed


def test_a_head_handed_back_then_a_fast_burst_is_flagged() -> None:
    ks: KeyStream[None] = KeyStream()
    t, scans, typed = feed(ks, "1", 1000.0, enter=False)
    _, scans, typed = feed(ks, "Z999AB20000000692", t + 600)  # stalled 600 ms after "1"
    assert typed == "1"
    assert scans == [("Z999AB20000000692", "1")]


def test_a_head_lost_in_several_pieces_is_named_whole() -> None:
    ks: KeyStream[None] = KeyStream()
    t, _, _ = feed(ks, "1ZX", 1000.0, enter=False)
    t, _, _ = feed(ks, "F3", t + 300, enter=False)
    _, scans, _ = feed(ks, "8300382722839", t + 400)
    assert scans == [("8300382722839", "1ZXF3")]


def test_a_normal_scan_is_not_flagged() -> None:
    ks: KeyStream[None] = KeyStream()
    _, scans, typed = feed(ks, "1Z999AB20000000692", 1000.0)
    assert typed == "" and scans == [("1Z999AB20000000692", "")]


def test_typing_ended_by_enter_or_long_ago_does_not_flag_a_scan() -> None:
    ks: KeyStream[None] = KeyStream()
    t, _, _ = feed(ks, "ab", 1000.0, step=100)  # typed, then Enter
    _, scans, _ = feed(ks, "1Z999AB20000000692", t + 200)
    assert scans == [("1Z999AB20000000692", "")]
    ks2: KeyStream[None] = KeyStream()
    t, _, _ = feed(ks2, "x", 1000.0, enter=False)
    _, scans, _ = feed(ks2, "1Z999AB20000000692", t + 5000)  # seconds later
    assert scans == [("1Z999AB20000000692", "")]


def test_keys_a_text_field_took_still_make_the_scan_suspect() -> None:
    """Where the handed-back key went (a checkbox, a text field) does not matter to the
    stream: the scan that follows within the window may lack it."""
    ks: KeyStream[None] = KeyStream()
    t, _, _ = feed(ks, "n", 1000.0, enter=False)
    t += 300
    s = ks.key(Key(C, True, "4", t, t))
    assert [h.char for h in s.typed] == ["n"]
    assert ks.head == "n"
    _, scans, _ = feed(ks, "1001-1", t + 1)
    assert scans == [("41001-1", "n")]
    assert ks.head == ""


# ------------------------------------------------------------------ the router


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[tuple[QCheckBox, QLineEdit, list[str]]]:
    box, field = QCheckBox("Shipped"), QLineEdit()
    with router_rig(qtbot, box, field) as r:
        yield box, field, r.scans


def _stalled_scan(head: str, rest: str, pause_ms: int = 500) -> None:
    w = Wedge()
    for ch in head:
        w.char(ch)
    w.t += pause_ms  # the X server / USB stalled after the first key(s)
    w.scan(rest)


def test_router_flags_a_burst_after_keys_a_checkbox_dropped(
        qtbot: QtBot, rig: tuple[QCheckBox, QLineEdit, list[str]]) -> None:
    box, _, scans = rig
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    _stalled_scan("1", "Z999AB20000000692")
    assert scans == ["Z999AB20000000692"] and lost_head_of(scans[0]) == "1"
    Wedge(t0=5_000_000).scan("1Z999AB20000000692")  # the packer scans again: clean
    assert scans[1] == "1Z999AB20000000692" and lost_head_of(scans[1]) == ""


def test_router_flags_a_burst_after_keys_a_text_field_took_and_takes_them_out(
        qtbot: QtBot, rig: tuple[QCheckBox, QLineEdit, list[str]]) -> None:
    _, field, scans = rig
    field.setText("kept")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    _stalled_scan("1Z9", "99AB20000000692")
    assert scans == ["99AB20000000692"] and lost_head_of(scans[0]) == "1Z9"
    assert field.text() == "kept"  # the stray start is gone, what was there stays


def test_router_keeps_a_text_field_edited_after_the_stray_keys(
        qtbot: QtBot, rig: tuple[QCheckBox, QLineEdit, list[str]]) -> None:
    _, field, scans = rig
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    w = Wedge()
    w.char("x")
    w.t += 500
    qtbot.wait(80)  # the router hands "x" back (quiet), into the field
    assert field.text() == "x"
    field.setText("x edited by hand")
    w.t += 100
    w.scan("1Z999AB20000000692")
    assert lost_head_of(scans[0]) == "x"
    assert field.text() == "x edited by hand"  # not the router's to undo


def test_router_typing_ended_by_enter_then_a_scan_is_clean(
        qtbot: QtBot, rig: tuple[QCheckBox, QLineEdit, list[str]]) -> None:
    _, field, scans = rig
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    w = Wedge()
    w.char("7")
    w.t += 500
    w.tap(K.Key_Return, M.NoModifier, "\r")
    w.t += 200
    w.scan("1Z999AB20000000692")
    assert field.text() == "7"
    assert scans == ["1Z999AB20000000692"] and lost_head_of(scans[0]) == ""


# ------------------------------------------------------------------ the bench


def test_bench_refuses_a_label_that_lost_its_start_and_takes_the_rescan(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        Wedge().scan("41001-1")
    w.form.shipped.setFocus()
    qtbot.waitUntil(w.form.shipped.hasFocus, timeout=2000)
    # "AA10123456784" alone is a plausible unknown-carrier number: only the stall says
    # its start "1Z999" went to the checkbox.
    _stalled_scan("1Z999", "AA10123456784")
    assert w.banner.tone is Tone.ERROR
    assert "Label read incompletely" in w.banner.title.text()
    assert "AA10123456784" in w.banner.title.text()
    assert w.form.tracking.text() == ""
    Wedge(t0=5_000_000).scan("1Z999AA10123456784")
    assert w.form.tracking.text() == "1Z999AA10123456784"
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        Wedge(t0=6_000_000).tap(K.Key_Return, M.ControlModifier, "\r")
    (body,) = complete_puts(simulator)
    assert body["tracking"] == "1Z999AA10123456784"


def test_bench_refuses_a_label_whose_start_went_into_tracking(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    """The usual case: the slip put the focus in Tracking, the label's first keys
    stalled and were typed there, the rest came as a scan. Neither the rest nor the
    stray start may become the tracking number, not even by Ctrl+Enter."""
    w = bench.window
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        Wedge().scan("41001-1")
    assert w.form.tracking.hasFocus()
    _stalled_scan("TRK00", "00X000")
    assert w.banner.tone is Tone.ERROR
    assert "Label read incompletely" in w.banner.title.text()
    assert w.form.tracking.text() == ""
    Wedge(t0=5_000_000).tap(K.Key_Return, M.ControlModifier, "\r")
    qtbot.wait(300)
    assert complete_puts(simulator) == []
    Wedge(t0=6_000_000).scan("1Z999AA10123456784")
    assert w.form.tracking.text() == "1Z999AA10123456784"
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        Wedge(t0=7_000_000).tap(K.Key_Return, M.ControlModifier, "\r")
    (body,) = complete_puts(simulator)
    assert body["tracking"] == "1Z999AA10123456784"


def test_bench_refuses_a_slip_that_lost_its_start(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    w.form.more.setFocus()  # a button: the only one enabled before a slip is loaded
    qtbot.waitUntil(w.form.more.hasFocus, timeout=2000)
    _stalled_scan("4", "1001-1")
    assert w.banner.tone is Tone.ERROR
    assert "read incompletely" in w.banner.title.text()
    assert "packing slip again" in w.banner.hint.text()
    assert not bench.controller.session.loaded
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        Wedge(t0=5_000_000).scan("41001-1")
    assert bench.controller.session.loaded


@pytest.mark.parametrize("truncated, full", [("Z999AB20000000692", "1Z999AB20000000692"),
                                             ("J958083578US", "?J958083578US")])
def test_bench_refuses_a_tracking_number_that_reads_as_a_known_one_without_its_start(
        qtbot: QtBot, bench: Bench, truncated: str, full: str) -> None:
    """However it arrived (here a clean scan): a number no format knows that becomes a
    checked UPS / S10 number with its first character(s) put back is refused, naming it."""
    w = bench.window
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        Wedge().scan("41001-1")
    Wedge(t0=5_000_000).scan(truncated)
    assert w.banner.tone is Tone.ERROR
    shown = w.banner.title.text() + " " + w.banner.hint.text()
    assert "Missing its start?" in shown and full in shown, shown
    assert w.form.tracking.text() == ""
    w.form.tracking.setText(truncated)  # typed: refused the same way
    w.form.tracking.setFocus()
    qtbot.keyClick(w.form.tracking, K.Key_Return)
    shown = w.banner.title.text() + " " + w.banner.hint.text()
    assert w.banner.tone is Tone.ERROR and "Missing its start?" in shown, shown
