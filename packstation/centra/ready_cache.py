"""A local copy of the shipments that are good to go, so a scan is answered at once.

Filled from ``ShipmentSource.iter_good_to_go()`` (the Order API's Get shipments) by a background refresh;
the UI confirms every hit with a fresh lookup afterwards. Safety against a stale copy:

- Centra itself refuses to complete a shipment twice ("already completed"), whatever the
  cache said; the app drops the entry on any completion or refusal.
- An entry is only served while it is younger than ``max_age_s`` (the copy may be used
  for a while offline, not forever).
- A shipment completed here is remembered ("tombstone") so that a refresh which started
  before the completion cannot put it back.

No Qt here; ``refresh`` runs in a worker thread, the other methods in the GUI thread.
One lock guards the swap, so both sides may call in at any time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from packstation.centra.domain import FoundShipment, LookupResult, Shipment, ShipmentState

if TYPE_CHECKING:
    from packstation.centra.ports import ShipmentSource

DEFAULT_MAX_AGE_S = 15 * 60.0


@dataclass(frozen=True)
class CacheHit:
    result: LookupResult
    age_s: float  # seconds since Centra last listed this shipment as good to go


class ReadyCache:
    def __init__(self, *, max_age_s: float = DEFAULT_MAX_AGE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_age_s = max_age_s
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[Shipment, float]] = {}
        self._tombstones: dict[str, float] = {}
        self._refreshed_at: float | None = None

    # ---------------------------------------------------------------- filling

    def refresh(self, client: ShipmentSource) -> int:
        """Fetch every good-to-go shipment and replace the copy (worker thread).

        Raises what the client raises; the old copy stays as it was."""
        started = self._clock()
        seen: set[str] = set()
        # Page by page into the live copy (never the old and a whole new list in memory at
        # once: with 10,000 shipments that doubled the peak and RSS never came back down).
        for shipment in client.iter_good_to_go():
            sid = shipment.shipment_id
            seen.add(sid)
            with self._lock:
                gone_at = self._tombstones.get(sid)
                if gone_at is None or gone_at < started:
                    old = self._entries.get(sid)
                    # Keep the object already held when nothing changed: the fresh copy
                    # then dies young instead of scattering long-lived objects over the
                    # heap on every refresh (RSS high-water mark with 10,000 shipments).
                    keep = old[0] if old is not None and old[0] == shipment else shipment
                    self._entries[sid] = (keep, started)
        with self._lock:
            stale = [k for k, (_, at) in self._entries.items() if k not in seen and at <= started]
            for sid in stale:
                del self._entries[sid]
            self._tombstones = {k: v for k, v in self._tombstones.items() if v >= started}
            self._refreshed_at = started
            return len(self._entries)

    def replace_all(self, shipments: Iterable[Shipment], *, fetched_at: float) -> int:
        fresh = {s.shipment_id: (s, fetched_at) for s in shipments}
        with self._lock:
            if self._refreshed_at is not None and fetched_at < self._refreshed_at:
                return len(self._entries)  # an older refresh finished late: keep the newer
            for sid, gone_at in self._tombstones.items():
                if gone_at >= fetched_at:
                    fresh.pop(sid, None)
            self._tombstones = {k: v for k, v in self._tombstones.items() if v >= fetched_at}
            self._entries = fresh
            self._refreshed_at = fetched_at
            return len(fresh)

    def put(self, shipment: Shipment) -> None:
        """A fresh lookup just saw it good to go."""
        with self._lock:
            self._entries[shipment.shipment_id] = (shipment, self._clock())

    def forget(self, shipment_id: str) -> None:
        """Completed here, refused, or no longer good to go: never serve it again."""
        with self._lock:
            self._entries.pop(shipment_id, None)
            self._tombstones[shipment_id] = self._clock()

    # ---------------------------------------------------------------- reading

    def get(self, shipment_id: str) -> CacheHit | None:
        with self._lock:
            entry = self._entries.get(shipment_id)
        if entry is None:
            return None
        shipment, seen_at = entry
        age = self._clock() - seen_at
        if age > self.max_age_s:
            return None
        found = FoundShipment(shipment, ShipmentState.GOOD_TO_GO)
        return CacheHit(LookupResult(shipment_id, found.outcome, (found,)), age)

    def age(self) -> float | None:
        """Seconds since the last complete refresh; None before the first one."""
        with self._lock:
            at = self._refreshed_at
        return None if at is None else self._clock() - at

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
