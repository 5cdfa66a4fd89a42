"""The bench session's rules without a window: a recording view, a synchronous runner,
the real Centra simulator over HTTP and a real SQLite outbox behind ``DeliveryService``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from packstation.bench.delivery import DeliveryService
from packstation.bench.session import BUSY_AFTER_MS, NEXT_SCAN_DELAY_MS, BenchSession
from packstation.bench.session_ports import BenchOptions
from packstation.bench.tone import Tone
from packstation.centra.domain import LookupResult
from packstation.centra.order_api.client import CentraClient
from packstation.centra.ready_cache import CacheHit, ReadyCache
from packstation.outbox import Dispatcher, Outbox
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault, ShipmentState
from tests.session_support import FakeView, PlainWords, SyncRunner

UPS = "1Z999AA10123456784"
UPS_BAD_CHECK = "1Z999AA10123456785"


@dataclass
class Rig:
    session: BenchSession
    view: FakeView
    runner: SyncRunner
    sim: CentraSimulator
    client: CentraClient
    audit: list[tuple[str, str]] = field(default_factory=list)

    def scan(self, raw: str) -> None:
        self.session.handle_scan(raw)

    def load(self, sid: str) -> None:
        self.scan(sid)
        assert self.session.found is not None, self.view.banners[-1]
        assert self.session.found.shipment.shipment_id == sid

    def puts(self, sid: str | None = None) -> list[dict[str, object]]:
        bodies = [r.json() for r in self.sim.requests
                  if r.method == "PUT" and r.path == "/shipment"]
        return [b for b in bodies if sid is None or b.get("shipment") == sid]


@pytest.fixture
def rig(simulator: CentraSimulator, tmp_path: Path) -> Iterator[Rig]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    runner = SyncRunner()
    deliveries = DeliveryService(outbox, Dispatcher(outbox, client), runner)
    view = FakeView()
    audit: list[tuple[str, str]] = []
    options = BenchOptions(audit_capture_retry=lambda sid, what: audit.append((sid, what)))
    session = BenchSession(view, client, runner, deliveries, PlainWords(), options)
    yield Rig(session, view, runner, simulator, client, audit)
    outbox.close()
    client.close()


# ------------------------------------------------------------------ lookups


def test_a_slip_loads_the_shipment_and_a_label_completes_it(rig: Rig) -> None:
    rig.load("41001-1")
    assert rig.view.shown == "41001-1" and rig.view.focus == "tracking"
    rig.scan(UPS)
    assert rig.view.values.tracking == UPS and rig.view.action_kind() == "complete"
    rig.scan("PS:COMPLETE")
    (body,) = rig.puts()
    assert body["shipment"] == "41001-1" and body["tracking"] == UPS
    assert rig.view.last.tone is Tone.OK
    assert rig.view.completions == [("41001-1", True)]
    assert rig.session.found is None and not rig.session.completing


def test_a_late_answer_to_an_older_scan_is_dropped(rig: Rig) -> None:
    rig.runner.hold = True
    rig.scan("41001-1")
    rig.scan("41002-1")
    assert len(rig.runner.held) == 2
    rig.runner.release(order=[1, 0])  # the newer answer first, the older one late
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41002-1"
    assert rig.view.shown == "41002-1"
    assert len(rig.view.lookups) == 1  # the stale answer never reached the window


def test_looking_up_is_said_only_when_centra_takes_a_moment(rig: Rig) -> None:
    rig.scan("41001-1")  # answered at once: the busy words never show
    assert [ms for ms, _ in rig.runner.timers] == [BUSY_AFTER_MS]
    rig.runner.fire_timers()
    assert all(b.tone is not Tone.BUSY for b in rig.view.banners)

    rig.runner.hold = True
    rig.scan("41002-1")
    rig.runner.fire_timers()  # BUSY_AFTER_MS passed without an answer
    assert rig.view.last.tone is Tone.BUSY and "41002-1" in rig.view.last.title
    rig.runner.release()
    assert rig.view.last.tone is not Tone.BUSY


def test_a_failed_lookup_offers_retry_and_retry_looks_up_again(rig: Rig) -> None:
    rig.sim.add_fault(Fault("html502", count=None))  # a proxy in front of Centra fails
    rig.scan("41001-1")
    assert rig.view.last.tone is Tone.ERROR and rig.view.last.retry
    assert rig.session.found is None and isinstance(rig.view.lookups[-1], Exception)
    rig.sim.clear_faults()
    rig.session.retry()
    assert rig.session.found is not None


# --------------------------------------------------------- slips and the form


def test_a_slip_scanned_during_a_completion_is_loaded_after_it(rig: Rig) -> None:
    rig.load("41001-1")
    rig.scan(UPS)
    rig.runner.hold = True
    rig.session.request_action()
    assert rig.session.completing and rig.view.locked
    rig.scan("41002-1")
    busy = rig.view.last
    assert busy.tone is Tone.BUSY and "41002-1 is next" in busy.title
    assert len(rig.runner.held) == 1  # no lookup yet
    rig.runner.hold = False
    rig.runner.release()
    assert rig.view.last.tone is Tone.OK  # the completion is shown first
    assert (NEXT_SCAN_DELAY_MS, rig.session._next_scan) in rig.runner.timers
    rig.runner.fire_timers()
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41002-1"
    assert len(rig.puts()) == 1


def test_unsaved_input_needs_the_new_slip_twice(rig: Rig) -> None:
    rig.load("41001-1")
    rig.view.type_tracking("half typed")
    rig.scan("41002-1")
    assert rig.view.last.tone is Tone.WARN and "unsaved input" in rig.view.last.title
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41001-1"
    rig.scan("41002-1")  # again: discard and load
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41002-1"


def test_escape_drops_a_lookup_on_its_way(rig: Rig) -> None:
    rig.runner.hold = True
    rig.scan("41001-1")
    rig.session.clear()
    rig.runner.release()
    assert rig.session.found is None and rig.view.last.title == "Scan a packing slip"


# ---------------------------------------------------------- tracking numbers


def test_a_refused_label_blocks_complete_until_a_good_one(rig: Rig) -> None:
    rig.load("41001-1")
    rig.view.type_tracking(UPS_BAD_CHECK)
    rig.session.tracking_typed(UPS_BAD_CHECK)  # Enter in Tracking
    assert rig.view.last.tone is Tone.ERROR
    assert rig.view.focus == "tracking+selected"
    rig.view.values = replace(rig.view.values, gtg=True, shipped=True)
    rig.session.request_action()
    assert rig.view.last.tone is Tone.ERROR and UPS_BAD_CHECK in rig.view.last.title
    assert rig.puts() == [] and not rig.session.completing
    rig.scan(UPS)  # the right label
    rig.session.request_action()
    assert [b["tracking"] for b in rig.puts()] == [UPS]


def test_after_a_refused_label_the_earlier_good_one_is_not_sent_instead(rig: Rig) -> None:
    rig.load("41001-1")
    rig.scan(UPS)  # a good label, taken
    rig.scan(UPS_BAD_CHECK)  # then this parcel's real label: refused
    assert rig.view.values.tracking == UPS  # the field still holds the first one
    rig.session.request_action()
    assert rig.puts() == []
    assert rig.view.last.tone is Tone.ERROR and UPS_BAD_CHECK in rig.view.last.title


def test_a_wrong_check_digit_scanned_is_refused_too(rig: Rig) -> None:
    rig.load("41001-1")
    rig.scan(UPS_BAD_CHECK)
    assert rig.view.last.tone is Tone.ERROR and rig.view.values.tracking == ""
    rig.view.values = replace(rig.view.values, gtg=True, shipped=True)
    rig.session.request_action()
    assert rig.puts() == []


def test_typed_tracking_is_checked_again_at_complete(rig: Rig) -> None:
    rig.load("41001-1")
    rig.view.type_tracking("rr123456785se")  # typed, no Enter: never checked yet
    rig.view.values = replace(rig.view.values, gtg=True, shipped=True)
    rig.session.request_action()
    assert [b["tracking"] for b in rig.puts()] == ["RR123456785SE"]  # checked, canonical


def test_typed_tracking_that_fails_the_check_is_never_sent(rig: Rig) -> None:
    rig.load("41001-1")
    rig.scan(UPS)  # taken
    rig.view.type_tracking(UPS_BAD_CHECK)  # then edited by hand, no Enter
    rig.session.request_action()
    assert rig.puts() == []
    assert rig.view.last.tone is Tone.ERROR and UPS_BAD_CHECK in rig.view.last.title


def test_complete_waits_for_a_tracking_number(rig: Rig) -> None:
    rig.load("41001-1")
    rig.view.values = replace(rig.view.values, gtg=True, shipped=True)
    rig.session.request_action()
    assert rig.view.last.tone is Tone.WARN and rig.puts() == []
    assert rig.view.focus == "tracking"


# --------------------------------------------------------------- DO NOT SHIP


def _capture_fails(rig: Rig) -> None:
    rig.load("41005-1")  # its capture fails in the demo data
    rig.scan(UPS)
    rig.session.request_action()
    assert "DO NOT SHIP" in rig.view.lock_label and rig.view.locked
    assert rig.view.completions == [("41005-1", False)]
    assert len(rig.puts("41005-1")) == 1


def test_do_not_ship_locks_against_every_way_to_complete(rig: Rig) -> None:
    _capture_fails(rig)
    rig.session.request_action()
    rig.scan("PS:COMPLETE")
    rig.scan(UPS)
    rig.session.request_action()
    rig.session.retry()  # Retry without a supervisor: refused, said so
    assert len(rig.puts("41005-1")) == 1
    assert rig.view.last.tone is Tone.ERROR and "supervisor" in rig.view.last.title
    assert rig.audit == []


def test_do_not_ship_is_lifted_by_a_supervisor_retry(rig: Rig) -> None:
    _capture_fails(rig)
    rig.sim.set_capture_outcome("41005-1", True)
    rig.session.options.may_retry_capture = lambda: True
    rig.session.retry()
    assert rig.audit == [("41005-1", "supervisor retried the capture")]
    assert len(rig.puts("41005-1")) == 2
    assert rig.view.last.tone is Tone.OK


def test_do_not_ship_is_lifted_by_scanning_the_slip_again(rig: Rig) -> None:
    _capture_fails(rig)
    rig.sim.set_capture_outcome("41005-1", True)  # the customer has paid
    rig.scan("41005-1")
    assert rig.audit == [("41005-1", "slip scanned again after DO NOT SHIP")]
    rig.scan(UPS)
    rig.session.request_action()
    assert len(rig.puts("41005-1")) == 2
    assert rig.view.last.tone is Tone.OK


def test_escape_then_complete_does_not_lift_do_not_ship_by_itself(rig: Rig) -> None:
    _capture_fails(rig)
    rig.session.clear()
    rig.session.request_action()  # nothing loaded: nothing to send
    assert len(rig.puts("41005-1")) == 1


# ----------------------------------------------------------------- ready list


class CachedReady:
    """``ReadySource`` over the real ``ReadyCache``; confirms through the runner."""

    def __init__(self, cache: ReadyCache, client: CentraClient, runner: SyncRunner) -> None:
        self.cache, self.client, self.runner = cache, client, runner

    def instant(self, value: str) -> CacheHit | None:
        return self.cache.get(value.strip())

    def confirm(self, value: str, on_fresh: Callable[[LookupResult], None],
                on_failed: Callable[[BaseException], None]) -> None:
        self.runner.submit(lambda: self.client.lookup(value), on_fresh, on_failed)

    def forget(self, shipment_id: str) -> None:
        self.cache.forget(shipment_id)


def test_a_ready_list_answer_is_confirmed_and_corrected(rig: Rig) -> None:
    cache = ReadyCache()
    cache.refresh(rig.client)
    rig.session.ready = CachedReady(cache, rig.client, rig.runner)
    rig.sim.set_state("41001-1", "completed")  # another station finished it meanwhile
    rig.runner.hold = True
    rig.scan("41001-1")
    assert rig.session.found is not None  # the list said ready: shown at once
    assert "ready list" in rig.view.last.hint
    rig.runner.release()  # Centra's fresh answer
    assert rig.session.found is None and rig.view.values.tracking == ""


def test_a_ready_list_confirmation_for_an_older_scan_is_dropped(rig: Rig) -> None:
    cache = ReadyCache()
    cache.refresh(rig.client)
    rig.session.ready = CachedReady(cache, rig.client, rig.runner)
    rig.sim.set_state("41001-1", "completed")
    rig.runner.hold = True
    rig.scan("41001-1")
    rig.scan("41002-1")
    rig.runner.release()  # both confirmations; the first is stale
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41002-1"


# ------------------------------------------------------- gates and commands


class Gate:
    """A verification or papers gate that says no until ``open``; counts what it heard."""

    def __init__(self) -> None:
        self.open = False
        self.asked = 0
        self.loaded: list[str | None] = []
        self.printed = 0

    def load(self, shipment: object) -> None:
        self.loaded.append(getattr(shipment, "shipment_id", None))

    def take(self, scan: object) -> bool:
        return False

    def wrong_item(self, code: str, *, could_be_slip: bool = False) -> None:
        pass

    def may_complete(self) -> bool:
        self.asked += 1
        return self.open

    def print_now(self) -> None:
        self.printed += 1

    def banner_note(self, shipment: object) -> str:
        return "Customs papers go in the pouch."


def test_the_verification_gate_holds_complete_back(rig: Rig) -> None:
    gate = Gate()
    rig.session.verify = gate
    rig.load("41001-1")
    assert gate.loaded == ["41001-1"]
    rig.scan(UPS)
    rig.session.request_action()
    assert gate.asked == 1 and rig.puts() == [] and not rig.session.completing
    gate.open = True
    rig.session.request_action()
    assert len(rig.puts()) == 1
    assert gate.loaded[-1] is None  # unloaded after the completion


def test_the_papers_gate_holds_complete_back_and_adds_its_note(rig: Rig) -> None:
    papers = Gate()
    rig.session.papers = papers
    rig.load("41001-1")
    assert rig.view.last.hint.startswith("Customs papers go in the pouch.")
    rig.scan(UPS)
    rig.scan("PS:COMPLETE")
    assert papers.asked == 1 and rig.puts() == []
    rig.scan("PS:PRINT")
    assert papers.printed == 1
    papers.open = True
    rig.scan("PS:COMPLETE")
    assert len(rig.puts()) == 1


def test_good_to_go_only_marks_without_completing(rig: Rig) -> None:
    assert rig.sim.shipment("41006-1")["state"] == "inprogress"
    rig.load("41006-1")  # not good to go yet
    rig.view.values = replace(rig.view.values, gtg=True)
    rig.session.request_action()
    assert rig.puts() == [] and rig.view.last.tone is Tone.OK
    assert rig.sim.shipment("41006-1")["state"] == "goodtogo"
    assert rig.view.completions == [("41006-1", True)]


def test_next_package_and_cancel_commands(rig: Rig) -> None:
    rig.load("41001-1")
    rig.scan("PS:NEXT-PACKAGE")
    assert rig.view.values.packages == 2 and rig.view.last.title == "2 packages"
    rig.scan("PS:CANCEL")
    assert rig.session.found is None and rig.view.focus == "scan"


@pytest.mark.parametrize("meanwhile", ["inprogress", None])
def test_a_late_ready_list_confirmation_does_not_lift_do_not_ship(
        rig: Rig, meanwhile: ShipmentState | None) -> None:
    cache = ReadyCache()
    cache.refresh(rig.client)
    rig.session.ready = CachedReady(cache, rig.client, rig.runner)
    rig.runner.hold = True
    rig.scan("41005-1")  # shown from the ready list; Centra's confirmation is on its way
    rig.scan(UPS)
    rig.session.request_action()
    rig.runner.release(order=[1])  # the completion answers first: capture failed
    assert "DO NOT SHIP" in rig.view.lock_label
    if meanwhile is not None:
        rig.sim.set_state("41005-1", meanwhile)  # the late answer says something else
    rig.runner.hold = False
    rig.runner.release()  # ...then the confirmation of the scan
    assert rig.view.locked and "DO NOT SHIP" in rig.view.lock_label
    rig.session.request_action()
    assert len(rig.puts("41005-1")) == 1


# ------------------------------------------------- a parcel kept at the station


def test_a_kept_capture_parcel_is_named_ok_to_ship_when_the_drain_completes_it(
        rig: Rig, simulator: CentraSimulator) -> None:
    """The answer to the completion of a parcel whose payment is captured on completion is
    lost (Centra did it): the bench says keep it while it confirms, the packer goes on;
    when the background drain confirms it the bench names it, OK to ship, and the parcel
    in hand stays loaded."""
    deliveries = rig.session.deliveries
    assert isinstance(deliveries, DeliveryService)
    deliveries.snapshot_ready.connect(rig.session.outbox_changed)
    rig.load("41004-1")
    rig.scan(UPS)
    simulator.add_fault(Fault("html502", method="PUT", path="/shipment", count=1,
                              apply="after"))
    rig.scan("PS:COMPLETE")
    kept = rig.view.last
    assert kept.tone is Tone.WARN and "41004-1" in kept.title
    assert "Keep the parcel at the station" in kept.hint
    rig.runner.fire_timers()
    rig.load("41001-1")  # the next slip meanwhile
    deliveries.retry_now()  # the drain (here at once: "Send now")
    said = rig.view.last
    assert said.tone is Tone.OK
    assert said.title == "41004-1: payment captured, OK to ship"
    assert "41001-1" in said.hint
    assert rig.session.found is not None
    assert rig.session.found.shipment.shipment_id == "41001-1"
    assert len(rig.puts("41004-1")) == 1  # confirmed by a lookup, never sent twice
    deliveries.retry_now()
    assert rig.view.last == said  # said once
