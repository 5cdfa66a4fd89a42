""""Tracking 1Z… was already used for 41001-1 at 14:02": the previous parcel's label,
grabbed from the printer tray and scanned for this one.

When the bench takes a tracking number it asks this station's outbox, in a worker job
(never SQLite in the GUI thread), whether another shipment was completed (or is waiting
to send) with the same number. The answer is a WARN banner, never a block: the packer may
be right (two shipments in one box) and completes with Ctrl+Enter as usual. An answer
that comes back after the packer moved on (another tracking, another shipment, Esc, a
completion started) is dropped, so it never overwrites a newer banner.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from packstation.outbox import Outbox, OutboxEntry, OutboxError
from packstation.ui.feedback import Announcer
from packstation.ui.jobs import JobRunner
from packstation.ui.text.messages import Message, translate
from packstation.ui.theme import Tone

log = logging.getLogger(__name__)

# What the bench has loaded right now: (shipment ID, tracking in the form), or None when
# nothing is loaded or a completion is under way.
Current = Callable[[], "tuple[str, str] | None"]


def reuse_message(tracking: str, used: OutboxEntry) -> Message:
    at = time.strftime("%H:%M", time.localtime(used.updated_at))
    return Message(Tone.WARN,
                   translate("TrackingReuse", "Tracking {0} was already used for {1} at {2}")
                   .format(tracking, used.shipment_id, at),
                   translate("TrackingReuse", "Check the label on this parcel. If it is right, "
                             "press Ctrl+Enter."))


class TrackingReuseCheck:
    """Asks the outbox about each tracking the bench takes; warns on a reused one."""

    def __init__(self, outbox: Outbox, runner: JobRunner, announcer: Announcer,
                 current: Current) -> None:
        self._outbox = outbox
        self._runner = runner
        self._announcer = announcer
        self._current = current
        self._seq = 0

    def check(self, tracking: str, shipment_id: str) -> None:
        """GUI thread: start the check for ``tracking`` on the loaded ``shipment_id``."""
        self._seq += 1
        seq = self._seq
        outbox = self._outbox

        def job() -> OutboxEntry | None:  # worker thread
            return outbox.used_tracking(tracking, shipment_id)

        def done(used: OutboxEntry | None) -> None:
            if used is None or seq != self._seq or self._current() != (shipment_id, tracking):
                return
            msg = reuse_message(tracking, used)
            self._announcer.say(msg.tone, msg.title, msg.hint)

        def failed(exc: BaseException) -> None:  # an unreadable outbox only loses the warning
            if isinstance(exc, OutboxError):
                log.warning("Outbox not readable for the tracking check: %s", exc)
            else:
                log.error("Tracking check failed", exc_info=exc)

        self._runner.submit(job, done, failed)
