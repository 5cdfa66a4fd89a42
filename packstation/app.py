"""Composition root: parse the command line, build the object graph once, run Qt.

Nothing else in the app creates long-lived collaborators; they are passed in.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from packstation import __version__
from packstation.centra.client import CentraClient, Timeouts
from packstation.fleet import fleet_ini_path, load_fleet_defaults
from packstation.logging_setup import configure_logging, log_uncaught_exceptions
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.simulator.demo_data import DEMO_BARCODES
from packstation.station.paths import AppPaths
from packstation.station.secrets import ApiKeyStore
from packstation.ui.bench import BenchController, BenchOptions
from packstation.ui.jobs import JobRunner
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter

log = logging.getLogger("packstation")

DEFAULT_CARRIERS: dict[str, list[str]] = {
    "PostNord": ["MyPack Collect", "MyPack Home", "Parcel"],
    "DHL": ["Express", "Parcel Connect", "Service Point"],
    "UPS": ["Standard", "Express Saver", "Express"],
    "Bring": ["PickUp Parcel", "Home Delivery"],
    "Budbee": ["Home", "Box"],
    "DB Schenker": ["Parcel", "System"],
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="packstation", description="Packing station for Centra")
    p.add_argument("--demo", action="store_true",
                   help="start an embedded demo Centra with sample shipments")
    p.add_argument("--base-url", help="Centra Order API base URL, as on the plugin page")
    p.add_argument("--station", help="station name, e.g. 'Station 3'")
    p.add_argument("--operator", help="sign in this packer at start")
    p.add_argument("--smoke-test", action="store_true",
                   help="check that this installation can start (offscreen), then exit")
    p.add_argument("--set-key", action="store_true",
                   help="read the API key from standard input and store it in the OS keyring")
    p.add_argument("--forget-key", action="store_true",
                   help="remove the stored API key for --base-url from the OS keyring")
    p.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"Packstation {__version__}")
    return p.parse_args(argv)


@dataclass
class Bench:
    """The running object graph (returned for tests and for clean shutdown)."""

    window: MainWindow
    controller: BenchController
    runner: JobRunner
    router: ScanRouter
    client: CentraClient
    simulator: CentraSimulator | None = None

    def shutdown(self, wait_ms: int = 1500) -> bool:
        """Stop taking input, wait briefly for requests in flight, release resources.

        Returns False when a request was still running after ``wait_ms``."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.router)
        finished = self.runner.wait(wait_ms)
        if finished:
            self.client.close()
        if self.simulator is not None:
            self.simulator.stop()
        return finished


def build_bench(
    client: CentraClient,
    *,
    options: BenchOptions | None = None,
    carriers: dict[str, list[str]] | None = None,
    simulator: CentraSimulator | None = None,
    max_gap_ms: int = 30,
) -> Bench:
    """Wire the window, scanner router, worker runner and controller together."""
    window = MainWindow(carriers or DEFAULT_CARRIERS)
    runner = JobRunner(parent=window)
    router = ScanRouter(window, max_gap_ms=max_gap_ms, parent=window)
    controller = BenchController(window, client, runner, client, options, parent=window)
    router.scanned.connect(controller.handle_scan)
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    app.installEventFilter(router)
    return Bench(window, controller, runner, router, client, simulator)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from packstation.smoke import run_smoke_test

        return run_smoke_test()
    keys = ApiKeyStore()
    configure_logging(AppPaths.default().log_dir, keys.known_secrets)
    log_uncaught_exceptions(log)
    fleet = load_fleet_defaults()
    for problem in fleet.problems:
        log.warning("%s: %s", fleet_ini_path(), problem)
    if args.set_key or args.forget_key:
        from packstation.keycmd import forget_key, set_key

        url = args.base_url or fleet.base_url
        return set_key(keys, url) if args.set_key else forget_key(keys, url)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")

    simulator: CentraSimulator | None = None
    if args.demo:
        simulator = CentraSimulator(api_key=DEMO_API_KEY, port=0).start()
        base_url, key = simulator.base_url, DEMO_API_KEY
    else:
        base_url = args.base_url or fleet.base_url
        found = keys.load(base_url) if base_url else None
        key = found.key.reveal() if found is not None and found.key is not None else ""
        if not base_url or not key:
            log.error("No Centra address or API key: give --base-url (or install with "
                      "/BASEURL=), store the key with --set-key or set PACKSTATION_API_KEY, "
                      "or start with --demo.")
            return 2

    client = CentraClient(base_url, key, timeouts=Timeouts())
    bench = build_bench(client, simulator=simulator)
    station = args.station or ("Demo station" if args.demo else fleet.station)
    bench.window.scan_bar.station.setText(station)
    if args.demo:
        bench.window.setWindowTitle("Packstation — DEMO (simulated Centra)")
        bench.window.show_demo_barcodes(DEMO_BARCODES)
    bench.window.show()
    bench.window.scan_bar.focus()
    if args.quit_after:
        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    rc = app.exec()
    if not bench.shutdown(wait_ms=1500):
        # A request is still in flight: do not hang the packer's PC on exit.
        logging.shutdown()
        os._exit(rc)
    return rc
