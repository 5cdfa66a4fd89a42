"""Composition root: the one place Packstation's object graph is built.

Every way of running the app is a :class:`~packstation.app.profiles.Profile` (real, demo,
smoke, test, benchmark, screenshot): the embedded simulator or a real Centra, where the
settings and the API key live, the data folder, the ready list, the settle window and the
test hooks. The pieces are built here, in this order: :func:`start_simulator`,
:func:`open_station`, :func:`open_client`, :func:`build_bench` (or all of them at once:
:func:`compose_bench`). ``startup`` runs the same pieces with the setup questions between
them; nothing else creates long-lived collaborators.

This module imports everything it wires at the top: it is loaded off the GUI thread after
the first frame (``warmup.py``), so the GUI thread then finds it in ``sys.modules``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from packstation.app.profiles import (
    DEMO_BADGE,
    DEMO_PIN,
    KeyPlace,
    Profile,
    SettingsPlace,
)
from packstation.bench import activity_log
from packstation.bench.delivery import DeliveryService
from packstation.bench.paperwork import PaperworkRules
from packstation.bench.shift_stats import ShiftStats
from packstation.centra.errors import KeyRejected, TokenRejected
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.centra.ports import CentraPorts, Completer
from packstation.centra.ready_cache import ReadyCache
from packstation.outbox import Dispatcher, Outbox
from packstation.outbox.dispatcher import SETTLE_WINDOW_S
from packstation.printing.pdf_print import print_pdf
from packstation.station.audit import AuditKind
from packstation.station.audited_completer import AuditedCompleter, AuditedGoodToGo
from packstation.station.bench_settings import BenchSettings
from packstation.station.paths import MACHINE_SETTINGS, AppPaths, machine_dir
from packstation.station.qsettings_store import QSettingsStorage
from packstation.station.secret_value import ENV_VAR
from packstation.station.settings import (
    BASE_URL,
    CENTRA_API,
    DELIVERY_NOTE_PRINT,
    DOCUMENT_PRINTER,
    PROFORMA_PRINT,
    SCANNER_MAX_GAP_MS,
    SCANNER_PREFIX,
    SCANNER_SUFFIX,
    SOUNDS,
    STATION_NAME,
    LayeredStorage,
    MemoryStorage,
    SettingsStorage,
    StationSettings,
)
from packstation.station.station import Station, build_station
from packstation.ui.bench import BenchController, BenchOptions
from packstation.ui.feedback import Feedback, SoundFeedback
from packstation.ui.jobs import JobRunner, favour_gui_thread
from packstation.ui.main_window import MainWindow
from packstation.ui.papers import PapersController, PapersStrip
from packstation.ui.ready_list import DEFAULT_REFRESH_S, ReadyList
from packstation.ui.scan_router import ScanRouter
from packstation.ui.station_controller import StationController
from packstation.ui.text import messages
from packstation.ui.theme import Tone
from packstation.ui.widgets.outbox_panel import OutboxPanel
from packstation.ui.widgets.shift_stats_view import ShiftStatsView

# The simulator is the demo's, the smoke test's and the screenshots' Centra: the real app
# never loads it (start_simulator and the demo barcodes import it when a profile asks).
if TYPE_CHECKING:
    from packstation.simulator import CentraSimulator

log = logging.getLogger("packstation")

__all__ = ["DEMO_BADGE", "DEMO_PIN", "Bench", "BenchParts", "FirstFrame",
           "build_bench", "compose_bench", "open_client", "open_station", "start_simulator"]


@dataclass
class Bench:
    """The running object graph (returned for tests and for clean shutdown)."""

    window: MainWindow
    controller: BenchController
    runner: JobRunner
    router: ScanRouter
    client: CentraPorts
    profile: Profile
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
        """Stop taking input and the outbox's delivery timer, wait briefly for requests in
        flight, then release the client and the outbox (and stop an embedded simulator).

        Returns False when a request was still running after ``wait_ms`` (the outbox then
        stays open: a job may still write to it; the process is about to end)."""
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


@dataclass(frozen=True)
class FirstFrame:
    """What the first frame already made and showed (``cli``/``startup``): the window, the
    scan router (installed on the application already) and the worker runner."""

    window: MainWindow
    router: ScanRouter
    runner: JobRunner | None = None


@dataclass(frozen=True)
class BenchParts:
    """What :func:`build_bench` wires together; the ``profile`` says the rest."""

    profile: Profile
    client: CentraPorts
    station: Station | None = None
    """With a station: the supervisor strip, e-mail control, badge sign-in, audit log and
    papers, and the outbox in the station's data folder. Without: a bare packing bench."""
    outbox: Outbox | None = None
    """An outbox the caller opened (and closes). Otherwise build_bench opens the station's,
    or ``profile.data_dir``'s, and shutdown closes it."""
    options: BenchOptions | None = None
    feedback: Feedback | None = None  # None: the profile's (beeps, or silent)
    simulator: CentraSimulator | None = None  # the embedded Centra, stopped by shutdown
    first_frame: FirstFrame | None = None


