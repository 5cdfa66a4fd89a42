"""The bench controller: turns scans, keys and clicks into Centra calls and results.

It lives in the GUI thread, sends every network call through the ``JobRunner`` and
only touches widgets from result callbacks, which run in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.bench.completion_values import completion_for
from packstation.bench.delivery import CompletionOutcome, DeliveryService
from packstation.bench.papers_hook import NoPapers, PapersHook
from packstation.bench.verification import line_codes
from packstation.centra import errors
from packstation.centra.domain import (
    FoundShipment,
    LookupOutcome,
    LookupResult,
    Shipment,
)
from packstation.centra.ports import CentraPorts
from packstation.scanning import Note, Scan, ScanKind, classify, validate_tracking
from packstation.scanning.carriers import same_carrier
from packstation.ui.feedback import Announcer, Feedback, SilentFeedback
from packstation.ui.jobs import JobRunner
from packstation.ui.local_note import NO_FACTS, CheckedLookup, LocalFacts, note, read_facts
from packstation.ui.main_window import MainWindow
from packstation.ui.ready_list import ReadyList, age_words
from packstation.ui.text import messages
from packstation.ui.text.scan_words import scan_words
from packstation.ui.theme import Tone
from packstation.ui.tracking_reuse import TrackingReuseCheck
from packstation.ui.widgets.verification_view import VerificationController

NEXT_SCAN_DELAY_MS = 10  # a slip queued during a completion loads this long after it
BUSY_AFTER_MS = 120  # "Looking up…" only when Centra has not answered by then


@dataclass
class BenchOptions:
    auto_tick_on_tracking: bool = True
    tracking_required: bool = True
    default_capture: bool = True
    classify: Callable[[str], Scan] = classify
    # Filled in by station setup (e-mail override, "Packed by ..." comment).
    send_email: Callable[[], bool | None] = field(default=lambda: None)
    comment_suffix: Callable[[], str] = field(default=lambda: "")
    # Sees every raw scan first; True means it was handled (e.g. an operator badge).
    intercept_scan: Callable[[str], bool] = field(default=lambda raw: False)
    # "off" | "warn" | "require" (station setting verification_mode; read on every load).
    verification_mode: str = "off"
    # Who is packing (shift stats per operator); filled in by station setup.
    current_operator: Callable[[], str] = field(default=lambda: "")
    # "Mark good-to-go only" (worker thread); station setup puts an audited one here.
    mark_good_to_go: Callable[[str], object] | None = None
    # After DO NOT SHIP: may the capture be retried now (supervisor mode)? And the audit
    # log for that retry and for a slip scanned again: (shipment ID, what happened).
    may_retry_capture: Callable[[], bool] = field(default=lambda: False)
    audit_capture_retry: Callable[[str, str], None] = field(default=lambda sid, detail: None)


class BenchController(QObject):
    """Owns the bench's state: what is loaded, what is in flight."""

    lookup_finished = Signal(object)  # LookupResult or exception
    completion_finished = Signal(str, bool)  # shipment ID, success

    def __init__(
        self,
        window: MainWindow,
        client: CentraPorts,
        runner: JobRunner,
        deliveries: DeliveryService,
        options: BenchOptions | None = None,
        parent: QObject | None = None,
        feedback: Feedback | None = None,
        *,
        ready: ReadyList | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.client = client
        self.runner = runner
        self.deliveries = deliveries
        self.options = options or BenchOptions()
        self.ready = ready  # local ready list: instant answers, confirmed in the background
        self.found: FoundShipment | None = None
        self.completing = False
        self._lookup_seq = 0
        self._queued_scan: str | None = None
        self._pending_discard: str | None = None
        self._retry: Callable[[], None] | None = None
        # The tracking number the bench checked and took (scan, or typed + Enter): only
        # this is ever sent; anything else in the field is checked again at Complete.
        self._accepted_tracking: str | None = None
        self._refused: str | None = None  # a refused label: Complete waits for a good one
        self._refused_words = ""
        # DO NOT SHIP: the shipment whose capture failed is locked until a supervisor
        # retries or its slip is scanned again (both audited); never a second Ctrl+Enter.
        self._do_not_ship: str | None = None
        self._capture_failed: set[str] = set()
        self.announcer = Announcer(window.banner, feedback or SilentFeedback())
        self.verify = VerificationController(window.shipment_panel, window.form,
                                             self.announcer,
                                             lambda: self.options.verification_mode, self)
        self.papers: PapersHook = NoPapers()  # station wiring: Centra's documents (ui/papers.py)
        self.reuse = TrackingReuseCheck(deliveries.outbox, runner, self.announcer,
                                        self._loaded_tracking)

        w = window
        w.scan_bar.submitted.connect(self.handle_scan)
        w.form.action_requested.connect(self.request_action)
        w.form.tracking_entered.connect(self._tracking_typed)
        w.complete_shortcut.connect(self.request_action)
        w.escape_pressed.connect(self.clear)
        w.banner.retry_clicked.connect(self.retry)
        w.shipment_panel.chosen.connect(self.lookup)
        w.demo_barcode_clicked.connect(self.handle_scan)

    # ------------------------------------------------------------------ scans

    def handle_scan(self, raw: str) -> None:
        """Every scan comes here, whichever widget had the focus."""
        if self.options.intercept_scan(raw):
            return
        scan = self.options.classify(raw)
        kind = scan.kind
        if (kind not in (ScanKind.COMMAND, ScanKind.SHIPMENT_ID) and not self.completing
                and self.verify.take(scan)):
            return  # an item of the loaded shipment (EAN, UPC or SKU)
        if kind in (ScanKind.SHIPMENT_ID, ScanKind.ORDER_NUMBER):
            self._scan_slip(scan.value)
        elif kind in (ScanKind.TRACKING, ScanKind.SSCC):
            if scan.valid or not self._loaded():
                self._take_tracking(self._as_tracking(raw, scan))
            else:  # a known format with a wrong check digit: refused, with the reason
                self._tracking_typed(raw)
        elif kind is ScanKind.COMMAND:
            self._command(scan.value)
        elif kind is ScanKind.PRODUCT:
            self._product(scan)
        elif kind is ScanKind.UNKNOWN and self._loaded():
            tracking = self._as_tracking(raw)
            if tracking.valid:
                self._take_tracking(tracking)
            else:
                self._say(Tone.ERROR, self.tr("Not recognised: {0}").format(_short(raw)),
                          scan_words(scan))
        else:
            self._say(Tone.ERROR, self.tr("Not recognised: {0}").format(_short(raw)),
                      scan_words(scan) or self.tr("Scan the packing slip's shipment barcode."))

    def _scan_slip(self, value: str) -> None:
        if self.completing:
            self._queued_scan = value
            self._say(Tone.BUSY, self.tr("Completing {0}… {1} is next").format(
                self._sid(), value), self.tr("Wait for the green confirmation."))
            return
        if self.window.form.is_dirty() and self._pending_discard != value and (
            self.found is None or self.found.shipment.shipment_id != value
        ):
            self._pending_discard = value
            self._say(Tone.WARN, self.tr("{0} has unsaved input").format(self._sid()),
                      self.tr("Scan {0} again to discard it and load {0}, "
                              "or press Ctrl+Enter to finish this one first.").format(value))
            return
        self._pending_discard = None
        self._queued_scan = None  # a newer slip wins over one queued during a completion
        failed = [sid for sid in self._capture_failed
                  if value == sid or value == sid.partition("-")[0]]
        for sid in failed:  # an explicit act: the customer has paid, try again
            self._capture_failed.discard(sid)
            self.options.audit_capture_retry(sid, "slip scanned again after DO NOT SHIP")
        self.lookup(value)

    def _take_tracking(self, scan: Scan) -> None:
        if not self._loaded():
            self._say(Tone.WARN, self.tr("Scan the packing slip first"),
                      self.tr("That was a tracking number ({0}).").format(scan_words(scan)))
            return
        if self.completing:
            return
        self.window.form.set_tracking(scan.value, scan.carrier,
                                      tick=self.options.auto_tick_on_tracking)
        self._accepted_tracking = scan.value
        self._refused = None
        self.reuse.check(scan.value, self._sid())  # warns later if another parcel had it
        booked = self._shipment().carrier
        if scan.carrier and booked and not same_carrier(scan.carrier, booked):
            self._say(Tone.WARN, self.tr("Check the label: it is {0}, the order is booked "
                                         "with {1}").format(scan.carrier, booked),
                      self.tr("If the label is right, press Ctrl+Enter; otherwise scan the "
                              "right label."))
            return
        title = (self.tr("Tracking {0} ({1})").format(scan.value, scan.carrier) if scan.carrier
                 else self.tr("Tracking {0}").format(scan.value))
        hint = self.tr("Press Ctrl+Enter to complete, or check the form first.")
        if scan.description.names_reading:  # several readings: say which one was taken
            hint = f"{scan_words(scan)}. {hint}"
        # DHL digits that pass the Leitcode's check: maybe the routing barcode (look first)
        look = Note.MAYBE_LEITCODE in scan.description.notes
        self._say(Tone.WARN if look else Tone.IDLE, title, hint)

    def _tracking_typed(self, text: str) -> None:
        if not text:
            return
        scan = self._as_tracking(text)
        if not scan.valid:
            self._refuse_tracking(text, scan)
            return
        self._take_tracking(scan)

    def _refuse_tracking(self, text: str, scan: Scan) -> None:
        """Say why ``text`` is refused. Until a label is taken (or the form cleared),
        Complete only repeats this: nothing else in the form goes out instead of it."""
        self._say(Tone.ERROR, self.tr("Not a tracking number: {0}").format(_short(text)),
                  scan_words(scan))
        if not self._loaded() or self.completing:
            return
        self._refused = text
        self._refused_words = scan_words(scan)
        field = self.window.form.tracking
        if field.text().strip() == text.strip():  # typed there: select it for retyping
            field.setFocus()
            field.selectAll()

    def _command(self, command: str) -> None:
        if command == "complete":
            self.request_action()
        elif command == "cancel":
            self.clear()
        elif command == "print":
            self.papers.print_now()
        elif command == "next-package" and self._loaded():
            spin = self.window.form.packages
            spin.setValue(min(spin.maximum(), spin.value() + 1))
            self._say(Tone.IDLE, self.tr("{0} packages").format(spin.value()))

    def _product(self, scan: Scan) -> None:
        # Not an item of the loaded shipment: an 8-digit order number or a 12-digit
        # tracking number can carry a valid GS1 check digit by chance.
        slip = ScanKind.ORDER_NUMBER in scan.alternatives
        if slip and (not self._loaded() or self._pending_discard == scan.value):
            self._scan_slip(scan.value)
            return
        # Only into an empty Tracking field: after the label, a product code is a wrong item,
        # never a replacement for the label's number (typing it into Tracking still works).
        if (ScanKind.TRACKING in scan.alternatives and self._loaded()
                and not self.window.form.values().tracking):
            tracking = self._as_tracking(scan.raw)
            if tracking.valid:  # the booked carrier numbers its parcels so (#12)
                self._take_tracking(tracking)
                return
        if not self._loaded():
            self._say(Tone.WARN, self.tr("Scan the packing slip first"),
                      self.tr("That was a product barcode ({0}).").format(scan.value))
            return
        self._pending_discard = scan.value if slip else None
        self.verify.wrong_item(scan.value, could_be_slip=slip)

    # ----------------------------------------------------------------- lookup

    def lookup(self, value: str) -> None:
        self._lookup_seq += 1
        seq = self._lookup_seq
        self._retry = lambda: self.lookup(value)
        hit = self.ready.instant(value) if self.ready is not None else None
        if hit is not None and self.ready is not None:
            self._show_lookup(hit.result, cached_age=hit.age_s)
            self.ready.confirm(value, lambda fresh: self._confirmed(seq, fresh),
                               lambda exc: None)  # offline: keep the cached answer
            return

        answered = [False]

        def done(checked: CheckedLookup) -> None:
            answered[0] = True
            if seq == self._lookup_seq:
                self._show_lookup(checked.result, facts=checked.facts)

        def failed(exc: BaseException) -> None:
            answered[0] = True
            if seq == self._lookup_seq:
                msg = messages.for_error(exc, doing=self.tr("Looking up {0}").format(value))
                self._say(msg.tone, msg.title, msg.hint, retry=msg.retry)
                self.lookup_finished.emit(exc)

        client, outbox = self.client, self.deliveries.outbox

        def job() -> CheckedLookup:  # worker thread: Centra, then this station's outbox
            result = client.lookup(value)
            return CheckedLookup(result, read_facts(outbox, result))

        self.runner.submit(job, done, failed)

        def still_waiting() -> None:
            if seq == self._lookup_seq and not answered[0] and not self.completing:
                self._say(Tone.BUSY, self.tr("Looking up {0}…").format(value))

        # Said only if Centra takes a moment: a quick answer is painted once, instead of a
        # busy banner repainting the window while the request is being started.
        QTimer.singleShot(BUSY_AFTER_MS, still_waiting)

    def _confirmed(self, seq: int, fresh: LookupResult) -> None:
        """Centra's fresh answer to a scan shown from the ready list."""
        if seq != self._lookup_seq or self.completing or self.found is None:
            return
        if self._do_not_ship == self.found.shipment.shipment_id:
            return  # arrived after a failed capture: locked until the slip is scanned again
        if fresh.can_complete and fresh.shipment == self.found.shipment:
            return
        if fresh.can_complete and len(fresh.found) == 1:  # still ready, details changed
            self.found = fresh.found[0]
            self.window.shipment_panel.show_found(self.found)
            return
        self._show_lookup(fresh)  # completed / on hold / gone meanwhile: say so

    def _show_lookup(self, result: LookupResult, cached_age: float | None = None,
                     facts: LocalFacts | None = None) -> None:
        w = self.window
        if facts is None:  # from the ready list: the outbox as of its last snapshot
            waiting = self.deliveries.waiting_for(result.shipment.shipment_id) \
                if result.shipment is not None else None
            facts = LocalFacts(waiting=waiting) if waiting is not None else NO_FACTS
        self.found = None
        if result.outcome is LookupOutcome.SEVERAL_OPEN:
            w.shipment_panel.show_choices(result.found)
        elif len(result.found) == 1:
            found = result.found[0]
            w.shipment_panel.show_found(found)
            # Already on its way to Centra from this station: nothing to complete here.
            if facts.waiting is None and found.outcome in (
                    LookupOutcome.READY, LookupOutcome.NEEDS_CAPTURE,
                    LookupOutcome.NOT_GOOD_TO_GO):
                self.found = found
        else:
            w.shipment_panel.clear()
        self._accepted_tracking = None
        self._refused = None
        self._do_not_ship = None
        if self.found is not None:  # load() resets every field itself: no clear() first
            w.form.load(self.found.shipment, capture_default=self.options.default_capture)
            sid = self.found.shipment.shipment_id
            if sid in self._capture_failed:  # looked up again by a choice or the ready list
                self._capture_failed.discard(sid)
                self.options.audit_capture_retry(sid, "loaded again after DO NOT SHIP")
        else:
            w.form.clear()
        self.verify.load(self.found.shipment if self.found else None)
        self.papers.load(self.found.shipment if self.found else None)
        msg = note(result, facts) or messages.for_lookup(result)
        hint = msg.hint if cached_age is None else (
            self.tr("{0}  (From the ready list, {1} old.)").format(msg.hint,
                                                                   age_words(cached_age)))
        if self.found is not None and (abroad := self.papers.banner_note(self.found.shipment)):
            hint = f"{abroad}  {hint}"
        self._say(msg.tone, msg.title, hint)
        self._retry = None
        if self.found is not None:
            w.form.tracking.setFocus()
        else:
            w.scan_bar.focus()
        self.lookup_finished.emit(result)

    # ------------------------------------------------------------- completion

    def request_action(self) -> None:
        """Ctrl+Enter, the button or a COMPLETE command barcode."""
        if self.completing or not self._loaded():
            return
        form = self.window.form
        values = form.values()
        kind = form.action_kind()
        shipment = self._shipment()
        if self._do_not_ship == shipment.shipment_id:
            self._say_do_not_ship()
            return
        if self._refused is not None and values.tracking not in (
                "", self._accepted_tracking, self._refused.strip()):
            self._refused = None  # Tracking was changed since: what is there is checked below
        if self._refused is not None:
            self._say(Tone.ERROR, self.tr("Not a tracking number: {0}").format(
                _short(self._refused)), self._refused_words)
            return
        if kind == "none":
            self._say(Tone.WARN, self.tr("Nothing to send yet"),
                      self.tr("Scan the carrier label, or tick Good-to-go."))
            return
        if kind == "complete" and self.options.tracking_required and not values.tracking:
            self._say(Tone.WARN, self.tr("Scan the tracking number first"),
                      self.tr("The carrier label's barcode goes in Tracking."))
            form.tracking.setFocus()
            return
        if kind == "complete" and values.tracking and values.tracking != self._accepted_tracking:
            # Typed without Enter, edited after the check, or refused: check it now.
            scan = self._as_tracking(values.tracking)
            if not scan.valid:
                self._refuse_tracking(values.tracking, scan)
                return
            form.set_tracking(scan.value, scan.carrier, tick=False)
            self._accepted_tracking = scan.value
            values = form.values()
        if not self.verify.may_complete():
            return
        if kind == "complete" and not self.papers.may_complete():
            return
        if kind == "gtg":
            mark = self.options.mark_good_to_go or self.client.mark_good_to_go
            self._run_write(self.tr("Marking {0} good-to-go").format(shipment.shipment_id),
                            lambda: mark(shipment.shipment_id),
                            shipment, done_title=self.tr("{0} marked good-to-go").format(
                                shipment.shipment_id))
            return
        if values.tracking != (self._accepted_tracking or ""):  # never anything unchecked
            return
        request = completion_for(shipment, values, send_email=self.options.send_email(),
                                   comment_suffix=self.options.comment_suffix())
        done_title = (self.tr("Completed {0}  ·  order {1}  ·  tracking {2}").format(
            shipment.shipment_id, shipment.order_id, _middle(request.tracking))
            if request.tracking
            else self.tr("Completed {0}  ·  order {1}").format(shipment.shipment_id,
                                                               shipment.order_id))
        operator = self.options.current_operator()
        self._run_write(self.tr("Completing {0}").format(shipment.shipment_id),
                        lambda: self.deliveries.complete_now(
                            request, needs_capture=shipment.needs_capture, operator=operator),
                        shipment,
                        done_title=done_title)

    def _run_write(self, doing: str, call: Callable[[], object], shipment: Shipment,
                   *, done_title: str) -> None:
        self.completing = True
        self.window.form.set_locked(True, f"{doing}…")
        self._say(Tone.BUSY, f"{doing}…", self.tr("Please wait."))

        def done(result: object) -> None:
            self._forget_ready(shipment)
            if isinstance(result, CompletionOutcome):
                if not result.confirmed:  # the waiting strip may change; DONE leaves it as is
                    self.deliveries.refresh()
                if result.refused:
                    failed(result.error or RuntimeError(result.entry.last_error))
                    return
            self.completing = False
            self._retry = None
            self.found = None
            self._accepted_tracking = None
            self._refused = None
            self.window.form.clear()
            self.window.shipment_panel.clear()
            self.verify.load(None)
            self.papers.load(None)
            if isinstance(result, CompletionOutcome) and not result.confirmed:
                # Saved in the outbox; it is sent (or checked) again in the background.
                title = (self.tr("{0}: confirming with Centra…")
                         if result.confirming
                         else self.tr("{0}: waiting to send to Centra"))
                self._say(Tone.WARN, title.format(
                    shipment.shipment_id), self.tr("{0} Packstation keeps trying; nothing is "
                                                   "lost.").format(messages.advice(result.entry)))
            else:
                self._say(Tone.OK, done_title, self.tr("Ready for the next parcel."))
            self.window.scan_bar.focus()
            self.completion_finished.emit(shipment.shipment_id, True)
            self._next_scan_soon()

        def failed(exc: BaseException) -> None:
            self._forget_ready(shipment)
            self.completing = False
            msg = messages.for_error(exc, doing=doing)
            again = lambda: self._run_write(doing, call, shipment,  # noqa: E731
                                            done_title=done_title)
            if isinstance(exc, errors.CaptureFailed):
                # Locked for this shipment: no key, click or command barcode sends it again.
                self._do_not_ship = shipment.shipment_id
                self._capture_failed.add(shipment.shipment_id)
                self.window.form.set_locked(True, self.tr("DO NOT SHIP: payment not captured"))
                self._retry = lambda: self._supervised_capture_retry(shipment, again)
                self._say(msg.tone, msg.title, self._do_not_ship_hint(msg.hint), retry=True)
            else:
                self.window.form.set_locked(False)
                self._retry = again if msg.retry else None
                self._say(msg.tone, msg.title, msg.hint, retry=msg.retry)
            self.completion_finished.emit(shipment.shipment_id, False)
            self._next_scan_soon()

        self.runner.submit(call, done, failed)

    def _do_not_ship_hint(self, hint: str) -> str:
        return self.tr("{0} Locked: a supervisor can retry the capture (Retry), or scan the "
                       "packing slip again once the customer has paid.").format(hint)

    def _say_do_not_ship(self) -> None:
        self._say(Tone.ERROR, self.tr("DO NOT SHIP: payment capture failed"),
                  self._do_not_ship_hint(""), retry=True)

    def _supervised_capture_retry(self, shipment: Shipment, again: Callable[[], None]) -> None:
        if self._do_not_ship != shipment.shipment_id or not self._loaded():
            return
        if not self.options.may_retry_capture():
            self._say(Tone.ERROR, self.tr("Only a supervisor can retry the capture"),
                      self.tr("Unlock supervisor mode and press Retry, or scan the packing "
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
            # A timer, not a zero-timer (a queued call runs before the low-priority
            # repaint): the result is laid out and painted first, input gets its turn, and
            # the two halves never add up to one long stall of the GUI thread.
            QTimer.singleShot(NEXT_SCAN_DELAY_MS, self._next_scan)

    def _next_scan(self) -> None:
        queued, self._queued_scan = self._queued_scan, None
        if queued:
            self._scan_slip(queued)

    # ------------------------------------------------------------------ misc

    def retry(self) -> None:
        if self._retry is not None and not self.completing:
            self._retry()

    def clear(self) -> None:
        """Esc: back to the scan field (never while a request is in flight)."""
        if self.completing:
            return
        self._lookup_seq += 1  # ignore a lookup still on its way
        self._queued_scan = None
        self.found = None
        self._pending_discard = None
        self._retry = None
        self._accepted_tracking = None
        self._refused = None
        self._do_not_ship = None
        self.window.form.clear()
        self.window.shipment_panel.clear()
        self.verify.load(None)
        self.papers.load(None)
        self._say(Tone.IDLE, self.tr("Scan a packing slip"))
        self.window.scan_bar.focus()

    def _say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        self.announcer.say(tone, title, hint, retry=retry)

    def _loaded(self) -> bool:
        return self.found is not None

    def _loaded_tracking(self) -> tuple[str, str] | None:
        if not self._loaded() or self.completing:
            return None
        return self._sid(), self.window.form.values().tracking

    def _shipment(self) -> Shipment:
        assert self.found is not None
        return self.found.shipment

    def _as_tracking(self, raw: str, scan: Scan | None = None) -> Scan:
        """``raw`` read as a tracking number for the loaded order: its lines' codes are
        products, its booked carrier picks among several readings (issue #12)."""
        if not self._loaded():
            return scan if scan is not None else validate_tracking(raw)
        s = self._shipment()
        codes = [c for line in s.products for c in line_codes(line)]
        # Centra often sends no carrier: then the one chosen in the form is the booking.
        booked = s.carrier or self.window.form.carrier.currentText().strip() or None
        checked = validate_tracking(raw, booked_carrier=booked, product_codes=codes)
        if scan is not None and scan.valid and not (checked.valid and checked.value == scan.value):
            return scan  # e.g. the raw text still carries the scanner's prefix or suffix
        return checked

    def _sid(self) -> str:
        return self.found.shipment.shipment_id if self.found else ""


def _middle(text: str, limit: int = 22) -> str:
    """A long tracking number for the one-line banner: its start and end, which is what
    a packer compares with the label (the whole number is in the log and the outbox)."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return f"{text[: keep - keep // 2]}…{text[-(keep // 2):]}"


def _short(text: str, limit: int = 40) -> str:
    clean = "".join(ch if ch.isprintable() else "·" for ch in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
