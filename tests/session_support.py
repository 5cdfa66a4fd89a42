"""Qt-free doubles for driving ``BenchSession``: a view that records what the window would
show, a runner that runs jobs synchronously (or holds them back on request) and collects
``later`` calls, and English words. Centra and the outbox stay real (simulator over HTTP,
SQLite outbox, ``DeliveryService``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from packstation.bench.completion_values import FormValues
from packstation.bench.local_facts import LocalFacts
from packstation.bench.tone import Tone
from packstation.centra import errors
from packstation.centra.domain import FoundShipment, LookupResult, Shipment
from packstation.outbox import OutboxEntry
from packstation.scanning import Scan

EMPTY = FormValues(gtg=False, shipped=False, tracking="", packages=1, carrier="", service="",
                   return_slip_tracking="", internal_comment="", capture=False)


@dataclass
class Banner:
    tone: Tone
    title: str
    hint: str
    retry: bool


@dataclass
class FakeView:
    """``BenchView`` as a record: the banners said, the form's values, the shipment shown."""

    banners: list[Banner] = field(default_factory=list)
    values: FormValues = EMPTY
    baseline: FormValues | None = None
    shown: str | None = None  # the shipment ID in the panel, "choices", or None
    locked: bool = False
    lock_label: str = ""
    tracking_raw: str = ""
    focus: str = "scan"
    lookups: list[object] = field(default_factory=list)
    completions: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def last(self) -> Banner:
        return self.banners[-1]

    def say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        self.banners.append(Banner(tone, title, hint, retry))

    def show_found(self, found: FoundShipment) -> None:
        self.shown = found.shipment.shipment_id

    def show_choices(self, found: tuple[FoundShipment, ...]) -> None:
        self.shown = "choices"

    def clear_shipment(self) -> None:
        self.shown = None

    def load_form(self, shipment: Shipment, *, capture_default: bool,
                  carriers: Mapping[str, Sequence[str]] | None = None) -> None:
        self.values = replace(EMPTY, carrier=shipment.carrier or "",
                              service=shipment.service or "", capture=capture_default)
        self.baseline = self.values
        self.tracking_raw = ""
        self.locked = False

    def clear_form(self) -> None:
        self.values, self.baseline, self.tracking_raw = EMPTY, None, ""
        self.locked = True

    def form_dirty(self) -> bool:
        return self.baseline is not None and self.values != self.baseline

    def form_values(self) -> FormValues:
        return self.values

    def action_kind(self) -> str:
        if self.values.shipped and self.values.gtg:
            return "complete"
        return "gtg" if self.values.gtg else "none"

    def chosen_carrier(self) -> str:
        return self.values.carrier

    def tracking_text(self) -> str:
        return self.tracking_raw

    def set_tracking(self, value: str, carrier: str | None, *, tick: bool) -> None:
        self.type_tracking(value)
        if carrier:
            self.values = replace(self.values, carrier=carrier)
        if tick:
            self.values = replace(self.values, gtg=True, shipped=True)

    def type_tracking(self, text: str) -> None:
        """The packer types into Tracking (no Enter)."""
        self.tracking_raw = text
        self.values = replace(self.values, tracking=text.strip())

    def set_locked(self, locked: bool, label: str = "") -> None:
        self.locked, self.lock_label = locked, label

    def add_package(self) -> int:
        self.values = replace(self.values, packages=self.values.packages + 1)
        return self.values.packages

    def focus_scan(self) -> None:
        self.focus = "scan"

    def focus_tracking(self, *, select: bool = False) -> None:
        self.focus = "tracking+selected" if select else "tracking"

    def lookup_finished(self, result: object) -> None:
        self.lookups.append(result)

    def completion_finished(self, shipment_id: str, ok: bool) -> None:
        self.completions.append((shipment_id, ok))


@dataclass
class Job:
    fn: Callable[[], Any]
    on_ok: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported, like JobRunner does
            if self.on_error is not None:
                self.on_error(exc)
            return
        if self.on_ok is not None:
            self.on_ok(result)


class SyncRunner:
    """Runs each job at once on the calling thread, or holds jobs while ``hold`` is set
    (then ``release()`` runs them, in any order a test picks). ``later`` calls are kept in
    ``timers`` until ``fire_timers()``."""

    def __init__(self) -> None:
        self.hold = False
        self.held: list[Job] = []
        self.timers: list[tuple[int, Callable[[], None]]] = []
        self.submitted = 0

    def submit(self, fn: Callable[[], Any], on_ok: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> int:
        self.submitted += 1
        job = Job(fn, on_ok, on_error)
        if self.hold:
            self.held.append(job)
        else:
            job.run()
        return self.submitted

    def release(self, order: list[int] | None = None) -> None:
        """Run the held jobs (by index, in ``order``); the others stay held."""
        jobs = self.held
        picked = order if order is not None else list(range(len(jobs)))
        self.held = [job for i, job in enumerate(jobs) if i not in picked]
        for i in picked:
            jobs[i].run()

    def later(self, ms: int, fn: Callable[[], None]) -> None:
        self.timers.append((ms, fn))

    def fire_timers(self) -> None:
        """The time of every pending ``later`` passes (once: a timer set by one of them,
        e.g. the delivery's next drain, waits for the next call)."""
        timers, self.timers = self.timers, []
        for _ms, fn in timers:
            fn()


@dataclass(frozen=True)
class Said:
    tone: Tone
    title: str
    hint: str = ""
    retry: bool = False


class PlainWords:
    """English, no translator: what the session says, as the tests read it."""

    def tr(self, text: str) -> str:
        return text

    def for_error(self, exc: BaseException, *, doing: str) -> Said:
        if isinstance(exc, errors.CentraError):
            return Said(Tone.ERROR, f"{doing}: {exc.title}", exc.hint,
                        retry=exc.retryable)
        return Said(Tone.ERROR, f"{doing}: {exc}")

    def for_lookup(self, result: LookupResult, facts: LocalFacts) -> Said:
        sid = result.shipment.shipment_id if result.shipment is not None else result.query
        if facts.waiting is not None:
            return Said(Tone.WARN, f"{sid} is already waiting to send")
        tone = Tone.IDLE if result.can_complete else Tone.WARN
        return Said(tone, f"{sid}: {result.outcome.value}")

    def scan(self, scan: Scan) -> str:
        return scan.detail

    def advice(self, entry: OutboxEntry) -> str:
        return entry.advice

    def age(self, seconds: float) -> str:
        return f"{int(seconds)} s"
