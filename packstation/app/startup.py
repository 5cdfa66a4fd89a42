"""Start-up after the first frame: logging, the rest of the window, the scan router, the
heavy imports (in a worker), then the station, setup questions, API key, client and bench.

``packstation.app.cli`` shows the first frame (the window with only its scan field) and then
calls :func:`continue_start`; nothing here is imported before that frame is up.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from packstation.app.logging_setup import configure_logging, log_uncaught_exceptions
from packstation.app.marks import ReadyMarks
from packstation.app.profiles import DEMO, REAL, Profile
from packstation.app.warmup import warm_imports
from packstation.station.bench_settings import BenchSettings
from packstation.station.fleet import fleet_ini_path, load_fleet_defaults
from packstation.station.paths import MACHINE_SETTINGS, AppPaths, DataDirError, machine_dir
from packstation.station.qsettings_store import QSettingsStorage, SettingsStorageError
from packstation.station.secret_value import ENV_VAR, Secret
from packstation.ui.early_scans import EarlyScans
from packstation.ui.icon import ICON_PNG, install_window_icon
from packstation.ui.jobs import JobRunner
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter

# What the bench is built from loads in a worker after the first frame (``warmup.py``;
# BENCHMARKS.md, cold start): the functions below that run after it import it where used.
if TYPE_CHECKING:
    from packstation.app.compose import Bench
    from packstation.simulator import CentraSimulator
    from packstation.station.station import Station

log = logging.getLogger("packstation")

FEED_GAP_MS = 1500


def machine_settings_command(environ: Mapping[str, str] | None = None) -> int:
    """``--machine-settings`` (IT, elevated): copy the supervisor-only settings this user
    has into the machine-wide ``station.ini`` (created), so from now on they are read
    from there and the packer's account cannot change them."""
    # No window here: nothing to warm, these load now.
    from packstation.station.ledger import create_ledger
    from packstation.station.settings import ALL_SETTINGS

    target = machine_dir(environ) / MACHINE_SETTINGS
    user = QSettingsStorage()
    machine = QSettingsStorage.at_path(target)
    copied = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for setting in ALL_SETTINGS:
            value = user.value(setting.name)
            if setting.supervisor_only and value is not None \
                    and machine.value(setting.name) is None:
                machine.set_value(setting.name, value)
                copied += 1
        machine.set_value("schema_version", "1")
        machine.sync()
    except (OSError, SettingsStorageError) as exc:
        print(f"Could not write {target}: {exc}. Run this as an administrator.")
        return 2
    print(f"{copied} supervisor-only setting(s) are now read from {target}.")
    ok, words = create_ledger(target.parent)  # wrong PINs, lockouts, the audit head
    print(words)
    return 0 if ok else 3


def apply_command_line(station: Station, args: argparse.Namespace) -> None:
    """``--api``, ``--base-url`` and ``--station`` answer their setup questions for this run
    only (nothing is saved unless a supervisor saves it; each one is an audit row).
    Raises SettingError."""
    from packstation.station.settings import (  # warm (warmup.py)
        BASE_URL,
        CENTRA_API,
        STATION_NAME,
    )

    if getattr(args, "api", None):
        station.settings.override(CENTRA_API, args.api)
    if args.base_url:
        station.settings.override(BASE_URL, args.base_url)
    if args.station:
        station.settings.override(STATION_NAME, args.station)


def setup_questions(station: Station, force: bool) -> frozenset[str]:
    """What the setup dialog must ask. A station that only lacks a supervisor PIN starts
    anyway (unattended kiosks); ``--setup`` asks for it."""
    missing = frozenset(station.missing_setup())
    if force:
        return missing | {"pin"} | ({"api_key"} if not os.environ.get(ENV_VAR) else set())
    return frozenset() if missing <= {"pin"} else missing


def fail(text: str, exc: BaseException | None = None) -> int:
    """Log ``text`` (with the traceback of ``exc``), tell the person, return exit code 2."""
    log.error("%s", text, exc_info=exc)
    QMessageBox.critical(None, "Packstation", text)
    return 2


def key_command(args: argparse.Namespace) -> int:
    """``--set-key`` / ``--forget-key`` for IT: no window, no QApplication (see keycmd.py)."""
    # No window here: nothing to warm, the station's modules load now.
    from packstation.app.compose import open_station
    from packstation.app.keycmd import forget_key, set_key
    from packstation.station.settings import SettingError

    try:
        station = open_station(REAL)
    except (DataDirError, SettingsStorageError, SettingError) as exc:
        print(exc)
        return 2
    fleet = load_fleet_defaults()
    for problem in fleet.problems:
        log.warning("%s: %s", fleet_ini_path(), problem)
    url = args.base_url or station.base_url or fleet.base_url
    # ``--api`` (else the station's setting): a key for the Order API, or the Integration
    # API token under its …/graphql address, stored as station setup stores it.
    api = getattr(args, "api", None) or station.api
    if args.set_key:
        return set_key(station.keys, url, api=api)
    return forget_key(station.keys, url, api=api)


def start_logging(key_sources: list[Callable[[], list[Secret]]],
                  log_dir: Path | None = None) -> Path | None:
    """The rotating, redacted log file (in the user's data folder unless ``log_dir``
    says otherwise: the demo's goes to its throwaway folder); ``key_sources`` name the
    secrets to hide. Returns the log file, if one could be opened."""
    log_file = configure_logging(log_dir or AppPaths.default().log_dir,
                                 lambda: [key for source in key_sources for key in source()])
    log_uncaught_exceptions(log)
    return log_file


