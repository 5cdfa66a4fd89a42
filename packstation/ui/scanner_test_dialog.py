"""Test scanner: scan the SCANNER TEST barcode and read, in big words, what is wrong.

The dialog watches the raw key presses itself (an application event filter while it is
shown: the main window's scan router ignores keys while a dialog is open), with the time
each key arrived, and hands them to ``scanning.scanner_test.analyse_scan``. A burst ends
with Enter/Tab, or when the keys stop for ``IDLE_MS`` (a scanner set to send nothing after
the code). No I/O.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.scanning.scanner_test import (
    SCANNER_TEST_TEXT,
    ScanTestResult,
    analyse_scan,
    shown,
)
from packstation.ui.scanner_test_words import finding_words
from packstation.ui.station_style import STATION_STYLE
from packstation.ui.theme import TONE_COLOURS, Tone

IDLE_MS = 1500
_TERMINATORS = {Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab"}


class ScannerTestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, max_gap_ms: int = 30) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Test scanner"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(820)
        self._max_gap_ms = max_gap_ms
        self._chars: list[str] = []
        self._times: list[float] = []
        self.outcome: ScanTestResult | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self._finish(None))

        title = QLabel(self.tr("Test scanner"))
        title.setObjectName("panelTitle")
        ask = QLabel(self.tr("Scan the SCANNER TEST barcode on the command sheet."))
        ask.setWordWrap(True)
        ask.setStyleSheet("font-size: 18pt; font-weight: 600;")
        expected = QLabel(self.tr("It holds: {0}").format(SCANNER_TEST_TEXT))
        expected.setObjectName("helpLine")
        expected.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setMinimumHeight(90)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setStyleSheet("font-size: 15pt;")
        self.measured = QLabel()
        self.measured.setObjectName("helpLine")
        self.measured.setWordWrap(True)
        self.measured.setTextFormat(Qt.TextFormat.PlainText)
        self.again = QPushButton(self.tr("Scan again"))
        self.again.clicked.connect(self.reset)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.again, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        for w in (title, ask, expected, self.verdict, self.details, self.measured):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(row)
        self.reset()

    # ---------------------------------------------------------------- capture

    def showEvent(self, event: QShowEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        super().hideEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self:
            return False
        now = time.monotonic() * 1000.0
        terminator = _TERMINATORS.get(Qt.Key(event.key()))
        if terminator is not None and self._chars:
            self._times.append(now)
            self._finish(terminator)
            return True
        text = event.text()
        if text and (text.isprintable() or text in "\x1d\x02\x03"):
            if not self._chars:
                self._show_listening()
            self._chars.append(text)
            self._times.append(now)
            self._idle.start(IDLE_MS)
            return True
        return False

    # ---------------------------------------------------------------- results

    def reset(self) -> None:
        self._chars.clear()
        self._times.clear()
        self._idle.stop()
        self.outcome = None
        self._paint(Tone.IDLE, self.tr("Waiting for a scan…"))
        self.details.clear()
        self.measured.clear()

    def _show_listening(self) -> None:
        self.outcome = None
        self._paint(Tone.BUSY, self.tr("Reading…"))
        self.details.clear()
        self.measured.clear()

    def _finish(self, terminator: str | None) -> None:
        self._idle.stop()
        received = "".join(self._chars)
        result = analyse_scan(SCANNER_TEST_TEXT, received, list(self._times), terminator,
                              max_gap_ms=self._max_gap_ms)
        self._chars.clear()
        self._times.clear()
        self.show_result(result)

    def show_result(self, result: ScanTestResult) -> None:
        self.outcome = result
        if result.ok:
            self._paint(Tone.OK, self.tr("OK: the scanner is set up right for this PC."))
            self.details.setText(self.tr("Received exactly: {0}").format(result.received))
        else:
            words = [finding_words(f) for f in result.findings]
            self._paint(Tone.WARN, "\n".join(what for what, _ in words))
            lines = [self.tr("What to do:")]
            lines += [f"•  {fix}" for _, fix in dict.fromkeys(words)]
            lines.append(self.tr("Received: {0}").format(shown(result.received) or "–"))
            self.details.setText("\n".join(lines))
        if result.max_gap_ms is not None and result.median_gap_ms is not None:
            self.measured.setText(self.tr(
                "Time between keys: typically {0} ms, longest {1} ms; this station "
                "allows {2} ms.").format(f"{result.median_gap_ms:.1f}",
                                         f"{result.max_gap_ms:.1f}", result.limit_ms))
        self._fit_height()

    def _fit_height(self) -> None:
        """Word-wrapped verdicts take more lines: grow to fit them, never clip. (A window
        does not apply its layout's height-for-width by itself.)"""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        height = min(max(needed, self.minimumSizeHint().height()), screen)
        self.setMinimumHeight(height)
        if self.height() < height:
            self.resize(self.width(), height)

    def _paint(self, tone: Tone, text: str) -> None:
        bg, fg = TONE_COLOURS[tone]
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"background: {bg}; color: {fg}; font-size: 19pt; "
                                   "font-weight: 700; padding: 14px; border-radius: 8px;")
