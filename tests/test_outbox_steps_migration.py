"""An outbox written by the release before step records (format 1), opened by today's code.

``fixtures/outbox/v1_outbox.sqlite3`` was made by that release (main at 9082ee9; see
``make_v1_outbox.py`` next to it): five entries on the simulator's demo shipments, one in
each state. Opening it adds the step columns and upgrades every row to format 2 in place,
changing nothing else; then each entry still to send is completed exactly once through
the Integration API, and its steps are recorded.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from packstation.centra.connection import connect
from packstation.outbox import Dispatcher, Outbox, State
from packstation.outbox.codec import SCHEMA_VERSION
from packstation.simulator import DEMO_TOKEN, CentraSimulator
from tests.integration_api_support import captures, mutations

FIXTURE = Path(__file__).parent / "fixtures" / "outbox" / "v1_outbox.sqlite3"
T0 = 1_796_000_000.0
KEPT = ("id", "shipment_id", "order_id", "request", "state", "attempts", "next_attempt_at",
        "last_error", "created_at", "updated_at", "needs_capture", "acknowledged", "station",
        "operator", "claimed_at", "claim_owner", "claim_pid", "lease_until")


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def raw_rows(path: Path) -> list[dict[str, Any]]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT * FROM outbox ORDER BY id")]
    finally:
        db.close()


@pytest.fixture
def v1_db(tmp_path: Path) -> Path:
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_fixture_is_format_1_without_step_columns(v1_db: Path) -> None:
    rows = raw_rows(v1_db)
    assert [(r["shipment_id"], r["state"], r["schema_version"]) for r in rows] == [
        ("41001-1", "pending", 1), ("41004-1", "pending", 1), ("41002-1", "unknown", 1),
        ("41003-1", "done", 1), ("41005-1", "refused", 1)]
    assert "steps_done" not in rows[0] and "waiting_on" not in rows[0]


def test_opening_adds_the_step_columns_and_changes_nothing_else(v1_db: Path) -> None:
    before = raw_rows(v1_db)
    with Outbox(v1_db, clock=Clock(T0 + 100)) as box:
        entries = box.all_entries()
    after = raw_rows(v1_db)
    for old, new in zip(before, after, strict=True):
        assert {k: new[k] for k in KEPT} == {k: old[k] for k in KEPT}  # request text too
        assert new["schema_version"] == SCHEMA_VERSION == 2
        assert (new["steps_done"], new["step_sending"], new["waiting_on"]) == ("", "", "")
    assert [e.state for e in entries] == [State.PENDING, State.PENDING, State.UNKNOWN,
                                          State.DONE, State.REFUSED]
    assert [e.attempts for e in entries] == [0, 1, 1, 1, 1]
    assert all(e.steps_done == () and not e.rate_limited for e in entries)
    assert not entries[1].ok_to_ship  # needs a capture, none recorded
    with Outbox(v1_db, clock=Clock(T0 + 200)):
        pass
    assert raw_rows(v1_db) == after  # a second open writes nothing


def test_a_format_1_row_added_later_is_still_read(v1_db: Path) -> None:
    """An older release still draining the same file inserts format-1 rows without the
    step columns: they read with no steps recorded."""
    with Outbox(v1_db, clock=Clock(T0 + 100)) as box:
        request = box._db.execute("SELECT request FROM outbox WHERE id = 1").fetchone()[0]
        box._db.execute("DELETE FROM outbox WHERE id = 1")
        box._db.execute("INSERT INTO outbox (shipment_id, order_id, request, schema_version, "
                        "state, next_attempt_at, created_at, updated_at, needs_capture) "
                        "VALUES ('41001-1', '41001', ?, 1, 'pending', 0, 0, 0, 0)",
                        (request,))
        entry = box.open_for("41001-1")
    assert entry is not None and entry.completion.tracking == "1Z999AA10123456784"
    assert entry.steps_done == ()


def test_each_entry_still_to_send_is_completed_once_and_its_steps_recorded(
        v1_db: Path, simulator: CentraSimulator) -> None:
    clock = Clock(T0 + 100)
    client = connect(simulator.graphql_url, DEMO_TOKEN, api="integration", timeout=5.0)
    try:
        with Outbox(v1_db, clock=clock) as box:
            disp = Dispatcher(box, client, clock=clock, rng=random.Random(3))
            for _ in range(12):
                disp.deliver_due()
                if not box.open_entries():
                    break
                clock.now += 60
            entries = {e.shipment_id: e for e in box.all_entries()}
    finally:
        client.close()
    assert {sid: e.state for sid, e in entries.items()} == {
        "41001-1": State.DONE, "41004-1": State.DONE, "41002-1": State.DONE,
        "41003-1": State.DONE, "41005-1": State.REFUSED}
    assert entries["41004-1"].steps_done == ("capture", "complete")
    assert entries["41001-1"].steps_done == ("complete",)
    sent = mutations(simulator)
    # 41001, 41004, 41002 (its first request never reached Centra); not 41003 or 41005.
    assert sent["completeShipment"] == 3
    assert sent["captureShipment"] == 1 and captures(simulator, "41004-1") == 1
    for sid in ("41001-1", "41004-1", "41002-1"):
        assert simulator.shipment(sid)["state"] == "completed"
