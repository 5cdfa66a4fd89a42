"""Catches keyboard-wedge scans wherever the keyboard focus is.

A wedge scanner "types" a burst of keys a few milliseconds apart and ends it with Enter
(or Tab). This application-wide event filter turns every key event of the window into a
:class:`~packstation.scanning.keystream.Key` and lets a
:class:`~packstation.scanning.keystream.KeyStream` decide (see there for the rules):

* character keys are held for a moment; if Enter follows before the keys pause for more
  than ``max_gap_ms``, the burst was a scan and is emitted whole as ``scanned`` (none of
  it reaches the focused widget, so a shipment ID scanned while the Packages box has
  focus types nothing there);
* modifier keys (Shift around every capital, AltGr, Alt, Control, Meta, CapsLock,
  NumLock) pass through and never end or split a burst; Alt+numpad codes become one
  character; Ctrl+] (GS) is kept;
* the pauses are measured with the key events' own timestamps, so a GUI thread that was
  busy (a long repaint, a slow slot) between two keys of a scan does not split it;
* if the keys go quiet first (``stall_ms``, see KeyStream), a person is typing and the
  held keys are replayed, in order, to the widget they were meant for.

``last_report`` describes the last scan (modifiers, Alt codes, largest pause).

A scan that follows closely on keys handed back to the focused widget may have lost its
start: it is emitted as a :class:`~packstation.scanning.keystream.ScannedText` whose
``lost_head`` names those keys, and the bench refuses it. That holds wherever those keys
went: a checkbox, a button or a combo box dropped them, and a text field took them as
typing. The text field is the usual case (a loaded slip puts the focus in Tracking, so a
label whose first keys stalled typed its start there and its rest arrived as a scan):
the field is put back as it was before those keys (``_HeadField``), so neither the
truncated scan nor the stray start can ever be taken as the tracking number.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import getCppPointer

from packstation.scanning.keystream import (
    ALT,
    ALTGR,
    CAPSLOCK,
    CONTROL,
    DATA_CONTROLS,
    META,
    NUMLOCK,
    SHIFT,
    BurstReport,
    Held,
    Key,
    KeyRole,
    KeyStream,
    ScannedText,
)

GROUP_SEPARATOR = "\x1d"
# After the keys go quiet, wait this much longer (and one more event-loop pass) before
# deciding "typing": key events queued while the GUI thread was busy are delivered in
# the same pass as the expired timer, after it.
SETTLE_MS = 12

K = Qt.Key
M = Qt.KeyboardModifier
_TERMINATORS = {K.Key_Return: "enter", K.Key_Enter: "enter", K.Key_Tab: "tab"}
_MODIFIERS = {
    K.Key_Shift: SHIFT, K.Key_Control: CONTROL, K.Key_Alt: ALT, K.Key_AltGr: ALTGR,
    K.Key_Meta: META, K.Key_CapsLock: CAPSLOCK, K.Key_NumLock: NUMLOCK,
    K.Key_Super_L: META, K.Key_Super_R: META, K.Key_Hyper_L: META, K.Key_Hyper_R: META,
    K.Key_Mode_switch: ALTGR, K.Key_ScrollLock: "ScrollLock",
}
_KEYPAD_DIGITS = {
    **{int(K.Key_0) + i: str(i) for i in range(10)},
    # Num Lock off: the keypad's second meanings (Windows still reads an Alt code).
    int(K.Key_Insert): "0", int(K.Key_End): "1", int(K.Key_Down): "2",
    int(K.Key_PageDown): "3", int(K.Key_Left): "4", int(K.Key_Clear): "5",
    int(K.Key_Right): "6", int(K.Key_Home): "7", int(K.Key_Up): "8", int(K.Key_PageUp): "9",
}
_COMMAND_MODS = M.ControlModifier | M.AltModifier | M.MetaModifier


def key_of(event: QKeyEvent, *, extra_chars: str = "") -> Key:
    """What a Qt key event is to a :class:`KeyStream` (``extra_chars``: control
    characters to treat as data, e.g. a scanner prefix such as STX)."""
    press = event.type() == QEvent.Type.KeyPress
    handled = time.monotonic() * 1000.0
    stamp = float(event.timestamp())
    key = event.key()
    mods = event.modifiers()
    text = event.text()
    modifier = _MODIFIERS.get(K(key)) if key in _MODIFIER_CODES else None
    if modifier is not None:
        return Key(KeyRole.MODIFIER, press, modifier, stamp, handled)
    command = mods & _COMMAND_MODS
    if key in _TERMINATOR_CODES and not command:
        return Key(KeyRole.TERMINATOR, press, _TERMINATORS[K(key)], stamp, handled)
    if (mods & M.AltModifier and mods & M.KeypadModifier and not mods & M.ControlModifier
            and key in _KEYPAD_DIGITS):
        return Key(KeyRole.ALT_DIGIT, press, _KEYPAD_DIGITS[key], stamp, handled)
    if text and (text in DATA_CONTROLS or text in extra_chars):
        return Key(KeyRole.CHAR, press, text, stamp, handled)
    if text and text.isprintable() and (
            not command or (command & M.ControlModifier and command & M.AltModifier)):
        # Control+Alt with a printable character is AltGr on Windows (e.g. @ on German).
        return Key(KeyRole.CHAR, press, text, stamp, handled)
    if key in (0, int(K.Key_unknown)) and not text:
        return Key(KeyRole.NEUTRAL, press, "", stamp, handled)
    return Key(KeyRole.OTHER, press, text, stamp, handled)


_MODIFIER_CODES = frozenset(int(k) for k in _MODIFIERS)
_TERMINATOR_CODES = frozenset(int(k) for k in _TERMINATORS)


def takes_text(obj: QObject) -> bool:
    """Whether typed characters sent to ``obj`` become text in it."""
    if isinstance(obj, (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)):
        return True
    return isinstance(obj, QWidget) and obj.testAttribute(
        Qt.WidgetAttribute.WA_InputMethodEnabled)


class SeenOnce:
    """A key event the focused widget ignores travels on to its parents, and an
    application event filter sees it again for each: ``first`` is True only once."""

    def __init__(self) -> None:
        self._last: tuple[object, ...] = ()

    def first(self, event: QKeyEvent) -> bool:
        sig = (getCppPointer(event)[0], event.type(), event.key(), event.timestamp(),
               event.text(), event.isAutoRepeat())
        if sig == self._last:
            return False
        self._last = sig
        return True


@dataclass
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


@dataclass
class _HeadField:
    """A text widget that took keys handed back as typing: its text before them, and its
    text right after them (put back only if nothing changed it since)."""

    widget: QWidget
    before: str
    after: str


def _text_of(widget: QWidget) -> str | None:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        return edit.text() if edit is not None else None
    return None


def _put_back(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(text)
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    elif isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            edit.setText(text)
            widget.interpretText()


class ScanRouter(QObject):
    """Install with ``app.installEventFilter(router)``; connect ``scanned``."""

    scanned = Signal(object)  # str; a ScannedText (``lost_head``) for a suspect scan

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
        self._stream: KeyStream[_HeldKey] = KeyStream(max_gap_ms, min_length)
        self.prefix = prefix
        self.suffix = suffix
        self._replaying = False
        self._swallowed: set[int] = set()  # keys whose press was held: their release too
        self._seq = 0  # key events seen: the quiet check knows if more came meanwhile
        self._once = SeenOnce()
        self._head_fields: dict[int, _HeadField] = {}  # text widgets the head went into
        self.enabled = True
        self.last_report: BurstReport | None = None
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._went_quiet)

    @property
    def max_gap_ms(self) -> float:
        return self._stream.max_gap_ms

    @max_gap_ms.setter
    def max_gap_ms(self, value: float) -> None:
        self._stream.max_gap_ms = value

    @property
    def stall_ms(self) -> float:
        """How long the keys may pause once inside a scan (see KeyStream)."""
        return self._stream.stall_ms

    @property
    def min_length(self) -> int:
        return self._stream.min_length

    @min_length.setter
    def min_length(self, value: int) -> None:
        self._stream.min_length = value

    # ----------------------------------------------------------------- filter

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: reject non-key events with the
        # cheapest test first (isinstance; event.type() builds a Python enum each call).
        if not isinstance(event, QKeyEvent) or self._replaying or not self.enabled:
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not self._is_ours(obj):
            return False
        if not self._once.first(event):
            return False
        if event.isAutoRepeat() and kind == QEvent.Type.KeyRelease:
            # Qt (xcb) calls a release auto-repeat when the same key is pressed again within
            # 10 ms, as a fast wedge does for "00": the presses count, not these.
            return False
        key = key_of(event, extra_chars=self._affix_controls())
        self._seq += 1
        payload = None
        if key.press and key.role is KeyRole.CHAR:
            payload = _HeldKey(obj, event.key(), event.modifiers(), event.text())
        step = self._stream.key(key, payload)
        if step.typed:
            self._replay(step.typed)
        swallow = step.swallow
        if key.press and swallow:
            self._swallowed.add(event.key())
        elif not key.press and event.key() in self._swallowed:
            self._swallowed.discard(event.key())
            swallow = True
        if step.scan is not None:
            self._quiet.stop()
            self.last_report = step.report
            lost = step.report.lost_head if step.report is not None else ""
            if lost:
                self._undo_head()
            self._head_fields.clear()
            self.scanned.emit(ScannedText(self._strip_affixes(step.scan), lost))
        elif self._stream.pending:
            self._quiet.start(max(1, int(self._stream.stall_ms)))
        else:
            self._quiet.stop()
        return swallow

    def _is_ours(self, obj: QObject) -> bool:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self._window:
            return False  # a dialog is open over our window: its keys are its own
        if isinstance(obj, QWidget):
            return obj.window() is self._window
        return False

    def _affix_controls(self) -> str:
        return "".join(c for c in self.prefix + self.suffix if not c.isprintable())

    # ---------------------------------------------------------------- outputs

    def _strip_affixes(self, text: str) -> str:
        if self.prefix and text.startswith(self.prefix):
            text = text[len(self.prefix):]
        if self.suffix and text.endswith(self.suffix):
            text = text[: -len(self.suffix)]
        return text

    def _went_quiet(self) -> None:
        """No key for ``stall_ms`` by the clock: settle, then decide "typing" unless a
        key queued meanwhile (the GUI thread was busy) turns up first."""
        seq = self._seq

        def check() -> None:
            if seq == self._seq and self._stream.pending:
                self._replay(self._stream.quiet())

        QTimer.singleShot(SETTLE_MS, check)

    def _replay(self, held: list[Held[_HeldKey]]) -> None:
        """Deliver keys that were typed by a person, in order, to their widgets."""
        if not held:
            return
        printable = "".join(h.char for h in held if h.char.isprintable()
                            and not h.char.isspace())
        if printable and self._stream.head == printable:
            self._head_fields.clear()  # a new possible head: the earlier one is history
        self._replaying = True
        try:
            for h in held:
                k = h.payload
                if k is None:  # made by the stream (an Alt code): a plain character
                    k = _HeldKey(QApplication.focusWidget() or self._window, 0,
                                 Qt.KeyboardModifier.NoModifier, h.char)
                target = k.target
                if isinstance(target, QWidget) and not target.isVisible():
                    target = QApplication.focusWidget() or self._window
                self._swallowed.discard(k.key)
                field = self._note_head_field(target) if printable else None
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, k.key, k.modifiers, k.text))
                if field is not None:
                    field.after = _text_of(field.widget) or ""
        finally:
            self._replaying = False

    def _note_head_field(self, target: QObject) -> _HeadField | None:
        """Remember a text widget's text before handed-back keys go into it (once per
        possible head), so a scan that turns out to have lost them can put it back."""
        if not isinstance(target, QWidget) or not takes_text(target):
            return None
        field = self._head_fields.get(id(target))
        if field is None:
            text = _text_of(target)
            if text is None:
                return None
            field = self._head_fields[id(target)] = _HeadField(target, text, text)
        return field

    def _undo_head(self) -> None:
        """The scan lost its start to these text widgets: take those keys out again,
        unless the widget changed since (a person edited it; then it stays as it is)."""
        for field in self._head_fields.values():
            if _text_of(field.widget) == field.after and field.after != field.before:
                _put_back(field.widget, field.before)

    def flush(self) -> None:
        """Deliver any held keys now (tests and shutdown)."""
        self._quiet.stop()
        self._replay(self._stream.quiet())
