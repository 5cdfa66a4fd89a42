"""Keep a bench's ready list current without paging every ready shipment each minute.

Centra's request quota (60 per 10 s by default) is shared by the whole environment, so a
fleet cannot each page through thousands of ready shipments every minute. ``ReadyFeed``
does one full read at the start (and rarely after: ``full_every`` seconds), then asks only
for what changed:

- **events** (``events`` / ``confirmEvents``, §7.2 of the reference): each bench's token
  needs its own integration name (benches sharing one would consume each other's events)
  and ``Event:read``/``Event:write``; the events system must be enabled by Centra;
- **changed since** (``shipments(where: {updatedAt: {from}})``): when events are off, not
  enabled, or the token has no integration name. The bound is Centra's own ``updatedAt``
  of the newest change seen (inclusive: a shipment at the boundary is read twice, never
  missed), not the bench's clock.

Changed-since is the default: it costs one *request* a poll, while the events queue costs
two when something changed, one of them ``confirmEvents``, a *mutation* (🟡 counted
against the mutation quota like any other: 20 benches confirming once a minute would use
1,200 of the default plan's 1,800 mutations an hour, the parcels' own budget). Use events
(``use_events=True``) with a larger plan or a handful of benches.

``poll()`` returns what to put in or take out of the ready list; it raises what the client
raises (the caller keeps its copy and tries again later). ``min_interval`` spaces the polls
whatever the caller's timer: a poll sooner than that (less 10 %) asks Centra nothing and
returns an empty update. A fleet derives it from its size (``pacing.Budget.
ready_poll_interval``: at most a tenth of each bench's request budget), because the
parcels' own requests are most of the shared quota (20 benches at 60 parcels an hour:
~3,600-4,800 of the default 5,000 requests an hour).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from packstation.centra import errors
from packstation.centra.integration_api.client import MAX_PAGE_SIZE, IntegrationClient, is_ready
from packstation.centra.integration_api.models import Shipment

log = logging.getLogger("packstation.centra.integration_api")

DEFAULT_FULL_EVERY = 6 * 3600.0


@dataclass
class FeedUpdate:
    """``full``: ``ready`` is the whole list (replace); else upsert ``ready`` and drop
    the shipment numbers in ``gone`` (shipped, no longer good to go, deleted)."""

    full: bool
    ready: list[Shipment] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    requests: int = 0
    mode: str = ""


class ReadyFeed:
    def __init__(self, client: IntegrationClient, *, use_events: bool = False,
                 full_every: float = DEFAULT_FULL_EVERY,
                 min_interval: float = 0.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.use_events = use_events
        self.full_every = full_every
        self.min_interval = min_interval
        self._clock = clock
        self._last_full: float | None = None
        self._last_poll: float | None = None
        self._since: datetime | None = None
        self._numbers: dict[int, str] = {}   # shipment id -> number (deleted events)
        self.events_on = False

    @property
    def mode(self) -> str:
        return "events" if self.events_on else "changed-since"

    def poll(self) -> FeedUpdate:
        before = self.client.gql.requests_sent
        now = self._clock()
        due = self._last_full is None or now - self._last_full >= self.full_every
        if not due and self._last_poll is not None and \
                now - self._last_poll < 0.9 * self.min_interval:
            return FeedUpdate(False, mode=self.mode)   # too soon: the list as it is
        update = self._full() if due else self._changes()
        self._last_poll = now
        update.requests = self.client.gql.requests_sent - before
        update.mode = self.mode
        return update

    # ------------------------------------------------------------------------------------

    def _full(self) -> FeedUpdate:
        if self.use_events:
            self.events_on = self._listen()
            if self.events_on:
                self._drain_events()   # what is queued is older than the read below
        # The changed-since bound, taken before the read in Centra's own clock: a change
        # during the read is read again next time, never missed.
        if not self.events_on:
            self._since = self.client.latest_change() or datetime.now().astimezone()
        ready = list(self.client.iter_ready(MAX_PAGE_SIZE))
        self._numbers = {s.id: s.number for s in ready}
        self._last_full = self._clock()
        return FeedUpdate(True, ready)

    def _listen(self) -> bool:
        try:
            self.client.listen_for_shipments()
            return True
        except (errors.CentraRefused, errors.PermissionMissing) as exc:
            log.warning("Centra's events are not available (%s): the ready list asks for "
                        "changes since its last read instead", exc)
            return False

    def _drain_events(self) -> None:
        while True:
            events = self.client.shipment_events()
            self.client.confirm_events([e.id for e in events])
            if len(events) < MAX_PAGE_SIZE:
                return

    def _changes(self) -> FeedUpdate:
        if self.events_on:
            try:
                return self._from_events()
            except (errors.CentraRefused, errors.PermissionMissing) as exc:
                log.warning("Centra's events stopped working (%s): one full read, then "
                            "changes since it", exc)
                self.use_events = False
                self.events_on = False
                return self._full()
        return self._changed_since()

    def _from_events(self) -> FeedUpdate:
        latest: dict[str, Shipment | None] = {}
        while True:
            events = self.client.shipment_events()
            for event in events:
                if event.object is not None:
                    self._numbers[event.object.id] = event.object.number
                    latest[event.object.number] = event.object
                else:
                    number = self._number_of(event.object_reference)
                    if number:
                        latest[number] = None
            self.client.confirm_events([e.id for e in events])
            if len(events) < MAX_PAGE_SIZE:
                return _update(latest)

    def _changed_since(self) -> FeedUpdate:
        latest: dict[str, Shipment | None] = {}
        since = self._since or datetime.now().astimezone()
        for shipment in self.client.changed_since(since):
            self._numbers[shipment.id] = shipment.number
            latest[shipment.number] = shipment
            if shipment.updated_at is not None and shipment.updated_at > since:
                since = shipment.updated_at
        self._since = since
        return _update(latest)

    def _number_of(self, reference: str) -> str:
        try:
            return self._numbers.pop(int(reference), "")
        except ValueError:
            return ""


def _update(latest: dict[str, Shipment | None]) -> FeedUpdate:
    """The last state of each changed shipment: ready ones in, the others out."""
    update = FeedUpdate(False)
    for number, shipment in latest.items():
        if shipment is not None and is_ready(shipment):
            update.ready.append(shipment)
        else:
            update.gone.append(number)
    return update
