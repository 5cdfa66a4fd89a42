"""Shift statistics for the bench (Qt-free, injected clock): parcels per hour, per
operator, and the median time from "shipment shown" to "completed".

Times are monotonic seconds from ``clock`` (``time.monotonic`` in the app, a fake in
tests). Parcels per hour = completions in the trailing hour, extrapolated while the
shift is younger than an hour (shown only after ``MIN_RATE_WINDOW_S``).
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

HOUR_S = 3600.0
MIN_RATE_WINDOW_S = 300.0  # below five minutes an hourly rate is noise
# Bounded history (a shift runs for hours): the median is over the last MEDIAN_OF parcels,
# and at most MAX_SHOWN shipments shown but not (yet) completed are remembered.
MEDIAN_OF = 1000
MAX_SHOWN = 500


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
        self._shown: dict[str, float] = {}  # oldest first
        self._recent: deque[float] = deque()  # completion times within the last hour
        self._durations: deque[float] = deque(maxlen=MEDIAN_OF)
        self._per_operator: Counter[str] = Counter()
        self._parcels = 0
        # What each recent parcel added, so a refusal that arrives later can take it back.
        self._counted: dict[str, tuple[str, float, float | None]] = {}

    def shown(self, shipment_id: str) -> None:
        """A shipment was looked up and shown (the first time counts)."""
        if shipment_id not in self._shown:
            if len(self._shown) >= MAX_SHOWN:
                del self._shown[next(iter(self._shown))]
            self._shown[shipment_id] = self.clock()

    def completed(self, shipment_id: str, operator: str = "") -> None:
        now = self.clock()
        start = self._shown.pop(shipment_id, None)
        who = operator.strip() or "—"
        self._parcels += 1
        self._per_operator[who] += 1
        self._recent.append(now)
        duration = None if start is None else now - start
        if duration is not None:
            self._durations.append(duration)
        if len(self._counted) >= MAX_SHOWN:
            del self._counted[next(iter(self._counted))]
        self._counted[shipment_id] = (who, now, duration)
        self._expire(now)

    def refused(self, shipment_id: str) -> bool:
        """Centra refused a completion that was counted when it was queued (sent later by
        the outbox): it is not a parcel after all. False if it was not counted."""
        counted = self._counted.pop(shipment_id, None)
        if counted is None:
            return False
        who, at, duration = counted
        self._parcels -= 1
        self._per_operator[who] -= 1
        if self._per_operator[who] <= 0:
            del self._per_operator[who]
        if at in self._recent:
            self._recent.remove(at)
        if duration is not None and duration in self._durations:
            self._durations.remove(duration)
        return True

    def _expire(self, now: float) -> None:
        while self._recent and now - self._recent[0] > HOUR_S:
            self._recent.popleft()

    def snapshot(self) -> StatsSnapshot:
        now = self.clock()
        self._expire(now)
        window = min(now - self.started, HOUR_S)
        recent = len(self._recent)
        per_hour = recent * HOUR_S / window if window >= MIN_RATE_WINDOW_S else None
        durations = self._durations
        return StatsSnapshot(self._parcels, per_hour, dict(self._per_operator),
                             statistics.median(durations) if durations else None)


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = round(seconds)
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else f"{s} s"
