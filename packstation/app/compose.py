"""Composition root: the one place the bench's object graph is built (``build_bench``).

Nothing else in the app creates long-lived collaborators; they are passed in.
Start-up: the first frame in ``packstation.app.cli``, the rest in ``packstation.app.startup``.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from packstation.ui.jobs import JobRunner, favour_gui_thread
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter

# Everything below loads after the first frame (``warmup.py``; see BENCHMARKS.md, cold
# start): at start-up only PySide6 and the window's own modules are imported.
if TYPE_CHECKING:

    from packstation.bench.delivery import DeliveryService
    from packstation.centra.ports import CentraPorts
    from packstation.centra.ready_cache import ReadyCache
    from packstation.outbox import Outbox
    from packstation.simulator import CentraSimulator
    from packstation.station.settings import StationSettings
    from packstation.station.station import Station
    from packstation.ui.bench import BenchController, BenchOptions
    from packstation.ui.feedback import Feedback
    from packstation.ui.ready_list import ReadyList
    from packstation.ui.station_controller import StationController
    from packstation.ui.widgets.outbox_panel import OutboxPanel
    from packstation.ui.widgets.shift_stats_view import ShiftStatsView

log = logging.getLogger("packstation")

@dataclass
class Bench:
    """The running object graph (returned for tests and for clean shutdown)."""

    window: MainWindow
    controller: BenchController
    runner: JobRunner
    router: ScanRouter
    client: CentraPorts
    simulator: CentraSimulator | None = None
    station: Station | None = None
    station_ui: StationController | None = None
    stats_view: ShiftStatsView | None = None
    deliveries: DeliveryService | None = None
    outbox_panel: OutboxPanel | None = None
    ready: ReadyList | None = None
    owned_outbox: Outbox | None = None  # opened by build_bench, so closed by shutdown()

    def cache_age(self) -> float | None:
        """Seconds since the ready list was last refreshed (None: not yet, or no list)."""
        return self.ready.cache.age() if self.ready is not None else None

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Stop taking input, wait briefly for requests in flight, release resources.

        Returns False when a request was still running after ``wait_ms``."""
        if self.station_ui is not None:
            self.station_ui.settle_email()  # an override chosen but never used still counts
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.router)
        if self.ready is not None:
            self.ready.stop()
        if self.deliveries is not None:
            self.deliveries.stop()
        finished = self.runner.wait(wait_ms)
        if finished:
            self.client.close()
            if self.deliveries is not None:  # nothing in flight: the next start acts at once
                self.deliveries.outbox.release_claims()
            # Windows cannot delete or replace a file a process still holds open (the
            # outbox's -wal/-shm files): release it once no job can touch it any more.
            if self.owned_outbox is not None:
                self.owned_outbox.close()
        if self.simulator is not None:
            self.simulator.stop()
        return finished


def follow_scanner_settings(router: ScanRouter, settings: StationSettings) -> None:
    """The station's scanner settings (longest pause between keys, prefix, suffix) drive
    the router, now and whenever a supervisor changes them."""
    from packstation.station.settings import SCANNER_MAX_GAP_MS, SCANNER_PREFIX, SCANNER_SUFFIX

    names = {SCANNER_MAX_GAP_MS.name, SCANNER_PREFIX.name, SCANNER_SUFFIX.name}

    def apply() -> None:
        router.max_gap_ms = settings.get(SCANNER_MAX_GAP_MS)
        router.prefix = settings.get(SCANNER_PREFIX)
        router.suffix = settings.get(SCANNER_SUFFIX)

    apply()
    settings.add_listener(lambda change: apply() if change.name in names else None)


def say_key_rejected(controller: BenchController, exc: BaseException) -> None:
    """A wrong API key shows at once (the ready list's first refresh, at start-up), not
    only at the first scan; and again whenever a refresh meets it while nothing is loaded."""
    from packstation.centra.errors import KeyRejected
    from packstation.ui.text import messages
    from packstation.ui.theme import Tone

    if not isinstance(exc, KeyRejected) or controller.found is not None or controller.completing:
        return
    title = messages.error_text(KeyRejected.title)
    if controller.window.banner.title.text() != title:
        controller.announcer.say(Tone.ERROR, title, messages.key_rejected_hint())


