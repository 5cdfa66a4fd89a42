"""What ``BenchSession`` talks to: the window (``BenchView``), a job runner, its words, and
the bench's helpers (verification, papers, ready list, deliveries). All Protocols, so the
session runs without Qt: ``ui/bench.py`` implements them over the widgets, tests with a
recording view and a synchronous runner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from packstation.bench.tone import Tone
from packstation.scanning import Scan, classify
from packstation.station.bench_settings import BenchSettings

if TYPE_CHECKING:
    from packstation.bench.completion_values import FormValues
    from packstation.bench.delivery import CompletionOutcome
    from packstation.bench.local_facts import LocalFacts
    from packstation.centra.domain import (
        Completion,
        FoundShipment,
        LookupResult,
        Shipment,
    )
    from packstation.centra.ready_cache import CacheHit
    from packstation.outbox import Outbox, OutboxEntry

OkCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
    """Runs ``fn`` off the owner's thread; ``on_ok``/``on_error`` run back on the owner's
    thread. ``later`` calls ``fn`` on the owner's thread after ``ms`` milliseconds."""

    def submit(self, fn: Callable[[], Any], on_ok: OkCallback | None = None,
               on_error: ErrorCallback | None = None) -> int: ...

    def later(self, ms: int, fn: Callable[[], None]) -> None: ...


class BenchView(Protocol):
    """What the window must show and tell. Called on the owner's (GUI) thread only."""

    def say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None: ...
    def show_found(self, found: FoundShipment) -> None: ...
    def show_choices(self, found: tuple[FoundShipment, ...]) -> None: ...
    def clear_shipment(self) -> None: ...
    def load_form(self, shipment: Shipment, *, capture_default: bool,
                  carriers: Mapping[str, Sequence[str]] | None = None) -> None: ...
    def clear_form(self) -> None: ...
    def form_dirty(self) -> bool: ...
    def form_values(self) -> FormValues: ...
    def action_kind(self) -> str: ...  # "none" | "gtg" | "complete"
    def chosen_carrier(self) -> str: ...
    def tracking_text(self) -> str: ...
    def set_tracking(self, value: str, carrier: str | None, *, tick: bool) -> None: ...
    def set_locked(self, locked: bool, label: str = "") -> None: ...
    def add_package(self) -> int: ...  # one more package; the new count
    def focus_scan(self) -> None: ...
    def focus_tracking(self, *, select: bool = False) -> None: ...
    def lookup_finished(self, result: object) -> None: ...  # LookupResult or exception
    def completion_finished(self, shipment_id: str, ok: bool) -> None: ...


class Said(Protocol):
    """A message in words (``ui/text/messages.Message``)."""

    @property
    def tone(self) -> Tone: ...
    @property
    def title(self) -> str: ...
    @property
    def hint(self) -> str: ...
    @property
    def retry(self) -> bool: ...


class BenchWords(Protocol):
    """The session's words in the interface language (``ui/text/bench_words.py``).

    ``tr`` translates the session's own English sentences (each listed there too)."""

    def tr(self, text: str) -> str: ...
    def for_error(self, exc: BaseException, *, doing: str) -> Said: ...
    def for_lookup(self, result: LookupResult, facts: LocalFacts) -> Said: ...
    def scan(self, scan: Scan) -> str: ...
    def advice(self, entry: OutboxEntry) -> str: ...
    def age(self, seconds: float) -> str: ...


class Verification(Protocol):
    """Item verification (``ui/widgets/verification_view.py``): counts, warnings, gate."""

    def load(self, shipment: Shipment | None) -> None: ...
    def take(self, scan: Scan) -> bool: ...
    def wrong_item(self, code: str, *, could_be_slip: bool = False) -> None: ...
    def may_complete(self) -> bool: ...


class ReadySource(Protocol):
    """The local ready list (``ui/ready_list.py``): instant answers, confirmed later."""

    def instant(self, value: str) -> CacheHit | None: ...
    def confirm(self, value: str, on_fresh: Callable[[LookupResult], None],
                on_failed: Callable[[BaseException], None]) -> None: ...
    def forget(self, shipment_id: str) -> None: ...


class Deliveries(Protocol):
    """The outbox's application service (``bench/delivery.py``)."""

    @property
    def outbox(self) -> Outbox: ...
    def waiting_for(self, shipment_id: str) -> OutboxEntry | None: ...
    def refresh(self) -> None: ...
    def complete_now(self, request: Completion, *, needs_capture: bool,
                     station: str = "", operator: str = "") -> CompletionOutcome: ...


class Lookups(Protocol):
    """The Centra calls the session makes (worker thread): ``CentraPorts``."""

    def lookup(self, query: str, /) -> LookupResult: ...
    def mark_good_to_go(self, shipment_id: str, /) -> object: ...


class NoVerification:
    """A bench that counts no items (tests, a bench without the verification view)."""

    def load(self, shipment: Shipment | None) -> None:
        pass

    def take(self, scan: Scan) -> bool:
        return False

    def wrong_item(self, code: str, *, could_be_slip: bool = False) -> None:
        pass

    def may_complete(self) -> bool:
        return True


@dataclass
class BenchOptions:
    # The station's settings as one snapshot, taken at each slip load (a station's
    # BenchSettingsFeed.current; without a station, the registry's defaults).
    settings: Callable[[], BenchSettings] = BenchSettings
    classify: Callable[[str], Scan] = classify
    # Filled in by station setup (e-mail override, "Packed by ..." comment).
    send_email: Callable[[], bool | None] = field(default=lambda: None)
    comment_suffix: Callable[[], str] = field(default=lambda: "")
    # Sees every raw scan first; True means it was handled (e.g. an operator badge).
    intercept_scan: Callable[[str], bool] = field(default=lambda raw: False)
    # Who is packing (shift stats per operator); filled in by station setup.
    current_operator: Callable[[], str] = field(default=lambda: "")
    # "Mark good-to-go only" (worker thread); station setup puts an audited one here.
    mark_good_to_go: Callable[[str], object] | None = None
    # After DO NOT SHIP: may the capture be retried now (supervisor mode)? And the audit
    # log for that retry and for a slip scanned again: (shipment ID, what happened).
    may_retry_capture: Callable[[], bool] = field(default=lambda: False)
    audit_capture_retry: Callable[[str, str], None] = field(default=lambda sid, detail: None)
