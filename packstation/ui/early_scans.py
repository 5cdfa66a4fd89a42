"""Scans that arrive between the first frame and the moment the bench is wired.

The window is shown (scan field focused) before the rest of it, the scan router, the
Centra client, the station and the controller exist: those load after the first frame
(see ``packstation.app.cli``). Every scan in that gap — an ID scanned or typed into the scan
field + Enter, or, once the router is watched, a wedge burst caught anywhere — is held
here, in order, and handed to the controller the moment it exists. Nothing is dropped;
a held scan shows "Starting… 1 scan kept" (once the banner exists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from packstation.ui.main_window import MainWindow
from packstation.ui.theme import Tone

if TYPE_CHECKING:  # the router loads after the first frame
    from packstation.ui.scan_router import ScanRouter


class EarlyScans(QObject):
    def __init__(self, window: MainWindow, router: ScanRouter | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._router: ScanRouter | None = None
        self.held: list[str] = []
        window.scan_bar.submitted.connect(self._hold)
        window.assembled.connect(self._show)
        if router is not None:
            self.watch(router)

    def watch(self, router: ScanRouter) -> None:
        """Also hold the wedge bursts ``router`` catches."""
        self._router = router
        router.scanned.connect(self._hold)

    def _hold(self, raw: str) -> None:
        self.held.append(raw)
        self._show()

    def _show(self) -> None:
        if not self.held or not self._window.is_assembled:
            return
        self._window.banner.show_message(
            Tone.BUSY, self.tr("Starting… {0} scan(s) kept").format(len(self.held)),
            self.tr("They are looked up in a moment; nothing is lost."))

    def hand_over(self, handler: Callable[[str], None]) -> int:
        """Stop holding; feed what was held to ``handler`` in order. Returns how many."""
        if self._router is not None:
            self._router.scanned.disconnect(self._hold)
        self._window.scan_bar.submitted.disconnect(self._hold)
        self._window.assembled.disconnect(self._show)
        held, self.held = self.held, []
        for raw in held:
            handler(raw)
        self.deleteLater()
        return len(held)
