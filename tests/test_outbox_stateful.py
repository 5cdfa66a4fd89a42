"""Stateful (hypothesis ``RuleBasedStateMachine``) tests of outbox + dispatcher over random
interleavings of send, answer, lost answer, slow Centra, timeout, crash, restart and a
second process, against a strict in-process Centra model on an injected clock.

The model is strict where a real Centra may be lenient: every PUT it *processes* counts,
a second one for the same shipment is a duplicate (a real Centra may answer "ok" again or
resend the e-mail), and a second PUT while an earlier one for the same shipment is still
alive is flagged on its own. A request it receives is processed at once, or after a delay
(a slow Centra: up to ``MAX_PROCESSING_S``, inside the settle window's assumption), or
never (lost on the way). Processes share one SQLite file; a crash closes a process's
connection mid-request, as a SIGKILL would (no handler writes anything).

Invariants after every step: no shipment processed twice; never two live requests for one
shipment. At the end (teardown), a calm Centra drains everything: each completion the
packer made is processed exactly once, none is lost.
"""

from __future__ import annotations

import itertools
import os
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from packstation.centra.domain import Completion, CompletionResult, Shipment, ShipmentState
from packstation.centra.errors import ConnectionReset, ResponseTimeout, Unreachable
from packstation.centra.ports import StepListener
from packstation.outbox import (
    AlreadyCompleted,
    AlreadyQueued,
    Dispatcher,
    Outbox,
    OutboxUnavailable,
    State,
)
from packstation.outbox.dispatcher import REQUEST_LIFETIME_S, SETTLE_WINDOW_S
from packstation.outbox.model import StaleTransition

SHIPMENTS = [f"{90000 + n}-1" for n in range(6)]
# A request Centra is still working on is processed at most this long after it left:
# the assumption the settle window rests on (docs/outbox.md).
MAX_PROCESSING_S = SETTLE_WINDOW_S - 5.0
BEHAVIOURS = ("ok", "ok", "lost_answer", "lost_request", "slow", "slow_then_lost",
              "unreachable", "reset_after", "second_process", "crash", "crash_after")


class Crash(BaseException):
    """The process died mid-request (its connection is already closed)."""


class Clock:
    def __init__(self) -> None:
        self.now = 2_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Proc:
    pid: int
    outbox: Outbox
    dispatcher: Dispatcher
    alive: bool = True


