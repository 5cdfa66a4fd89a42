"""The bench presenter: binds the Qt-free ``BenchSession`` (``bench/session.py``) to the
window.

``BenchController`` forwards the window's signals (scans, Ctrl+Enter, Esc, Retry, a
chosen shipment) to the session; ``WindowView`` is the session's ``BenchView`` over the
widgets; ``JobRunner`` is its runner and scheduler (worker threads, answers and timers in
the GUI thread). The rules themselves live in the session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Signal

from packstation.bench.completion_values import FormValues
from packstation.bench.delivery import DeliveryService
from packstation.bench.papers_hook import PapersHook
from packstation.bench.session import BUSY_AFTER_MS as BUSY_AFTER_MS  # re-exported
from packstation.bench.session import NEXT_SCAN_DELAY_MS as NEXT_SCAN_DELAY_MS
from packstation.bench.session import BenchOptions as BenchOptions
from packstation.bench.session import BenchSession
from packstation.bench.tone import Tone
from packstation.centra.domain import FoundShipment, Shipment
from packstation.centra.ports import CentraPorts
from packstation.ui.feedback import Announcer, Feedback, SilentFeedback
from packstation.ui.jobs import JobRunner
from packstation.ui.main_window import MainWindow
from packstation.ui.ready_list import ReadyList
from packstation.ui.text.bench_words import QtBenchWords
from packstation.ui.tracking_reuse import TrackingReuseCheck
from packstation.ui.widgets.verification_view import VerificationController


class WindowView:
    """``BenchView`` over the main window's widgets (GUI thread only)."""

    def __init__(self, window: MainWindow, announcer: Announcer,
                 controller: BenchController) -> None:
        self.window = window
        self.announcer = announcer
        self.controller = controller

    def say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False) -> None:
        self.announcer.say(tone, title, hint, retry=retry)

    def show_found(self, found: FoundShipment) -> None:
        self.window.shipment_panel.show_found(found)

    def show_choices(self, found: tuple[FoundShipment, ...]) -> None:
        self.window.shipment_panel.show_choices(found)

    def clear_shipment(self) -> None:
        self.window.shipment_panel.clear()

    def load_form(self, shipment: Shipment, *, capture_default: bool,
                  carriers: Mapping[str, Sequence[str]] | None = None) -> None:
        self.window.form.load(shipment, capture_default=capture_default, carriers=carriers)

    def clear_form(self) -> None:
        self.window.form.clear()

    def form_dirty(self) -> bool:
        return self.window.form.is_dirty()

    def form_values(self) -> FormValues:
        return self.window.form.values()

    def action_kind(self) -> str:
        return self.window.form.action_kind()

    def chosen_carrier(self) -> str:
        return self.window.form.carrier.currentText()

    def tracking_text(self) -> str:
        return self.window.form.tracking.text()

    def set_tracking(self, value: str, carrier: str | None, *, tick: bool) -> None:
        self.window.form.set_tracking(value, carrier, tick=tick)

    def set_locked(self, locked: bool, label: str = "") -> None:
        self.window.form.set_locked(locked, label)

    def add_package(self) -> int:
        spin = self.window.form.packages
        spin.setValue(min(spin.maximum(), spin.value() + 1))
        return spin.value()

    def focus_scan(self) -> None:
        self.window.scan_bar.focus()

    def focus_tracking(self, *, select: bool = False) -> None:
        field = self.window.form.tracking
        field.setFocus()
        if select:
            field.selectAll()

    def lookup_finished(self, result: object) -> None:
        self.controller.lookup_finished.emit(result)

    def completion_finished(self, shipment_id: str, ok: bool) -> None:
        self.controller.completion_finished.emit(shipment_id, ok)


class BenchController(QObject):
    """The window's side of the bench: signals in, ``BenchSession`` does the rest."""

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
        self.ready = ready
        self.options = options or BenchOptions()
        self.announcer = Announcer(window.banner, feedback or SilentFeedback())
        self.verify = VerificationController(window.shipment_panel, window.form,
                                             self.announcer,
                                             lambda: self.session.settings.verification_mode, self)
        self.session = BenchSession(WindowView(window, self.announcer, self), client, runner,
                                    deliveries, QtBenchWords(), self.options,
                                    verify=self.verify, ready=ready)
        self.reuse = TrackingReuseCheck(deliveries.outbox, runner, self.announcer,
                                        self.session.loaded_tracking)
        self.session.check_reuse = self.reuse.check
        # A parcel kept at the station and finished in the background: the bench says so.
        deliveries.snapshot_ready.connect(lambda snapshot: self.session.outbox_changed(snapshot))

        s, w = self.session, window
        w.scan_bar.submitted.connect(s.handle_scan)
        w.form.action_requested.connect(s.request_action)
        w.form.tracking_entered.connect(s.tracking_typed)
        w.complete_shortcut.connect(s.request_action)
        w.escape_pressed.connect(s.clear)
        w.banner.retry_clicked.connect(s.retry)
        w.shipment_panel.chosen.connect(s.lookup)
        w.demo_barcode_clicked.connect(s.handle_scan)

    # What the station wiring, the shift stats and the tests read and call.

    @property
    def found(self) -> FoundShipment | None:
        return self.session.found

    @property
    def completing(self) -> bool:
        return self.session.completing

    @property
    def papers(self) -> PapersHook:
        return self.session.papers

    @papers.setter
    def papers(self, hook: PapersHook) -> None:
        self.session.papers = hook

    def handle_scan(self, raw: str) -> None:
        self.session.handle_scan(raw)

    def request_action(self) -> None:
        self.session.request_action()

    def lookup(self, value: str) -> None:
        self.session.lookup(value)

    def retry(self) -> None:
        self.session.retry()

    def clear(self) -> None:
        self.session.clear()
