"""Test scanner: scan the SCANNER TEST barcode and read, in big words, what is wrong.

The dialog watches the raw key events itself (an application event filter while it is
shown: the main window's scan router ignores keys while a dialog is open), with each key's
own timestamp, decodes them as the scan router does (Shift, AltGr and the other modifier
keys, Alt+numpad codes: ``scanning.keystream``) and hands the characters to
``scanning.scanner_test.analyse_scan``. It also says which modifier keys and Alt codes the
scanner sent and whether the bench's router reads the burst as one scan. A burst ends
with Enter/Tab, or when the keys stop for ``IDLE_MS`` (a scanner set to send nothing after
the code). No I/O.
"""

from __future__ import annotations

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

from packstation.scanning.keystream import BurstReport, KeyRole, KeyStream
from packstation.scanning.scanner_test import (
    SCANNER_TEST_TEXT,
    ScanTestResult,
    analyse_scan,
    shown,
)
from packstation.ui.scan_router import SeenOnce, key_of
from packstation.ui.station_style import STATION_STYLE
from packstation.ui.text.scanner_test_words import finding_words
from packstation.ui.theme import TONE_COLOURS, Tone

IDLE_MS = 1500


class ScannerTestDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, max_gap_ms: int = 30) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Test scanner"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(820)
        self._max_gap_ms = max_gap_ms
        self._times: list[float] = []
        # Decodes every key (no timing limits) and, beside it, the router's own rules.
        self._decoder: KeyStream[None] = KeyStream(max_gap_ms=1e9, min_length=1, stall_ms=1e9)
        self._router: KeyStream[None] = KeyStream(max_gap_ms=max_gap_ms)
        self._router_read: str | None = None
        self._once = SeenOnce()
        self.outcome: ScanTestResult | None = None
        self.keys_report: BurstReport | None = None
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
        self.keys = QLabel()  # modifier keys and Alt codes, and what the router made of them
        self.keys.setWordWrap(True)
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setStyleSheet("font-size: 15pt;")
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
        for w in (title, ask, expected, self.verdict, self.details, self.keys, self.measured):
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
        if not isinstance(event, QKeyEvent) or event.type() not in (
                QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self:
            return False
        if not self._once.first(event):
            return False
        if event.isAutoRepeat() and event.type() == QEvent.Type.KeyRelease:
            return False
        key = key_of(event, extra_chars="\x02\x03")
        when = key.event_ms or key.handled_ms
        if key.role is KeyRole.TERMINATOR and key.press and not self._decoder.pending:
            return False  # Enter or Tab on its own: the dialog's buttons and focus
        before = self._decoder.held_text
        step = self._decoder.key(key)
        router = self._router.key(key)
        if router.scan is not None:
            self._router_read = router.scan
        if step.scan is not None:
            self._times.append(when)
            self.keys_report = step.report
            self._finish(key.text, step.scan)
            return True
        if self._decoder.held_text != before:  # a character (a key, or an Alt code)
            if not before:
                self._show_listening()
                self._router_read = None
            self._times.append(when)
            self._idle.start(IDLE_MS)
        return step.swallow

    # ---------------------------------------------------------------- results

    def reset(self) -> None:
        self._decoder.quiet()
        self._router.quiet()
        self._times.clear()
        self.keys_report = None
        self._idle.stop()
        self.outcome = None
        self._paint(Tone.IDLE, self.tr("Waiting for a scan…"))
        self.details.clear()
        self.keys.clear()
        self.measured.clear()

    def _show_listening(self) -> None:
        self.outcome = None
        self._paint(Tone.BUSY, self.tr("Reading…"))
        self.details.clear()
        self.keys.clear()
        self.measured.clear()

    def _finish(self, terminator: str | None, received: str | None = None) -> None:
        self._idle.stop()
        if received is None:  # the keys stopped without Enter/Tab
            received = "".join(h.char for h in self._decoder.quiet())
            self._router.quiet()
            self.keys_report = None
        result = analyse_scan(SCANNER_TEST_TEXT, received, list(self._times), terminator,
                              max_gap_ms=self._max_gap_ms)
        self._times.clear()
        self.show_result(result)
        self._show_keys(received, terminator is not None)

    def _show_keys(self, received: str, terminated: bool) -> None:
        """Which modifier keys and Alt codes came with the scan, and what the bench's scan
        router made of them."""
        report = self.keys_report
        lines: list[str] = []
        if report is not None and report.modifiers:
            mods = ", ".join(f"{name} × {n}" for name, n in sorted(report.modifiers.items()))
            lines.append(self.tr("The scanner pressed modifier keys: {0}.").format(mods))
        if report is not None and report.alt_codes:
            codes = ", ".join(f"Alt+{c.digits} → {shown(c.char)}" for c in report.alt_codes)
            lines.append(self.tr("It sent Alt codes: {0}.").format(codes))
        if not terminated or not received:
            pass
        elif self._router_read == received:
            lines.append(self.tr("The bench reads it as one scan: {0}").format(shown(received)))
        else:
            lines.append(self.tr("The bench would NOT read this as one scan: the pauses "
                                 "between keys are too long for this station."))
        self.keys.setText("\n".join(lines))
        self._fit_height()

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
