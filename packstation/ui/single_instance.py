"""A second start of Packstation on the same station brings the running window to the
front instead of opening a second sender on the same outbox.

The lock is ``station.instance.InstanceLock`` on the data folder (released by the OS when
the process dies). The running instance listens on a ``QLocalServer`` named after the
data folder; a second start that cannot take the lock sends it "raise" and exits. When
the running one cannot be reached (it is still starting, or hung), the second start says
in words that the station is already open.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from packstation.station.instance import InstanceLock

log = logging.getLogger(__name__)

ALREADY_OPEN_EXIT = 3
RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to the data folder (and short enough for every OS)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"packstation-{digest}"


def ask_running_to_raise(name: str, timeout_ms: int = 1000) -> bool:
    """Tell the running instance to come to the front; True if it got the message."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(RAISE)
    ok = sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return bool(ok)


def bring_to_front(widget: QWidget) -> None:
    state = widget.windowState() & ~Qt.WindowState.WindowMinimized
    widget.setWindowState(state | Qt.WindowState.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()


class RaiseServer(QObject):
    """Listens for "raise" from a second start; calls ``on_raise`` in the GUI thread."""

    def __init__(self, name: str, on_raise: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # a socket file left by a killed instance
        if not self.server.listen(name):
            log.warning("Single instance: cannot listen on %s (%s)", name,
                        self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if sock is None:
                return
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(RAISE.strip()):
            log.info("A second start of Packstation: this window comes to the front")
            self._on_raise()


def listen_for_second_starts(data_dir: Path, window: QWidget) -> RaiseServer:
    """In the running instance (it holds the lock): bring ``window`` to the front when
    Packstation is started again on the same data folder."""
    return RaiseServer(server_name(data_dir), lambda: bring_to_front(window), parent=window)


def another_is_running(data_dir: Path, lock: InstanceLock, *, quiet: bool = False) -> int:
    """A second start (``lock`` is held by someone else): ask the running window to come
    to the front, or say that the station is already open. Returns the exit code."""
    if ask_running_to_raise(server_name(data_dir)):
        print(QCoreApplication.translate(
            "SingleInstance", "Packstation is already open on this station: its window "
            "was brought to the front."), flush=True)
        return ALREADY_OPEN_EXIT
    pid = lock.owner_pid()
    text = QCoreApplication.translate(
        "SingleInstance", "Packstation is already open on this station (process {0}). Use "
        "the window that is open; if you cannot find it, restart the PC.").format(
            pid if pid is not None else "?")
    print(text, flush=True)
    if not quiet:
        QMessageBox.warning(None, "Packstation", text)
    return ALREADY_OPEN_EXIT
