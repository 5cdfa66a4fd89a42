"""Shift statistics for the bench (Qt-free, injected clock): parcels per hour, per
operator, and the median time from "shipment shown" to "completed".

Times are monotonic seconds from ``clock`` (``time.monotonic`` in the app, a fake in
tests). Parcels per hour = completions in the trailing hour, extrapolated while the
shift is younger than an hour (shown only after ``MIN_RATE_WINDOW_S``).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

HOUR_S = 3600.0
MIN_RATE_WINDOW_S = 300.0  # below five minutes an hourly rate is noise


@dataclass(frozen=True)
class StatsSnapshot:
    parcels: int
    per_hour: float | None
    per_operator: dict[str, int]
    median_pack_s: float | None


class ShiftStats:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self._shown: dict[str, float] = {}
        self._done: list[tuple[float, str, float | None]] = []  # (when, operator, secs)

    def shown(self, shipment_id: str) -> None:
        """A shipment was looked up and shown (the first time counts)."""
        self._shown.setdefault(shipment_id, self.clock())

    def completed(self, shipment_id: str, operator: str = "") -> None:
        now = self.clock()
        start = self._shown.pop(shipment_id, None)
        self._done.append((now, operator.strip(), None if start is None else now - start))

    def snapshot(self) -> StatsSnapshot:
        now = self.clock()
        window = min(now - self.started, HOUR_S)
        recent = sum(1 for t, _, _ in self._done if now - t <= HOUR_S)
        per_hour = recent * HOUR_S / window if window >= MIN_RATE_WINDOW_S else None
        durations = [d for _, _, d in self._done if d is not None]
        ops = Counter(op or "—" for _, op, _ in self._done)
        return StatsSnapshot(len(self._done), per_hour, dict(ops),
                             statistics.median(durations) if durations else None)


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else f"{s} s"
