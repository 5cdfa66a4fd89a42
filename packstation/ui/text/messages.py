"""Plain words for every lookup outcome and error, in the interface language.

Texts go through ``translate("Messages", "... {0}").format(...)`` (never
an f-string: the catalogue is keyed by the source text). The Qt-free core's error titles
and hints (``centra/errors.py``) are listed with ``QT_TRANSLATE_NOOP`` in ``ERROR_TEXTS``
so lupdate finds them, and are translated here, at the UI layer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.centra import errors
from packstation.centra.domain import LookupOutcome, LookupResult
from packstation.outbox import (
    AlreadyCompleted,
    AlreadyQueued,
    AnswerNotRecorded,
    OutboxEntry,
    OutboxError,
    State,
)
from packstation.ui.theme import Tone

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


@dataclass(frozen=True)
class Message:
    tone: Tone
    title: str
    hint: str = ""
    retry: bool = False


# Every title and hint of packstation.centra.errors (tests/test_i18n_messages.py checks
# that none is missing). Context "CentraError".
ERROR_TEXTS = (
    QT_TRANSLATE_NOOP("CentraError", "Centra error"),
    QT_TRANSLATE_NOOP("CentraError", "Try again. If it keeps happening, call your supervisor."),
    QT_TRANSLATE_NOOP("CentraError", "Centra rejected the API key"),
    QT_TRANSLATE_NOOP("CentraError", "Ask a supervisor to check the API key in station setup."),
    QT_TRANSLATE_NOOP("CentraError", "This call is not enabled in Centra's Order API plugin"),
    QT_TRANSLATE_NOOP("CentraError",
                      "In Centra, open the Order API plugin and allow the endpoint under "
                      "'Allow access to the following endpoints'."),
    QT_TRANSLATE_NOOP("CentraError", "Centra refused"),
    QT_TRANSLATE_NOOP("CentraError", "Read Centra's reason above; nothing was changed."),
    QT_TRANSLATE_NOOP("CentraError", "Do not ship: payment capture failed"),
    QT_TRANSLATE_NOOP("CentraError",
                      "Keep the parcel at the station and hand it to your supervisor. "
                      "The payment could not be taken; the shipment was not completed."),
    QT_TRANSLATE_NOOP("CentraError", "Centra is not answering properly"),
    QT_TRANSLATE_NOOP("CentraError", "Wait a moment and press Retry. Nothing is lost."),
    QT_TRANSLATE_NOOP("CentraError", "Centra sent an answer Packstation cannot read"),
    QT_TRANSLATE_NOOP("CentraError", "Centra unreachable"),
    QT_TRANSLATE_NOOP("CentraError",
                      "Check the network cable or Wi-Fi, then press Retry. Nothing was sent."),
    QT_TRANSLATE_NOOP("CentraError", "Centra did not accept the connection in time"),
    QT_TRANSLATE_NOOP("CentraError", "Secure connection to Centra failed"),
    QT_TRANSLATE_NOOP("CentraError", "The PC's clock or a proxy may be wrong. Call IT."),
    QT_TRANSLATE_NOOP("CentraError", "Centra took too long to answer"),
    QT_TRANSLATE_NOOP("CentraError",
                      "Press Retry. Packstation checks Centra before sending anything again."),
    QT_TRANSLATE_NOOP("CentraError", "The connection to Centra was cut"),
    QT_TRANSLATE_NOOP("CentraError", "Centra rejected the Integration API token"),
    QT_TRANSLATE_NOOP("CentraError",
                      "The token is wrong, revoked or expired (tokens last 30 days unless set "
                      "otherwise). A supervisor creates a new token in Centra (System > API "
                      "Tokens) and enters it in station setup."),
    QT_TRANSLATE_NOOP("CentraError", "The Integration API token lacks a permission"),
    QT_TRANSLATE_NOOP("CentraError",
                      "A supervisor adds the permission named here to the token in Centra "
                      "(System > API Tokens), or enters a token that has it in station setup."),
    QT_TRANSLATE_NOOP("CentraError", "Centra's rate limit is used up for the moment"),
    QT_TRANSLATE_NOOP("CentraError",
                      "Packstation waits as long as Centra asks, then sends it. Nothing is lost."),
    QT_TRANSLATE_NOOP("CentraError", "Centra could not read Packstation's request"),
    QT_TRANSLATE_NOOP("CentraError",
                      "This is a fault in Packstation; the details are in the log. Call IT."),
)


# Where this station's API key came from ("environment", "keyring", "session"): the advice
# for a rejected key differs (set once at start-up, see ``set_key_source``).
_key_source = "keyring"


def set_key_source(source: str) -> None:
    global _key_source
    _key_source = source


def key_rejected_hint() -> str:
    """What to do about a rejected key, fitting where the key came from."""
    if _key_source == "environment":
        return translate("Messages", "The key comes from the PACKSTATION_API_KEY environment "
                         "variable on this PC: ask IT to correct it there, then restart "
                         "Packstation.")
    return translate("Messages", "Ask a supervisor or IT to enter the right key: start "
                     "Packstation with --setup (the key is kept in the PC's keyring).")


def error_text(text: str) -> str:
    """A title or hint of ``centra.errors`` in the interface language (as is if unknown)."""
    return QCoreApplication.translate("CentraError", text)


def for_lookup(result: LookupResult) -> Message:
    message = _for_lookup(result)
    s = result.shipment
    note = s.other_comment.strip() if s is not None else ""
    if note and result.can_complete:
        # A gift-wrap request or a birthday: the banner says there is a note to read.
        return Message(message.tone, translate("Messages", "{0}  ·  READ THE CUSTOMER'S NOTE")
                       .format(message.title),
                       translate("Messages", "Customer note: {0}").format(_clip(note)),
                       message.retry)
    return message


def _clip(text: str, limit: int = 90) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _for_lookup(result: LookupResult) -> Message:
    q = result.query
    s = result.shipment
    sid = s.shipment_id if s else q
    if s is not None and s.suspect and result.outcome in (LookupOutcome.READY,
                                                          LookupOutcome.NEEDS_CAPTURE):
        # Centra's fraud check flagged the order: it may be completed, but not unseen.
        return Message(Tone.WARN, translate("Messages", "{0}: SUSPECT order, check before "
                                            "you pack").format(sid),
                       translate("Messages", "Centra flagged this order as suspect (possible "
                                 "fraud). Ask your supervisor before it leaves."))
    match result.outcome:
        case LookupOutcome.READY:
            return Message(Tone.IDLE, translate("Messages", "{0}: paid and ready to pack")
                           .format(sid),
                           translate("Messages", "Pack the items, then scan the carrier label."))
        case LookupOutcome.NEEDS_CAPTURE:
            return Message(Tone.IDLE, translate(
                               "Messages", "{0}: ready, payment is taken when you complete")
                           .format(sid),
                           translate("Messages",
                                     "Do not hand the parcel over until Completed shows green."))
        case LookupOutcome.NOT_GOOD_TO_GO:
            return Message(Tone.WARN, translate("Messages", "{0} is not good-to-go yet")
                           .format(sid),
                           translate("Messages", "Tick Good-to-go when it is packed, or put the "
                                     "slip aside and ask your supervisor."))
        case LookupOutcome.ON_HOLD:
            return Message(Tone.ERROR, translate("Messages", "{0} is ON HOLD: do not pack")
                           .format(sid),
                           translate("Messages", "Put the slip aside and tell your supervisor."))
        case LookupOutcome.NOT_PAID:
            return Message(Tone.ERROR, translate("Messages", "{0} is NOT PAID: do not ship")
                           .format(sid),
                           translate("Messages", "There is no payment to capture. Put the slip "
                                     "aside and tell your supervisor."))
        case LookupOutcome.COMPLETED:
            if s and s.tracking_number:
                title = translate("Messages", "{0} is already completed (tracking {1})").format(
                    sid, s.tracking_number)
            else:
                title = translate("Messages", "{0} is already completed").format(sid)
            return Message(Tone.WARN, title,
                           translate("Messages", "Do not ship it again. Put the slip aside."))
        case LookupOutcome.SEVERAL_OPEN:
            return Message(Tone.WARN, translate("Messages", "Order {0} has {1} open shipments")
                           .format(q, len(result.found)),
                           translate("Messages",
                                     "Scan the shipment ID on the slip, or pick one below."))
        case LookupOutcome.NOT_FOUND:
            return Message(Tone.ERROR, translate("Messages", "Nothing found for {0}").format(q),
                           translate("Messages", "Check the slip. Scan the shipment ID "
                                     "(like 41001-1) or order number."))
    raise AssertionError(result.outcome)  # pragma: no cover


def for_error(exc: BaseException, *, doing: str) -> Message:
    """``doing`` is e.g. "Looking up 41001-1" or "Completing 41001-1" (translated)."""
    if isinstance(exc, AlreadyQueued):
        return Message(Tone.WARN, translate("Messages", "Shipment {0} is already waiting to be "
                                            "sent; it will not be completed twice.")
                       .format(exc.entry.shipment_id),
                       translate("Messages", "Do not send it again."))
    if isinstance(exc, AlreadyCompleted):
        at = time.strftime("%H:%M", time.localtime(exc.entry.updated_at))
        return Message(Tone.WARN, translate("Messages", "Shipment {0} was already completed at "
                                            "{1} at this station.")
                       .format(exc.entry.shipment_id, at),
                       translate("Messages", "Do not send it again."))
    if isinstance(exc, AnswerNotRecorded):
        return _not_recorded(exc)
    if isinstance(exc, OutboxError):
        return Message(Tone.ERROR,
                       translate("Messages", "Could not save this completion: nothing was sent"),
                       translate("Messages", "{0} Call IT; keep the parcel at the station.")
                       .format(exc))
    if isinstance(exc, errors.CaptureFailed):
        return Message(Tone.ERROR, translate("Messages", "DO NOT SHIP: payment capture failed"),
                       error_text(exc.hint))
    if isinstance(exc, errors.CentraRefused):
        return Message(Tone.ERROR, translate("Messages", "Centra refused: {0}")
                       .format(exc.centra_msg),
                       translate("Messages", "Nothing was changed. Put the slip aside and tell "
                                 "your supervisor."))
    if isinstance(exc, errors.TokenRejected):
        return Message(Tone.ERROR, translate("Messages", "{0} failed: {1}")
                       .format(doing, error_text(exc.title)), error_text(exc.hint))
    if isinstance(exc, errors.KeyRejected):
        return Message(Tone.ERROR, translate("Messages", "{0} failed: {1}")
                       .format(doing, error_text(exc.title)), key_rejected_hint())
    if isinstance(exc, errors.PermissionMissing):
        # Permission names (Order:read) are Centra's own words: not translated.
        what = ", ".join(exc.missing) or exc.detail
        return Message(Tone.ERROR, translate("Messages", "{0} failed: {1}")
                       .format(doing, f"{error_text(exc.title)} ({what})"),
                       error_text(exc.hint))
    if isinstance(exc, errors.CentraError):
        return Message(Tone.ERROR, translate("Messages", "{0} failed: {1}")
                       .format(doing, error_text(exc.title)),
                       error_text(exc.hint), retry=exc.retryable)
    return Message(Tone.ERROR, translate("Messages", "{0} failed unexpectedly").format(doing),
                   translate("Messages", "{0}. Press Retry; if it repeats, call IT.")
                   .format(type(exc).__name__), retry=True)


def _not_recorded(exc: AnswerNotRecorded) -> Message:
    """The request went out but its answer could not be saved: tell what was sent."""
    sid = exc.entry.shipment_id
    call_it = translate("Messages", "Packstation cannot save anything: {0} Call IT before "
                        "completing more parcels.").format(exc.why)
    if exc.outcome == "done":
        title = translate("Messages", "Centra COMPLETED {0}, but Packstation could not "
                          "record it").format(sid)
        return Message(Tone.ERROR, title, translate("Messages", "The parcel may ship.") + " "
                       + call_it)
    if exc.outcome == "refused":
        title = translate("Messages", "Centra REFUSED {0}: do not ship").format(sid)
    elif exc.outcome == "unknown":
        title = translate("Messages", "{0} was sent to Centra, no answer came, and Packstation "
                          "could not record it").format(sid)
    else:
        title = translate("Messages", "{0} did not reach Centra, and Packstation could not "
                          "record it").format(sid)
    return Message(Tone.ERROR, title, translate("Messages", "Keep the parcel at the station.")
                   + " " + call_it)


def for_audit_problems(problems: list[str]) -> Message:
    """At start-up: the audit log (and the data folder with it) was deleted, replaced or
    edited since the last run. Completions that were waiting may be gone with it."""
    return Message(Tone.ERROR,
                   translate("Messages", "The audit log was deleted, replaced or edited "
                             "since the last start"),
                   translate("Messages", "{0}. Completions that were waiting to be sent may "
                             "be lost: check today's parcels in Centra and call IT.")
                   .format("; ".join(problems)))


def advice(entry: OutboxEntry) -> str:
    """``OutboxEntry.advice`` (Qt-free, English) in the interface language."""
    if entry.state is State.DONE:
        return translate("Messages", "Completed in Centra: OK to ship.")
    if entry.state is State.REFUSED:
        return translate("Messages", "Pull parcel {0} back: Centra refused the completion "
                         "({1}).").format(entry.shipment_id, entry.last_error or translate(
                             "Messages", "no reason given"))
    captured = entry.needs_capture and entry.captured
    if entry.state is State.UNKNOWN:
        if captured:
            return translate("Messages", "Payment captured; confirming the completion with "
                             "Centra… OK to ship.")
        if entry.needs_capture:
            return translate("Messages", "Confirming with Centra… Keep the parcel at the "
                             "station until confirmed.")
        return translate("Messages", "Confirming with Centra… OK to ship.")
    if captured:
        return translate("Messages", "Payment captured; the completion is queued: OK to ship.")
    if entry.needs_capture:
        return translate("Messages", "Keep the parcel at the station until confirmed.")
    return translate("Messages", "Queued: OK to ship.")


def progress(entry: OutboxEntry, now: float) -> str:
    """Where an open entry's sequence is (the Integration API's steps, as the outbox
    recorded them) and what it waits on, in a few words for the waiting strip: "captured,
    completing", "waiting on Centra's rate limit, about 8 s". Empty when there is
    nothing to add (the Order API completes in one call)."""
    if not entry.is_open:
        return ""
    done, sending = entry.steps_done, entry.step_sending
    if "complete" in done:
        step = translate("Messages", "completed, writing the comment")
    elif entry.needs_capture and entry.captured:
        step = translate("Messages", "captured, completing")
    elif sending == "capture" and entry.needs_capture:
        step = translate("Messages", "capturing the payment")
    elif sending == "complete":
        step = translate("Messages", "completing")
    else:
        step = ""
    if entry.rate_limited and entry.wait_s(now) > 0:
        wait = translate("Messages", "waiting on Centra's rate limit, about {0} s").format(
            entry.wait_s(now))
        return f"{step}; {wait}" if step else wait
    return step
