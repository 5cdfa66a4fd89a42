"""Scans that arrive between the first frame and the moment the bench is wired.

The window is shown (scan field focused, ``ScanRouter`` installed) before the Centra
client, the station and the controller exist: those load after the first frame (see
``app.main``). Every scan in that gap — a wedge burst caught by the router, or an ID
typed into the scan field + Enter — is held here, in order, and handed to the controller
the moment it exists. Nothing is dropped; a held scan shows "Starting… 1 scan kept".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter
from packstation.ui.theme import Tone


class EarlyScans(QObject):
    def __init__(self, window: MainWindow, router: ScanRouter) -> None:
        super().__init__(window)
        self._window = window
        self._router = router
        self.held: list[str] = []
        router.scanned.connect(self._hold)
        window.scan_bar.submitted.connect(self._hold)

    def _hold(self, raw: str) -> None:
        self.held.append(raw)
        self._window.banner.show_message(
            Tone.BUSY, self.tr("Starting… {0} scan(s) kept").format(len(self.held)),
            self.tr("They are looked up in a moment; nothing is lost."))

    def hand_over(self, handler: Callable[[str], None]) -> int:
        """Stop holding; feed what was held to ``handler`` in order. Returns how many."""
        self._router.scanned.disconnect(self._hold)
        self._window.scan_bar.submitted.disconnect(self._hold)
        held, self.held = self.held, []
        for raw in held:
            handler(raw)
        self.deleteLater()
        return len(held)
