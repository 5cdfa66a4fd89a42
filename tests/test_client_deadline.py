"""Every request has an overall deadline, read trickle included.

The simulator's ``trickle`` fault sends the answer one byte at a time, each byte well
inside the per-read timeout: without an overall deadline a lookup or a completion would
never end (issue #14, case 4). Over real HTTP to the simulator, in scaled time (a byte
every 0.3 s against a 0.5 s read timeout and a 1.5 s deadline)."""

from __future__ import annotations

import time

import pytest

from packstation.centra import CentraClient, Completion, Timeouts
from packstation.centra import errors as E
from packstation.simulator import CentraSimulator, Fault

TRICKLE = Timeouts(connect=1.0, read=0.5, complete_read=0.5, total=1.5, complete_total=1.5)
GAP = 0.3  # below the 0.5 s read timeout: only the overall deadline can end the call


def _client(sim: CentraSimulator) -> CentraClient:
    return CentraClient(sim.base_url, "demo-key", timeouts=TRICKLE)


@pytest.mark.parametrize("apply", ["before", "after"])
def test_a_trickling_lookup_ends_by_its_deadline(simulator: CentraSimulator,
                                                 apply: str) -> None:
    simulator.add_fault(Fault(kind="trickle", method="GET", path="/shipments", delay=GAP,
                              apply=apply))  # type: ignore[arg-type]
    with _client(simulator) as client:
        start = time.monotonic()
        with pytest.raises(E.ResponseTimeout) as info:
            client.lookup("41001-1")
        took = time.monotonic() - start
    assert not info.value.outcome_unknown  # a read: nothing to reconcile
    assert took < TRICKLE.total + 1.0, f"took {took:.1f} s"


def test_a_trickling_completion_ends_by_its_deadline_with_an_unknown_outcome(
        simulator: CentraSimulator) -> None:
    simulator.add_fault(Fault(kind="trickle", method="PUT", path="/shipment", delay=GAP,
                              apply="after"))
    with _client(simulator) as client:
        start = time.monotonic()
        with pytest.raises(E.ResponseTimeout) as info:
            client.complete(Completion(order="41001", shipment="41001-1",
                                            tracking="00370712345678900001"))
        took = time.monotonic() - start
    assert info.value.outcome_unknown  # the PUT may have landed: reconcile before resending
    assert took < TRICKLE.complete_total + 1.0, f"took {took:.1f} s"
    assert simulator.completions("41001-1") == 1


def test_the_deadline_is_per_request_on_a_kept_alive_connection(
        simulator: CentraSimulator) -> None:
    """Calls after a slow one get their own full deadline (keep-alive reuse included)."""
    with _client(simulator) as client:
        for _ in range(3):
            simulator.add_fault(Fault(kind="latency", method="GET", path="/shipments",
                                      delay=0.4))
            assert client.lookup("41001-1").found != ()


def test_the_bench_is_never_stuck_on_completing_behind_a_trickle(
        qtbot: object, simulator: CentraSimulator) -> None:
    """Issue #14 case 4 at the bench: a completion whose answer trickles ends at the
    deadline in "confirming with Centra…", and the packer can scan the next slip."""
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from PySide6.QtCore import Qt
    from pytestqt.qtbot import QtBot

    from packstation.app.compose import BenchParts, build_bench
    from packstation.app.profiles import TEST
    from packstation.outbox import Outbox
    from packstation.ui.bench import BenchOptions
    from packstation.ui.theme import Tone
    from tests.bench_fixtures import lookup, scan

    assert isinstance(qtbot, QtBot)
    simulator.add_fault(Fault(kind="trickle", method="PUT", path="/shipment", delay=GAP,
                              apply="after"))
    with TemporaryDirectory() as tmp, Outbox(Path(tmp) / "o.sqlite3") as box:
        b = build_bench(BenchParts(TEST, _client(simulator), outbox=box, options=BenchOptions()))
        qtbot.addWidget(b.window)
        b.window.show()
        try:
            lookup(qtbot, b, "41001-1")
            scan(qtbot, b.window.form.tracking, "1Z999AA10123456784")
            start = time.monotonic()
            with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
                qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                               Qt.KeyboardModifier.ControlModifier)
            assert time.monotonic() - start < TRICKLE.complete_total + 1.0
            assert b.window.banner.tone is Tone.WARN
            assert "confirming with Centra" in b.window.banner.title.text()
            assert not b.controller.completing
            lookup(qtbot, b, "41002-1")  # the next slip goes in at once
            assert b.controller.found is not None
        finally:
            b.shutdown(wait_ms=3000)
