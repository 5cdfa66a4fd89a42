"""Supervisor PIN: scrypt hashing and a lock with attempt limits and an idle timeout."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

PIN_MIN_DIGITS = 6  # a 4-digit PIN's hash was cracked offline in minutes (issue #14)
PIN_MAX_DIGITS = 12
LEGACY_MIN_DIGITS = 4  # PINs set before 6 were required still unlock, to be changed
_PIN_RE = re.compile(rf"[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
_LEGACY_RE = re.compile(rf"[0-9]{{{LEGACY_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
# Refuse absurd parameters from a tampered settings file instead of burning RAM/CPU.
_MAX_N = 2**20


class PinFormatError(ValueError):
    """The PIN is not 6-12 digits. The message never contains the PIN."""


def is_valid_pin(pin: str) -> bool:
    return _PIN_RE.fullmatch(pin) is not None


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p,
        maxmem=256 * n * r + 1024 * 1024, dklen=_HASH_BYTES,
    )


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt_b64$hash_b64`` with a fresh random 16-byte salt."""
    if not is_valid_pin(pin):
        raise PinFormatError(f"The PIN must be {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits.")
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _scrypt(pin, salt, _N, _R, _P)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


@dataclass(frozen=True)
class _Parsed:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse(stored: str) -> _Parsed | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        return None
    if len(salt) < 8 or len(digest) < 16:
        return None
    return _Parsed(n, r, p, salt, digest)


def is_pin_hash(stored: str) -> bool:
    """True if ``stored`` is a well-formed hash produced by :func:`hash_pin`."""
    return _parse(stored) is not None


def pin_fingerprint(stored: str) -> str:
    """A short name for one stored PIN hash (the station ledger counts wrong PINs and
    lockouts against the PIN in force; it tells nothing the hash itself does not)."""
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()[:16] if stored else ""


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None or _LEGACY_RE.fullmatch(pin) is None:
        return False
    candidate = hashlib.scrypt(
        pin.encode("ascii"), salt=parsed.salt, n=parsed.n, r=parsed.r, p=parsed.p,
        maxmem=256 * parsed.n * parsed.r + 1024 * 1024, dklen=len(parsed.digest),
    )
    return hmac.compare_digest(candidate, parsed.digest)


