"""Start-up, first frame: the command line, then the window with its scan field, shown
and focused before anything else loads. Scans made from then on are held (EarlyScans).

Only PySide6 and the first frame's own small modules are imported here; the rest of the
window, logging, the scan router, the heavy imports (in a worker) and the bench follow in
``packstation.app.startup`` (see BENCHMARKS.md, cold start).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from packstation import __version__
from packstation.app.marks import ReadyMarks
from packstation.ui.early_scans import EarlyScans
from packstation.ui.main_window import MainWindow
from packstation.ui.text.i18n import LANGUAGES, install_translator

if TYPE_CHECKING:
    from packstation.app.startup import Startup

LANGUAGE_KEY = "language"  # station.settings.LANGUAGE.name (a test keeps them equal)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="packstation", description="Packing station for Centra")
    p.add_argument("--demo", action="store_true",
                   help="start an embedded demo Centra with sample shipments")
    p.add_argument("--base-url", help="Centra Order API base URL, as on the plugin page "
                                      "(with --api integration: the …/graphql address)")
    p.add_argument("--api", choices=("order", "integration"),
                   help="which Centra API: order (API key) or integration (GraphQL token); "
                        "default: the station setting (the demo: order)")
    p.add_argument("--station", help="station name, e.g. 'Station 3'")
    p.add_argument("--operator", help="sign in this packer at start")
    p.add_argument("--setup", action="store_true",
                   help="show station setup even if the station is already set up")
    p.add_argument("--smoke-test", action="store_true",
                   help="check that this installation can start (offscreen), then exit")
    p.add_argument("--set-key", action="store_true",
                   help="read the API key (with --api integration: the token) from standard "
                        "input and store it in the OS keyring for --base-url")
    p.add_argument("--forget-key", action="store_true",
                   help="remove the stored API key (or token) for the base URL from the OS "
                        "keyring")
    p.add_argument("--machine-settings", action="store_true",
                   help="(IT, as administrator) move this station's supervisor-only settings "
                        "into the machine-wide file, then exit")
    p.add_argument("--command-sheet", metavar="PDF",
                   help="write the printable command-barcode sheet (with demo shipments) and exit")
    p.add_argument("--language", choices=LANGUAGES,
                   help="user interface language (default: the station setting, else English)")
    p.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    # Benchmarks: print READY, WINDOW and WIRED as the start-up gets there (app/marks.py).
    p.add_argument("--ready-mark", action="store_true", help=argparse.SUPPRESS)
    # End-to-end tests: scans handed to the bench as if the router had emitted them,
    # one every FEED_GAP_MS once the bench is wired (";"-separated).
    p.add_argument("--feed-scans", default="", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"Packstation {__version__}")
    return p.parse_args(argv)


def early_language(args: argparse.Namespace) -> str:
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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from packstation.app.smoke import run_smoke_test

        return run_smoke_test()
    if args.machine_settings:
        from packstation.app.startup import machine_settings_command, start_logging

        start_logging([])
        return machine_settings_command()
    if args.set_key or args.forget_key:
        from packstation.app.startup import key_command, start_logging

        start_logging([])
        return key_command(args)
    if not args.command_sheet and QApplication.instance() is None:
        from packstation.app.desktop_check import missing_desktop_library

        problem = missing_desktop_library()
        if problem:  # say which package, instead of Qt's abort naming its plugin
            print(problem, file=sys.stderr)
            return 3
    if args.command_sheet and QApplication.instance() is None:
        # A PDF needs no display: never fail for want of one (Qt's xcb plugin aborts with a
        # misleading "xcb-cursor0 … needed" on a server or over SSH).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")
    if args.command_sheet:
        from pathlib import Path

        from packstation.printing.command_sheet import write_command_sheet

        pages = write_command_sheet(Path(args.command_sheet))
        print(f"Wrote {args.command_sheet} ({pages} pages)")
        return 0

    install_translator(app, early_language(args))
    # One Packstation per station (data folder): a second start brings the running window
    # to the front and exits. The lock is held until this process ends (the OS frees it).
    lock, data_dir = None, None
    if not args.demo:
        from packstation.station.instance import LOCK_NAME, InstanceLock
        from packstation.station.paths import default_data_dir

        data_dir = default_data_dir()
        guard = InstanceLock(data_dir / LOCK_NAME)
        try:
            running = not guard.acquire()
        except OSError:  # no data folder: the start-up says so in words
            running = False
        if running:
            from packstation.ui.single_instance import another_is_running

            quiet = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
            return another_is_running(data_dir, guard, quiet=quiet)
        lock = guard if guard.held else None

    # First frame: the window with its scan field focused; its scans are held from now on.
    window = MainWindow.first_frame()
    early = EarlyScans(window)
    window.showMaximized()  # a packing PC's screen belongs to the bench
    window.scan_bar.focus()
    ReadyMarks(args.ready_mark).reached("READY")  # shown, focused, scans held, loop idle
    started: list[Startup] = []

    def begin() -> None:
        if lock is not None and data_dir is not None:
            from packstation.ui.single_instance import listen_for_second_starts

            listen_for_second_starts(data_dir, window)
        try:
            from packstation.app.startup import Startup

            started.append(Startup.begin(args, app, window, early))
        except Exception as exc:  # never leave a window that keeps scans and answers none
            text = f"Packstation could not start: {exc}"
            try:
                from packstation.app.startup import fail

                code = fail(text, exc)
            except Exception:  # the start-up module itself would not load
                from PySide6.QtWidgets import QMessageBox

                print(text, file=sys.stderr)
                QMessageBox.critical(None, "Packstation", text)
                code = 2
            app.exit(code)

    QTimer.singleShot(0, begin)
    rc = app.exec()
    rc = started[0].finish(rc) if started else rc
    if lock is not None:
        lock.release()
    return rc
