"""What this station's own outbox knows better than Centra's lists: "already waiting to
send" and "already completed here at 14:02".

The facts are read in the lookup's worker job (``bench/local_facts.py``); ``note`` turns
them into the banner's words in the GUI thread.
"""

from __future__ import annotations

import time

from packstation.bench.local_facts import NO_FACTS as NO_FACTS  # re-exported
from packstation.bench.local_facts import CheckedLookup as CheckedLookup
from packstation.bench.local_facts import LocalFacts
from packstation.bench.local_facts import read_facts as read_facts
from packstation.centra.domain import LookupOutcome, LookupResult
from packstation.ui.text.messages import Message, advice, translate
from packstation.ui.theme import Tone


def note(result: LookupResult, facts: LocalFacts) -> Message | None:
    s = result.shipment
    if s is None:
        return None
    if facts.waiting is not None:
        return Message(Tone.WARN, translate("LocalNote", "{0} is already waiting to send")
                       .format(s.shipment_id),
                       advice(facts.waiting))
    if result.outcome is LookupOutcome.COMPLETED and facts.done is not None:
        at = time.strftime("%H:%M", time.localtime(facts.done.updated_at))
        return Message(Tone.WARN, translate("LocalNote", "{0} was already completed at {1} "
                                            "at this station").format(s.shipment_id, at),
                       translate("LocalNote", "Do not ship it again."))
    return None