class UnlockStatus(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED_OUT = "locked_out"
    NO_PIN = "no_pin"


@dataclass(frozen=True)
class UnlockResult:
    status: UnlockStatus
    attempts_left: int = 0
    retry_after_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is UnlockStatus.OK

    @property
    def message(self) -> str:
        """Plain words for the inline error next to the PIN field."""
        if self.status is UnlockStatus.OK:
            return "Supervisor mode unlocked."
        if self.status is UnlockStatus.NO_PIN:
            return "No supervisor PIN has been set on this station."
        if self.status is UnlockStatus.LOCKED_OUT:
            minutes, seconds = divmod(max(1, round(self.retry_after_s)), 60)
            wait = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
            return f"Too many wrong PINs. Try again in {wait}."
        tries = "try" if self.attempts_left == 1 else "tries"
        return f"Wrong PIN. {self.attempts_left} {tries} left."


class LockEvent(StrEnum):
    """What happened, for the audit log (see ``audit.AuditKind``)."""

    UNLOCKED = "unlocked"
    WRONG_PIN = "wrong_pin"
    LOCKED_OUT = "locked_out"  # this attempt started a lockout
    REFUSED_LOCKED_OUT = "refused_locked_out"  # an attempt while already locked out
    LOCKED = "locked"
    IDLE_LOCKED = "idle_locked"


LockObserver = Callable[[LockEvent, UnlockResult | None], None]


class SupervisorLock:
    """Supervisor mode with attempt limiting, lockout and idle auto-lock.

    ``clock`` is injected (seconds, monotonic) so tests never sleep. Observers are called
    after state changes, outside the internal lock, e.g. to write audit rows.
    """

    def __init__(
        self,
        pin_hash: str,
        clock: Callable[[], float] = time.monotonic,
        max_attempts: int = 5,
        lockout_s: float = 300.0,
        idle_s: float = 120.0,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._pin_hash = pin_hash
        self._clock = clock
        self._max_attempts = max_attempts
        self._lockout_s = lockout_s
        self._idle_s = idle_s
        self._lock = threading.RLock()
        self._failures = 0
        self._locked_until: float | None = None
        self._last_activity: float | None = None  # None = locked
        self._observers: list[LockObserver] = []

    def add_observer(self, observer: LockObserver) -> None:
        self._observers.append(observer)

    def _notify(self, event: LockEvent, result: UnlockResult | None) -> None:
        for observer in list(self._observers):
            observer(event, result)

    def set_pin_hash(self, pin_hash: str) -> None:
        """Replace the PIN (after a supervisor changed it). Resets the failure count."""
        with self._lock:
            self._pin_hash = pin_hash
            self._failures = 0
            self._locked_until = None

    def restore(self, failures: int, locked_for_s: float) -> None:
        """At start-up: the wrong PINs and lockout of the previous run (from the audit
        log and the station ledger), so a restart does not reset the count or lift a
        lockout."""
        with self._lock:
            self._failures = max(0, min(failures, self._max_attempts - 1))
            if locked_for_s > 0:
                self._locked_until = self._clock() + min(locked_for_s, self._lockout_s)
                self._failures = 0

    @property
    def has_pin(self) -> bool:
        return is_pin_hash(self._pin_hash)

    @property
    def pin_fingerprint(self) -> str:
        with self._lock:
            return pin_fingerprint(self._pin_hash)

    def lockout_remaining(self) -> float:
        with self._lock:
            if self._locked_until is None:
                return 0.0
            remaining = self._locked_until - self._clock()
            if remaining <= 0:
                self._locked_until = None
                self._failures = 0
                return 0.0
            return remaining

    def unlock(self, pin: str) -> UnlockResult:
        event: LockEvent | None
        with self._lock:
            remaining = self.lockout_remaining()
            if remaining > 0:
                # Do not even check the PIN while locked out.
                result = UnlockResult(UnlockStatus.LOCKED_OUT, 0, remaining)
                event = LockEvent.REFUSED_LOCKED_OUT
            elif not self.has_pin:
                result = UnlockResult(UnlockStatus.NO_PIN)
                event = None
            elif verify_pin(pin, self._pin_hash):
                self._failures = 0
                self._last_activity = self._clock()
                result = UnlockResult(UnlockStatus.OK, self._max_attempts)
                event = LockEvent.UNLOCKED
            else:
                self._failures += 1
                left = self._max_attempts - self._failures
                if left <= 0:
                    self._locked_until = self._clock() + self._lockout_s
                    self._last_activity = None
                    result = UnlockResult(UnlockStatus.LOCKED_OUT, 0, self._lockout_s)
                    event = LockEvent.LOCKED_OUT
                else:
                    result = UnlockResult(UnlockStatus.WRONG, left)
                    event = LockEvent.WRONG_PIN
        if event is not None:
            self._notify(event, result)
        return result

    def is_unlocked(self) -> bool:
        """True while unlocked; locks (and notifies IDLE_LOCKED) after ``idle_s`` idle."""
        with self._lock:
            if self._last_activity is None:
                return False
            if self._clock() - self._last_activity < self._idle_s:
                return True
            self._last_activity = None
        self._notify(LockEvent.IDLE_LOCKED, None)
        return False

    def idle_remaining(self) -> float:
        """Seconds until the idle auto-lock (0 when locked). Does not lock by itself."""
        with self._lock:
            if self._last_activity is None:
                return 0.0
            return max(0.0, self._idle_s - (self._clock() - self._last_activity))

    def touch(self) -> None:
        """Record supervisor activity; keeps an unlocked session alive."""
        if self.is_unlocked():
            with self._lock:
                self._last_activity = self._clock()

    def lock(self) -> None:
        """Leave supervisor mode (e.g. after each completed shipment)."""
        with self._lock:
            was_unlocked = self._last_activity is not None
            self._last_activity = None
        if was_unlocked:
            self._notify(LockEvent.LOCKED, None)
