"""Scans as a USB keyboard wedge sends them, into a window under the real ScanRouter:
``Wedge`` (key events with their own timestamps, sent to the focused widget) and
``router_rig`` (a window with some widgets, the router filtering the application's
events, its scans collected), shared by the router's test modules."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from packstation.ui.scan_router import ScanRouter

K = Qt.Key
M = Qt.KeyboardModifier
PRESS, RELEASE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease
US_SHIFTED = set('ABCDEFGHIJKLMNOPQRSTUVWXYZ:@!"#$%&*()_+?<>{}|~^')


class Wedge:
    """A USB HID keyboard wedge: every key event 1 ms after the one before (its own
    timestamp), sent to the widget that has the keyboard focus, as the OS does."""

    def __init__(self, t0: int = 1_000_000, step_ms: int = 1) -> None:
        self.t = t0
        self.step = step_ms

    def send(self, kind: QEvent.Type, key: int, mods: M, text: str = "") -> None:
        event = QKeyEvent(kind, key, mods, text)
        event.setTimestamp(self.t)
        self.t += self.step
        target = QApplication.focusWidget()
        assert target is not None
        QApplication.sendEvent(target, event)

    def tap(self, key: int, mods: M, text: str) -> None:
        self.send(PRESS, key, mods, text)
        self.send(RELEASE, key, mods, text)

    def modifier(self, key: int, held: M, *, press: bool) -> None:
        self.send(PRESS if press else RELEASE, key, held if press else M.NoModifier)

    def char(self, ch: str, layout: str = "us") -> None:
        key = ord(ch.upper()) if ch.isascii() else 0
        if layout == "de" and ch == "@":  # AltGr+Q
            self.modifier(K.Key_AltGr, M.GroupSwitchModifier, press=True)
            self.tap(K.Key_At, M.GroupSwitchModifier, "@")
            self.modifier(K.Key_AltGr, M.NoModifier, press=False)
        elif layout == "win-de" and ch == "@":  # Windows: AltGr is Control+Alt
            self.modifier(K.Key_Control, M.ControlModifier, press=True)
            self.modifier(K.Key_Alt, M.ControlModifier | M.AltModifier, press=True)
            self.tap(K.Key_At, M.ControlModifier | M.AltModifier, "@")
            self.modifier(K.Key_Alt, M.ControlModifier, press=False)
            self.modifier(K.Key_Control, M.NoModifier, press=False)
        elif ch in US_SHIFTED:
            self.modifier(K.Key_Shift, M.ShiftModifier, press=True)
            self.tap(key, M.ShiftModifier, ch)
            self.modifier(K.Key_Shift, M.NoModifier, press=False)
        else:
            self.tap(key, M.NoModifier, ch)

    def alt_code(self, digits: str) -> None:
        """Windows "ALT+numpad" mode: Alt held, the code on the keypad, Alt released."""
        self.modifier(K.Key_Alt, M.AltModifier, press=True)
        for d in digits:
            self.tap(int(K.Key_0) + int(d), M.AltModifier | M.KeypadModifier, d)
        self.modifier(K.Key_Alt, M.NoModifier, press=False)

    def scan(self, text: str, layout: str = "us", *, enter: int = K.Key_Return,
             enter_mods: M = M.NoModifier) -> None:
        for ch in text:
            self.char(ch, layout)
        self.tap(enter, enter_mods, "\r" if enter != K.Key_Tab else "\t")


@dataclass
class RouterRig:
    window: QWidget
    router: ScanRouter
    scans: list[str] = field(default_factory=list)


@contextmanager
def router_rig(qtbot: QtBot, *widgets: QWidget) -> Iterator[RouterRig]:
    """A shown, active window holding ``widgets`` (top to bottom) with a ScanRouter as the
    application's event filter (as the bench installs it); every scan lands in
    ``rig.scans``. The filter is removed afterwards."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    rig = RouterRig(window, ScanRouter(window, parent=window))
    rig.router.scanned.connect(rig.scans.append)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(rig.router)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        yield rig
    finally:
        app.removeEventFilter(rig.router)
