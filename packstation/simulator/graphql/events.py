"""The Integration API's events queue (centra-integration-api.md §7.2), one per integration
name: tokens with the same `integrationName` share a queue (and steal each other's events:
confirming consumes them), so each bench should have its own.

`setEventListeners` adds (object type, change types) to the integration's listeners; from
then on every matching change in the store is queued as an event. `events` returns the
unconfirmed events oldest first; `confirmEvents` removes them. Unconfirmed events come back
on every `events` call, forever.

Change types the simulator emits: Shipment CREATED (added), UPDATED (good-to-go, lines,
capture, shipment info, hold...), COMPLETED (shipped), DELETED (removed: the event's object
is null); Order CREATED, UPDATED (any change of its shipments, comments, hold), COMPLETED
(its last shipment shipped), DELETED (its last shipment removed). Good-to-go has no own
change type: it is a Shipment UPDATED (🟡 in the reference, a choice here).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

OBJECT_TYPES = ("Order", "Shipment", "Return", "PurchaseOrder", "PurchaseDelivery")
CHANGE_TYPES = ("CREATED", "UPDATED", "COMPLETED", "DELETED", "DEPENDENT_DATA_CHANGED")


@dataclass(frozen=True)
class QueuedEvent:
    id: int
    object_type: str
    change_type: str
    reference: str
    created_at: datetime


class _Queue:
    def __init__(self) -> None:
        self.listeners: dict[str, set[str]] = {}
        self.events: dict[int, QueuedEvent] = {}


class EventHub:
    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, _Queue] = {}
        self._seq = 0
        self._clock = clock
        self.delivered = 0

    def record(self, object_type: str, change_type: str, reference: str) -> None:
        """A change happened: queue it for every integration listening to it."""
        with self._lock:
            for queue in self._queues.values():
                if change_type in queue.listeners.get(object_type, ()):
                    self._seq += 1
                    queue.events[self._seq] = QueuedEvent(
                        self._seq, object_type, change_type, reference, self._clock())

    def set_listeners(self, integration: str, listeners: Iterable[tuple[str, Iterable[str]]]
                      ) -> list[tuple[str, list[str]]]:
        with self._lock:
            queue = self._queues.setdefault(integration, _Queue())
            for object_type, changes in listeners:
                queue.listeners.setdefault(object_type, set()).update(changes)
            return self._listing(queue)

    def unset_listeners(self, integration: str,
                        listeners: Iterable[tuple[str, Iterable[str]]]
                        ) -> list[tuple[str, list[str]]]:
        with self._lock:
            queue = self._queues.setdefault(integration, _Queue())
            for object_type, changes in listeners:
                kept = queue.listeners.get(object_type, set()) - set(changes)
                if kept:
                    queue.listeners[object_type] = kept
                else:
                    queue.listeners.pop(object_type, None)
            return self._listing(queue)

    def listeners(self, integration: str) -> list[tuple[str, list[str]]]:
        with self._lock:
            queue = self._queues.get(integration)
            return [] if queue is None else self._listing(queue)

    @staticmethod
    def _listing(queue: _Queue) -> list[tuple[str, list[str]]]:
        return [(ot, [c for c in CHANGE_TYPES if c in changes])
                for ot, changes in sorted(queue.listeners.items()) if changes]

    def pending(self, integration: str, object_types: Iterable[str] | None = None,
                change_types: Iterable[str] | None = None, limit: int = 200
                ) -> list[QueuedEvent]:
        """Unconfirmed events, oldest first."""
        ots = None if object_types is None else set(object_types)
        cts = None if change_types is None else set(change_types)
        with self._lock:
            queue = self._queues.get(integration)
            if queue is None:
                return []
            out = [e for e in queue.events.values()
                   if (ots is None or e.object_type in ots)
                   and (cts is None or e.change_type in cts)][:limit]
            self.delivered += len(out)
            return out

    def confirm(self, integration: str, ids: Iterable[int]) -> list[int]:
        """Remove the events; returns the ids that were not in the queue."""
        unknown: list[int] = []
        with self._lock:
            queue = self._queues.get(integration)
            for event_id in ids:
                if queue is None or queue.events.pop(event_id, None) is None:
                    unknown.append(event_id)
        return unknown

    def queue_length(self, integration: str) -> int:
        with self._lock:
            queue = self._queues.get(integration)
            return 0 if queue is None else len(queue.events)
