"""Start-up: the command line, the station, the first frame, then the bench.

The window is shown first (scans are held), heavy imports run in a worker, and the
bench is wired afterwards with ``packstation.app.build_bench``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from packstation import __version__
from packstation.app import DEFAULT_CARRIERS, Bench, build_bench
from packstation.logging_setup import configure_logging, log_uncaught_exceptions
from packstation.station.paths import AppPaths, DataDirError
from packstation.station.secret_value import ENV_VAR, Secret
from packstation.ui.early_scans import EarlyScans
from packstation.ui.i18n import LANGUAGES, install_translator
from packstation.ui.jobs import JobRunner
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter

# Everything below loads after the first frame (``warmup.py``; see BENCHMARKS.md, cold
# start): at start-up only PySide6 and the window's own modules are imported.
if TYPE_CHECKING:
    from packstation.simulator import CentraSimulator
    from packstation.station.station import Station

log = logging.getLogger("packstation")
LANGUAGE_KEY = "language"  # station.settings.LANGUAGE.name (a test keeps them equal)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="packstation", description="Packing station for Centra")
    p.add_argument("--demo", action="store_true",
                   help="start an embedded demo Centra with sample shipments")
    p.add_argument("--base-url", help="Centra Order API base URL, as on the plugin page")
    p.add_argument("--station", help="station name, e.g. 'Station 3'")
    p.add_argument("--operator", help="sign in this packer at start")
    p.add_argument("--setup", action="store_true",
                   help="show station setup even if the station is already set up")
    p.add_argument("--smoke-test", action="store_true",
                   help="check that this installation can start (offscreen), then exit")
    p.add_argument("--set-key", action="store_true",
                   help="read the API key from standard input and store it in the OS keyring")
    p.add_argument("--forget-key", action="store_true",
                   help="remove the stored API key for the base URL from the OS keyring")
    p.add_argument("--command-sheet", metavar="PDF",
                   help="write the printable command-barcode sheet (with demo shipments) and exit")
    p.add_argument("--language", choices=LANGUAGES,
                   help="user interface language (default: the station setting, else English)")
    p.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    # Benchmarks: print "READY" once the window is shown and the event loop idles, then quit.
    p.add_argument("--ready-mark", action="store_true", help=argparse.SUPPRESS)
    # End-to-end tests: scans handed to the bench as if the router had emitted them,
    # one every FEED_GAP_MS once the bench is wired (";"-separated).
    p.add_argument("--feed-scans", default="", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"Packstation {__version__}")
    return p.parse_args(argv)


DEMO_PIN = "1234"
FEED_GAP_MS = 1500
DEMO_BADGE = ("OP:Anna", "packer badge: signs Anna in")


def make_station(args: argparse.Namespace, simulator: CentraSimulator | None,
                 environ: Mapping[str, str] | None = None) -> Station:
    """Demo: throwaway data folder, in-memory settings, demo key and PIN. Otherwise the
    real data folder, Qt's native settings place and the OS keyring."""
    from packstation.station.qsettings_store import QSettingsStorage
    from packstation.station.settings import BASE_URL, STATION_NAME, MemoryStorage
    from packstation.station.station import build_station

    if simulator is not None:
        from packstation.simulator import DEMO_API_KEY

        data = Path(tempfile.mkdtemp(prefix="packstation-demo-"))
        storage = MemoryStorage({BASE_URL.name: simulator.base_url,
                                 STATION_NAME.name: args.station or "Demo station"})
        return build_station(AppPaths(data), storage, environ={ENV_VAR: DEMO_API_KEY},
                             demo=True, demo_pin=DEMO_PIN)
    return build_station(AppPaths.default(environ), QSettingsStorage(), environ=environ)


def apply_command_line(station: Station, args: argparse.Namespace) -> None:
    """``--base-url`` and ``--station`` answer their setup questions (raises SettingError)."""
    from packstation.station.settings import BASE_URL, STATION_NAME

    if args.base_url:
        station.settings.set(BASE_URL, args.base_url, supervisor=True)
    if args.station:
        station.settings.set(STATION_NAME, args.station, supervisor=True)


def setup_questions(station: Station, force: bool) -> frozenset[str]:
    """What the setup dialog must ask. A station that only lacks a supervisor PIN starts
    anyway (unattended kiosks); ``--setup`` asks for it."""
    missing = frozenset(station.missing_setup())
    if force:
        return missing | {"pin"} | ({"api_key"} if not os.environ.get(ENV_VAR) else set())
    return frozenset() if missing <= {"pin"} else missing


def _fail(text: str) -> int:
    log.error("%s", text)
    QMessageBox.critical(None, "Packstation", text)
    return 2


def _key_command(args: argparse.Namespace) -> int:
    """``--set-key`` / ``--forget-key`` for IT: no window, no QApplication (see keycmd.py)."""
    from packstation.fleet import fleet_ini_path, load_fleet_defaults
    from packstation.keycmd import forget_key, set_key
    from packstation.station.qsettings_store import SettingsStorageError
    from packstation.station.settings import SettingError

    try:
        station = make_station(args, None)
    except (DataDirError, SettingsStorageError, SettingError) as exc:
        print(exc)
        return 2
    fleet = load_fleet_defaults()
    for problem in fleet.problems:
        log.warning("%s: %s", fleet_ini_path(), problem)
    url = args.base_url or station.base_url or fleet.base_url
    if args.set_key:
        return set_key(station.keys, url)
    return forget_key(station.keys, url)


