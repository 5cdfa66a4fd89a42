"""Delivers outbox entries to Centra: reconcile first when the outcome is unknown,
send, record the answer. Exactly-once rests on four rules:

1. the entry is claimed (``sending``, owner and claim time committed with
   ``synchronous=FULL`` under ``BEGIN IMMEDIATE``) before the PUT: one request in
   flight per shipment, across processes;
2. an entry that may have reached Centra (``unknown``, or ``sending`` found after a crash)
   is looked up with ``client.find(..., ShipmentState.COMPLETED)`` at growing gaps, and
   resent only when the lookup says "not completed" **and** its settle window
   (``settle`` seconds from ``claimed_at``) has passed: by then the first request is
   dead (no request lives longer than the client's overall deadline; see
   docs/outbox.md for the figure);
3. refusals are final; anything that sent nothing goes back to ``pending`` with backoff;
   a 429 (``RateLimited``: nothing was done) goes back to ``pending`` until Centra's
   Retry-After, without counting an attempt, and nothing more is sent to Centra by this
   dispatcher until then (the rest of a drain round is postponed, not tried);
4. an answer that cannot be recorded (disk full) is reported with what Centra said
   (``AnswerNotRecorded``); the claim stays and is looked up at the next start.

A completer that completes as a resumable sequence (``resumable``: the Integration API)
gets a step listener per delivery: each step's ``"sending"`` is committed to the entry
before its mutation leaves, its ``"done"`` after the answer (``Outbox.record_step``). The
record is information for the packer (a captured payment means the parcel may ship); it is
never a reason to skip a lookup.

A ``checkpoint`` callback, called at each of ``CHECKPOINTS``, lets the fault-injection
tests kill the process there (``outbox/faults.py``; injected by the test profile).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from packstation.centra.domain import ShipmentState
from packstation.centra.errors import CentraError, CentraRefused, RateLimited
from packstation.centra.ports import Completer, StepListener
from packstation.outbox.model import (
    AnswerNotRecorded,
    OutboxEntry,
    OutboxUnavailable,
    StaleTransition,
    State,
)
from packstation.outbox.store import RATE_LIMIT, Outbox

log = logging.getLogger(__name__)

CHECKPOINTS = ("claimed", "answered", "reconciled")

# The longest a completing PUT can live (the client's overall deadline,
# ``Timeouts.complete_total``) plus a margin for a Centra that keeps working on a
# request after the connection is gone (proxies cut at 60-100 s). See docs/outbox.md.
REQUEST_LIFETIME_S = 45.0
SETTLE_MARGIN_S = 135.0
SETTLE_WINDOW_S = REQUEST_LIFETIME_S + SETTLE_MARGIN_S  # 180 s
MIN_RATE_WAIT_S = 1.0  # a 429 without a usable Retry-After still waits this long


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


def no_checkpoint(point: str) -> None:
    """The send path's checkpoints do nothing outside the fault tests."""


CONFIRMING = "Confirming with Centra"


def with_suppressed_outbox(call: Callable[[], object]) -> None:
    """Run ``call``; an outbox that cannot be written is not the error to report here."""
    with suppress(OutboxUnavailable, StaleTransition):
        call()


