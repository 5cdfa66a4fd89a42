"""Keeps the local ready list (``ReadyCache``) fresh and tells the packer how old it is.

A QTimer asks the ``JobRunner`` to refresh the whole good-to-go list now and then; the
controller asks ``instant()`` first on a slip scan and, on a hit, ``confirm()``s it with a
fresh lookup in the background. No I/O happens in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from packstation.centra.domain import LookupResult
from packstation.centra.errors import KeyRejected
from packstation.centra.ports import ShipmentSource
from packstation.centra.ready_cache import CacheHit, ReadyCache
from packstation.ui.jobs import JobRunner

DEFAULT_REFRESH_S = 60.0


def age_words(seconds: float) -> str:
    if seconds < 60:
        return f"{int(seconds)} s"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    return f"{seconds / 3600:.1f} h"


class ReadyList(QObject):
    refreshed = Signal(int)  # shipments in the list after a refresh
    refresh_failed = Signal(object)  # the exception

    def __init__(self, cache: ReadyCache, client: ShipmentSource, runner: JobRunner,
                 label: QLabel | None = None, *, refresh_s: float = DEFAULT_REFRESH_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.client = client
        self.runner = runner
        self.label = label
        self.online = True
        self.key_rejected = False  # Centra answered 401/403: not offline, a wrong key
        self._refreshing = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(refresh_s * 1000))
        self._timer.timeout.connect(self.refresh_now)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show_age)

    def start(self, first_in_ms: int = 0) -> None:
        """Refresh soon (after the window is up), then every ``refresh_s``."""
        QTimer.singleShot(first_in_ms, self.refresh_now)
        self._timer.start()
        self._tick.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick.stop()

    def refresh_now(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        cache, client = self.cache, self.client
        self.runner.submit(lambda: cache.refresh(client), self._refreshed, self._failed)

    def _refreshed(self, count: int) -> None:
        self._refreshing = False
        self.online = True
        self.key_rejected = False
        self.show_age()
        self.refreshed.emit(count)

    def _failed(self, exc: BaseException) -> None:
        self._refreshing = False
        self.online = False
        self.key_rejected = isinstance(exc, KeyRejected)
        self.show_age()
        self.refresh_failed.emit(exc)

    # ------------------------------------------------------------ per scan

    def instant(self, value: str) -> CacheHit | None:
        return self.cache.get(value.strip())

    def confirm(self, value: str, on_fresh: Callable[[LookupResult], None],
                on_failed: Callable[[BaseException], None]) -> None:
        """Look ``value`` up in Centra in the background and update the list with it."""
        cache, client = self.cache, self.client

        def fetch() -> LookupResult:
            result = client.lookup(value)
            if result.can_complete and result.shipment is not None:
                cache.put(result.shipment)
            else:
                cache.forget(value)
            return result

        def done(result: LookupResult) -> None:
            if not self.online:
                self.online = True
                self.key_rejected = False
                self.show_age()
            on_fresh(result)

        def failed(exc: BaseException) -> None:
            self.online = False
            self.key_rejected = isinstance(exc, KeyRejected)
            self.show_age()
            on_failed(exc)

        self.runner.submit(fetch, done, failed)

    def forget(self, shipment_id: str) -> None:
        self.cache.forget(shipment_id)

    # ------------------------------------------------------------ display

    def age_text(self) -> str:
        if self.key_rejected:
            return self.tr("Centra rejected the API key")
        age = self.cache.age()
        if age is None:
            return (self.tr("Ready list: loading…") if self.online
                    else self.tr("Ready list: Centra not answering"))
        text = self.tr("Ready list: {0} · {1} old").format(len(self.cache), age_words(age))
        return text if self.online else self.tr("{0} · OFFLINE").format(text)

    def show_age(self) -> None:
        if self.label is None:
            return
        text = self.age_text()
        if text != self.label.text():
            self.label.setText(text)
        offline = "1" if not self.online else "0"
        if self.label.property("offline") != offline:
            self.label.setProperty("offline", offline)
            self.label.setStyleSheet("color: #b45309; font-weight: 700;" if not self.online
                                     else "color: #6b7280;")
