"""The "Waiting to send (N)" list and the refusal alerts that must be acknowledged."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.bench.delivery import OutboxSnapshot
from packstation.outbox import OutboxEntry
from packstation.ui.text.messages import advice, progress
from packstation.ui.theme import Tone, banner_style


class OutboxPanel(QWidget):
    acknowledge_clicked = Signal(int)  # outbox entry id
    retry_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPanel")
        self.alerts = QVBoxLayout()
        self.alerts.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("waitingTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.retry = QPushButton(self.tr("Send now"))
        self.retry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry.clicked.connect(self.retry_clicked)
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingList")
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("font-size: 14pt;")
        self.box = QFrame()
        self.box.setObjectName("waitingBox")
        self.box.setStyleSheet("QFrame#waitingBox { background: #fef3c7; border-radius: 8px; }")
        row = QHBoxLayout(self.box)
        row.setContentsMargins(14, 6, 14, 6)
        row.addWidget(self.title)
        row.addWidget(self.waiting, 1)
        row.addWidget(self.retry)
        self._waiting_count = 0
        # While an entry waits on Centra's rate limit, its "about N s" counts down.
        self._last = OutboxSnapshot((), ())
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(lambda: self._show_waiting(self._last.waiting))
        # The data folder has gone or cannot be written: completions stop, in red, until
        # IT fixes it (queued entries are still sent from the open file meanwhile).
        self.place_alarm = QLabel()
        self.place_alarm.setObjectName("outboxPlaceAlarm")
        self.place_alarm.setWordWrap(True)
        self.place_alarm.setStyleSheet(f"QLabel#outboxPlaceAlarm {{ {banner_style(Tone.ERROR)}"
                                       " font-size: 16pt; font-weight: 700; color: #ffffff;"
                                       " padding: 10px 14px; }")
        self.place_alarm.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.place_alarm)
        layout.addLayout(self.alerts)
        layout.addWidget(self.box)
        self.show_snapshot(OutboxSnapshot((), ()))

    @property
    def waiting_count(self) -> int:
        return self._waiting_count

    @property
    def alert_count(self) -> int:
        return self.alerts.count()

    def show_snapshot(self, snapshot: OutboxSnapshot) -> None:
        self._last = snapshot
        self._show_waiting(snapshot.waiting)
        n = self._waiting_count = len(snapshot.waiting)
        self.title.setText(self.tr("Waiting to send ({0})").format(n))
        self.box.setVisible(n > 0)
        if snapshot.problem:
            held = (self.tr(" {0} completion(s) not yet sent are held by this window: do "
                            "not close Packstation.").format(n) if n else "")
            self.place_alarm.setText(self.tr("COMPLETIONS STOPPED — {0}{1} Call IT.").format(
                snapshot.problem, held))
        self.place_alarm.setVisible(bool(snapshot.problem))
        self.setVisible(n > 0 or bool(snapshot.alerts) or bool(snapshot.problem))
        self._show_alerts(snapshot.alerts)

    def _show_waiting(self, waiting: tuple[OutboxEntry, ...]) -> None:
        lines = []
        now = time.time()
        for entry in waiting:
            queued = time.strftime("%H:%M", time.localtime(entry.created_at))
            at = progress(entry, now)  # the sequence's step, a rate-limit wait
            if at:
                lines.append(self.tr("{0} (since {1}), {2}: {3}").format(
                    entry.shipment_id, queued, at, advice(entry)))
            else:
                lines.append(self.tr("{0} (since {1}): {2}").format(entry.shipment_id, queued,
                                                                     advice(entry)))
        self.waiting.setText("   ·   ".join(lines))
        counting = any(e.rate_limited for e in waiting)
        if counting and not self._tick.isActive():
            self._tick.start()
        elif not counting:
            self._tick.stop()

    def _show_alerts(self, alerts: tuple[OutboxEntry, ...]) -> None:
        while self.alerts.count():
            item = self.alerts.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        for entry in alerts:
            frame = QFrame()
            frame.setObjectName("refusalAlert")
            frame.setStyleSheet(f"QFrame#refusalAlert {{ {banner_style(Tone.ERROR)} }}")
            text = QLabel(self.tr("PULL PARCEL {0} BACK — {1}").format(
                entry.shipment_id, entry.last_error or self.tr("Centra refused it")))
            text.setWordWrap(True)
            text.setStyleSheet("font-size: 15pt; font-weight: 700; background: transparent;"
                               " color: #ffffff;")
            ok = QPushButton(self.tr("Pulled back — OK"))
            ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            ok.clicked.connect(lambda _=False, i=entry.id: self.acknowledge_clicked.emit(i))
            row = QHBoxLayout(frame)
            row.setContentsMargins(12, 8, 12, 8)
            row.addWidget(text, 1)
            row.addWidget(ok)
            self.alerts.addWidget(frame)
