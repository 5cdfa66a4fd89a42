"""The bench's state machine, Qt-free: what a scan does, what is loaded, what is in flight,
and when Complete is allowed.

``BenchSession`` lives on the owner's (GUI) thread. It shows everything through a
``BenchView``, sends every Centra and outbox call through an injected ``Runner`` (worker
thread, answer back on the owner's thread) and waits with ``Runner.later`` instead of a
timer. ``ui/bench.py`` binds it to the window; tests drive it with a recording view and a
synchronous runner. Its English sentences are translated by ``BenchWords.tr`` (each is
listed in ``ui/text/bench_words.py`` so the catalogues keep it).
"""

from __future__ import annotations

from packstation.bench.local_facts import NO_FACTS, CheckedLookup, LocalFacts, read_facts
from packstation.bench.session_complete import NEXT_SCAN_DELAY_MS as NEXT_SCAN_DELAY_MS
from packstation.bench.session_complete import Completing
from packstation.bench.session_core import short
from packstation.bench.session_ports import BenchOptions as BenchOptions  # re-exported
from packstation.bench.session_ports import BenchView as BenchView
from packstation.bench.session_ports import Runner as Runner
from packstation.bench.tone import Tone
from packstation.centra.domain import LookupOutcome, LookupResult
from packstation.scanning import Note, Scan, ScanKind
from packstation.scanning.carriers import same_carrier

BUSY_AFTER_MS = 120  # "Looking up…" only when Centra has not answered by then


