"""The bench's ready list on the Integration API, fed by ``ReadyFeed`` (no Qt here).

The bench's ``ReadyCache`` asks its ``ShipmentSource`` for every ready shipment at each
refresh. Through the Order API that is one paging of the whole list a minute per bench;
``FeedingAdapter`` answers it from a local mirror instead, kept current by ``ReadyFeed``:
one full read at the start (and every ``full_every`` seconds), then one request a refresh
asking what changed since (or the events queue). A failed poll raises and leaves the
mirror as it was (the cache keeps its copy, as with a failed paging).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from packstation.centra import domain
from packstation.centra.integration_api.adapter import IntegrationAdapter, to_shipment
from packstation.centra.integration_api.client import IntegrationClient, is_ready
from packstation.centra.integration_api.feed import ReadyFeed
from packstation.centra.integration_api.models import Shipment
from packstation.centra.integration_api.sequence import StepListener

__all__ = ["FeedingAdapter"]


class FeedingAdapter(IntegrationAdapter):
    """``IntegrationAdapter`` whose ``iter_good_to_go`` is served from ``ReadyFeed``."""

    def __init__(self, client: IntegrationClient, *, feed: ReadyFeed | None = None,
                 on_step: StepListener | None = None) -> None:
        super().__init__(client, on_step=on_step)
        self.feed = feed or ReadyFeed(client)
        self._ready: dict[str, Shipment] = {}
        self._lock = threading.Lock()

    def refresh_mirror(self) -> int:
        """One poll of the feed applied to the mirror; returns how many are ready."""
        with self._lock:
            update = self.feed.poll()
            if update.full:
                self._ready = {s.number: s for s in update.ready if is_ready(s)}
            else:
                for s in update.ready:
                    self._ready[s.number] = s
                for number in update.gone:
                    self._ready.pop(number, None)
            return len(self._ready)

    def iter_good_to_go(self, page_size: int = 100) -> Iterator[domain.Shipment]:
        self.refresh_mirror()
        with self._lock:
            ready = sorted(self._ready.values(), key=lambda s: s.id)
        for s in ready:
            yield to_shipment(s)
