"""``DeliveryService`` without Qt: its drain runs on the runner's ``later``, its snapshots
go to plain listeners, and ``stop()`` ends the drain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from packstation.bench.completion_values import completion_for
from packstation.bench.delivery import DeliveryService, OutboxSnapshot
from packstation.centra.order_api.client import CentraClient
from packstation.outbox import Dispatcher, Outbox, State
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from tests.session_support import EMPTY, SyncRunner


@pytest.fixture
def service(simulator: CentraSimulator,
            tmp_path: Path) -> Iterator[tuple[DeliveryService, SyncRunner]]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY)
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    runner = SyncRunner()
    yield DeliveryService(outbox, Dispatcher(outbox, client, settle=0.0), runner,
                          interval_ms=2000), runner
    outbox.close()
    client.close()


def test_a_completion_centra_missed_is_sent_by_the_drain(
        service: tuple[DeliveryService, SyncRunner], simulator: CentraSimulator) -> None:
    deliveries, runner = service
    snapshots: list[OutboxSnapshot] = []
    deliveries.snapshot_ready.connect(snapshots.append)
    deliveries.start()
    assert [ms for ms, _ in runner.timers] == [2000]

    shipment = CentraClient(simulator.base_url, DEMO_API_KEY).lookup("41001-1").shipment
    assert shipment is not None
    values = replace(EMPTY, gtg=True, shipped=True, tracking="1Z999AA10123456784",
                     carrier="UPS")
    request = completion_for(shipment, values, send_email=None)
    simulator.add_fault(Fault("html502", method="PUT", count=1))  # Centra misses it once
    outcome = deliveries.complete_now(request, needs_capture=shipment.needs_capture)
    assert not outcome.confirmed
    deliveries.refresh()  # what the bench does after an unconfirmed completion
    assert [e.shipment_id for e in snapshots[-1].waiting] == ["41001-1"]
    assert deliveries.waiting_for("41001-1") is not None

    deadline = 30
    while deliveries.waiting_for("41001-1") is not None and deadline:  # 2 s ticks
        deliveries.outbox.retry_now()  # (no backoff wait in a test)
        runner.fire_timers()
        deadline -= 1
    assert deliveries.waiting_for("41001-1") is None
    assert [e.state for e in snapshots[-1].finished] == [State.DONE]
    assert simulator.completions("41001-1") == 1

    deliveries.stop()
    runner.fire_timers()  # the tick already set fires once more, does nothing, sets none
    assert runner.timers == []
