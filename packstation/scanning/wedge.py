"""Keyboard-wedge burst detection, pure Python with an injected clock.

A scanner "types" fast and evenly (7-16 ms between keys measured; thresholds of
20-50 ms are common) and ends with Enter or Tab. A human types with gaps of
100 ms or more. Feed every character with its timestamp in milliseconds;
:meth:`WedgeDetector.feed` returns a :class:`Burst` whenever a terminator
arrives, with ``from_scanner`` telling the two apart. A configured scanner
``prefix`` (e.g. STX or a rarely typed character) makes detection exact
regardless of timing. ``poll`` supports scanners without a terminator.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Burst:
    text: str
    start_ms: float
    end_ms: float
    from_scanner: bool
    terminated: bool = True
    max_gap_ms: float = 0.0


@dataclass(slots=True)
class WedgeDetector:
    """Groups ``(char, t_ms)`` events into bursts.

    A burst is from the scanner when it has at least ``min_length`` characters
    and every gap (including the one before the terminator) is ``<= max_gap_ms``,
    or when it started with ``prefix``.
    """

    max_gap_ms: float = 30.0
    min_length: int = 4
    terminators: tuple[str, ...] = ("\r", "\t")
    prefix: str = ""
    idle_submit_ms: float | None = None
    _chars: list[str] = field(default_factory=list, init=False)
    _start: float = field(default=0.0, init=False)
    _last: float = field(default=0.0, init=False)
    _max_gap: float = field(default=0.0, init=False)
    _prefixed: bool = field(default=False, init=False)

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def reset(self) -> None:
        self._chars.clear()
        self._max_gap = 0.0
        self._prefixed = False

    def feed(self, char: str, t_ms: float) -> Burst | None:
        if char in self.terminators or char == "\n":
            return self._finish(t_ms, terminated=True)
        if self.prefix and char == self.prefix[:1] and len(self.prefix) == 1:
            self.reset()
            self._prefixed = True
            self._start = self._last = t_ms
            return None
        if self._chars and not self._prefixed and t_ms - self._last > self.max_gap_ms:
            # A slow key: whatever came before was typing, start a new run from here.
            self._chars.clear()
            self._max_gap = 0.0
        if not self._chars and not self._prefixed:
            self._start = t_ms
        else:
            self._max_gap = max(self._max_gap, t_ms - self._last)
        self._chars.append(char)
        self._last = t_ms
        return None

    def poll(self, now_ms: float) -> Burst | None:
        """For scanners with no terminator: emit a fast burst once the line goes idle."""
        if self.idle_submit_ms is None or not self._chars:
            return None
        if now_ms - self._last < self.idle_submit_ms or not self._is_fast(self._max_gap):
            return None
        return self._finish(self._last, terminated=False)

    def _is_fast(self, gap: float) -> bool:
        return len(self._chars) >= self.min_length and gap <= self.max_gap_ms

    def _finish(self, t_ms: float, *, terminated: bool) -> Burst:
        gap = max(self._max_gap, t_ms - self._last) if self._chars else 0.0
        scanner = self._prefixed or self._is_fast(gap)
        burst = Burst(self.pending, self._start, t_ms, scanner, terminated, gap)
        self.reset()
        return burst


@dataclass(slots=True)
class ScanBuffer:
    """What the GUI event filter keeps per window.

    * ``key(char, t_ms)`` returns the finished scanner :class:`Burst` (the event
      filter should then *swallow* the terminator so Enter never "presses" a
      focused button) or ``None`` (let the key through / reroute it to the scan
      field).
    * GS (``\\x1d``) is kept in the text; other control characters are dropped.
    * While ``enabled`` is False (a modal dialog is open) scanner bursts are
      counted in ``ignored`` and not returned.
    """

    detector: WedgeDetector = field(default_factory=WedgeDetector)
    enabled: bool = True
    ignored: int = 0
    history: list[Burst] = field(default_factory=list)
    history_size: int = 20

    def key(self, char: str, t_ms: float) -> Burst | None:
        if len(char) != 1:
            return None
        keep = ("\x1d", "\n", *self.detector.terminators, *self.detector.prefix[:1])
        if ord(char) < 32 and char not in keep:
            return None
        burst = self.detector.feed(char, t_ms)
        return self._accept(burst)

    def poll(self, now_ms: float) -> Burst | None:
        return self._accept(self.detector.poll(now_ms))

    def _accept(self, burst: Burst | None) -> Burst | None:
        if burst is None or not burst.from_scanner or not burst.text:
            return None
        if not self.enabled:
            self.ignored += 1
            return None
        self.history.append(burst)
        del self.history[: -self.history_size]
        return burst
