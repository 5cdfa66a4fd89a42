"""The bench session's state and the helpers both halves use (``bench/session.py``: scans
and lookups; ``bench/session_complete.py``: Complete, good-to-go, DO NOT SHIP)."""

from __future__ import annotations

from collections.abc import Callable

from packstation.bench.papers_hook import NoPapers, PapersHook
from packstation.bench.session_ports import (
    BenchOptions,
    BenchView,
    BenchWords,
    Deliveries,
    Lookups,
    NoVerification,
    ReadySource,
    Runner,
    Verification,
)
from packstation.bench.tone import Tone
from packstation.bench.verification import line_codes
from packstation.centra.domain import FoundShipment, Shipment
from packstation.scanning import Scan, validate_tracking


class SessionCore:
    """Owns the bench's state: what is loaded, what is in flight."""

    def __init__(self, view: BenchView, lookups: Lookups, runner: Runner,
                 deliveries: Deliveries, words: BenchWords,
                 options: BenchOptions | None = None, *,
                 verify: Verification | None = None, ready: ReadySource | None = None,
                 check_reuse: Callable[[str, str], None] | None = None) -> None:
        self.view = view
        self.lookups = lookups
        self.runner = runner
        self.deliveries = deliveries
        self.words = words
        self._tr = words.tr
        self.options = options or BenchOptions()
        self.settings = self.options.settings()  # taken again at each slip load
        self.verify: Verification = verify or NoVerification()
        self.papers: PapersHook = NoPapers()  # station wiring: Centra's documents
        self.ready = ready  # local ready list: instant answers, confirmed in the background
        # Another parcel's label? (tracking, shipment ID); warns later, never blocks.
        self.check_reuse: Callable[[str, str], None] = check_reuse or (lambda t, sid: None)
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
        # Parcels the bench told to keep at the station while their completion waits
        # (the payment not yet captured): the bench says when each may ship, or not.
        self._held: set[str] = set()

    def _refuse_tracking(self, text: str, scan: Scan) -> None:
        """Say why ``text`` is refused. Until a label is taken (or the form cleared),
        Complete only repeats this: nothing else in the form goes out instead of it."""
        self._say(Tone.ERROR, self._tr("Not a tracking number: {0}").format(short(text)),
                  self.words.scan(scan))
        if not self.loaded or self.completing:
            return
        self._refused = text
        self._refused_words = self.words.scan(scan)
        if self.view.tracking_text().strip() == text.strip():  # typed there: retype it
            self.view.focus_tracking(select=True)

    def _scan_slip(self, value: str) -> None:
        raise NotImplementedError  # BenchSession

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
        self._pending_discard = None
        self._do_not_ship = None
        self._unload()
        self._say(Tone.IDLE, self._tr("Scan a packing slip"))
        self.view.focus_scan()

    def _unload(self) -> None:
        """Nothing is loaded any more: form, shipment, verification and papers emptied."""
        self.found = None
        self._retry = None
        self._accepted_tracking = None
        self._refused = None
        self.view.clear_form()
        self.view.clear_shipment()
        self.verify.load(None)
        self.papers.load(None)

    def _say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        self.view.say(tone, title, hint, retry=retry)

    @property
    def loaded(self) -> bool:
        return self.found is not None

    def loaded_tracking(self) -> tuple[str, str] | None:
        """(shipment ID, tracking in the form), or None when nothing is loaded or a
        completion is under way (the tracking reuse check drops a late answer then)."""
        if not self.loaded or self.completing:
            return None
        return self._sid(), self.view.form_values().tracking

    def _shipment(self) -> Shipment:
        assert self.found is not None
        return self.found.shipment

    def _as_tracking(self, raw: str, scan: Scan | None = None) -> Scan:
        """``raw`` read as a tracking number for the loaded order: its lines' codes are
        products, its booked carrier picks among several readings (issue #12)."""
        if not self.loaded:
            return scan if scan is not None else validate_tracking(raw)
        s = self._shipment()
        codes = [c for line in s.products for c in line_codes(line)]
        # Centra often sends no carrier: then the one chosen in the form is the booking.
        booked = s.carrier or self.view.chosen_carrier().strip() or None
        checked = validate_tracking(raw, booked_carrier=booked, product_codes=codes)
        if scan is not None and scan.valid and not (checked.valid and checked.value == scan.value):
            return scan  # e.g. the raw text still carries the scanner's prefix or suffix
        return checked

    def _sid(self) -> str:
        return self.found.shipment.shipment_id if self.found else ""


def short(text: str, limit: int = 40) -> str:
    clean = "".join(ch if ch.isprintable() else "·" for ch in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