class BenchSession(Completing):
    """The bench's state machine: scans and lookups here, completions in ``Completing``."""

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
            if scan.valid or not self.loaded:
                self._take_tracking(self._as_tracking(raw, scan))
            else:  # a known format with a wrong check digit: refused, with the reason
                self.tracking_typed(raw)
        elif kind is ScanKind.COMMAND:
            self._command(scan.value)
        elif kind is ScanKind.PRODUCT:
            self._product(scan)
        elif kind is ScanKind.UNKNOWN and self.loaded:
            tracking = self._as_tracking(raw)
            if tracking.valid:
                self._take_tracking(tracking)
            else:
                self._say(Tone.ERROR, self._tr("Not recognised: {0}").format(short(raw)),
                          self.words.scan(scan))
        else:
            self._say(Tone.ERROR, self._tr("Not recognised: {0}").format(short(raw)),
                      self.words.scan(scan)
                      or self._tr("Scan the packing slip's shipment barcode."))

    def _scan_slip(self, value: str) -> None:
        if self.completing:
            self._queued_scan = value
            self._say(Tone.BUSY, self._tr("Completing {0}… {1} is next").format(
                self._sid(), value), self._tr("Wait for the green confirmation."))
            return
        if self.view.form_dirty() and self._pending_discard != value and (
            self.found is None or self.found.shipment.shipment_id != value
        ):
            self._pending_discard = value
            self._say(Tone.WARN, self._tr("{0} has unsaved input").format(self._sid()),
                      self._tr("Scan {0} again to discard it and load {0}, "
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
        if not self.loaded:
            self._say(Tone.WARN, self._tr("Scan the packing slip first"),
                      self._tr("That was a tracking number ({0}).").format(
                          self.words.scan(scan)))
            return
        if self.completing:
            return
        self.view.set_tracking(scan.value, scan.carrier, tick=self.settings.auto_tick_on_tracking)
        self._accepted_tracking = scan.value
        self._refused = None
        self.check_reuse(scan.value, self._sid())  # warns later if another parcel had it
        booked = self._shipment().carrier
        if scan.carrier and booked and not same_carrier(scan.carrier, booked):
            self._say(Tone.WARN, self._tr("Check the label: it is {0}, the order is booked "
                                          "with {1}").format(scan.carrier, booked),
                      self._tr("If the label is right, press Ctrl+Enter; otherwise scan the "
                               "right label."))
            return
        title = (self._tr("Tracking {0} ({1})").format(scan.value, scan.carrier)
                 if scan.carrier else self._tr("Tracking {0}").format(scan.value))
        hint = self._tr("Press Ctrl+Enter to complete, or check the form first.")
        if scan.description.names_reading:  # several readings: say which one was taken
            hint = f"{self.words.scan(scan)}. {hint}"
        # DHL digits that pass the Leitcode's check: maybe the routing barcode (look first)
        look = Note.MAYBE_LEITCODE in scan.description.notes
        self._say(Tone.WARN if look else Tone.IDLE, title, hint)

    def tracking_typed(self, text: str) -> None:
        """Enter in the Tracking field."""
        if not text:
            return
        scan = self._as_tracking(text)
        if not scan.valid:
            self._refuse_tracking(text, scan)
            return
        self._take_tracking(scan)

    def _command(self, command: str) -> None:
        if command == "complete":
            self.request_action()
        elif command == "cancel":
            self.clear()
        elif command == "print":
            self.papers.print_now()
        elif command == "next-package" and self.loaded:
            self._say(Tone.IDLE, self._tr("{0} packages").format(self.view.add_package()))

    def _product(self, scan: Scan) -> None:
        # Not an item of the loaded shipment: an 8-digit order number or a 12-digit
        # tracking number can carry a valid GS1 check digit by chance.
        slip = ScanKind.ORDER_NUMBER in scan.alternatives
        if slip and (not self.loaded or self._pending_discard == scan.value):
            self._scan_slip(scan.value)
            return
        # Only into an empty Tracking field: after the label, a product code is a wrong item,
        # never a replacement for the label's number (typing it into Tracking still works).
        if (ScanKind.TRACKING in scan.alternatives and self.loaded
                and not self.view.form_values().tracking):
            tracking = self._as_tracking(scan.raw)
            if tracking.valid:  # the booked carrier numbers its parcels so (#12)
                self._take_tracking(tracking)
                return
        if not self.loaded:
            self._say(Tone.WARN, self._tr("Scan the packing slip first"),
                      self._tr("That was a product barcode ({0}).").format(scan.value))
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
                msg = self.words.for_error(exc, doing=self._tr("Looking up {0}").format(value))
                self._say(msg.tone, msg.title, msg.hint, retry=msg.retry)
                self.view.lookup_finished(exc)

        lookups, outbox = self.lookups, self.deliveries.outbox

        def job() -> CheckedLookup:  # worker thread: Centra, then this station's outbox
            result = lookups.lookup(value)
            return CheckedLookup(result, read_facts(outbox, result))

        self.runner.submit(job, done, failed)

        def still_waiting() -> None:
            if seq == self._lookup_seq and not answered[0] and not self.completing:
                self._say(Tone.BUSY, self._tr("Looking up {0}…").format(value))

        # Said only if Centra takes a moment: a quick answer is painted once, instead of a
        # busy banner repainting the window while the request is being started.
        self.runner.later(BUSY_AFTER_MS, still_waiting)

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
            self.view.show_found(self.found)
            return
        self._show_lookup(fresh)  # completed / on hold / gone meanwhile: say so

    def _show_lookup(self, result: LookupResult, cached_age: float | None = None,
                     facts: LocalFacts | None = None) -> None:
        view = self.view
        if facts is None:  # from the ready list: the outbox as of its last snapshot
            waiting = self.deliveries.waiting_for(result.shipment.shipment_id) \
                if result.shipment is not None else None
            facts = LocalFacts(waiting=waiting) if waiting is not None else NO_FACTS
        self.found = None
        if result.outcome is LookupOutcome.SEVERAL_OPEN:
            view.show_choices(result.found)
        elif len(result.found) == 1:
            found = result.found[0]
            view.show_found(found)
            # Already on its way to Centra from this station: nothing to complete here.
            if facts.waiting is None and found.outcome in (
                    LookupOutcome.READY, LookupOutcome.NEEDS_CAPTURE,
                    LookupOutcome.NOT_GOOD_TO_GO):
                self.found = found
        else:
            view.clear_shipment()
        self._accepted_tracking = None
        self._refused = None
        self._do_not_ship = None
        if self.found is not None:  # load_form() resets every field itself: no clear first
            self.settings = self.options.settings()
            view.load_form(self.found.shipment, capture_default=self.settings.default_capture,
                           carriers=self.settings.carriers)
            sid = self.found.shipment.shipment_id
            if sid in self._capture_failed:  # looked up again by a choice or the ready list
                self._capture_failed.discard(sid)
                self.options.audit_capture_retry(sid, "loaded again after DO NOT SHIP")
        else:
            view.clear_form()
        self.verify.load(self.found.shipment if self.found else None)
        self.papers.load(self.found.shipment if self.found else None)
        msg = self.words.for_lookup(result, facts)
        hint = msg.hint if cached_age is None else (
            self._tr("{0}  (From the ready list, {1} old.)").format(
                msg.hint, self.words.age(cached_age)))
        if self.found is not None and (abroad := self.papers.banner_note(self.found.shipment)):
            hint = f"{abroad}  {hint}"
        self._say(msg.tone, msg.title, hint)
        self._retry = None
        if self.found is not None:
            view.focus_tracking()
        else:
            view.focus_scan()
        view.lookup_finished(result)