def start_simulator(profile: Profile) -> CentraSimulator | None:
    """The embedded demo Centra, started, if the profile runs on one."""
    if not profile.simulated:
        return None
    from packstation.simulator import DEMO_API_KEY, CentraSimulator

    return CentraSimulator(api_key=DEMO_API_KEY, port=0).start()


def open_station(profile: Profile, *, simulator: CentraSimulator | None = None,
                 station_name: str = "", environ: Mapping[str, str] | None = None) -> Station:
    """The station the profile asks for. Real: the user's data folder, the machine-wide
    ``station.ini`` over the user's own settings, the OS keyring. Otherwise: the profile's
    folder, settings in memory (set up for ``simulator``), the simulator's key.
    Raises DataDirError, SettingsStorageError, SettingError."""
    paths = data_paths(profile, environ)
    if profile.keys is KeyPlace.DEMO_KEY:
        from packstation.simulator import DEMO_API_KEY, DEMO_TOKEN

        # ``--demo --api integration``: the simulator's GraphQL endpoint and demo token.
        environ = {ENV_VAR: DEMO_TOKEN if profile.api == "integration" else DEMO_API_KEY}
    storage: SettingsStorage
    machine: Path | None = None  # the machine folder: station.ini and the station ledger
    if profile.settings is SettingsPlace.NATIVE:
        # Supervisor-only settings come from the machine-wide file once IT has created it
        # (docs/station.md); per-user preferences stay in the user's INI.
        machine = machine_dir(environ)
        machine_ini = machine / MACHINE_SETTINGS
        storage = LayeredStorage(QSettingsStorage.at_path(machine_ini), QSettingsStorage(),
                                 machine_active=machine_ini.exists)
    else:
        values: dict[str, object] = {STATION_NAME.name: station_name or profile.station_name}
        if simulator is not None:
            gql = profile.api == "integration"
            values[BASE_URL.name] = simulator.graphql_url if gql else simulator.base_url
            values[CENTRA_API.name] = "integration" if gql else "order"
        if profile.demo_papers:
            values.update(demo_paper_settings(paths.data_dir, profile.api))
        storage = MemoryStorage(values)
    demo = profile.keys is KeyPlace.DEMO_KEY
    return build_station(paths, storage, environ=environ, demo=demo,
                         demo_pin=DEMO_PIN if demo else "", machine_dir=machine)


def data_paths(profile: Profile, environ: Mapping[str, str] | None = None) -> AppPaths:
    """The profile's data folder: its own, or (the real app only) the user's."""
    if profile.data_dir is not None:
        return AppPaths(profile.data_dir)
    if profile.settings is not SettingsPlace.NATIVE:
        raise ValueError(f"the {profile.name} profile needs a data folder of its own "
                         "(Profile.at): it never writes into the user's")
    return AppPaths.default(environ)


