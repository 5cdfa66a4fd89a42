"""Three short, clearly different WAV tones for ok / warning / error (stdlib only, Qt-free).

PySide6-Essentials has no QtMultimedia, so Windows plays these with ``winsound`` (see
``packstation/ui/feedback.py``). They are generated deterministically and shipped in
``packstation/resources/sounds``; ``python -m packstation.ui.sounds`` rewrites them.

* ok: a short rising two-note chirp (high, pleasant, 0.16 s)
* warn: two medium beeps (0.34 s)
* error: a low, harsh buzz (square wave, 0.5 s): unmistakable on a noisy bench
"""

from __future__ import annotations

import io
import math
import wave
from pathlib import Path

RATE = 22050
SOUND_DIR = Path(__file__).resolve().parents[1] / "resources" / "sounds"
NAMES = ("ok", "warn", "error")

# (frequency Hz or 0 for silence, seconds, square wave?)
Note = tuple[float, float, bool]
TONES: dict[str, tuple[Note, ...]] = {
    "ok": ((1318.5, 0.07, False), (1760.0, 0.09, False)),
    "warn": ((740.0, 0.12, False), (0.0, 0.08, False), (740.0, 0.14, False)),
    "error": ((196.0, 0.5, True),),
}


def _samples(notes: tuple[Note, ...], volume: float = 0.6) -> bytes:
    out = bytearray()
    for freq, seconds, square in notes:
        n = int(RATE * seconds)
        fade = max(1, int(RATE * 0.005))  # 5 ms ramps: no clicks
        for i in range(n):
            if freq <= 0:
                v = 0.0
            else:
                s = math.sin(2 * math.pi * freq * i / RATE)
                v = (1.0 if s >= 0 else -1.0) * 0.5 if square else s
            ramp = min(1.0, i / fade, (n - 1 - i) / fade)
            out.append(int(128 + 127 * volume * v * ramp))
    return bytes(out)


def wav_bytes(name: str) -> bytes:
    """The WAV file content for ``name`` (8-bit mono PCM)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(RATE)
        w.writeframes(_samples(TONES[name]))
    return buf.getvalue()


def write_sounds(folder: Path = SOUND_DIR) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in NAMES:
        path = folder / f"{name}.wav"
        data = wav_bytes(name)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        paths[name] = path
    return paths


def sound_paths(folder: Path = SOUND_DIR, fallback: Path | None = None) -> dict[str, Path]:
    """Paths of the shipped WAVs; regenerated into ``fallback`` if the package lacks them."""
    if all((folder / f"{n}.wav").is_file() for n in NAMES):
        return {n: folder / f"{n}.wav" for n in NAMES}
    if fallback is None:
        return {}
    return write_sounds(fallback)


if __name__ == "__main__":  # pragma: no cover
    for p in write_sounds().values():
        print(p)