def connect_activity_log(controller: BenchController, deliveries: DeliveryService) -> None:
    """Lookups, completions, outbox transitions and every warning or error shown go to
    the log file (``packstation.bench.activity_log``)."""
    from packstation.bench import activity_log

    controller.lookup_finished.connect(activity_log.log_lookup)
    controller.completion_finished.connect(activity_log.log_completion)
    controller.announcer.listeners.append(activity_log.log_shown)
    transitions = activity_log.OutboxTransitions()
    # A lambda, held by the connection (a bound method of a plain object may be dropped).
    deliveries.snapshot_ready.connect(lambda snapshot: transitions.snapshot(snapshot))


def wire_papers(controller: BenchController, window: MainWindow, station: Station,
                client: CentraPorts, runner: JobRunner) -> None:
    """Bundles as the station packs them, and Centra's documents: downloaded on the runner,
    printed on the station's printer, a supervisor's override audited."""
    from packstation.bench.paperwork import PaperworkRules
    from packstation.printing.pdf_print import print_pdf
    from packstation.station.audit import AuditKind
    from packstation.ui.papers import PapersController, PapersStrip

    now = station.bench_settings.current
    window.shipment_panel.bundles_prepacked = lambda: now().bundles_prepacked

    def rules() -> PaperworkRules:
        s = now()
        return PaperworkRules(s.delivery_note_print, s.delivery_note_copies,
                              s.proforma_print, s.proforma_copies, s.document_printer)

    strip = PapersStrip()
    window.notices.addWidget(strip)
    papers = PapersController(strip, runner, controller.announcer, client.fetch_document,
                              print_pdf, rules, parent=controller, shortcut_parent=window)
    papers.may_override = station.lock.is_unlocked
    papers.overridden.connect(lambda sid, reason, what: station.record(
        AuditKind.PAPERS_BYPASS, shipment=sid, detail=f"{reason} (not printed: {what})"))
    controller.papers = papers