def demo_paper_settings(data: Path, api: str = "order") -> dict[str, object]:
    """The demo prints papers as a brand shipping abroad would (proforma for parcels leaving
    the EU, a delivery note in every box), into PDF files in its data folder. On the
    Integration API, which gives no document links, nothing can print: customs papers for
    parcels leaving the EU are confirmed by the packer, and no delivery note is asked for."""
    if api == "integration":
        return {PROFORMA_PRINT.name: "outside_eu", DELIVERY_NOTE_PRINT.name: "never",
                DOCUMENT_PRINTER.name: f"file:{data / 'printed'}"}
    return {PROFORMA_PRINT.name: "outside_eu", DELIVERY_NOTE_PRINT.name: "always",
            DOCUMENT_PRINTER.name: f"file:{data / 'printed'}"}


def open_client(profile: Profile, base_url: str, key: str, *,
                api: str = "order") -> CentraPorts:
    """The Centra adapter behind the ports, with the profile's timeouts (the client's own
    by default): the Order API's ``CentraClient``, or with ``api="integration"`` the
    Integration API's adapter (its ready list fed by ``ReadyFeed``)."""
    timeouts = Timeouts()
    if profile.timeouts is not None:
        connect, read = profile.timeouts
        timeouts = Timeouts(connect=connect, read=read, complete_read=read)
    if api == "integration":
        from packstation.centra.connection import normalise_base_url
        from packstation.centra.integration_api.client import IntegrationClient
        from packstation.centra.integration_api.ready_mirror import FeedingAdapter

        return FeedingAdapter(IntegrationClient(normalise_base_url(base_url), key,
                                                timeouts=timeouts))
    return CentraClient(base_url, key, timeouts=timeouts)


def outbox_path(profile: Profile, station: Station | None) -> Path:
    """Where the exactly-once outbox lives: the station's data folder, else the profile's.
    Raises ValueError when neither says (never a silent temporary folder)."""
    if station is not None:
        return station.paths.outbox_db
    if profile.data_dir is None:
        raise ValueError(f"the {profile.name} profile has no station and no data folder: "
                         "say where its outbox lives (Profile.at)")
    return AppPaths(profile.data_dir).outbox_db


def compose_bench(profile: Profile, *, base_url: str = "", key: str = "",
                  options: BenchOptions | None = None) -> Bench:
    """The whole bench for a profile that needs no questions asked (everything but the
    real app, whose start-up asks its setup questions between these steps): the embedded
    simulator (or the Centra at ``base_url`` with ``key``), the station, the client, the
    bench, the operator signed in."""
    simulator = start_simulator(profile)
    try:
        station = open_station(profile, simulator=simulator) if profile.station else None
        if simulator is not None:
            from packstation.simulator import DEMO_API_KEY, DEMO_TOKEN

            if profile.api == "integration":
                base_url, key = simulator.graphql_url, DEMO_TOKEN
            else:
                base_url, key = simulator.base_url, DEMO_API_KEY
        client = open_client(profile, base_url, key, api=profile.api)
        return build_bench(BenchParts(profile, client, station, options=options,
                                      simulator=simulator))
    except BaseException:
        if simulator is not None:
            simulator.stop()
        raise


def follow_scanner_settings(router: ScanRouter, settings: StationSettings) -> None:
    """The station's scanner settings (longest pause between keys, prefix, suffix) drive
    the router, now and whenever a supervisor changes them."""
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
    if not isinstance(exc, KeyRejected) or controller.found is not None or controller.completing:
        return
    token = isinstance(exc, TokenRejected)  # the Integration API: expired tokens are common
    title = messages.error_text(TokenRejected.title if token else KeyRejected.title)
    if controller.window.banner.title.text() != title:
        controller.announcer.say(Tone.ERROR, title, messages.error_text(TokenRejected.hint)
                                 if token else messages.key_rejected_hint())


