"""A small panel under the completion form: parcels this shift, per hour, per operator and
the median scan-to-complete time. Fed from the controller's signals; no I/O."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from packstation.bench.delivery import OutboxSnapshot
from packstation.bench.shift_stats import MIN_RATE_WINDOW_S, ShiftStats, format_duration
from packstation.centra.domain import LookupResult
from packstation.outbox import State


class ShiftStatsView(QFrame):
    def __init__(self, stats: ShiftStats, operator: Callable[[], str] = lambda: "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftStats")
        self.setStyleSheet("QFrame#shiftStats { border-top: 2px solid #d1d5db; }")
        self.stats = stats
        self.operator = operator
        self.heading = QLabel(self.tr("This shift"))
        self.heading.setObjectName("sectionLabel")
        self.numbers = QLabel()
        self.numbers.setObjectName("statsNumbers")
        self.numbers.setWordWrap(True)
        self.numbers.setStyleSheet("font-size: 13pt;")
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setStyleSheet("font-size: 12pt; color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.numbers)
        layout.addWidget(self.people)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(30_000)  # the hourly rate drifts even without completions
        self.refresh()

    def on_lookup(self, result: object) -> None:
        if isinstance(result, LookupResult) and len(result.found) == 1:
            self.stats.shown(result.found[0].shipment.shipment_id)

    def on_completion(self, shipment_id: str, ok: bool) -> None:
        if ok:
            self.stats.completed(shipment_id, self.operator())
            self.refresh()

    def on_outbox(self, snapshot: OutboxSnapshot) -> None:
        """A completion queued earlier and refused by Centra now is no parcel."""
        taken_back = [entry.shipment_id for entry in snapshot.finished
                      if entry.state is State.REFUSED and self.stats.refused(entry.shipment_id)]
        if taken_back:
            self.refresh()

    def refresh(self) -> None:
        snap = self.stats.snapshot()
        if snap.per_hour is not None:
            rate = f"{snap.per_hour:.0f}"
        elif snap.parcels:  # an hourly rate from the first minutes would be noise
            rate = self.tr("from {0} min").format(int(MIN_RATE_WINDOW_S // 60))
        else:
            rate = "–"
        self.numbers.setText(self.tr("Parcels {0}  ·  per hour {1}  ·  median {2} scan to complete")
                             .format(snap.parcels, rate, format_duration(snap.median_pack_s)))
        people = "  ·  ".join(f"{name} {n}" for name, n in sorted(snap.per_operator.items()))
        self.people.setText(people)
        self.people.setVisible(bool(people))