def build_bench(
    client: CentraPorts,
    *,
    options: BenchOptions | None = None,
    simulator: CentraSimulator | None = None,
    max_gap_ms: int = 30,
    outbox: Outbox | None = None,
    settle_s: float | None = None,
    station: Station | None = None,
    runner: JobRunner | None = None,
    feedback: Feedback | None = None,
    ready_cache: ReadyCache | None = None,
    refresh_s: float | None = None,
    window: MainWindow | None = None,
    router: ScanRouter | None = None,
) -> Bench:
    """Wire the window, scanner router, worker runner and controller together.

    With a ``station`` the supervisor strip, e-mail control, badge sign-in and audit
    log are wired in too; without one the bench works as a bare packing bench.
    With ``ready_cache``, slip scans are answered from the local ready list at once and
    confirmed in the background; the list refreshes every ``refresh_s`` seconds.
    ``window`` and ``router`` may already exist and be shown (``main`` paints the first
    frame before the rest loads); the router is installed on the application here
    unless it already was."""
    from packstation.bench.delivery import DeliveryService
    from packstation.bench.shift_stats import ShiftStats
    from packstation.centra.ports import Completer
    from packstation.outbox import Dispatcher, Outbox
    from packstation.outbox.dispatcher import SETTLE_WINDOW_S
    from packstation.station.audit import AuditKind
    from packstation.station.audited_completer import AuditedCompleter, AuditedGoodToGo
    from packstation.station.bench_settings import BenchSettings
    from packstation.ui.bench import BenchController, BenchOptions
    from packstation.ui.ready_list import DEFAULT_REFRESH_S, ReadyList
    from packstation.ui.station_controller import StationController
    from packstation.ui.widgets.outbox_panel import OutboxPanel
    from packstation.ui.widgets.shift_stats_view import ShiftStatsView

    favour_gui_thread()
    if window is None:
        window = MainWindow(BenchSettings().carriers)  # each slip load offers the station's
    if runner is None:
        runner = JobRunner(parent=window)
    install_router = router is None
    if router is None:
        router = ScanRouter(window, max_gap_ms=max_gap_ms, parent=window)
    options = options or BenchOptions()
    station_ui: StationController | None = None
    completer: Completer = client
    if station is not None:
        station_ui = StationController(window, station, parent=window)
        options = dataclasses.replace(
            options, may_retry_capture=station.lock.is_unlocked,
            audit_capture_retry=lambda sid, detail: station.record(
                AuditKind.CAPTURE_RETRY, shipment=sid, detail=detail),
            send_email=station_ui.send_email,
            comment_suffix=station_ui.comment_suffix, intercept_scan=station_ui.intercept_scan,
            settings=station.bench_settings.current,
            current_operator=station.operator_name,
            mark_good_to_go=AuditedGoodToGo(client, station.audit, station=lambda: station.name,
                                            operator=station.operator_name).mark_good_to_go)
        completer = AuditedCompleter(client, station.audit, station=lambda: station.name,
                                     operator=station.operator_name)
    owned_outbox = None
    if outbox is None:
        folder = station.paths.outbox_db if station is not None else Path(
            tempfile.mkdtemp(prefix="packstation-outbox-")) / "outbox.sqlite3"
        outbox = owned_outbox = Outbox(folder)
    outbox.recover_after_crash()
    # A claim left by a crash is looked up at once and resent only after its settle
    # window from the stored claim time (the dispatcher's rule); a live claim of another
    # process is left alone.
    dispatcher = Dispatcher(outbox, completer,
                            settle=SETTLE_WINDOW_S if settle_s is None else settle_s)
    deliveries = DeliveryService(outbox, dispatcher, runner)  # its timer dies with the runner
    outbox_panel = OutboxPanel()
    window.notices.addWidget(outbox_panel)
    deliveries.snapshot_ready.connect(outbox_panel.show_snapshot)
    outbox_panel.acknowledge_clicked.connect(deliveries.acknowledge)
    outbox_panel.retry_clicked.connect(deliveries.retry_now)
    ready = None
    if ready_cache is not None:
        ready = ReadyList(ready_cache, client, runner, window.scan_bar.freshness,
                          refresh_s=DEFAULT_REFRESH_S if refresh_s is None else refresh_s,
                          parent=window)
        ready.start(first_in_ms=0)
    controller = BenchController(window, client, runner, deliveries, options, parent=window,
                                 feedback=feedback, ready=ready)
    if ready is not None:
        ready.refresh_failed.connect(partial(say_key_rejected, controller))
    if station is not None and station_ui is not None:
        station_ui.attach(controller)
        controller.verify.may_bypass = station.lock.is_unlocked
        controller.verify.bypassed.connect(
            lambda sid, reason, summary: station.record(
                AuditKind.VERIFICATION_BYPASS, shipment=sid, detail=f"{reason} ({summary})"))
    if station is not None:
        wire_papers(controller, window, station, client, runner)
    router.scanned.connect(controller.handle_scan)
    if station is not None:
        follow_scanner_settings(router, station.settings)
        if station.audit.problems:  # the data folder was deleted or tampered with
            from packstation.ui.text.messages import for_audit_problems

            log.error("Audit log problems at start: %s", "; ".join(station.audit.problems))
            alarm = for_audit_problems(station.audit.problems)
            controller.announcer.say(alarm.tone, alarm.title, alarm.hint)
    connect_activity_log(controller, deliveries)
    stats_view = ShiftStatsView(ShiftStats(), lambda: controller.options.current_operator())
    window.side.addWidget(stats_view)
    controller.lookup_finished.connect(stats_view.on_lookup)
    controller.completion_finished.connect(stats_view.on_completion)
    deliveries.snapshot_ready.connect(stats_view.on_outbox)
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    if install_router:
        app.installEventFilter(router)
    deliveries.start()
    return Bench(window, controller, runner, router, client, simulator, station, station_ui,
                 stats_view, deliveries, outbox_panel, ready, owned_outbox)