def connect_activity_log(controller: BenchController, deliveries: DeliveryService) -> None:
    """Lookups, completions, outbox transitions and every warning or error shown go to
    the log file (``packstation.bench.activity_log``)."""
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
    now = station.bench_settings.current
    window.shipment_panel.bundles_prepacked = lambda: now().bundles_prepacked

    def rules() -> PaperworkRules:
        s = now()
        return PaperworkRules(s.delivery_note_print, s.delivery_note_copies,
                              s.proforma_print, s.proforma_copies, s.document_printer)

    strip = PapersStrip()
    window.notices.addWidget(strip)
    papers = PapersController(strip, runner, controller.announcer, client.fetch_document,
                              print_pdf, rules, parent=controller, shortcut_parent=window,
                              links=client.document_links)
    papers.may_override = station.lock.is_unlocked
    papers.overridden.connect(lambda sid, reason, what: station.record(
        AuditKind.PAPERS_BYPASS, shipment=sid, detail=f"{reason} (not printed: {what})"))

    def confirmed(sid: str, country: str) -> None:
        log.info("Customs papers for %s (to %s) confirmed in the box by the packer "
                 "(no document links on this Centra API)", sid, country or "?")
        station.record(AuditKind.CUSTOMS_CONFIRMED, shipment=sid,
                       detail=f"customs papers in the box (to {country or '?'}); not printed "
                              "by Packstation: this Centra API gives no document links")

    papers.confirmed.connect(confirmed)
    controller.papers = papers


def station_options(options: BenchOptions, station: Station, station_ui: StationController,
                    client: CentraPorts) -> BenchOptions:
    """The bench options a station fills in: supervisor mode, audit rows, the e-mail
    override, the packer's name, the verification mode."""
    return dataclasses.replace(
        options, may_retry_capture=station.lock.is_unlocked,
        audit_capture_retry=lambda sid, detail: station.record(
            AuditKind.CAPTURE_RETRY, shipment=sid, detail=detail),
        send_email=station_ui.send_email,
        comment_suffix=station_ui.comment_suffix, intercept_scan=station_ui.intercept_scan,
        settings=station.bench_settings.current,
        current_operator=station.operator_name,
        mark_good_to_go=AuditedGoodToGo(client, station.audit, station=lambda: station.name,
                                        operator=station.operator_name).mark_good_to_go)


def open_deliveries(parts: BenchParts, outbox: Outbox, completer: Completer,
                    runner: JobRunner, window: MainWindow) -> DeliveryService:
    """The outbox, recovered after a crash, and the delivery service that drains it."""
    outbox.recover_after_crash()
    # A claim left by a crash is looked up at once and resent only after its settle
    # window from the stored claim time (the dispatcher's rule); a live claim of another
    # process is left alone.
    settle = parts.profile.settle_s
    dispatcher = Dispatcher(outbox, completer,
                            settle=SETTLE_WINDOW_S if settle is None else settle,
                            checkpoint=parts.profile.checkpoint)
    return DeliveryService(outbox, dispatcher, runner)  # its timer dies with the runner


