"""Completions go through the durable outbox, never straight to Centra.

``DeliveryService`` is the bench's completer: ``complete_now`` (run in a worker) saves
the completion in the outbox, then makes one delivery attempt. Every ``interval_ms`` (the
runner's ``later``) it drains what is still waiting (Centra down, answer lost) through the
same runner, and publishes a snapshot for the "Waiting to send" panel and refusal alerts
to ``snapshot_ready``'s listeners, on the owner's thread. Qt-free: in the app the runner
is the ``JobRunner`` (``ui/jobs.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from packstation.bench.activity_log import describe_entry
from packstation.centra.domain import Completion
from packstation.centra.errors import CentraError
from packstation.outbox import Dispatcher, Outbox, OutboxEntry, State

if TYPE_CHECKING:
    from packstation.bench.session_ports import Runner

log = logging.getLogger(__name__)

IDLE_DRAIN_EVERY = 15  # with nothing waiting, only every 15th drain tick reads the outbox


@dataclass(frozen=True)
class CompletionOutcome:
    """What one completion attempt led to, for the bench's inline message."""

    entry: OutboxEntry
    error: CentraError | None

    @property
    def state(self) -> State:
        return self.entry.state

    @property
    def confirmed(self) -> bool:
        return self.entry.state is State.DONE

    @property
    def refused(self) -> bool:
        return self.entry.state is State.REFUSED

    @property
    def confirming(self) -> bool:
        """Sent, no answer yet: Centra is being asked before anything is sent again."""
        return self.entry.state is State.UNKNOWN


@dataclass(frozen=True)
class OutboxSnapshot:
    waiting: tuple[OutboxEntry, ...]
    alerts: tuple[OutboxEntry, ...]
    finished: tuple[OutboxEntry, ...] = ()  # settled by the background drain just now
    problem: str | None = None  # the data folder went / cannot be written: stop, in red


