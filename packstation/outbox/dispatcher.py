"""Delivers outbox entries to Centra: reconcile first when the outcome is unknown,
send, record the answer. Exactly-once rests on three rules:

1. the entry is claimed (``sending``, committed with ``synchronous=FULL``) before the PUT;
2. an entry that may have reached Centra (``unknown``, or ``sending`` found after a crash)
   is never resent before ``client.find(..., ShipmentState.COMPLETED)`` says it is not
   completed;
3. refusals are final; anything that sent nothing goes back to ``pending`` with backoff.

``CRASH_HOOK_ENV`` lets the fault-injection tests kill the process at a chosen point.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from packstation.centra.errors import CentraError, CentraRefused
from packstation.centra.models import CompleteRequest, CompleteResponse, Shipment, ShipmentState
from packstation.outbox.model import OutboxEntry, StaleTransition, State
from packstation.outbox.store import Outbox

CRASH_HOOK_ENV = "PACKSTATION_OUTBOX_CRASH_AT"
CRASH_POINTS = ("claimed", "answered", "reconciled")


@dataclass(frozen=True)
class Delivery:
    """The result of one ``deliver`` call."""

    entry: OutboxEntry
    error: CentraError | None = None
    reconciled: bool = False  # a lookup decided (done, or not completed so sent again)
    sent: bool = False  # a PUT left in this call

    @property
    def state(self) -> State:
        return self.entry.state


def _crash_point(point: str) -> None:
    """Test hook: ``PACKSTATION_OUTBOX_CRASH_AT=answered`` SIGKILLs this process when it
    reaches that point (``answered:0.3`` only with probability 0.3)."""
    spec = os.environ.get(CRASH_HOOK_ENV)
    if not spec:
        return
    for item in spec.split(","):
        name, _, chance = item.partition(":")
        if name == point and (not chance or random.random() < float(chance)):
            os.kill(os.getpid(), signal.SIGKILL)


class CompletionClient(Protocol):
    """What the dispatcher needs of Centra: ``CentraClient`` or an auditing wrapper."""

    def complete(self, request: CompleteRequest) -> CompleteResponse: ...

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None: ...


class Dispatcher:
    """One attempt per call; thread-safe because every step is a guarded transition."""

    def __init__(
        self,
        outbox: Outbox,
        client: CompletionClient,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        max_backoff: float = 60.0,
        base_backoff: float = 1.0,
        settle: float = 30.0,
    ) -> None:
        self.outbox = outbox
        self.client = client
        self.clock = clock
        self.rng = rng or random.Random()
        self.max_backoff = max_backoff
        self.base_backoff = base_backoff
        self.settle = settle

    def backoff(self, attempts: int) -> float:
        """``min(max, base * 2**attempts)`` seconds times jitter in [0.5, 1.5]."""
        delay = min(self.max_backoff, self.base_backoff * 2 ** min(attempts, 30))
        return float(delay * self.rng.uniform(0.5, 1.5))

    def _later(self, entry: OutboxEntry) -> float:
        return self.clock() + self.backoff(max(entry.attempts, 1))

    def _settled(self, entry: OutboxEntry) -> float:
        """When to look up an unknown outcome: after the backoff, and never sooner than
        ``settle`` seconds, so a request Centra is still working on has landed."""
        return max(self._later(entry), self.clock() + self.settle)

    def deliver_due(self) -> list[Delivery]:
        return [self.deliver(e.id) for e in self.outbox.due(self.clock())]

    def deliver(self, entry_id: int) -> Delivery:
        entry = self.outbox.get(entry_id)
        reconciled = False
        if entry.state is State.UNKNOWN:
            result = self._reconcile(entry)
            if result.entry.state is not State.PENDING:
                return result
            entry, reconciled = result.entry, True
        if entry.state is not State.PENDING:
            return Delivery(entry)  # done, refused, or another thread is sending it
        try:
            entry = self.outbox.mark_sending(entry.id)
        except StaleTransition:
            return Delivery(self.outbox.get(entry_id))
        _crash_point("claimed")
        try:
            self.client.complete(entry.request)
        except CentraRefused as exc:
            _crash_point("answered")
            if "already completed" in exc.centra_msg.lower():
                # Our earlier attempt may be the one that completed it: look it up.
                later = self._settled(entry)
                return Delivery(self.outbox.mark_unknown(entry.id, exc.message, later), exc,
                                reconciled, sent=True)
            return Delivery(self.outbox.mark_refused(entry.id, exc.message), exc,
                            reconciled, sent=True)
        except CentraError as exc:
            _crash_point("answered")
            if exc.outcome_unknown:
                done = self.outbox.mark_unknown(entry.id, exc.message, self._settled(entry))
            else:
                done = self.outbox.mark_pending(entry.id, exc.message, self._later(entry))
            return Delivery(done, exc, reconciled, sent=True)
        except BaseException:
            # A bug or an interrupt mid-send: the PUT may have left. Never resend blindly.
            self.outbox.mark_unknown(entry.id, "Packstation failed while sending; "
                                     "checking Centra first", self._settled(entry))
            raise
        _crash_point("answered")
        return Delivery(self.outbox.mark_done(entry.id), None, reconciled, sent=True)

    def _reconcile(self, entry: OutboxEntry) -> Delivery:
        """Ask Centra whether the shipment is completed. Leaves the entry ``done``,
        ``refused`` (completed with someone else's tracking), ``unknown`` (lookup failed)
        or ``pending`` (not completed: the caller sends it now)."""
        request = entry.request
        try:
            found = self.client.find(request.order, request.shipment, ShipmentState.COMPLETED)
        except CentraError as exc:
            later = self._later(entry)
            self._bump_attempts(entry)
            reason = f"Could not check Centra before resending ({exc.message})"
            return Delivery(self.outbox.mark_unknown(entry.id, reason, later), exc)
        _crash_point("reconciled")
        if found is None:
            reason = entry.last_error or "Not completed in Centra yet"
            return Delivery(self.outbox.mark_pending(entry.id, reason, self.clock()),
                            reconciled=True)
        if request.tracking and found.tracking_number and \
                found.tracking_number != request.tracking:
            reason = (f"Centra shows shipment {request.shipment} already completed with "
                      f"tracking {found.tracking_number}, not {request.tracking}")
            return Delivery(self.outbox.mark_refused(entry.id, reason), reconciled=True)
        return Delivery(self.outbox.mark_done(entry.id), reconciled=True)

    def _bump_attempts(self, entry: OutboxEntry) -> None:
        self.outbox.count_attempt(entry.id)
