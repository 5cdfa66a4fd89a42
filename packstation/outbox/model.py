"""The outbox's states, entries and errors (plain data, no I/O)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum

from packstation.centra.domain import Completion


class State(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"
    DONE = "done"
    REFUSED = "refused"


OPEN_STATES = (State.PENDING, State.SENDING, State.UNKNOWN)


class OutboxError(Exception):
    """Base of the outbox's own errors; ``str()`` is plain words for the packer."""


class OutboxUnavailable(OutboxError):
    """The outbox file cannot be written (read-only folder, full disk, broken file)."""


class AnswerNotRecorded(OutboxUnavailable):
    """Centra answered but the outbox could not record it (disk full, folder gone).

    ``outcome`` is what the answer meant: ``done`` (Centra completed it), ``refused``,
    ``unknown`` (sent, no answer) or ``pending`` (nothing reached Centra). The entry stays
    claimed on disk; the next start looks it up instead of resending."""

    def __init__(self, entry: OutboxEntry, outcome: str, error: Exception | None,
                 why: str) -> None:
        self.entry = entry
        self.outcome = outcome
        self.error = error
        self.why = why
        said = {
            "done": f"Centra completed shipment {entry.shipment_id}",
            "refused": f"Centra refused shipment {entry.shipment_id} ({error})",
            "unknown": f"The completion of {entry.shipment_id} was sent but no answer came",
            "pending": f"The completion of {entry.shipment_id} did not reach Centra",
        }[outcome]
        super().__init__(f"{said}, but Packstation could not record it: {why}")


class AlreadyQueued(OutboxError):
    """An open completion for this shipment is already in the outbox."""

    def __init__(self, entry: OutboxEntry) -> None:
        self.entry = entry
        super().__init__(
            f"Shipment {entry.shipment_id} is already waiting to be sent; "
            "it will not be completed twice."
        )


class AlreadyCompleted(OutboxError):
    """This station already completed the shipment (Centra confirmed it)."""

    def __init__(self, entry: OutboxEntry) -> None:
        self.entry = entry
        at = time.strftime("%H:%M", time.localtime(entry.updated_at))
        super().__init__(f"Shipment {entry.shipment_id} was already completed at {at} "
                         "at this station.")


class StaleTransition(OutboxError):
    """A ``mark_*`` call whose entry was not in the expected state (lost a race)."""


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    shipment_id: str
    order_id: str
    completion: Completion  # what the bench decided (see outbox.codec for the stored form)
    state: State
    attempts: int
    next_attempt_at: float
    last_error: str
    created_at: float
    updated_at: float
    needs_capture: bool
    acknowledged: bool
    station: str = ""
    operator: str = ""
    claimed_at: float = 0.0  # when the last request for it left (0: never sent)
    claim_owner: str = ""
    # A completion made as a sequence (the Integration API; ``ports.StepListener``): the
    # steps Centra answered done ("good_to_go", "capture", "complete", "comment"), the
    # step whose mutation left without an answer yet, and what it waits on ("rate_limit":
    # Centra's 429, until ``next_attempt_at``). Information only: the dispatcher still
    # looks the shipment up before anything is sent again.
    steps_done: tuple[str, ...] = ()
    step_sending: str = ""
    waiting_on: str = ""

    @property
    def captured(self) -> bool:
        """The payment is captured: the capture step was answered done (or found done)."""
        return "capture" in self.steps_done

    @property
    def rate_limited(self) -> bool:
        """Waiting on Centra's rate limit (until ``next_attempt_at``)."""
        return self.is_open and self.waiting_on == "rate_limit"

    def wait_s(self, now: float) -> int:
        """Whole seconds until the next attempt (at least 1 while one is ahead)."""
        left = self.next_attempt_at - now
        return max(1, int(left + 0.999)) if left > 0 else 0

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def ok_to_ship(self) -> bool:
        """Done, or queued for a shipment that is already paid or whose payment the
        sequence has captured (no capture can fail any more)."""
        return self.state is State.DONE or (self.is_open and (not self.needs_capture
                                                              or self.captured))

    @property
    def advice(self) -> str:
        """What the packer should do with the parcel, in plain words."""
        if self.state is State.DONE:
            return "Completed in Centra: OK to ship."
        if self.state is State.REFUSED:
            return (f"Pull parcel {self.shipment_id} back: Centra refused the completion "
                    f"({self.last_error or 'no reason given'}).")
        if self.state is State.UNKNOWN:
            if self.needs_capture and self.captured:
                return "Payment captured; confirming the completion with Centra… OK to ship."
            if self.needs_capture:
                return ("Confirming with Centra… Keep the parcel at the station until "
                        "confirmed.")
            return "Confirming with Centra… OK to ship."
        if self.needs_capture and self.captured:
            return "Payment captured; the completion is queued: OK to ship."
        if self.needs_capture:
            return "Keep the parcel at the station until confirmed."
        return "Queued: OK to ship."
