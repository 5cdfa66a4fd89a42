"""The one worker mechanism: plain callables run on a QThreadPool (and ``later``, a timer).

A single long-lived ``JobRunner`` (a QObject living in the GUI thread) owns the pool.
Worker threads only run the callable and emit ``_finished``; the signal is queued to
the GUI thread, where the caller's ``on_ok``/``on_error`` run. Workers never touch
widgets. References to running jobs are kept until they finish (PySide drops results
and can crash when a runnable is garbage-collected early; see platform notes §4), and the
pool deletes each runnable after ``run()`` (autoDelete, Qt's default). With autoDelete
off, PySide kept every runnable and the closure it ran (request, shipment, response)
for the life of the process: ~2.4 KB per job, the RSS growth of a long shift.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL_S = 0.001

OkCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def favour_gui_thread(interval_s: float = GUI_SWITCH_INTERVAL_S) -> None:
    """Make a busy worker hand the GIL back to the GUI thread within ``interval_s``.

    Every Qt event passes a Python event filter (the scan router), so the GUI thread needs
    the GIL for each one; with Python's default 5 ms switch interval a worker building a
    request or parsing an answer held it for up to 5 ms per hand-off (seen as a late start
    of the lookup and as heartbeat gaps). Process-wide: called once by the composition root.
    """
    if sys.getswitchinterval() > interval_s:
        sys.setswitchinterval(interval_s)


@dataclass
class _Pending:
    on_ok: OkCallback | None
    on_error: ErrorCallback | None
    runnable: QRunnable


class _Runnable(QRunnable):
    def __init__(self, runner: JobRunner, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._fn = fn

    def run(self) -> None:
        try:
            result: Any = self._fn()
            ok = True
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            result = exc
            ok = False
        self._runner._finished.emit(self._job_id, ok, result)


class JobRunner(QObject):
    """Runs callables off the GUI thread and reports back on it."""

    _finished = Signal(int, bool, object)
    busy_changed = Signal(int)  # number of jobs in flight

    def __init__(self, max_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._lock = threading.Lock()
        self._finished.connect(self._on_finished)

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def submit(
        self,
        fn: Callable[[], Any],
        on_ok: OkCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        job_id = next(self._ids)
        runnable = _Runnable(self, job_id, fn)
        runnable.setAutoDelete(True)  # False leaked every job (see the module docstring)
        self._pending[job_id] = _Pending(on_ok, on_error, runnable)
        self._pool.start(runnable)
        self.busy_changed.emit(len(self._pending))
        return job_id

    @Slot(int, bool, object)
    def _on_finished(self, job_id: int, ok: bool, result: object) -> None:
        pending = self._pending.pop(job_id, None)
        self.busy_changed.emit(len(self._pending))
        if pending is None:
            return
        callback: Callable[[Any], None] | None = pending.on_ok if ok else pending.on_error
        if callback is None:
            if not ok:
                log.error("Background job failed: %r", result)
            return
        callback(result)

    def later(self, ms: int, fn: Callable[[], None]) -> None:
        """Call ``fn`` in the GUI thread after ``ms`` (the Qt-free core's scheduler: the
        ``Runner`` protocol of ``bench/session_ports.py``). Dropped with this runner."""
        QTimer.singleShot(ms, self, fn)

    def wait(self, timeout_ms: int) -> bool:
        """Wait for running jobs (used at shutdown). Queued jobs are dropped."""
        self._pool.clear()
        return bool(self._pool.waitForDone(timeout_ms))