def _early_language(args: argparse.Namespace) -> str:
    """The interface language, known before the window is built (its labels translate
    when they are created). Read straight from the settings store: the typed settings
    registry (and its PIN hashing) loads after the first frame. Demo stations use English."""
    if args.language:
        return str(args.language)
    if args.demo:
        return "en"
    from packstation.station.qsettings_store import QSettingsStorage

    try:
        raw = QSettingsStorage().value(LANGUAGE_KEY)
    except Exception:  # unreadable settings: the full start-up says so in words
        return "en"
    return raw if isinstance(raw, str) and raw in LANGUAGES else "en"


@dataclass
class _Start:
    """What the first frame needs; the rest of the start-up completes it."""

    args: argparse.Namespace
    app: QApplication
    window: MainWindow
    router: ScanRouter
    early: EarlyScans
    runner: JobRunner
    key_sources: list[Callable[[], list[Secret]]]
    bench: Bench | None = None
    simulator: CentraSimulator | None = None


def _finish_start(start: _Start) -> None:
    """Second half of the start-up, in the GUI thread once the heavy imports are warm:
    station, setup questions, API key, client, controller. Then the held scans run."""
    try:
        _wire(start)
    except Exception as exc:  # never leave a window that holds scans and answers nothing
        log.exception("Start-up failed")
        start.app.exit(_fail(f"Packstation could not start: {exc}"))


def _wire(start: _Start) -> None:
    from packstation.centra.client import CentraClient, Timeouts
    from packstation.centra.ready_cache import ReadyCache
    from packstation.station.qsettings_store import SettingsStorageError
    from packstation.station.settings import SOUNDS, SettingError
    from packstation.ui.feedback import SoundFeedback

    args, app = start.args, start.app
    if args.demo:
        from packstation.simulator import DEMO_API_KEY, CentraSimulator

        start.simulator = CentraSimulator(api_key=DEMO_API_KEY, port=0).start()
    try:
        station = make_station(args, start.simulator)
        if start.simulator is None:
            apply_command_line(station, args)
    except (DataDirError, SettingsStorageError, SettingError) as exc:
        app.exit(_fail(str(exc)))
        return
    start.key_sources.append(station.keys.known_secrets)
    ask = setup_questions(station, args.setup)
    if ask:
        from packstation.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(station, start.runner, ask=ask)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            app.exit(1)
            return
    found = station.keys.load(station.base_url)
    if found.key is None:
        app.exit(_fail(found.problem or "No API key for this station. Start with --setup."))
        return
    client = CentraClient(station.base_url, found.key.reveal(), timeouts=Timeouts())
    bench = build_bench(client, simulator=start.simulator, station=station,
                        runner=start.runner, ready_cache=ReadyCache(),
                        feedback=SoundFeedback(enabled=lambda: station.settings.get(SOUNDS)),
                        window=start.window, router=start.router)
    start.bench = bench
    assert bench.station_ui is not None
    if args.operator:
        bench.station_ui.sign_in_name(args.operator)
    if args.demo:
        from packstation.simulator.demo_data import DEMO_BARCODES

        bench.window.setWindowTitle(
            f"Packstation — DEMO (simulated Centra) · supervisor PIN {DEMO_PIN}")
        bench.window.show_demo_barcodes([DEMO_BADGE, *DEMO_BARCODES])
    held = start.early.hand_over(bench.controller.handle_scan)
    if held:
        log.info("Start-up: %d scan(s) made before the bench was wired, now handled", held)
    for i, text in enumerate(t for t in args.feed_scans.split(";") if t):
        QTimer.singleShot(FEED_GAP_MS * (i + 1), partial(start.router.scanned.emit, text))
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    if args.ready_mark:
        # Benchmarks: the bench can now answer a scan (see BENCHMARKS.md, cold start).
        QTimer.singleShot(0, lambda: (print("WIRED", flush=True), app.quit()))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from packstation.smoke import run_smoke_test

        return run_smoke_test()
    key_sources: list[Callable[[], list[Secret]]] = []
    configure_logging(AppPaths.default().log_dir,
                      lambda: [key for source in key_sources for key in source()])
    log_uncaught_exceptions(log)
    if args.set_key or args.forget_key:
        return _key_command(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")
    if args.command_sheet:
        from packstation.printing.command_sheet import write_command_sheet

        pages = write_command_sheet(Path(args.command_sheet))
        print(f"Wrote {args.command_sheet} ({pages} pages)")
        return 0

    # First frame: the window with its scan field focused and the scan router installed.
    # Scans from now on are held (EarlyScans) until the bench is wired.
    install_translator(app, _early_language(args))
    window = MainWindow(DEFAULT_CARRIERS)
    router = ScanRouter(window, parent=window)
    app.installEventFilter(router)
    early = EarlyScans(window, router)
    window.showMaximized()  # a packing PC's screen belongs to the bench
    window.scan_bar.focus()
    if args.ready_mark:
        # Benchmarks: shown, focused, scans accepted (held) and the event loop idle.
        QTimer.singleShot(0, lambda: print("READY", flush=True))
    runner = JobRunner()
    start = _Start(args, app, window, router, early, runner, key_sources)

    def warm() -> int:
        from packstation.warmup import warm_imports

        return warm_imports(("packstation.simulator",) if args.demo else ())

    # The heavy imports run in a worker; the GUI thread only wires the bench afterwards
    # (a failed warm-up is harmless: the same imports then happen in _finish_start).
    QTimer.singleShot(0, lambda: runner.submit(warm, lambda _n: _finish_start(start),
                                               lambda _exc: _finish_start(start)))
    rc = app.exec()
    if start.bench is None:
        runner.wait(1500)
        if start.simulator is not None:
            start.simulator.stop()
        return rc
    if not start.bench.shutdown(wait_ms=1500):
        # A request is still in flight: do not hang the packer's PC on exit.
        logging.shutdown()
        os._exit(rc)
    return rc