@dataclass
class StrictCentra:
    """Counts processed completions; holds slow requests until their time comes."""

    clock: Clock
    processed: dict[str, int] = field(default_factory=dict)
    tracking: dict[str, str] = field(default_factory=dict)
    slow: list[tuple[float, Completion]] = field(default_factory=list)
    live: dict[str, int] = field(default_factory=dict)  # shipment → requests not yet dead
    down: bool = False
    next_behaviour: str = "ok"
    violations: list[str] = field(default_factory=list)
    during: object = None  # called mid-request for "second_process"
    puts: int = 0
    lookups: int = 0

    def tick(self) -> None:
        due = [(t, r) for t, r in self.slow if t <= self.clock.now]
        self.slow = [(t, r) for t, r in self.slow if t > self.clock.now]
        for _, request in due:
            self._process(request)
            self.live[request.shipment] -= 1

    def _process(self, request: Completion) -> None:
        n = self.processed.get(request.shipment, 0) + 1
        self.processed[request.shipment] = n
        self.tracking.setdefault(request.shipment, request.tracking)
        if n > 1:
            self.violations.append(f"{request.shipment} processed {n} times")

    # -- the Completer port -------------------------------------------------

    def complete(self, request: Completion, *,
                 on_step: StepListener | None = None) -> CompletionResult:
        self.tick()
        if self.down:
            raise Unreachable("simulated outage")
        self.puts += 1
        sid = request.shipment
        if self.live.get(sid, 0) > 0:
            self.violations.append(f"second PUT for {sid} while the first was alive")
        behaviour, self.next_behaviour = self.next_behaviour, "ok"
        if behaviour == "unreachable":
            raise Unreachable("simulated")
        if behaviour in ("slow", "slow_then_lost"):
            # Centra works on it after the client's deadline; the answer never comes.
            delay = MAX_PROCESSING_S if behaviour == "slow" else REQUEST_LIFETIME_S + 1
            self.slow.append((self.clock.now + delay, request))
            self.live[sid] = self.live.get(sid, 0) + 1
            raise ResponseTimeout(outcome_unknown=True)
        if behaviour == "lost_request":
            raise ConnectionReset(outcome_unknown=True)
        if behaviour == "second_process":
            # While this request is on the wire, another process starts and drains.
            self.live[sid] = self.live.get(sid, 0) + 1
            try:
                if callable(self.during):
                    self.during()
            finally:
                self.live[sid] -= 1
        if behaviour == "crash":
            raise Crash()  # died before the request left
        self._process(request)
        if behaviour == "crash_after":
            raise Crash()  # Centra did it; the answer died with the process
        if behaviour in ("lost_answer", "reset_after"):
            raise ResponseTimeout(outcome_unknown=True)
        return CompletionResult(order=request.order, shipment=sid)

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None:
        self.tick()
        if self.down:
            raise Unreachable("simulated outage")
        self.lookups += 1
        if state is ShipmentState.COMPLETED and self.processed.get(shipment_id):
            return Shipment(order_id=order, shipment_id=shipment_id,
                            tracking_number=self.tracking.get(shipment_id, ""))
        return None


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._tmp = TemporaryDirectory(prefix="outbox-stateful-")
        self.path = Path(self._tmp.name) / "outbox.sqlite3"
        self.clock = Clock()
        self.centra = StrictCentra(self.clock)
        self.pids = itertools.count(5000)
        self.procs: list[Proc] = []
        self.added: set[str] = set()
        self.centra.during = self._second_process_drains
        self._start()

    # -- processes ---------------------------------------------------------------------

    def _alive(self, pid: int) -> bool:
        return any(p.pid == pid and p.alive for p in self.procs)

    def _start(self) -> Proc:
        pid = next(self.pids)
        box = Outbox(self.path, clock=self.clock, pid=pid, pid_alive=self._alive)
        proc = Proc(pid, box, Dispatcher(box, self.centra, clock=self.clock,
                                         base_backoff=1.0, max_backoff=30.0))
        self.procs.append(proc)
        box.recover_after_crash()  # what every start-up does
        return proc

    def _running(self) -> list[Proc]:
        return [p for p in self.procs if p.alive]

    def _second_process_drains(self) -> None:
        """Called while a request is on the wire: the claim must survive another
        process's start-up and drain untouched (one sender per shipment)."""
        first = self._running()[0]
        owners = {p.outbox.owner for p in self._running()}
        sending = {e.id for e in first.outbox.open_entries()
                   if e.state is State.SENDING and e.claim_owner in owners}
        other = self._start()
        self._drain(other)
        for e in first.outbox.all_entries():
            if e.id in sending and e.state is not State.SENDING:
                self.centra.violations.append(
                    f"{e.shipment_id}: a live claim became {e.state} in another process")

    def _drain(self, proc: Proc) -> None:
        try:
            proc.dispatcher.deliver_due()
        except Crash:
            self._kill(proc)

    def _kill(self, proc: Proc) -> None:
        proc.alive = False
        proc.outbox.close()

    # -- rules -------------------------------------------------------------------------

    @rule(sid=st.sampled_from(SHIPMENTS), behaviour=st.sampled_from(BEHAVIOURS))
    def packer_completes(self, sid: str, behaviour: str) -> None:
        """The packer completes a shipment: saved, then one attempt (like the bench)."""
        running = self._running()
        if not running:
            return
        proc = running[0]
        try:
            entry = proc.outbox.add(Completion(order=sid.split("-")[0], shipment=sid,
                                                    tracking=f"T{sid}"), needs_capture=False)
        except (AlreadyQueued, AlreadyCompleted):
            return
        self.added.add(sid)
        self.centra.next_behaviour = behaviour
        try:
            proc.dispatcher.deliver(entry.id)
        except Crash:
            self._kill(proc)

    @rule(behaviour=st.sampled_from(BEHAVIOURS), which=st.integers(0, 3))
    def background_drain(self, behaviour: str, which: int) -> None:
        running = self._running()
        if running:
            self.centra.next_behaviour = behaviour
            self._drain(running[which % len(running)])

    @rule(seconds=st.sampled_from([0.5, 2.0, 5.0, 20.0, 46.0, 90.0, 200.0]))
    def time_passes(self, seconds: float) -> None:
        self.clock.now += seconds
        self.centra.tick()

    @rule()
    def crash(self) -> None:
        running = self._running()
        if running:
            self._kill(running[-1])

    @precondition(lambda self: len(self._running()) < 3)
    @rule()
    def start_again(self) -> None:
        """A restart, or a second process (a double-clicked icon, the drain CLI)."""
        self._start()

    @rule(down=st.booleans())
    def centra_outage(self, down: bool) -> None:
        self.centra.down = down

    @rule(which=st.integers(0, 3))
    def retry_button(self, which: int) -> None:
        running = self._running()
        if running:
            try:
                running[which % len(running)].outbox.retry_now()
            except OutboxUnavailable:  # pragma: no cover - the file is always there
                raise

    # -- invariants --------------------------------------------------------------------

    @invariant()
    def never_processed_twice(self) -> None:
        assert self.centra.violations == []

    def teardown(self) -> None:
        try:
            self.centra.down = False
            self.centra.next_behaviour = "ok"
            proc = self._running()[0] if self._running() else self._start()
            for _ in range(400):
                proc.outbox.recover_after_crash()
                if not proc.outbox.open_entries() and not self.centra.slow:
                    break
                self.clock.now += 15.0
                self.centra.tick()
                with suppress(StaleTransition):  # reported by the asserts below
                    proc.dispatcher.deliver_due()
            entries = proc.outbox.all_entries()
            assert self.centra.violations == []
            assert [e.shipment_id for e in entries if e.state is not State.DONE] == []
            lost = sorted(s for s in self.added if self.centra.processed.get(s, 0) == 0)
            assert lost == [], f"lost {lost}"
            assert all(self.centra.processed.get(s) == 1 for s in self.added)
        finally:
            for p in self.procs:
                if p.alive:
                    p.outbox.close()
            self._tmp.cleanup()


OutboxMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("OUTBOX_STATEFUL_EXAMPLES", "150")),
    stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow])
TestOutboxInterleavings = OutboxMachine.TestCase
