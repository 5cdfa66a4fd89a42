"""What the packer hears: ok / warning / error sounds behind one small interface.

Essentials has no QtMultimedia. On Windows the shipped WAVs play through the stdlib
``winsound`` (asynchronously, so a scan is never delayed); elsewhere warnings and errors
fall back to ``QApplication.beep()`` and ok is silent. The ``sounds`` station setting
turns everything off (``enabled`` callback). Tests use :class:`RecordingFeedback`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication

from packstation.ui.sounds import sound_paths
from packstation.ui.theme import Tone

log = logging.getLogger(__name__)


class Feedback(Protocol):
    def ok(self) -> None: ...
    def warn(self) -> None: ...
    def error(self) -> None: ...


def for_tone(feedback: Feedback, tone: Tone) -> None:
    """The sound that goes with a banner colour (idle and busy are silent)."""
    if tone is Tone.OK:
        feedback.ok()
    elif tone is Tone.WARN:
        feedback.warn()
    elif tone is Tone.ERROR:
        feedback.error()


class SilentFeedback:
    def ok(self) -> None:
        pass

    def warn(self) -> None:
        pass

    def error(self) -> None:
        pass


class RecordingFeedback:
    """Remembers every call, in order: ``["ok", "error", ...]``."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def ok(self) -> None:
        self.calls.append("ok")

    def warn(self) -> None:
        self.calls.append("warn")

    def error(self) -> None:
        self.calls.append("error")


class SoundFeedback:
    """Plays the three WAVs on Windows, beeps elsewhere; never raises."""

    def __init__(self, enabled: Callable[[], bool] = lambda: True,
                 sounds: dict[str, Path] | None = None,
                 platform: str = sys.platform) -> None:
        self.enabled = enabled
        self.sounds = sound_paths() if sounds is None else sounds
        self.windows = platform.startswith("win")

    def ok(self) -> None:
        self._play("ok")

    def warn(self) -> None:
        self._play("warn")

    def error(self) -> None:
        self._play("error")

    def _play(self, name: str) -> None:
        if not self.enabled():
            return
        try:
            path = self.sounds.get(name)
            if self.windows and path is not None:
                _play_wav(path)
            elif name != "ok":
                QApplication.beep()
        except Exception:  # a missing sound must never disturb packing
            log.warning("Could not play the %s sound", name, exc_info=True)


def _play_wav(path: Path) -> None:
    """Start playing ``path`` and return at once (Windows only)."""
    if sys.platform == "win32":
        import winsound

        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        winsound.PlaySound(str(path), flags)


class Announcer:
    """One place that shows a banner message and plays the sound for its colour.

    ``sound=False`` shows the message silently (the caller plays its own sound)."""

    def __init__(self, banner: Banner, feedback: Feedback) -> None:
        self.banner = banner
        self.feedback = feedback
        # Told every message (the activity log writes warnings and errors down).
        self.listeners: list[Callable[[str, str, str], None]] = []

    def say(self, tone: Tone, title: str, hint: str = "", *, retry: bool = False,
            sound: bool = True) -> None:
        self.banner.show_message(tone, title, hint, retry=retry)
        for listener in self.listeners:
            listener(tone.value, title, hint)
        if sound:
            for_tone(self.feedback, tone)


class Banner(Protocol):
    def show_message(self, tone: Tone, title: str, hint: str = "", *,
                     retry: bool = False) -> None: ...
