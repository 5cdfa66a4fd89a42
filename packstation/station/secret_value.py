"""The ``Secret`` wrapper and the kiosk key's environment variable (no keyring here:
logging is configured before the first frame and needs only these)."""

from __future__ import annotations

import hmac
from typing import NoReturn

ENV_VAR = "PACKSTATION_API_KEY"


class Secret:
    """A string that does not show itself in reprs, f-strings, logs or pickles."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('••••')"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, len(self._value)))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("Secret values cannot be pickled")