def build_bench(parts: BenchParts) -> Bench:
    """Wire the window, scan router, worker runner, outbox and controller together (and,
    with a station, the supervisor strip, e-mail control, badge sign-in, audit log and
    papers). With the profile's ready list, slip scans are answered from the local list at
    once and confirmed in the background."""
    profile, client, station = parts.profile, parts.client, parts.station
    owned_outbox = None
    outbox = parts.outbox
    if outbox is None:  # before any widget: a profile that names no folder builds nothing
        outbox = owned_outbox = Outbox(outbox_path(profile, station))
    favour_gui_thread()
    frame = parts.first_frame
    # (each slip load offers the station's carriers; these are the window's first)
    window = frame.window if frame is not None else MainWindow(BenchSettings().carriers)
    runner = frame.runner if frame is not None and frame.runner is not None \
        else JobRunner(parent=window)
    router = frame.router if frame is not None else ScanRouter(window, parent=window)
    options = parts.options or BenchOptions()
    station_ui: StationController | None = None
    completer: Completer = client
    if station is not None:
        station_ui = StationController(window, station, parent=window)
        options = station_options(options, station, station_ui, client)
        completer = AuditedCompleter(client, station.audit, station=lambda: station.name,
                                     operator=station.operator_name)
    deliveries = open_deliveries(parts, outbox, completer, runner, window)
    outbox_panel = OutboxPanel()
    window.notices.addWidget(outbox_panel)
    deliveries.snapshot_ready.connect(outbox_panel.show_snapshot)
    outbox_panel.acknowledge_clicked.connect(deliveries.acknowledge)
    outbox_panel.retry_clicked.connect(deliveries.retry_now)
    ready = None
    if profile.ready_list:
        ready = ReadyList(ReadyCache(), client, runner, window.scan_bar.freshness,
                          refresh_s=profile.refresh_s or DEFAULT_REFRESH_S, parent=window)
        ready.start(first_in_ms=0)
    feedback = parts.feedback
    if feedback is None and profile.sounds and station is not None:
        feedback = SoundFeedback(enabled=lambda: station.settings.get(SOUNDS))
    controller = BenchController(window, client, runner, deliveries, options, parent=window,
                                 feedback=feedback, ready=ready)
    if ready is not None:
        ready.refresh_failed.connect(partial(say_key_rejected, controller))
    if station is not None and station_ui is not None:
        wire_station(controller, window, station, station_ui, client, runner, router)
    router.scanned.connect(controller.handle_scan)
    connect_activity_log(controller, deliveries)
    stats_view = ShiftStatsView(ShiftStats(), lambda: controller.options.current_operator())
    window.side.addWidget(stats_view)
    controller.lookup_finished.connect(stats_view.on_lookup)
    controller.completion_finished.connect(stats_view.on_completion)
    deliveries.snapshot_ready.connect(stats_view.on_outbox)
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    if frame is None:  # the first frame's router is installed already
        app.installEventFilter(router)
    deliveries.start()
    bench = Bench(window, controller, runner, router, client, profile, parts.simulator,
                  station, station_ui, stats_view, deliveries, outbox_panel, ready,
                  owned_outbox)
    show_profile(bench)
    return bench


def wire_station(controller: BenchController, window: MainWindow, station: Station,
                 station_ui: StationController, client: CentraPorts, runner: JobRunner,
                 router: ScanRouter) -> None:
    """The station's part of the bench: supervisor strip and badge sign-in, audited
    verification bypass, papers, the scanner and verification settings, audit alarms."""
    station_ui.attach(controller)
    controller.verify.may_bypass = station.lock.is_unlocked
    controller.verify.bypassed.connect(
        lambda sid, reason, summary: station.record(
            AuditKind.VERIFICATION_BYPASS, shipment=sid, detail=f"{reason} ({summary})"))
    wire_papers(controller, window, station, client, runner)
    follow_scanner_settings(router, station.settings)
    if station.audit.problems:  # the data folder was deleted or tampered with
        log.error("Audit log problems at start: %s", "; ".join(station.audit.problems))
        alarm = messages.for_audit_problems(station.audit.problems)
        controller.announcer.say(alarm.tone, alarm.title, alarm.hint)


def show_profile(bench: Bench) -> None:
    """What the profile shows: its operator signed in, the demo title and barcodes."""
    profile = bench.profile
    if profile.operator and bench.station_ui is not None:
        bench.station_ui.sign_in_name(profile.operator)
    if profile.window_title:
        bench.window.setWindowTitle(profile.window_title)
    if profile.demo_barcodes:
        from packstation.simulator.demo_data import demo_window_barcodes

        bench.window.show_demo_barcodes(demo_window_barcodes(DEMO_BADGE))
