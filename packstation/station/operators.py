"""Who is packing at this station: sign-in by typed name or badge scan."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

BADGE_PREFIX = "OP:"
MAX_NAME_CHARS = 40


class OperatorError(ValueError):
    """Sign-in refused. The message is shown to the operator."""


class SignInMethod(StrEnum):
    NAME = "name"
    BADGE = "badge"


@dataclass(frozen=True)
class Operator:
    name: str
    method: SignInMethod
    signed_in_at: datetime


@dataclass(frozen=True)
class SignIn:
    operator: Operator
    previous: Operator | None  # signed out implicitly by this sign-in


def clean_name(raw: str) -> str:
    """Trim, collapse inner whitespace, drop control characters; raise if empty/too long."""
    kept = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C")
    name = " ".join(kept.split())
    if not name:
        raise OperatorError("Type your name or scan your badge.")
    if len(name) > MAX_NAME_CHARS:
        raise OperatorError(f"Names can be at most {MAX_NAME_CHARS} characters.")
    return name


class OperatorSession:
    """The signed-in operator. ``badges`` maps badge codes to names (e.g. ``{"0042": "Anna"}``);
    codes of the form ``OP:<name>`` work without a map."""

    def __init__(
        self,
        badges: Mapping[str, str] | None = None,
        *,
        badge_prefix: str = BADGE_PREFIX,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._badges = {code.strip(): name for code, name in (badges or {}).items()}
        self._prefix = badge_prefix
        self._clock = clock
        self._lock = threading.Lock()
        self._current: Operator | None = None

    @property
    def current(self) -> Operator | None:
        with self._lock:
            return self._current

    def is_badge(self, scan: str) -> bool:
        code = scan.strip()
        return code.upper().startswith(self._prefix.upper()) or code in self._badges

    def sign_in(self, name: str) -> SignIn:
        return self._set(clean_name(name), SignInMethod.NAME)

    def sign_in_badge(self, scan: str) -> SignIn:
        code = scan.strip()
        if code in self._badges:
            return self._set(clean_name(self._badges[code]), SignInMethod.BADGE)
        if code.upper().startswith(self._prefix.upper()):
            return self._set(clean_name(code[len(self._prefix):]), SignInMethod.BADGE)
        raise OperatorError("This badge is not known at this station.")

    def sign_in_any(self, typed_or_scanned: str) -> SignIn:
        """A badge if it looks like one, otherwise a typed name."""
        if self.is_badge(typed_or_scanned):
            return self.sign_in_badge(typed_or_scanned)
        return self.sign_in(typed_or_scanned)

    def sign_out(self) -> Operator | None:
        with self._lock:
            previous, self._current = self._current, None
        return previous

    def _set(self, name: str, method: SignInMethod) -> SignIn:
        op = Operator(name, method, self._clock())
        with self._lock:
            previous, self._current = self._current, op
        return SignIn(op, previous)

    def packed_by_comment(self, station: str) -> str:
        """``"Packed by Anna at Station 3"`` for Centra's internal comment."""
        op = self.current
        if op is None:
            raise OperatorError("Nobody is signed in at this station.")
        station = " ".join(station.split())
        return f"Packed by {op.name} at {station}" if station else f"Packed by {op.name}"
