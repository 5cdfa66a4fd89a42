"""A clean quit hands this process's open entries to the next start at once (issue #14):
queued completions are sent by the next start (an upgrade, a restart) without waiting
out this run's backoff or a lease; one whose outcome is unknown is looked up at once but
still never resent inside its settle window."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import BenchParts, build_bench
from packstation.centra.domain import Completion
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.outbox import Dispatcher, Outbox, State
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.ui.bench import BenchOptions
from tests.bench_fixtures import NO_SETTLE, complete_puts, lookup, scan

UPS = "1Z999AA10123456784"


def _req(shipment: str = "41001-1") -> Completion:
    return Completion(order=shipment.partition("-")[0], shipment=shipment,
                      carrier="UPS", tracking=UPS)


def _client(sim: CentraSimulator) -> CentraClient:
    return CentraClient(sim.base_url, DEMO_API_KEY,
                        timeouts=Timeouts(connect=0.5, read=2.0, complete_read=2.0))


def test_a_queued_completion_is_sent_by_the_next_start_at_once(
        qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> None:
    db = tmp_path / "outbox.sqlite3"
    first = Outbox(db)
    b = build_bench(BenchParts(NO_SETTLE, _client(simulator), outbox=first,
                               options=BenchOptions()))
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    lookup(qtbot, b, "41002-1")
    scan(qtbot, b.window.form.tracking, UPS)
    port = simulator.port
    simulator.stop()  # Centra unreachable: queued, retried with growing gaps
    with qtbot.waitSignal(b.controller.completion_finished, timeout=8000):
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(first.open_entries()) and first.open_entries()[0].state
                    is State.PENDING and first.open_entries()[0].attempts >= 1, timeout=8000)
    [queued] = first.open_entries()
    assert queued.next_attempt_at > time.time()  # this run's backoff
    assert b.shutdown(wait_ms=3000)  # a clean quit: nothing in flight

    upgraded = Outbox(db, pid=first.pid + 1)  # the next start (another process)
    upgraded.recover_after_crash()
    assert [e.shipment_id for e in upgraded.due()] == ["41002-1"]
    with CentraSimulator(api_key=DEMO_API_KEY, port=port) as back:
        [sent] = Dispatcher(upgraded, _client(back)).deliver_due()
        assert sent.state is State.DONE and len(complete_puts(back)) == 1
    upgraded.close()
    first.close()


def test_an_unknown_outcome_is_looked_up_at_once_but_not_resent_inside_its_settle(
        simulator: CentraSimulator, tmp_path: Path) -> None:
    db = tmp_path / "outbox.sqlite3"
    first = Outbox(db)
    first.add(_req(), needs_capture=False)
    simulator.add_fault(Fault(kind="error500", method="PUT", path="/shipment", count=1))
    [answered] = Dispatcher(first, _client(simulator)).deliver_due()
    assert answered.state is State.UNKNOWN and answered.entry.next_attempt_at > time.time()
    first.release_claims()  # the clean quit
    first.close()

    upgraded = Outbox(db, pid=first.pid + 1)
    assert [e.shipment_id for e in upgraded.due()] == ["41001-1"]  # a lookup at once
    simulator.clear_requests()
    [looked] = Dispatcher(upgraded, _client(simulator), settle=180.0).deliver_due()
    assert looked.state is State.UNKNOWN  # Centra may still be working on the first PUT
    assert [r.method for r in simulator.requests] == ["GET"] and not complete_puts(simulator)
    assert looked.entry.claimed_at == answered.entry.claimed_at  # its settle runs on
    upgraded.close()


def test_only_this_process_claims_are_released(tmp_path: Path) -> None:
    db = tmp_path / "outbox.sqlite3"
    mine, other = Outbox(db), Outbox(db, pid_alive=lambda pid: True)
    a = mine.add(_req("41001-1"), needs_capture=False)
    b = mine.add(_req("41002-1"), needs_capture=False)
    mine.mark_sending(a.id)  # its answer could not be recorded (disk full)
    other.mark_sending(b.id)  # another live sender's request is in flight
    released = mine.release_claims()
    assert [e.id for e in released] == [a.id]
    now = time.time()
    after = mine.get(a.id)
    assert after.state is State.UNKNOWN and after.next_attempt_at <= now + 1
    assert mine.get(b.id).state is State.SENDING  # untouched: still in flight elsewhere
    mine.close()
    other.close()
