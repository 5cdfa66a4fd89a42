"""Completions go through the durable outbox, never straight to Centra.

``DeliveryService`` is the bench's completer: ``complete_now`` (run in a worker) saves
the completion in the outbox, then makes one delivery attempt. A timer keeps draining
what is still waiting (Centra down, answer lost) through the same ``JobRunner``, and
publishes a snapshot for the "Waiting to send" panel and refusal alerts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.centra.errors import CentraError
from packstation.centra.models import CompleteRequest
from packstation.outbox import Dispatcher, Outbox, OutboxEntry, State
from packstation.ui.jobs import JobRunner

log = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class OutboxSnapshot:
    waiting: tuple[OutboxEntry, ...]
    alerts: tuple[OutboxEntry, ...]
    finished: tuple[OutboxEntry, ...] = ()  # settled by the background drain just now


class DeliveryService(QObject):
    snapshot_ready = Signal(object)  # OutboxSnapshot

    def __init__(self, outbox: Outbox, dispatcher: Dispatcher, runner: JobRunner,
                 *, interval_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.dispatcher = dispatcher
        self.runner = runner
        self._draining = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.drain)

    def start(self) -> None:
        self._timer.start()
        self.drain()

    def stop(self) -> None:
        self._timer.stop()

    # ----------------------------------------------------- worker-thread calls

    def complete_now(self, request: CompleteRequest, *, needs_capture: bool,
                     station: str = "", operator: str = "") -> CompletionOutcome:
        """Save, then try once. Raises ``OutboxError`` if it could not even be saved."""
        entry = self.outbox.add(request, needs_capture=needs_capture,
                                station=station, operator=operator)
        delivery = self.dispatcher.deliver(entry.id)
        entry = delivery.entry
        if entry.state is State.REFUSED:
            # The packer sees this refusal inline right now: no separate alert needed.
            entry = self.outbox.acknowledge(entry.id)
        return CompletionOutcome(entry, delivery.error)

    def _drain_job(self) -> OutboxSnapshot:
        finished = tuple(d.entry for d in self.dispatcher.deliver_due()
                         if d.entry.state in (State.DONE, State.REFUSED))
        return OutboxSnapshot(tuple(self.outbox.open_entries()),
                              tuple(self.outbox.unacknowledged_refusals()), finished)

    def _snapshot_job(self) -> OutboxSnapshot:
        return OutboxSnapshot(tuple(self.outbox.open_entries()),
                              tuple(self.outbox.unacknowledged_refusals()))

    # -------------------------------------------------------- GUI-thread calls

    def drain(self) -> None:
        if self._draining:
            return
        self._draining = True
        self.runner.submit(self._drain_job, self._published, self._drain_failed)

    def refresh(self) -> None:
        self.runner.submit(self._snapshot_job, self.snapshot_ready.emit, self._drain_failed)

    def retry_now(self) -> None:
        def job() -> OutboxSnapshot:
            self.outbox.retry_now()
            return self._drain_job()

        self.runner.submit(job, self.snapshot_ready.emit, self._drain_failed)

    def acknowledge(self, entry_id: int) -> None:
        def job() -> OutboxSnapshot:
            self.outbox.acknowledge(entry_id)
            return self._snapshot_job()

        self.runner.submit(job, self.snapshot_ready.emit, self._drain_failed)

    def _published(self, snapshot: object) -> None:
        self._draining = False
        self.snapshot_ready.emit(snapshot)

    def _drain_failed(self, exc: BaseException) -> None:
        self._draining = False
        log.error("Outbox drain failed: %s", exc)
