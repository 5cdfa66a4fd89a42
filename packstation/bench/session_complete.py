"""Complete, good-to-go and the DO NOT SHIP lock: the write half of ``BenchSession``.

Complete is gated, in this order: the DO NOT SHIP lock, a refused tracking number, an
empty form, a missing tracking number (when required), the typed tracking number checked
again, item verification, papers. Only the tracking number the bench checked and took is
ever sent. A slip scanned while a completion is in flight is queued and loaded after it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from packstation.bench.completion_values import completion_for
from packstation.bench.delivery import CompletionOutcome, OutboxSnapshot
from packstation.bench.session_core import SessionCore, short
from packstation.bench.tone import Tone
from packstation.centra import errors
from packstation.centra.domain import Shipment
from packstation.outbox import OutboxEntry, State

NEXT_SCAN_DELAY_MS = 10  # a slip queued during a completion loads this long after it
ANNOUNCE_RETRY_MS = 400  # a kept parcel's news waits this long while another completes


class Completing(SessionCore):
    def request_action(self) -> None:
        """Ctrl+Enter, the button or a COMPLETE command barcode."""
        if self.completing or not self.loaded:
            return
        view = self.view
        values = view.form_values()
        kind = view.action_kind()
        shipment = self._shipment()
        if self._do_not_ship == shipment.shipment_id:
            self._say_do_not_ship()
            return
        if self._refused is not None and values.tracking not in (
                "", self._accepted_tracking, self._refused.strip()):
            self._refused = None  # Tracking was changed since: what is there is checked below
        if self._refused is not None:
            self._say(Tone.ERROR, self._tr("Not a tracking number: {0}").format(
                short(self._refused)), self._refused_words)
            return
        if kind == "none":
            self._say(Tone.WARN, self._tr("Nothing to send yet"),
                      self._tr("Scan the carrier label, or tick Good-to-go."))
            return
        if kind == "complete" and self.settings.tracking_required and not values.tracking:
            self._say(Tone.WARN, self._tr("Scan the tracking number first"),
                      self._tr("The carrier label's barcode goes in Tracking."))
            view.focus_tracking()
            return
        if kind == "complete" and values.tracking and values.tracking != self._accepted_tracking:
            # Typed without Enter, edited after the check, or refused: check it now.
            scan = self._as_tracking(values.tracking)
            if not scan.valid:
                self._refuse_tracking(values.tracking, scan)
                return
            view.set_tracking(scan.value, scan.carrier, tick=False)
            self._accepted_tracking = scan.value
            values = view.form_values()
        if not self.verify.may_complete():
            return
        if kind == "complete" and not self.papers.may_complete():
            return
        if kind == "gtg":
            mark = self.options.mark_good_to_go or self.lookups.mark_good_to_go
            self._run_write(self._tr("Marking {0} good-to-go").format(shipment.shipment_id),
                            lambda: mark(shipment.shipment_id),
                            shipment, done_title=self._tr("{0} marked good-to-go").format(
                                shipment.shipment_id))
            return
        if values.tracking != (self._accepted_tracking or ""):  # never anything unchecked
            return
        request = completion_for(shipment, values, send_email=self.options.send_email(),
                                   comment_suffix=self.options.comment_suffix())
        done_title = (self._tr("Completed {0}  ·  order {1}  ·  tracking {2}").format(
            shipment.shipment_id, shipment.order_id, middle(request.tracking))
            if request.tracking
            else self._tr("Completed {0}  ·  order {1}").format(shipment.shipment_id,
                                                                shipment.order_id))
        operator = self.options.current_operator()
        deliveries = self.deliveries
        self._run_write(self._tr("Completing {0}").format(shipment.shipment_id),
                        lambda: deliveries.complete_now(
                            request, needs_capture=shipment.needs_capture, operator=operator),
                        shipment,
                        done_title=done_title)

    def _run_write(self, doing: str, call: Callable[[], object], shipment: Shipment,
                   *, done_title: str) -> None:
        self.completing = True
        self.view.set_locked(True, f"{doing}…")
        self._say(Tone.BUSY, f"{doing}…", self._tr("Please wait."))

        def done(result: object) -> None:
            self._forget_ready(shipment)
            if isinstance(result, CompletionOutcome):
                if not result.confirmed:  # the waiting strip may change; DONE leaves it as is
                    self.deliveries.refresh()
                if result.refused:
                    failed(result.error or RuntimeError(result.entry.last_error))
                    return
            self.completing = False
            self._unload()
            if isinstance(result, CompletionOutcome) and not result.confirmed:
                # Saved in the outbox; it is sent (or checked) again in the background.
                if not result.entry.ok_to_ship:
                    # Kept at the station: the bench says when it may ship (or not).
                    self._held.add(shipment.shipment_id)
                if isinstance(result.error, errors.RateLimited) or result.entry.rate_limited:
                    self._say_rate_limited(result)
                else:
                    title = (self._tr("{0}: confirming with Centra…")
                             if result.confirming
                             else self._tr("{0}: waiting to send to Centra"))
                    self._say(Tone.WARN, title.format(shipment.shipment_id),
                              self._tr("{0} Packstation keeps trying; nothing is lost.")
                              .format(self.words.advice(result.entry)))
            else:
                self._say(Tone.OK, done_title, self._tr("Ready for the next parcel."))
            self.view.focus_scan()
            self.view.completion_finished(shipment.shipment_id, True)
            self._next_scan_soon()

        def failed(exc: BaseException) -> None:
            self._forget_ready(shipment)
            self.completing = False
            msg = self.words.for_error(exc, doing=doing)
            again = lambda: self._run_write(doing, call, shipment,  # noqa: E731
                                            done_title=done_title)
            if isinstance(exc, errors.CaptureFailed):
                # Locked for this shipment: no key, click or command barcode sends it again.
                self._do_not_ship = shipment.shipment_id
                self._capture_failed.add(shipment.shipment_id)
                self.view.set_locked(True, self._tr("DO NOT SHIP: payment not captured"))
                self._retry = lambda: self._supervised_capture_retry(shipment, again)
                self._say(msg.tone, msg.title, self._do_not_ship_hint(msg.hint), retry=True)
            else:
                self.view.set_locked(False)
                self._retry = again if msg.retry else None
                self._say(msg.tone, msg.title, msg.hint, retry=msg.retry)
            self.view.completion_finished(shipment.shipment_id, False)
            self._next_scan_soon()

        self.runner.submit(call, done, failed)

    def _say_rate_limited(self, result: CompletionOutcome) -> None:
        """Centra's rate limit (429) met this completion: queued, never a blocked bench. A
        paid (or already captured) parcel may ship; one whose payment is still to be
        captured stays at the station until the screen says otherwise."""
        entry = result.entry
        sid = entry.shipment_id
        seconds = entry.wait_s(time.time()) or 1
        if entry.ok_to_ship:
            self._say(Tone.OK, self._tr("{0}: queued, OK to ship").format(sid),
                      self._tr("Centra's rate limit is used up for a moment: Packstation "
                               "sends it in about {0} s. Nothing is lost.").format(seconds))
            return
        self._say(Tone.WARN,
                  self._tr("{0}: keep the parcel here — waiting on Centra's rate limit")
                  .format(sid),
                  self._tr("The payment is captured in about {0} s; this screen says when "
                           "the parcel may ship. Scan the next slip meanwhile.")
                  .format(seconds))

    def outbox_changed(self, snapshot: OutboxSnapshot) -> None:
        """A parcel kept at the station (its payment not yet captured when the packer
        went on) that the background drain has since captured, completed or had
        refused: say so, naming it. Entries not kept here are the strip's business."""
        if not self._held:
            return
        for entry in (*snapshot.finished, *snapshot.waiting, *snapshot.alerts):
            if entry.shipment_id not in self._held:
                continue
            if entry.state is State.REFUSED or entry.ok_to_ship:
                self._held.discard(entry.shipment_id)
                self._announce(entry)

    def _announce(self, entry: OutboxEntry) -> None:
        if self.completing:  # "Completing…" of the parcel in hand: say it right after
            self.runner.later(ANNOUNCE_RETRY_MS, lambda: self._announce(entry))
            return
        sid = entry.shipment_id
        if entry.state is State.REFUSED:
            self._say(Tone.ERROR,
                      self._tr("DO NOT SHIP {0}: Centra refused the completion").format(sid),
                      self._tr("Keep that parcel aside and hand it to your supervisor. "
                               "Centra said: {0}").format(entry.last_error or "-"))
            return
        hint = (self._tr("Hand that parcel over, then go on with {0}.").format(self._sid())
                if self.loaded else self._tr("Hand that parcel over. Scan the next slip."))
        self._say(Tone.OK, self._tr("{0}: payment captured, OK to ship").format(sid), hint)

    def _do_not_ship_hint(self, hint: str) -> str:
        return self._tr("{0} Locked: a supervisor can retry the capture (Retry), or scan the "
                        "packing slip again once the customer has paid.").format(hint)

    def _say_do_not_ship(self) -> None:
        self._say(Tone.ERROR, self._tr("DO NOT SHIP: payment capture failed"),
                  self._do_not_ship_hint(""), retry=True)

    def _supervised_capture_retry(self, shipment: Shipment, again: Callable[[], None]) -> None:
        if self._do_not_ship != shipment.shipment_id or not self.loaded:
            return
        if not self.options.may_retry_capture():
            self._say(Tone.ERROR, self._tr("Only a supervisor can retry the capture"),
                      self._tr("Unlock supervisor mode and press Retry, or scan the packing "
                               "slip again once the customer has paid."), retry=True)
            return
        self.options.audit_capture_retry(shipment.shipment_id, "supervisor retried the capture")
        self._do_not_ship = None
        self._capture_failed.discard(shipment.shipment_id)
        again()

    def _forget_ready(self, shipment: Shipment) -> None:
        if self.ready is not None:
            self.ready.forget(shipment.shipment_id)

    def _next_scan_soon(self) -> None:
        if self._queued_scan:
            # A delay, not a zero-timer (a queued call runs before the low-priority
            # repaint): the result is laid out and painted first, input gets its turn, and
            # the two halves never add up to one long stall of the GUI thread.
            self.runner.later(NEXT_SCAN_DELAY_MS, self._next_scan)

    def _next_scan(self) -> None:
        queued, self._queued_scan = self._queued_scan, None
        if queued:
            self._scan_slip(queued)


def middle(text: str, limit: int = 22) -> str:
    """A long tracking number for the one-line banner: its start and end, which is what
    a packer compares with the label (the whole number is in the log and the outbox)."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return f"{text[: keep - keep // 2]}…{text[-(keep // 2):]}"
