"""What this station's own outbox knows better than Centra's lists: "already waiting to
send" and "already completed here at 14:02".

The outbox (SQLite) is read in the lookup's worker job (``read_facts``), never in the GUI
thread: a read there waited for the outbox lock while a worker committed (fsync) and
showed up as a stall between Centra's answer and the first paint. The words for the facts
are the UI's (``ui/local_note.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from packstation.centra.domain import LookupOutcome, LookupResult
from packstation.outbox import Outbox, OutboxEntry, OutboxError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalFacts:
    waiting: OutboxEntry | None = None  # an open completion of this shipment
    done: OutboxEntry | None = None  # this station completed it (read for COMPLETED only)


NO_FACTS = LocalFacts()


@dataclass(frozen=True)
class CheckedLookup:
    """A lookup's answer with the outbox facts read in the same worker job."""

    result: LookupResult
    facts: LocalFacts


def read_facts(outbox: Outbox, result: LookupResult) -> LocalFacts:
    """Worker thread. An unreadable outbox only loses the note, never the answer."""
    s = result.shipment
    if s is None:
        return NO_FACTS
    try:
        waiting = outbox.open_for(s.shipment_id)
        if waiting is not None:
            return LocalFacts(waiting=waiting)
        if result.outcome is LookupOutcome.COMPLETED:
            return LocalFacts(done=outbox.latest_done(s.shipment_id))
    except OutboxError as exc:
        log.warning("Outbox not readable for the lookup note: %s", exc)
    return NO_FACTS
