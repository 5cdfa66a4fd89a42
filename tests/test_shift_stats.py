"""Shift stats with a fake clock, and the on-screen panel fed by a real completion."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.bench.shift_stats import ShiftStats, format_duration
from tests.bench_fixtures import lookup, scan


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_rate_median_and_operators() -> None:
    c = Clock()
    s = ShiftStats(c)
    assert s.snapshot().per_hour is None and s.snapshot().median_pack_s is None
    for i, (secs, op) in enumerate([(30, "Åsa"), (50, "Åsa"), (90, "Jürgen")]):
        s.shown(f"s{i}")
        c.t += secs
        s.completed(f"s{i}", op)
    c.t += 30  # 200 s into the shift: too early for an hourly rate
    snap = s.snapshot()
    assert snap.parcels == 3 and snap.per_hour is None
    assert snap.median_pack_s == 50
    assert snap.per_operator == {"Åsa": 2, "Jürgen": 1}
    c.t = 1000 + 600  # ten minutes, three parcels -> 18 per hour
    assert s.snapshot().per_hour == 18
    c.t = 1000 + 2 * 3600 + 1  # all three are older than the trailing hour
    assert s.snapshot().per_hour == 0


def test_completion_without_lookup_counts_but_has_no_duration() -> None:
    s = ShiftStats(Clock())
    s.completed("x")
    snap = s.snapshot()
    assert snap.parcels == 1 and snap.median_pack_s is None and snap.per_operator == {"—": 1}


def test_a_refusal_after_the_count_takes_the_parcel_back() -> None:
    c = Clock()
    s = ShiftStats(c)
    for sid, op in (("a", "Åsa"), ("b", "Åsa"), ("c", "Jürgen")):
        s.shown(sid)
        c.t += 60 if sid != "b" else 20
        s.completed(sid, op)
    assert s.refused("b") is True
    assert s.refused("b") is False  # only once
    assert s.refused("never-counted") is False
    c.t = 1000 + 600
    snap = s.snapshot()
    assert snap.parcels == 2 and snap.per_operator == {"Åsa": 1, "Jürgen": 1}
    assert snap.median_pack_s == 60 and snap.per_hour == 12
    s.refused("c")
    assert s.snapshot().per_operator == {"Åsa": 1}


def test_format_duration() -> None:
    assert format_duration(None) == "–"
    assert format_duration(42.4) == "42 s"
    assert format_duration(125) == "2:05"


def test_panel_counts_a_completed_parcel(qtbot: QtBot, bench: Bench) -> None:
    view = bench.stats_view
    assert view is not None and view.isVisibleTo(bench.window)
    bench.controller.options.current_operator = lambda: "Märta"
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, bench.window.form.tracking, "1Z999AA10123456784")
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        bench.window.form.action.click()
    assert view.numbers.text().startswith("Parcels 1  ·  per hour from 5 min  ·  median ")
    assert "Märta 1" in view.people.text()


def test_a_ten_hour_shift_keeps_bounded_history() -> None:
    from packstation.bench.shift_stats import MAX_SHOWN, MEDIAN_OF

    c = Clock()
    s = ShiftStats(c)
    for i in range(6000):  # ten hours at 600 parcels an hour, every one looked at for 4 s
        s.shown(f"s{i}")
        s.shown(f"never-packed-{i}")  # shown, then the packer moved on
        c.t += 4
        s.completed(f"s{i}", "Åsa" if i % 2 else "Jürgen")
        c.t += 2
    snap = s.snapshot()
    assert snap.parcels == 6000
    assert snap.per_operator == {"Åsa": 3000, "Jürgen": 3000}
    assert snap.per_hour == 600  # the trailing hour only
    assert snap.median_pack_s == 4
    assert len(s._recent) == 600 and len(s._durations) == MEDIAN_OF
    assert len(s._shown) <= MAX_SHOWN
