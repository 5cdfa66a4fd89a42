"""Fault injection for the outbox's crash tests: a dispatcher checkpoint that kills this
process at a chosen point of a delivery (``--crash-at`` of ``python -m
packstation.outbox.drain``, the worker ``tests/test_outbox_faults.py`` runs).

Nothing in the app uses it: the dispatcher's checkpoints do nothing unless a test
profile injects one.
"""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Callable

from packstation.outbox.dispatcher import CHECKPOINTS


def parse_crash_points(spec: str) -> dict[str, float]:
    """``"answered"`` or ``"claimed:0.3,answered"`` → {point: probability}. Raises
    ValueError for a point the dispatcher does not have or a probability outside 0..1."""
    points: dict[str, float] = {}
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        name, _, chance = item.partition(":")
        if name not in CHECKPOINTS:
            raise ValueError(f"no checkpoint {name!r} (have {', '.join(CHECKPOINTS)})")
        probability = float(chance) if chance else 1.0
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"probability {chance} for {name!r} is not between 0 and 1")
        points[name] = probability
    return points


def kill_at(spec: str, *, rng: Callable[[], float] = random.random,
            kill: Callable[[], None] | None = None) -> Callable[[str], None]:
    """A checkpoint that SIGKILLs this process at the points ``spec`` names (each with
    its probability). ``kill`` replaces the SIGKILL (the hook's own tests)."""
    points = parse_crash_points(spec)

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    act = kill or die

    def checkpoint(point: str) -> None:
        chance = points.get(point)
        if chance is not None and rng() < chance:
            act()

    return checkpoint
