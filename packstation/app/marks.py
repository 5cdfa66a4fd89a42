"""``--ready-mark`` (the cold-start benchmark and its test): the start-up's stages printed on
standard output as they are reached, from this one place.

``READY``: the first frame is shown, focused and idle (scans are held from now on);
``WINDOW``: the whole window is built and shown; ``WIRED``: the bench answers scans (the
app then quits). See BENCHMARKS.md, cold start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QTimer

Stage = Literal["READY", "WINDOW", "WIRED"]
STAGES: tuple[Stage, ...] = ("READY", "WINDOW", "WIRED")


@dataclass(frozen=True)
class ReadyMarks:
    enabled: bool

    def reached(self, stage: Stage, then: Callable[[], object] | None = None) -> None:
        """Print ``stage`` once the event loop is idle again (and then call ``then``)."""
        if not self.enabled:
            return

        def mark() -> None:
            print(stage, flush=True)
            if then is not None:
                then()

        QTimer.singleShot(0, mark)
