"""Plain words for every lookup outcome and error (Qt-free, easy to translate later)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.centra import errors
from packstation.centra.models import LookupOutcome, LookupResult
from packstation.outbox import AlreadyCompleted, AlreadyQueued, OutboxError
from packstation.ui.theme import Tone


@dataclass(frozen=True)
class Message:
    tone: Tone
    title: str
    hint: str = ""
    retry: bool = False


def for_lookup(result: LookupResult) -> Message:
    q = result.query
    s = result.shipment
    sid = s.shipment_id if s else q
    match result.outcome:
        case LookupOutcome.READY:
            return Message(Tone.IDLE, f"{sid}: paid and ready to pack",
                           "Pack the items, then scan the carrier label.")
        case LookupOutcome.NEEDS_CAPTURE:
            return Message(Tone.IDLE, f"{sid}: ready, payment is taken when you complete",
                           "Do not hand the parcel over until Completed shows green.")
        case LookupOutcome.NOT_GOOD_TO_GO:
            return Message(Tone.WARN, f"{sid} is not good-to-go yet",
                           "Tick Good-to-go when it is packed, or put the slip aside "
                           "and ask your supervisor.")
        case LookupOutcome.ON_HOLD:
            return Message(Tone.ERROR, f"{sid} is ON HOLD: do not pack",
                           "Put the slip aside and tell your supervisor.")
        case LookupOutcome.NOT_PAID:
            return Message(Tone.ERROR, f"{sid} is NOT PAID: do not ship",
                           "There is no payment to capture. Put the slip aside and tell "
                           "your supervisor.")
        case LookupOutcome.COMPLETED:
            tracking = f" (tracking {s.tracking_number})" if s and s.tracking_number else ""
            return Message(Tone.WARN, f"{sid} is already completed{tracking}",
                           "Do not ship it again. Put the slip aside.")
        case LookupOutcome.SEVERAL_OPEN:
            return Message(Tone.WARN, f"Order {q} has {len(result.found)} open shipments",
                           "Scan the shipment ID on the slip, or pick one below.")
        case LookupOutcome.NOT_FOUND:
            return Message(Tone.ERROR, f"Nothing found for {q}",
                           "Check the slip. Scan the shipment ID (like 41001-1) or order number.")
    raise AssertionError(result.outcome)  # pragma: no cover


def for_error(exc: BaseException, *, doing: str) -> Message:
    """``doing`` is e.g. "Looking up 41001-1" or "Completing 41001-1"."""
    if isinstance(exc, AlreadyQueued | AlreadyCompleted):
        return Message(Tone.WARN, str(exc), "Do not send it again.")
    if isinstance(exc, OutboxError):
        return Message(Tone.ERROR, "Could not save this completion: nothing was sent",
                       f"{exc} Call IT; keep the parcel at the station.")
    if isinstance(exc, errors.CaptureFailed):
        return Message(Tone.ERROR, "DO NOT SHIP: payment capture failed", exc.hint)
    if isinstance(exc, errors.CentraRefused):
        return Message(Tone.ERROR, f"Centra refused: {exc.centra_msg}",
                       "Nothing was changed. Put the slip aside and tell your supervisor.")
    if isinstance(exc, errors.CentraError):
        return Message(Tone.ERROR, f"{doing} failed: {exc.title}", exc.hint,
                       retry=exc.retryable)
    return Message(Tone.ERROR, f"{doing} failed unexpectedly",
                   f"{type(exc).__name__}. Press Retry; if it repeats, call IT.", retry=True)
