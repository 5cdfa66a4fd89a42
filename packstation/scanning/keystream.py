"""A keyboard wedge's key stream, as it really arrives: modifier keys, AltGr, Alt+numpad
codes and the keys' own timestamps (Qt-free).

A USB keyboard-wedge scanner *is* a keyboard. For ``A`` it presses Shift, presses and
releases the A key, and releases Shift; on a German layout ``@`` is AltGr+Q; a Windows
wedge in "ALT+numpad" mode types a character as Alt held down while its code is keyed on
the numeric keypad (the GS1 group separator is Alt+0029). None of the modifier keys
types anything, and none of them may end or split the burst.

:class:`KeyStream` gets every key event of the window (presses and releases, modifier
keys included) as a :class:`Key` and decides, event by event:

* a character key is *held* (it does not reach the focused widget yet);
* Enter, keypad Enter or Tab ends a **scan** when at least ``min_length`` characters
  were held and the key presses of the run came at most ``max_gap_ms`` apart, allowing
  a single stall (one slow gap per ten characters; no event-to-event pause over
  ``stall_ms``): a scanner whose USB polling or whose PC was busy for a moment still
  sends one scan;
* a pause longer than ``stall_ms``, more slow gaps than that, a shortcut or a Tab/Enter
  after too few keys means a **person is typing**: the held keys are handed back
  (``Step.typed``) to be replayed to the widget they were meant for. A person's keys
  therefore appear up to ``stall_ms`` late; a typist's rhythm (two slow gaps) hands
  them back at once.

The pause between two events is measured with the events' own timestamps (the window
system's clock: X server time, Windows' message time), not with the moment the GUI
thread got round to them, so a busy CPU or a long repaint between two keys of one scan
cannot split it. Events without a timestamp (synthetic ones, 0) fall back to the time
they were handled.

Alt+numpad: keypad digits typed while Alt (not AltGr) is held are collected and become
one character when Alt is released (Windows rules: a leading 0 selects the ANSI code
page 1252, otherwise the OEM code page 437; either way 1-31 are the control
characters, so Alt+0029 and Alt+29 are both GS). Windows may also deliver that
character itself right after the Alt release; that echo is recognised and dropped.

Every finished scan comes with a :class:`BurstReport` (which modifiers the scanner
pressed, which Alt codes it sent, the largest pause) for the scanner test dialog.

**A lost head.** A scanner (or an X server) that stalls after its first key(s) looks
exactly like a person who typed a character and paused: those keys are handed back and
the rest of the label arrives fast and becomes a scan, *without its start*. So the stream
remembers the printable keys it handed back; a scan whose first key follows the last of
them within ``head_window_ms`` (no terminator or other key between) reports them as
``BurstReport.lost_head`` and must not be trusted, wherever the handed-back keys landed:
in a text field they typed the label's start there (the usual case: a loaded slip puts
the focus in Tracking), and the caller takes them out again (``ScanRouter``). A person who
types and then scans within ``head_window_ms`` without Enter is asked to scan again.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

GS = "\x1d"
# Control characters that barcode data carries (GS1 / ISO 15434: GS, RS, EOT). A wedge
# types GS as Ctrl+] (X11, Windows) or Alt+0029; they are held like any character.
DATA_CONTROLS = frozenset({"\x1d", "\x1e", "\x04"})
# Timestamps of X11 and Windows are unsigned 32-bit milliseconds that wrap after ~49 days.
_WRAP = 2**32


class KeyRole(enum.Enum):
    CHAR = "char"  # types text (``Key.text``)
    TERMINATOR = "terminator"  # Enter, keypad Enter, Tab
    MODIFIER = "modifier"  # Shift, Control, Alt, AltGr, Meta, CapsLock, NumLock (name)
    ALT_DIGIT = "alt_digit"  # a keypad digit while Alt (not AltGr) is held (the digit)
    NEUTRAL = "neutral"  # a key that neither types nor acts (unmapped key code, no text)
    OTHER = "other"  # shortcuts, Esc, arrows, Backspace, function keys


# Modifier names (``Key.text`` of a MODIFIER key).
SHIFT, CONTROL, ALT, ALTGR, META, CAPSLOCK, NUMLOCK = (
    "Shift", "Control", "Alt", "AltGr", "Meta", "CapsLock", "NumLock")


@dataclass(frozen=True, slots=True)
class Key:
    """One key event. ``event_ms``: the window system's timestamp (0: unknown);
    ``handled_ms``: when the application handled it (a monotonic clock)."""

    role: KeyRole
    press: bool
    text: str = ""
    event_ms: float = 0.0
    handled_ms: float = 0.0


def gap_ms(earlier: Key, later: Key) -> float:
    """Milliseconds between two key events, by their own timestamps when both have one."""
    if earlier.event_ms > 0 and later.event_ms > 0:
        d = later.event_ms - earlier.event_ms
        if d < 0 and earlier.event_ms - later.event_ms > _WRAP / 2:
            d += _WRAP  # the 32-bit clock wrapped between the two
        if d >= 0:
            return d
    return max(0.0, later.handled_ms - earlier.handled_ms)


def alt_code_char(digits: str) -> str:
    """The character Windows makes of Alt + ``digits`` on the numeric keypad."""
    if not digits:
        return ""
    value = int(digits) % 256
    if value < 32 or value == 127:
        return chr(value)
    codec = "cp1252" if digits.startswith("0") else "cp437"
    try:
        return bytes([value]).decode(codec)
    except UnicodeDecodeError:  # the five holes of code page 1252
        return chr(value)


@dataclass(frozen=True, slots=True)
class AltCode:
    digits: str
    char: str


@dataclass(frozen=True)
class BurstReport:
    """What a wedge sent for one burst besides plain keys, and what was made of it."""

    text: str
    modifiers: dict[str, int]  # modifier name -> presses (e.g. {"Shift": 9})
    alt_codes: tuple[AltCode, ...]
    max_gap_ms: float
    lost_head: str = ""  # printable keys handed back just before the burst (see above)

    @property
    def plain(self) -> bool:
        return not self.modifiers and not self.alt_codes


@dataclass(frozen=True, slots=True)
class Held(Generic[T]):
    """A character held back; ``payload`` is the caller's event (None: made by the
    stream itself, e.g. from an Alt code)."""

    char: str
    payload: T | None


@dataclass
class Step(Generic[T]):
    """What to do with one key event. ``typed``: held keys that turned out to be typing,
    to be replayed in order *before* this event; ``scan``: a finished scan;
    ``swallow``: this event is consumed (it must not reach the widget)."""

    typed: list[Held[T]] = field(default_factory=list)
    scan: str | None = None
    report: BurstReport | None = None
    swallow: bool = False


def stall_for(max_gap_ms: float) -> float:
    """The one pause tolerated inside a scan: twice the usual gap, at least 60 ms."""
    return max(60.0, 2.0 * max_gap_ms)


HEAD_WINDOW_MS = 1000.0  # a burst this soon after handed-back keys may have lost them


class ScannedText(str):
    """A finished scan's text, carrying the keys handed back just before it (``lost_head``,
    empty when none): a scan with a lost head is missing its start and must be refused."""

    lost_head: str

    def __new__(cls, text: str, lost_head: str = "") -> ScannedText:
        obj = super().__new__(cls, text)
        obj.lost_head = lost_head
        return obj


def lost_head_of(text: str) -> str:
    """The keys a scan may have lost at its start ("" for a clean scan or plain text)."""
    return text.lost_head if isinstance(text, ScannedText) else ""


class KeyStream(Generic[T]):
    def __init__(self, max_gap_ms: float = 30.0, min_length: int = 4,
                 stall_ms: float | None = None,
                 head_window_ms: float = HEAD_WINDOW_MS) -> None:
        self.head_window_ms = head_window_ms
        self._lost = ""  # printable keys handed back lately (a scan's possible head)
        self._lost_at: Key | None = None  # the last of them
        self._run_first: Key | None = None  # the first key press of the held run
        self._held_last: Key | None = None  # the last held key press
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._stall_ms = stall_ms
        self._slow = 0  # gaps over max_gap_ms in the held run
        self._typing = False  # a typist's rhythm was seen and no pause since
        self._held: list[Held[T]] = []
        self._last: Key | None = None  # the last key event
        self._last_press: Key | None = None
        self._alt_down = False
        self._alt_digits = ""
        self._echo: str | None = None  # an Alt-code character the platform may repeat
        self._mods: Counter[str] = Counter()
        self._codes: list[AltCode] = []
        self._max_gap = 0.0

    @property
    def stall_ms(self) -> float:
        return self._stall_ms if self._stall_ms is not None else stall_for(self.max_gap_ms)

    @stall_ms.setter
    def stall_ms(self, value: float | None) -> None:
        self._stall_ms = value

    def _allowed_slow(self) -> int:
        if self._typing:  # a person is typing: no stall is excused until they pause
            return 0
        return 1 + len(self._held) // 10

    @property
    def pending(self) -> bool:
        """True while keys are held or an Alt code is being keyed."""
        return bool(self._held) or bool(self._alt_digits)

    @property
    def held_text(self) -> str:
        return "".join(h.char for h in self._held)

    def key(self, key: Key, payload: T | None = None) -> Step[T]:
        step: Step[T] = Step()
        gap = gap_ms(self._last, key) if self._last is not None else float("inf")
        if gap > self.stall_ms:
            self._typing = False
            if self._held:
                step.typed = self._give_back()  # a pause: what came before was typing
            self._mods.clear()  # a new run starts here
            self._codes.clear()
        elif self._held and key.press:
            # The rhythm is read from press to press (a wedge's releases follow within a
            # millisecond; a typist's come anywhere in between).
            pgap = gap_ms(self._last_press, key) if self._last_press is not None else gap
            self._max_gap = max(self._max_gap, pgap)
            if pgap > self.max_gap_ms:
                self._slow += 1
                if self._slow > self._allowed_slow():
                    step.typed = self._give_back()  # a typist's rhythm, not a stall
                    self._typing = True
        self._last = key
        if key.press:
            self._last_press = key
        role = key.role
        if key.press and role is not KeyRole.CHAR:
            self._echo = None
        if role is KeyRole.MODIFIER:
            self._modifier(key)
        elif not key.press:
            pass  # releases only keep the run alive (its timing, below)
        elif role is KeyRole.ALT_DIGIT:
            self._alt_digits += key.text
            step.swallow = True
        elif role is KeyRole.CHAR:
            step.swallow = True
            if self._echo is not None and key.text == self._echo:
                self._echo = None  # Windows delivering the Alt-code character itself
            else:
                self._echo = None
                self._hold(Held(key.text, payload))
        elif role is KeyRole.TERMINATOR:
            if len(self._held) >= self.min_length and self._slow <= self._allowed_slow():
                step.report = self._report()
                self._forget_head()
                step.scan = self.held_text
                step.swallow = True
                self._reset()
                self._typing = False
            else:
                step.typed += self._give_back()
                self._forget_head()  # the typing was ended: a later burst is a new one
        elif role is KeyRole.OTHER:
            step.typed += self._give_back()
            self._forget_head()
            self._alt_digits = ""
        return step

    def quiet(self) -> list[Held[T]]:
        """The keys went quiet before any terminator: what is held was typed."""
        return self._give_back()

    @property
    def head(self) -> str:
        """The printable keys handed back lately: a scan's possible lost start."""
        return self._lost

    # ---------------------------------------------------------------- helpers

    def _modifier(self, key: Key) -> None:
        if key.press:
            self._mods[key.text] += 1
            if key.text == ALT:
                self._alt_down = True
                self._alt_digits = ""
            return
        if key.text == ALT and self._alt_down:
            self._alt_down = False
            if self._alt_digits:
                char = alt_code_char(self._alt_digits)
                self._codes.append(AltCode(self._alt_digits, char))
                self._alt_digits = ""
                self._hold(Held(char, None))
                self._echo = char

    def _hold(self, held: Held[T]) -> None:
        if not self._held:
            self._run_first = self._last
        self._held_last = self._last
        self._held.append(held)

    def _give_back(self) -> list[Held[T]]:
        held = self._held
        printable = "".join(h.char for h in held if h.char.isprintable() and not h.char.isspace())
        if printable:
            if not (self._lost and self._lost_at is not None and self._run_first is not None
                    and gap_ms(self._lost_at, self._run_first) <= self.head_window_ms):
                self._lost = ""  # long after the earlier hand-back: a new run
            self._lost += printable
            self._lost_at = self._held_last
        self._reset()
        return held

    def _forget_head(self) -> None:
        self._lost = ""
        self._lost_at = None

    def _lost_head(self) -> str:
        """The handed-back keys this scan follows closely enough to have lost them."""
        if (self._lost and self._lost_at is not None and self._run_first is not None
                and gap_ms(self._lost_at, self._run_first) <= self.head_window_ms):
            return self._lost
        return ""

    def _reset(self) -> None:
        self._held = []
        self._mods = Counter()
        self._codes = []
        self._max_gap = 0.0
        self._slow = 0

    def _report(self) -> BurstReport:
        return BurstReport(self.held_text, dict(self._mods), tuple(self._codes),
                           self._max_gap, self._lost_head())
