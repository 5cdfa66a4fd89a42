"""``packstation --smoke-test``: prove a build (frozen or not) can start on this machine.

Each check prints one line (``ok`` or ``FAIL``) and the run exits 0 only when all pass.
It is run by CI on the PyInstaller bundle (Linux and Windows) and can be run by IT on a
packing PC (``packstation-console.exe --smoke-test``) to tell a broken install from a
broken network. It never talks to a real Centra: the window and an HTTP round-trip use
the embedded simulator (``app.compose``'s smoke profile), and nothing is written outside a
temporary folder. Each check imports what it checks: a module missing from a bundle
fails that check's line, not the whole run.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import ssl
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

CheckFn = Callable[[], str]

_NATIVE_PLATFORM_PLUGIN = {
    "win32": "qwindows.dll",
    "darwin": "libqcocoa.dylib",
}


class SmokeFailure(Exception):
    """A check failed; the message is the plain-words reason."""


def check_qt_plugins() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise SmokeFailure("no QApplication")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = _NATIVE_PLATFORM_PLUGIN.get(sys.platform, "libqxcb.so")
    missing = [name for name in (native,) if not (plugins / "platforms" / name).is_file()]
    if missing:
        raise SmokeFailure(f"platform plugin {', '.join(missing)} missing in {plugins}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if not {"png", "ico", "svg"} <= formats:
        raise SmokeFailure(f"image format plugins missing (have {sorted(formats)})")
    return f"platform {app.platformName()}, {native} present, {len(formats)} image formats"


def check_main_window() -> str:
    # The smoke profile's bench (station strip, audit log, outbox, settings in memory) in a
    # throwaway folder, removed afterwards: on Windows that fails while anything still
    # holds a file open.
    tmp = Path(tempfile.mkdtemp(prefix="packstation-smoke-"))
    try:
        return _render_demo_bench(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _remove_or_fail(folder: Path) -> None:
    """Delete ``folder``; a file still open (Windows sharing violation) is a failure."""
    try:
        shutil.rmtree(folder)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise SmokeFailure(
            f"a file was still open after shutdown: {exc.filename or folder} "
            f"({exc.strerror or type(exc).__name__})") from exc


def _render_demo_bench(tmp: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from packstation.app.compose import compose_bench
    from packstation.app.profiles import SMOKE

    bench = compose_bench(SMOKE.at(tmp))  # the embedded simulator, stopped by shutdown
    client = bench.client
    try:
        bench.window.show()
        QApplication.processEvents()
        pixmap = bench.window.grab()
        if pixmap.isNull() or pixmap.width() < 200:
            raise SmokeFailure("the main window did not render")
        ready = client.count_ready()
        return (f"rendered {pixmap.width()}x{pixmap.height()}, "
                f"demo Centra answered ({ready} ready)")
    finally:
        bench.window.close()
        bench.shutdown(wait_ms=1500)
        # While the bench object still exists: shutdown() itself must have let go of
        # every file (the outbox's -wal/-shm), not the garbage collector later.
        _remove_or_fail(tmp)
        bench.window.deleteLater()
        QApplication.processEvents()


def check_scanning() -> str:
    from packstation.scanning import ScanKind, classify

    scan = classify("00340123451234567895")  # GS1-128 SSCC: needs biip's bundled GS1 tables
    if scan.kind != ScanKind.SSCC or not scan.valid:
        raise SmokeFailure(f"GS1 barcode not understood ({scan.kind}, {scan.detail})")
    s10 = classify("RR123456785SE")  # needs pycountry's bundled ISO 3166 database
    if s10.carrier != "PostNord" or not s10.valid:
        raise SmokeFailure(f"postal item not understood ({s10.kind}, {s10.detail})")
    return f"GS1 SSCC {scan.value} and S10 {s10.value} recognised"


def check_printing() -> str:
    from packstation.printing.command_sheet import write_command_sheet

    with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as tmp:
        pdf = Path(tmp) / "commands.pdf"
        pages = write_command_sheet(pdf)  # python-barcode + Qt's PDF writer
        size = pdf.stat().st_size if pdf.is_file() else 0
    if pages < 1 or size < 1000:
        raise SmokeFailure("the command-barcode sheet came out empty")
    return f"command-barcode sheet: {pages} page(s), {size // 1024} KB PDF"


def check_papers() -> str:
    """Centra's documents: PDFium (pypdfium2's shared library) renders a PDF and QPrinter
    writes it, and python-stdnum's member-state list is there (a bundle that forgets either
    cannot print customs papers)."""
    from packstation.bench.customs import in_customs_union
    from packstation.printing.pdf_print import FILE_PREFIX, PrintJob, print_pdf
    from packstation.simulator.documents import make_pdf

    if not in_customs_union("SE") or in_customs_union("NO"):
        raise SmokeFailure("the EU member-state list is missing or wrong")
    with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as tmp:
        out = Path(print_pdf(PrintJob(make_pdf(["SMOKE TEST"]), "smoke proforma"),
                             FILE_PREFIX + tmp))
        size = out.stat().st_size if out.is_file() else 0
    if size < 1000:
        raise SmokeFailure("a PDF document did not print")
    return f"PDF rendered and printed to a file ({size // 1024} KB); EU list present"


def check_tls() -> str:
    import certifi

    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise SmokeFailure(f"CA bundle missing at {bundle}")
    ssl.create_default_context(cafile=str(bundle))
    return f"{ssl.OPENSSL_VERSION}, CA bundle present"


def check_keyring() -> str:
    from packstation.station.secrets import ApiKeyStore

    store = ApiKeyStore()
    name = store.backend_name()
    if name == "unknown":
        raise SmokeFailure("the keyring package could not load a backend")
    if sys.platform == "win32" and "WinVaultKeyring" not in name:
        raise SmokeFailure(f"{name}: Windows Credential Manager backend (WinVaultKeyring) "
                           "not bundled")
    if store.backend_available():
        return f"{name} (secure store available)"
    if sys.platform == "win32":
        raise SmokeFailure(f"{name}: Windows Credential Manager not reachable")
    return f"{name} (no secure store on this machine; fine for headless CI)"


def check_sqlite() -> str:
    from packstation.station.audit import AuditKind, AuditLog

    with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as tmp:
        log = AuditLog(Path(tmp) / "audit.sqlite3")
        log.record(AuditKind.SIGN_IN, station="smoke", operator="smoke")
        if len(log.entries()) != 1:
            raise SmokeFailure("audit row not read back")
    return f"SQLite {sqlite3.sqlite_version}, WAL audit log written and read"


def check_single_instance() -> str:
    """The station lock (fcntl/msvcrt) and the local socket a second start talks to
    (QtNetwork must be in the bundle)."""
    from packstation.station.instance import LOCK_NAME, InstanceLock
    from packstation.ui.single_instance import ask_running_to_raise, server_name

    with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as tmp:
        lock = InstanceLock(Path(tmp) / LOCK_NAME)
        if not lock.acquire() or InstanceLock(Path(tmp) / LOCK_NAME).acquire():
            raise SmokeFailure("the single-instance lock is not exclusive")
        lock.release()
        ask_running_to_raise(server_name(Path(tmp)), timeout_ms=100)  # nobody listens
    return "single-instance lock and local socket"


def check_resources() -> str:
    """Every file the app loads from its package: translations, the window icon and the
    three sounds (a bundle that forgets them starts fine, in English, with a blank icon
    and a silent bench)."""
    import wave

    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QImage

    from packstation.ui.icon import ICON_PNG
    from packstation.ui.sounds import NAMES, SOUND_DIR
    from packstation.ui.text.i18n import I18N_DIR, LANGUAGES

    for lang in LANGUAGES:
        if lang != "en" and not QTranslator().load(str(I18N_DIR / f"packstation_{lang}.qm")):
            raise SmokeFailure(f"translation packstation_{lang}.qm missing in {I18N_DIR}")
    if QImage(str(ICON_PNG)).isNull():
        raise SmokeFailure(f"window icon missing: {ICON_PNG}")
    for name in NAMES:
        path = SOUND_DIR / f"{name}.wav"
        try:
            with wave.open(str(path), "rb") as wav:
                frames = wav.getnframes()
        except (OSError, EOFError, wave.Error) as exc:
            raise SmokeFailure(f"sound {name}.wav missing or unreadable in {SOUND_DIR} "
                               f"({type(exc).__name__})") from exc
        if frames == 0:
            raise SmokeFailure(f"sound {name}.wav is empty")
    player = ""
    if sys.platform == "win32":
        import winsound  # noqa: F401  (the player packstation.ui.feedback uses)

        player = " (winsound)"
    return (f"translations {', '.join(LANGUAGES)}; window icon; "
            f"sounds {', '.join(NAMES)}{player}")


def check_data_folder() -> str:
    """The real per-user data folder (%LOCALAPPDATA%\\Packstation) exists and is writable."""
    from packstation.station.paths import AppPaths, DataDirError

    try:
        paths = AppPaths.default().ensure()  # writes and removes a probe file
    except DataDirError as exc:
        raise SmokeFailure(str(exc)) from exc
    return f"{paths.data_dir} writable"


def check_outbox() -> str:
    """The outbox opens in WAL mode (the crash-safe journal) and closes cleanly."""
    from packstation.outbox import Outbox

    tmp = Path(tempfile.mkdtemp(prefix="packstation-smoke-"))
    try:
        outbox = Outbox(tmp / "outbox.sqlite3")
        try:
            mode = outbox._db.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            outbox.close()
    finally:
        _remove_or_fail(tmp)
    if str(mode).lower() != "wal":
        raise SmokeFailure(f"the outbox journal is {mode!r}, not WAL")
    return "opens in WAL mode, closed and removed cleanly"


def check_fleet() -> str:
    """The Centra address and station name IT set at install (fleet.ini), if any."""
    from packstation.station.fleet import fleet_ini_path, load_fleet_defaults

    path = fleet_ini_path()
    defaults = load_fleet_defaults(path)
    if defaults.problems:
        raise SmokeFailure(f"{path}: {'; '.join(defaults.problems)}")
    if not path.is_file():
        return f"no {path} (the first-run screen asks for the Centra address)"
    if not defaults.base_url:
        return f"{path}: no Centra address set, station {defaults.station!r}"
    return f"{path}: Centra {defaults.base_url}, station {defaults.station!r}"


def check_ledger() -> str:
    """The station ledger IT created (``ledger.py``), if any: readable, its chain intact,
    and open for append the way the app opens it (Windows: ``CreateFileW`` with
    ``FILE_APPEND_DATA`` through ctypes; nothing is written)."""
    from packstation.station.ledger import LEDGER_FILE, LedgerError, StationLedger
    from packstation.station.paths import machine_dir

    path = machine_dir() / LEDGER_FILE
    if not path.is_file():
        return f"no {path} (wrong PINs and the audit head stay in the user's folders)"
    ledger = StationLedger(path)
    try:
        found = ledger.read()
    except LedgerError as exc:
        raise SmokeFailure(str(exc)) from exc
    problems = found.problems + [p for p in [ledger.check_appendable()] if p]
    if problems:
        raise SmokeFailure("; ".join(problems))
    return f"{path}: {len(found.lines)} lines, chain intact, open for append"


def check_log_file() -> str:
    """One line goes into the real log file (%LOCALAPPDATA%\\Packstation\\logs)."""
    from packstation.app.logging_setup import configure_logging
    from packstation.station.paths import AppPaths

    logger = logging.getLogger("packstation.app.smoke")
    logger.propagate = False
    try:
        log_file = configure_logging(AppPaths.default().log_dir, root=logger)
        if log_file is None:
            raise SmokeFailure(f"the log folder {AppPaths.default().log_dir} is not writable")
        marker = f"Smoke test run (pid {os.getpid()})"
        logger.info(marker)
        for handler in logger.handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8", errors="replace")
        if marker not in text:
            raise SmokeFailure(f"nothing was written to {log_file}")
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
    return f"{log_file} written"


CHECKS: tuple[tuple[str, CheckFn], ...] = (
    ("qt", check_qt_plugins),
    ("window", check_main_window),
    ("scanning", check_scanning),
    ("printing", check_printing),
    ("papers", check_papers),
    ("tls", check_tls),
    ("keyring", check_keyring),
    ("sqlite", check_sqlite),
    ("resources", check_resources),
    ("single instance", check_single_instance),
    ("data", check_data_folder),
    ("outbox", check_outbox),
    ("fleet", check_fleet),
    ("station ledger", check_ledger),
    ("log", check_log_file),
)


def run_smoke_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each, return 0 if all passed, else 1."""
    stream = out if out is not None else sys.stdout

    def say(line: str) -> None:
        if stream is not None:  # a windowed build has no stdout: the exit code still counts
            print(line, file=stream, flush=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    del app  # kept alive by Qt; the checks look it up
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    from packstation import __version__

    say(f"Packstation {__version__} smoke test ({frozen}, Python {sys.version.split()[0]})")
    failed: list[str] = []
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:  # every failure becomes a line, never a traceback
            reason = str(exc) if isinstance(exc, SmokeFailure) else f"{type(exc).__name__}: {exc}"
            say(f"FAIL {name}: {reason}")
            failed.append(name)
        else:
            say(f"ok   {name}: {detail}")
    if failed:
        say(f"Smoke test failed: {', '.join(failed)}")
        return 1
    say("Smoke test passed")
    return 0
