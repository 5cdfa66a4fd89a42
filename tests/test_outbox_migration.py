"""An outbox written by the release before schema versions, opened by today's code.

``fixtures/outbox/release_outbox.sqlite3`` was made by that release (commit 561348d; see
``make_release_outbox.py`` next to it): eight entries, one in each state, stored as the
Order API's ``CompleteRequest``. Opening it must upgrade every row to the neutral
``Completion`` format in place, lose nothing, and send nothing twice: exactly one PUT per
entry still to send, none for a done or refused one, and the settle rules of an entry whose
first request may have landed still hold.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from packstation.centra.domain import Completion
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.outbox import Dispatcher, Outbox, OutboxUnavailable, State
from packstation.outbox.codec import SCHEMA_VERSION
from packstation.outbox.dispatcher import SETTLE_WINDOW_S
from packstation.simulator import CentraSimulator, build_shipment

FIXTURE = Path(__file__).parent / "fixtures" / "outbox" / "release_outbox.sqlite3"
T0 = 1_796_000_000.0  # the fixture's clock (make_release_outbox.py)
OTHER = ("id", "shipment_id", "order_id", "state", "attempts", "next_attempt_at", "last_error",
         "created_at", "updated_at", "needs_capture", "acknowledged", "station", "operator",
         "claimed_at", "claim_owner", "claim_pid", "lease_until")


def c(n: int, **kw: Any) -> Completion:
    base: dict[str, Any] = {"order": str(n), "shipment": f"{n}-1", "carrier": "PostNord",
                            "service": "MyPack Home", "tracking": f"PN{n}SE"}
    base.update(kw)
    return Completion(**base)


# What the release stored, entry by entry: (completion, state, attempts, needs_capture,
# acknowledged, station, operator).
EXPECTED: dict[int, tuple[Completion, State, int, bool, bool, str, str]] = {
    1: (c(71001), State.PENDING, 0, False, False, "Bench 1", "anna"),
    2: (c(71002, send_email=False, packages=2, return_slip_tracking="RT71002SE",
          internal_comment="Fragile – glas ✓ (Straße)"),
        State.PENDING, 0, True, False, "Bench 1", "anna"),
    3: (c(71003, send_email=True, capture=False, carrier="DHL", service="Parcel Connect",
          tracking="JJD0012345678"), State.PENDING, 1, False, False, "Bench 2", "björn"),
    4: (c(71004), State.SENDING, 1, False, False, "Bench 1", "anna"),
    5: (c(71005, carrier="Bring", service="", tracking="370722150000000005"),
        State.UNKNOWN, 1, False, False, "Bench 1", "anna"),
    6: (c(71006), State.DONE, 1, False, False, "Bench 1", "anna"),
    7: (c(71007), State.REFUSED, 1, True, False, "Bench 1", "anna"),
    8: (c(71008), State.REFUSED, 1, True, True, "Bench 1", "anna"),
}


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
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


@pytest.fixture
def sim() -> Iterator[CentraSimulator]:
    shipments = [build_shipment(71001), build_shipment(71002, paid=False, should_capture=True),
                 build_shipment(71003), build_shipment(71004),
                 # 71005's request landed before the answer was lost: Centra completed it.
                 build_shipment(71005, state="completed", carrier="Bring", service="",
                                tracking="370722150000000005"),
                 build_shipment(71006, state="completed", tracking="PN71006SE"),
                 build_shipment(71007, paid=False, should_capture=True, capture_ok=False),
                 build_shipment(71008, paid=False, should_capture=True, capture_ok=False)]
    with CentraSimulator(api_key="demo-key", shipments=shipments) as s:
        yield s


def test_the_fixture_is_the_release_format(old_db: Path) -> None:
    rows = raw_rows(old_db)
    assert [r["id"] for r in rows] == list(EXPECTED)
    assert all("schema_version" not in r for r in rows)  # no versions in that release
    assert set(json.loads(rows[0]["request"])) == {
        "order", "shipment", "capture", "gtg", "shipped", "carrier", "service", "packages",
        "tracking", "return_slip_tracking", "send_email", "internal_comment"}


def test_opening_upgrades_every_row_and_changes_nothing_else(old_db: Path) -> None:
    before = raw_rows(old_db)
    with Outbox(old_db, clock=Clock(T0 + 100)) as box:
        entries = box.all_entries()
    assert [e.id for e in entries] == list(EXPECTED)
    for e in entries:
        completion, state, attempts, needs_capture, acked, station, operator = EXPECTED[e.id]
        assert e.completion == completion, e.id
        assert (e.state, e.attempts, e.needs_capture, e.acknowledged, e.station,
                e.operator) == (state, attempts, needs_capture, acked, station, operator), e.id
        assert e.shipment_id == completion.shipment and e.order_id == completion.order
    after = raw_rows(old_db)
    for old, new in zip(before, after, strict=True):
        assert {k: new[k] for k in OTHER} == {k: old[k] for k in OTHER}
        assert new["schema_version"] == SCHEMA_VERSION
        stored = json.loads(new["request"])
        assert stored["shipment_ref"] == ""
        assert stored["tracking"] == json.loads(old["request"])["tracking"]  # used_tracking
    # Opening again finds nothing to upgrade and writes nothing.
    with Outbox(old_db, clock=Clock(T0 + 200)) as box:
        assert [e.completion for e in box.all_entries()] == [x[0] for x in EXPECTED.values()]
    assert raw_rows(old_db) == after


def test_upgraded_outbox_keeps_its_duplicate_guards(old_db: Path) -> None:
    with Outbox(old_db, clock=Clock(T0 + 100)) as box:
        assert box.used_tracking("PN71006SE", "99999-1") is not None  # done, via json path
        assert box.open_for("71004-1") is not None
        assert box.latest_done("71006-1") is not None
        assert [e.id for e in box.unacknowledged_refusals()] == [7]


def test_each_queued_completion_is_sent_exactly_once(old_db: Path,
                                                     sim: CentraSimulator) -> None:
    clock = Clock(T0 + 100)  # 71004's lease has run out; its settle window has not
    with Outbox(old_db, clock=clock) as box, \
            CentraClient(sim.base_url, "demo-key",
                         timeouts=Timeouts(connect=2, read=5, complete_read=5)) as client:
        disp = Dispatcher(box, client, clock=clock, rng=random.Random(3))
        assert [e.shipment_id for e in box.recover_after_crash()] == ["71004-1"]
        disp.deliver_due()
        assert puts(sim) == {"71001-1": 1, "71002-1": 1, "71003-1": 1}
        # 71004 may still be on the wire: looked up, not resent inside its settle window.
        assert box.get(4).state is State.UNKNOWN
        assert box.get(5).state is State.DONE  # 71005 had landed: confirmed, not resent
        for _ in range(20):
            clock.now += 30
            disp.deliver_due()
            if not box.open_entries():
                break
        assert clock.now >= T0 + 3 + SETTLE_WINDOW_S  # 71004 was claimed at T0 + 3
        states = {e.shipment_id: e.state for e in box.all_entries()}
    assert puts(sim) == {"71001-1": 1, "71002-1": 1, "71003-1": 1, "71004-1": 1}
    assert states == {"71001-1": State.DONE, "71002-1": State.DONE, "71003-1": State.DONE,
                      "71004-1": State.DONE, "71005-1": State.DONE, "71006-1": State.DONE,
                      "71007-1": State.REFUSED, "71008-1": State.REFUSED}
    bodies = {b["shipment"]: b for b in put_bodies(sim)}
    assert "sendEmail" not in bodies["71001-1"]  # the store's setting decides, as before
    assert bodies["71002-1"]["sendEmail"] is False
    assert (bodies["71002-1"]["packages"], bodies["71002-1"]["returnSlipTracking"],
            bodies["71002-1"]["internalComment"]) == (2, "RT71002SE", "Fragile – glas ✓ (Straße)")
    assert (bodies["71003-1"]["sendEmail"], bodies["71003-1"]["capture"],
            bodies["71003-1"]["carrier"], bodies["71003-1"]["tracking"]) == (
        True, False, "DHL", "JJD0012345678")
    assert bodies["71004-1"]["order"] == 71004 and bodies["71004-1"]["tracking"] == "PN71004SE"


def puts(sim: CentraSimulator) -> dict[str, int]:
    counts: dict[str, int] = {}
    for body in put_bodies(sim):
        counts[body["shipment"]] = counts.get(body["shipment"], 0) + 1
    return counts


def put_bodies(sim: CentraSimulator) -> list[dict[str, Any]]:
    return [r.json() or {} for r in sim.requests if r.method == "PUT" and r.path == "/shipment"]


def test_a_row_an_older_release_adds_later_is_still_read(old_db: Path) -> None:
    """Two versions on one file (an old drain still running): its rows carry no version
    and are read in the release format."""
    with Outbox(old_db, clock=Clock(T0 + 100)) as box:
        release_row = json.dumps({"order": "71009", "shipment": "71009-1", "capture": True,
                                  "gtg": True, "shipped": True, "carrier": "UPS",
                                  "service": "", "packages": 1, "tracking": "1Z999",
                                  "return_slip_tracking": "", "send_email": None,
                                  "internal_comment": ""}, sort_keys=True)
        box._db.execute("INSERT INTO outbox (shipment_id, order_id, request, state, "
                        "next_attempt_at, created_at, updated_at, needs_capture) VALUES "
                        "('71009-1', '71009', ?, 'pending', 0, 0, 0, 0)", (release_row,))
        entry = box.open_for("71009-1")
    assert entry is not None and entry.completion == Completion(
        order="71009", shipment="71009-1", carrier="UPS", tracking="1Z999")


def test_a_row_from_a_newer_version_stops_the_start_and_changes_nothing(
        old_db: Path) -> None:
    with Outbox(old_db, clock=Clock(T0 + 100)):
        pass
    db = sqlite3.connect(old_db)
    db.execute("UPDATE outbox SET schema_version = ? WHERE id = 2", (SCHEMA_VERSION + 1,))
    db.commit()
    db.close()
    before = raw_rows(old_db)
    with pytest.raises(OutboxUnavailable, match=r"completion 2 .*newer Packstation"):
        Outbox(old_db, clock=Clock(T0 + 200))
    assert raw_rows(old_db) == before


def test_a_broken_release_row_stops_the_upgrade_of_every_row(old_db: Path) -> None:
    db = sqlite3.connect(old_db)
    db.execute("UPDATE outbox SET request = '{\"order\": \"71003\"}' WHERE id = 3")
    db.commit()
    db.close()
    with pytest.raises(OutboxUnavailable, match=r"completion 3 .*no shipment"):
        Outbox(old_db, clock=Clock(T0 + 100))
    rows = raw_rows(old_db)
    assert all(r["schema_version"] == 0 for r in rows)  # one transaction: none upgraded
    assert [r["state"] for r in rows] == [x[1].value for x in EXPECTED.values()]


def test_two_processes_opening_the_release_file_at_once_both_start(old_db: Path) -> None:
    """The upgrade races another start (the app and a drain): the column one of them adds
    first is not an error for the other, and the rows are upgraded once."""
    import threading

    errors: list[BaseException] = []
    boxes: list[Outbox] = []
    gate = threading.Barrier(4)

    def start() -> None:
        gate.wait()
        try:
            boxes.append(Outbox(old_db, clock=Clock(T0 + 100)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for box in boxes:
        box.close()
    assert errors == []
    assert [json.loads(r["request"])["shipment"] for r in raw_rows(old_db)] == [
        x[0].shipment for x in EXPECTED.values()]
    assert {r["schema_version"] for r in raw_rows(old_db)} == {SCHEMA_VERSION}