def choose_profile(args: argparse.Namespace) -> Profile:
    """``--demo``: the demo profile in a fresh throwaway folder (its log goes there too);
    otherwise the real app in the user's data folder."""
    if args.demo:
        demo = DEMO.at(Path(tempfile.mkdtemp(prefix="packstation-demo-")))
        # ``--demo --api integration``: the same demo on the simulator's GraphQL endpoint.
        return dataclasses.replace(demo, api="integration") \
            if getattr(args, "api", None) == "integration" else demo
    return REAL


@dataclass
class Startup:
    """The start-up after the first frame, and the bench it ends with."""

    args: argparse.Namespace
    app: QApplication
    window: MainWindow
    early: EarlyScans
    router: ScanRouter
    runner: JobRunner
    profile: Profile
    marks: ReadyMarks
    key_sources: list[Callable[[], list[Secret]]] = field(default_factory=list)
    log_file: Path | None = None
    bench: Bench | None = None
    simulator: CentraSimulator | None = None

    @classmethod
    def begin(cls, args: argparse.Namespace, app: QApplication, window: MainWindow,
              early: EarlyScans) -> Startup:
        """GUI thread, right after the first frame: logging, the rest of the window and
        the scan router; then the heavy imports in a worker, and the bench after them."""
        key_sources: list[Callable[[], list[Secret]]] = []
        profile = choose_profile(args)
        log_file = start_logging(key_sources, profile.data_dir / "logs"
                                 if profile.data_dir is not None else None)
        if not install_window_icon(app):
            log.warning("Window icon missing: %s", ICON_PNG)
        window.assemble(BenchSettings().carriers)  # the station's: at each slip load
        router = ScanRouter(window, parent=window)
        app.installEventFilter(router)
        early.watch(router)
        start = cls(args, app, window, early, router, JobRunner(), profile,
                    ReadyMarks(args.ready_mark), key_sources, log_file)
        start.marks.reached("WINDOW")  # the whole window is built and shown
        # A failed warm-up is harmless: the same imports then happen in _finish_start.
        start.runner.submit(partial(warm_imports, profile), lambda _n: _finish_start(start),
                            lambda _exc: _finish_start(start))
        return start

    def finish(self, rc: int) -> int:
        """After the event loop: shut the bench down (or what was started of it)."""
        if self.bench is None:
            self.runner.wait(1500)
            if self.simulator is not None:
                self.simulator.stop()
            return rc
        if not self.bench.shutdown(wait_ms=1500):
            # A request is still in flight: do not hang the packer's PC on exit.
            logging.shutdown()
            os._exit(rc)
        return rc


def _finish_start(start: Startup) -> None:
    """Second half of the start-up, in the GUI thread once the heavy imports are warm:
    station, setup questions, API key, client, controller. Then the held scans run."""
    try:
        _wire(start)
    except Exception as exc:  # never leave a window that holds scans and answers nothing
        start.app.exit(fail(f"Packstation could not start: {exc}", exc))


def _wire(start: Startup) -> None:
    # Imported by the warm-up worker already (warmup.py): found in sys.modules now.
    from packstation.app import compose
    from packstation.bench.activity_log import log_start
    from packstation.station.settings import SettingError
    from packstation.ui.text import messages

    args, app, profile = start.args, start.app, start.profile
    start.simulator = compose.start_simulator(profile)
    try:
        station = compose.open_station(profile, simulator=start.simulator,
                                       station_name=args.station or "")
        if not profile.simulated:
            apply_command_line(station, args)
    except (DataDirError, SettingsStorageError, SettingError) as exc:
        app.exit(fail(str(exc)))
        return
    start.key_sources.append(station.keys.known_secrets)
    ask = setup_questions(station, args.setup)
    if ask:
        from packstation.ui.dialogs.setup_dialog import SetupDialog  # first run only

        dialog = SetupDialog(station, start.runner, ask=ask)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            app.exit(1)
            return
    found = station.keys.load(station.base_url)
    log_start(station=station.name, base_url=station.base_url, key_source=found.source.value,
              demo=profile.simulated, api=station.api, data_dir=str(station.paths.data_dir),
              log_file=str(start.log_file) if start.log_file else None)
    if found.key is None:
        app.exit(fail(found.problem or "No API key for this station. Start with --setup."))
        return
    messages.set_key_source(found.source.value)
    # The adapter of the chosen API (Order API or Integration API) behind the same ports.
    client = compose.open_client(profile, station.base_url, found.key.reveal(),
                                 api=station.api)
    bench = compose.build_bench(compose.BenchParts(
        profile, client, station, simulator=start.simulator,
        first_frame=compose.FirstFrame(start.window, start.router, start.runner)))
    start.bench = bench
    assert bench.station_ui is not None
    if args.operator:
        bench.station_ui.sign_in_name(args.operator)
    held = start.early.hand_over(bench.controller.handle_scan)
    if held:
        log.info("Start-up: %d scan(s) made before the bench was wired, now handled", held)
    for i, text in enumerate(t for t in args.feed_scans.split(";") if t):
        QTimer.singleShot(FEED_GAP_MS * (i + 1), partial(start.router.scanned.emit, text))
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    start.marks.reached("WIRED", then=app.quit)  # the bench answers scans
