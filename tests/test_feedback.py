"""Sound feedback: the setting turns it off; non-Windows beeps only for warn/error."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from packstation.ui.feedback import RecordingFeedback, SoundFeedback, for_tone
from packstation.ui.theme import Tone


def test_tones_map_to_sounds() -> None:
    rec = RecordingFeedback()
    for tone in Tone:
        for_tone(rec, tone)
    assert rec.calls == ["ok", "warn", "error"]


def test_sound_feedback_never_raises_and_respects_setting(qtbot: QtBot) -> None:
    on = {"v": False}
    fb = SoundFeedback(enabled=lambda: on["v"], platform="linux")
    fb.ok(), fb.warn(), fb.error()
    on["v"] = True
    fb.ok(), fb.warn(), fb.error()
    broken = SoundFeedback(sounds={}, platform="win32")  # no files: falls back to a beep
    broken.error()