class Dispatcher:
    """One attempt per call; thread-safe because every step is a guarded transition."""

    def __init__(
        self,
        outbox: Outbox,
        client: Completer,  # the adapter, or ``station.AuditedCompleter`` around it
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        max_backoff: float = 60.0,
        base_backoff: float = 1.0,
        settle: float = SETTLE_WINDOW_S,
        checkpoint: Callable[[str], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self.client = client
        self.clock = clock
        self.rng = rng or random.Random()
        self.max_backoff = max_backoff
        self.base_backoff = base_backoff
        self.settle = settle
        self._checkpoint = checkpoint or no_checkpoint
        # After a 429: nothing goes to Centra from here before this (dispatcher clock).
        self._blocked_until = 0.0
        self._block_lock = threading.Lock()

    def backoff(self, attempts: int) -> float:
        """``min(max, base * 2**attempts)`` seconds times jitter in [0.5, 1.5]."""
        delay = min(self.max_backoff, self.base_backoff * 2 ** min(attempts, 30))
        return float(delay * self.rng.uniform(0.5, 1.5))

    def _later(self, entry: OutboxEntry) -> float:
        return self.clock() + self.backoff(max(entry.attempts, 1))

    def settles_at(self, entry: OutboxEntry) -> float:
        """When the last request for ``entry`` is surely dead: a resend may go after."""
        return (entry.claimed_at or entry.updated_at) + self.settle

    def lookup_gap(self, entry: OutboxEntry) -> float:
        """The next lookup of an unknown outcome: gaps grow with the time since the claim
        (a quarter of it), from 1/60 to 1/6 of the settle window (3 s to 30 s for the
        default 180 s), so a landed request is confirmed quickly and a slow Centra is
        not hammered."""
        since = max(0.0, self.clock() - (entry.claimed_at or entry.updated_at))
        return min(self.settle / 6, max(self.settle / 60, since / 4))

    def _settled(self, entry: OutboxEntry) -> float:
        return self.clock() + self.lookup_gap(entry)

    def confirming(self, entry: OutboxEntry) -> bool:
        """Is ``entry`` waiting for its first request to be confirmed or to die?"""
        return entry.state is State.UNKNOWN and self.clock() < self.settles_at(entry)

    @property
    def blocked_for(self) -> float:
        """Seconds until Centra's rate limit lets this dispatcher send again (0: now)."""
        with self._block_lock:
            return max(0.0, self._blocked_until - self.clock())

    def _block(self, exc: RateLimited) -> float:
        """Remember Centra's Retry-After; returns when sending may resume."""
        until = self.clock() + max(float(exc.retry_after or 0.0), MIN_RATE_WAIT_S)
        with self._block_lock:
            self._blocked_until = max(self._blocked_until, until)
            return self._blocked_until

    def deliver_due(self) -> list[Delivery]:
        """One drain round: every due entry, oldest first. After a 429 the rest of the
        round is postponed to Centra's Retry-After (no request, no attempt counted)."""
        return [self.deliver(e.id) for e in self.outbox.due(self.clock())]

    def _postponed(self, entry: OutboxEntry) -> Delivery | None:
        """While rate-limited: the entry waits (recorded for the strip), nothing is sent."""
        wait = self.blocked_for
        if wait <= 0 or entry.state not in (State.PENDING, State.UNKNOWN):
            return None
        until = self.clock() + wait
        with suppress(StaleTransition):
            entry = self.outbox.postpone(entry.id, until)
        return Delivery(entry, RateLimited(wait))

    def _on_step(self, entry: OutboxEntry) -> StepListener:
        """The step listener of one delivery: each step recorded in the entry."""
        sent: set[str] = set()

        def record(step: str, phase: str) -> None:
            step = str(step)
            if phase == "sending":
                sent.add(step)
            elif step == "capture" and step not in sent and not entry.needs_capture:
                return  # paid at checkout: nothing was captured by us, nothing to say
            try:
                self.outbox.record_step(entry.id, step, phase)
            except (OutboxUnavailable, StaleTransition):
                if phase == "sending":
                    raise  # not on disk (or not ours any more): this mutation must not leave
                log.warning("Step %s of %s done, but not recorded", step, entry.shipment_id)

        return record

    def _complete(self, entry: OutboxEntry) -> None:
        if getattr(self.client, "resumable", False):
            self.client.complete(entry.completion, on_step=self._on_step(entry))
        else:
            self.client.complete(entry.completion)

    def deliver(self, entry_id: int) -> Delivery:
        entry = self.outbox.get(entry_id)
        postponed = self._postponed(entry)
        if postponed is not None:
            return postponed
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
        self._checkpoint("claimed")
        try:
            self._complete(entry)
        except RateLimited as exc:
            # 429: nothing was done (an earlier step of a sequence may have been: the next
            # run looks the shipment up first). Not an attempt; wait as Centra asks.
            self._checkpoint("answered")
            until = self._block(exc)
            try:
                done = self.outbox.mark_rate_limited(entry.id, exc.message, until)
            except OutboxUnavailable as err:
                raise AnswerNotRecorded(entry, "pending", exc, str(err)) from err
            return Delivery(done, exc, reconciled, sent=True)
        except CentraRefused as exc:
            self._checkpoint("answered")
            if "already completed" in exc.centra_msg.lower():
                # Our earlier attempt may be the one that completed it: look it up.
                later = self._settled(entry)
                return Delivery(self._record(entry, "unknown", exc, exc.message, later), exc,
                                reconciled, sent=True)
            return Delivery(self._record(entry, "refused", exc, exc.message), exc,
                            reconciled, sent=True)
        except CentraError as exc:
            self._checkpoint("answered")
            if exc.outcome_unknown:
                done = self._record(entry, "unknown", exc, exc.message, self._settled(entry))
            else:
                done = self._record(entry, "pending", exc, exc.message, self._later(entry))
            return Delivery(done, exc, reconciled, sent=True)
        except BaseException:
            # A bug or an interrupt mid-send: the PUT may have left. Never resend blindly.
            with_suppressed_outbox(lambda: self.outbox.mark_unknown(
                entry.id, "Packstation failed while sending; checking Centra first",
                self._settled(entry)))
            raise
        self._checkpoint("answered")
        return Delivery(self._record(entry, "done", None), None, reconciled, sent=True)

    def _record(self, entry: OutboxEntry, to: str, error: CentraError | None,
                reason: str = "", at: float = 0.0) -> OutboxEntry:
        """Record Centra's answer; if the outbox cannot be written any more (disk full,
        folder gone), say what Centra answered instead of "nothing was sent"."""
        try:
            if to == "done":
                return self.outbox.mark_done(entry.id)
            if to == "refused":
                return self.outbox.mark_refused(entry.id, reason)
            if to == "unknown":
                return self.outbox.mark_unknown(entry.id, reason, at)
            return self.outbox.mark_pending(entry.id, reason, at)
        except OutboxUnavailable as exc:
            raise AnswerNotRecorded(entry, to, error, str(exc)) from exc

    def _reconcile(self, entry: OutboxEntry) -> Delivery:
        """Ask Centra whether the shipment is completed. Leaves the entry ``done``,
        ``refused`` (completed with someone else's tracking), ``unknown`` (lookup failed)
        or ``pending`` (not completed: the caller sends it now)."""
        request = entry.completion
        try:
            found = self.client.find(request.order, request.shipment, ShipmentState.COMPLETED)
        except RateLimited as exc:
            until = self._block(exc)
            reason = f"Could not check Centra before resending ({exc.message})"
            return Delivery(self.outbox.mark_unknown(entry.id, reason, until,
                                                     waiting_on=RATE_LIMIT), exc)
        except CentraError as exc:
            later = self._later(entry)
            self._bump_attempts(entry)
            reason = f"Could not check Centra before resending ({exc.message})"
            return Delivery(self.outbox.mark_unknown(entry.id, reason, later), exc)
        self._checkpoint("reconciled")
        if found is None:
            if self.clock() < self.settles_at(entry):
                # Not completed *yet*: the first request may still land. Look again later;
                # never a second PUT while the first can be alive.
                return Delivery(self.outbox.mark_unknown(
                    entry.id, CONFIRMING, min(self._settled(entry), self.settles_at(entry))))
            reason = entry.last_error or "Not completed in Centra yet"
            if reason == CONFIRMING:
                reason = "Not completed in Centra yet"
            return Delivery(self.outbox.mark_pending(entry.id, reason, self.clock()),
                            reconciled=True)
        if request.tracking and found.tracking_number and \
                found.tracking_number != request.tracking:
            reason = (f"Centra shows shipment {request.shipment} already completed with "
                      f"tracking {found.tracking_number}, not {request.tracking}")
            return Delivery(self.outbox.mark_refused(entry.id, reason), reconciled=True)
        if request.internal_comment.strip() and getattr(self.client, "resumable", False):
            # A sequence (the Integration API) writes the internal comment after
            # completeShipment: completed is not yet all of it. Its ``complete`` resumes
            # from Centra's state (nothing but the comment once shipped, and that only if
            # the text is not there yet), once the first request can no longer be alive.
            if self.clock() < self.settles_at(entry):
                return Delivery(self.outbox.mark_unknown(
                    entry.id, CONFIRMING, min(self._settled(entry), self.settles_at(entry))))
            return Delivery(self.outbox.mark_pending(
                entry.id, "Completed in Centra; the internal comment is still to write",
                self.clock()), reconciled=True)
        return Delivery(self.outbox.mark_done(entry.id), reconciled=True)

    def _bump_attempts(self, entry: OutboxEntry) -> None:
        self.outbox.count_attempt(entry.id)
