"""Catches keyboard-wedge scans wherever the keyboard focus is.

A wedge scanner "types" a burst of keys with a few milliseconds between them and ends
with Enter (or Tab). This application-wide event filter holds printable keys for a
moment: if Enter follows before the keys go quiet for ``max_gap_ms``, the burst was a
scan and is emitted whole as ``scanned`` (it never reaches the focused widget, so a
shipment ID scanned while the Packages box has focus types nothing there). If the keys
go quiet first, a person is typing and the held keys are replayed, in order, to the
widget they were meant for. The GS1 group separator (``\\x1d``), which ``QLineEdit``
drops, is kept in the burst.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GROUP_SEPARATOR = "\x1d"
_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}


@dataclass
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanRouter(QObject):
    """Install with ``app.installEventFilter(router)``; connect ``scanned``."""

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        max_gap_ms: int = 30,
        min_length: int = 4,
        prefix: str = "",
        suffix: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.prefix = prefix
        self.suffix = suffix
        self._held: list[_HeldKey] = []
        self._replaying = False
        self.enabled = True
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._flush_as_typing)

    # ----------------------------------------------------------------- filter

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: reject non-key events with the
        # cheapest test first (isinstance; event.type() builds a Python enum each call).
        if not isinstance(event, QKeyEvent) or self._replaying or not self.enabled:
            return False
        if event.type() != QEvent.Type.KeyPress or not self._is_ours(obj):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()

        if key in _TERMINATORS and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if self._is_burst():
                self._emit_scan()
                return True
            self._flush_as_typing()
            return False

        if text == GROUP_SEPARATOR or (text and text.isprintable() and not _has_command_mod(mods)):
            self._held.append(_HeldKey(obj, key, event.modifiers(), text))
            self._quiet.start(self.max_gap_ms)
            return True

        # Shortcuts, Esc, arrows...: let what was typed land first, then pass through.
        self._flush_as_typing()
        return False

    def _is_ours(self, obj: QObject) -> bool:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self._window:
            return False  # a dialog is open over our window: its keys are its own
        if isinstance(obj, QWidget):
            return obj.window() is self._window
        return False

    def _is_burst(self) -> bool:
        return len(self._held) >= self.min_length

    # ---------------------------------------------------------------- outputs

    def _emit_scan(self) -> None:
        self._quiet.stop()
        text = "".join(k.text for k in self._held)
        self._held.clear()
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix) :]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        self.scanned.emit(text)

    def _flush_as_typing(self) -> None:
        self._quiet.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                target = k.target
                if isinstance(target, QWidget) and not target.isVisible():
                    target = QApplication.focusWidget() or self._window
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False

    def flush(self) -> None:
        """Deliver any held keys now (tests and shutdown)."""
        self._flush_as_typing()


def _has_command_mod(mods: Qt.KeyboardModifier) -> bool:
    return bool(
        mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier)
    )
