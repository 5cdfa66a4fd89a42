"""How urgent a bench message is: the banner's colour and the sound that goes with it."""

from __future__ import annotations

from enum import StrEnum


class Tone(StrEnum):
    IDLE = "idle"
    BUSY = "busy"
    OK = "ok"
    WARN = "warn"
    ERROR = "error"