class Listeners:
    """A plain signal: ``connect(fn)``, and ``emit(snapshot)`` calls each in order."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[OutboxSnapshot], object]] = []

    def connect(self, fn: Callable[[OutboxSnapshot], object]) -> None:
        self._listeners.append(fn)

    def emit(self, snapshot: OutboxSnapshot) -> None:
        for fn in list(self._listeners):
            fn(snapshot)


class DeliveryService:
    def __init__(self, outbox: Outbox, dispatcher: Dispatcher, runner: Runner,
                 *, interval_ms: int = 2000) -> None:
        self.snapshot_ready = Listeners()  # OutboxSnapshot, on the owner's thread
        self.outbox = outbox
        self.dispatcher = dispatcher
        self.runner = runner
        self._draining = False
        # Entries a packer is completing right now (worker threads): the bench already
        # says "Completing…", so the "Waiting to send" strip must not flash up for them
        # (it did for every completion slower than the 2 s drain: a full-window relayout).
        self._foreground: set[int] = set()
        self._foreground_lock = threading.Lock()
        self._waiting: dict[str, OutboxEntry] = {}  # shipment ID → open entry (last snapshot)
        self._last: OutboxSnapshot | None = None
        self._ticks = 0
        self.interval_ms = interval_ms
        self._generation = 0  # a tick of a stopped (or restarted) timer does nothing
        self._running = False

    def start(self) -> None:
        self._running = True
        self._generation += 1
        self._arm(self._generation)
        self.drain()

    def stop(self) -> None:
        self._running = False
        self._generation += 1

    def _arm(self, generation: int) -> None:
        self.runner.later(self.interval_ms, lambda: self._tick(generation))

    def _tick(self, generation: int) -> None:
        if not self._running or generation != self._generation:
            return
        self._arm(generation)
        self.drain()

    @property
    def running(self) -> bool:
        """Is the periodic drain on (between ``start`` and ``stop``)?"""
        return self._running

    # ----------------------------------------------------- worker-thread calls

    def complete_now(self, completion: Completion, *, needs_capture: bool,
                     station: str = "", operator: str = "") -> CompletionOutcome:
        """Save, then try once. Raises ``OutboxError`` if it could not even be saved."""
        entry = self.outbox.add(completion, needs_capture=needs_capture,
                                station=station, operator=operator)
        log.info("Outbox: saved %s", describe_entry(entry))
        with self._foreground_lock:
            self._foreground.add(entry.id)
        try:
            delivery = self.dispatcher.deliver(entry.id)
        finally:
            with self._foreground_lock:
                self._foreground.discard(entry.id)
        entry = delivery.entry
        level = {State.DONE: logging.INFO, State.REFUSED: logging.ERROR}.get(entry.state,
                                                                           logging.WARNING)
        log.log(level, "Outbox: sent %s", describe_entry(entry))
        if entry.state is State.REFUSED:
            # The packer sees this refusal inline right now: no separate alert needed.
            entry = self.outbox.acknowledge(entry.id)
        return CompletionOutcome(entry, delivery.error)

    def _drain_job(self) -> OutboxSnapshot:
        if self.outbox.problem() is None:
            self.outbox.recover_stale_claims()  # another sender died since (never our own)
        finished = tuple(d.entry for d in self.dispatcher.deliver_due()
                         if d.entry.state in (State.DONE, State.REFUSED))
        return OutboxSnapshot(self._open_entries(),
                              tuple(self.outbox.unacknowledged_refusals()), finished,
                              self.outbox.problem())

    def _snapshot_job(self) -> OutboxSnapshot:
        return OutboxSnapshot(self._open_entries(), tuple(self.outbox.unacknowledged_refusals()),
                              problem=self.outbox.problem())

    def _open_entries(self) -> tuple[OutboxEntry, ...]:
        with self._foreground_lock:
            busy = set(self._foreground)
        return tuple(e for e in self.outbox.open_entries() if e.id not in busy)

    # -------------------------------------------------------- GUI-thread calls

    def drain(self) -> None:
        if self._draining:
            return
        self._ticks += 1
        if self._last is not None and not self._waiting and self._last.problem is None \
                and self._ticks % IDLE_DRAIN_EVERY:
            # Nothing open as of the last snapshot, and only this bench adds entries (an
            # unconfirmed completion refreshes the snapshot at once): no job, no SQLite, no
            # GIL hand-off every 2 s while the packer scans. A slow check still runs.
            return
        self._draining = True
        self.runner.submit(self._drain_job, self._published, self._drain_failed)

    def refresh(self) -> None:
        self.runner.submit(self._snapshot_job, self._publish, self._drain_failed)

    @property
    def problem(self) -> str | None:
        """GUI thread, no I/O: the outbox's problem as of the last snapshot."""
        return self._last.problem if self._last is not None else None

    def waiting_for(self, shipment_id: str) -> OutboxEntry | None:
        """GUI thread, no I/O: the shipment's open entry as of the last snapshot (at most
        one drain interval old; the lookup's worker job reads the outbox itself)."""
        return self._waiting.get(shipment_id)

    def retry_now(self) -> None:
        def job() -> OutboxSnapshot:
            self.outbox.retry_now()
            return self._drain_job()

        self.runner.submit(job, self._publish, self._drain_failed)

    def acknowledge(self, entry_id: int) -> None:
        def job() -> OutboxSnapshot:
            self.outbox.acknowledge(entry_id)
            return self._snapshot_job()

        self.runner.submit(job, self._publish, self._drain_failed)

    def _published(self, snapshot: OutboxSnapshot) -> None:
        self._draining = False
        self._publish(snapshot)

    def _publish(self, snapshot: OutboxSnapshot) -> None:
        self._waiting = {e.shipment_id: e for e in snapshot.waiting}
        if snapshot == self._last:
            return  # nothing changed (the usual case every 2 s): no widget work
        self._last = snapshot
        self.snapshot_ready.emit(snapshot)

    def _drain_failed(self, exc: BaseException) -> None:
        self._draining = False
        log.error("Outbox drain failed: %s", exc)
