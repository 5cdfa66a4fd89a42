"""Cutting secrets out of text, for the log file and the audit log (no sqlite here:
logging is configured before the first frame)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .secret_value import Secret

REDACTED = "••••"
_MIN_SECRET_LEN = 4
# Defensive: "api_key=…", "Authorization: Bearer …", "token: …" are cut even if unknown.
_KEYLIKE = re.compile(
    r"(?i)\b(api[-_ ]?key|token|authorization|password|secret)(\s*[:=]\s*)(bearer\s+)?[^\s,;]+"
)


def redact(text: str, secrets: Iterable[str | Secret] = ()) -> str:
    """Remove every known secret (and anything that looks like ``key=value`` credentials)."""
    values = sorted(
        {s.reveal() if isinstance(s, Secret) else s for s in secrets},
        key=len,
        reverse=True,
    )
    for value in values:
        if len(value) >= _MIN_SECRET_LEN:
            text = text.replace(value, REDACTED)
    return _KEYLIKE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)


_EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]{2,}")


def redact_personal(text: str) -> str:
    """Cut e-mail addresses (a customer's, in an error Centra sent back) out of log text.
    The log names shipments, orders and tracking numbers only; this is the safety net."""
    return _EMAIL.sub(f"{REDACTED}@{REDACTED}", text)
