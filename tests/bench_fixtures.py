"""Shared pytest-qt fixtures: a real bench window wired to the simulator over loopback.

Scans are sent the way a keyboard-wedge scanner types: a burst of key presses with
well under a millisecond between them, ending in Enter, to whatever widget is given."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, compose_bench
from packstation.app.profiles import TEST, Profile
from packstation.outbox import Outbox
from packstation.simulator import DEMO_API_KEY, DEMO_TOKEN, CentraSimulator
from packstation.ui.theme import Tone

# The test profile with no settle window: an outcome found unknown is resent as soon as a
# lookup says it is not completed (the tests that need the window set their own).
NO_SETTLE = dataclasses.replace(TEST, settle_s=0.0)


def show_bench(qtbot: QtBot, b: Bench) -> Bench:
    """Show a built bench as a packer meets it: its window shown and active, the scan field
    focused (the window closes with the test)."""
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.activateWindow()
    b.window.scan_bar.focus()
    return b


@contextmanager
def simulator_bench(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path, *,
                    profile: Profile = TEST, api: str = "order") -> Iterator[Bench]:
    """A bare bench (no station; ``profile``, its outbox in ``tmp_path``) on the simulator's
    Order API with the demo key, or with ``api="integration"`` on its GraphQL endpoint with
    the demo token; shown, active, the scan field focused; shut down afterwards."""
    if api == "integration":
        profile = dataclasses.replace(profile, api="integration")
        url, key = simulator.graphql_url, DEMO_TOKEN
    else:
        url, key = simulator.base_url, DEMO_API_KEY
    b = show_bench(qtbot, compose_bench(profile.at(tmp_path), base_url=url, key=key))
    try:
        yield b
    finally:
        b.shutdown(wait_ms=3000)


@pytest.fixture
def bench(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> Iterator[Bench]:
    """A bare bench (no station; the test profile, its outbox in ``tmp_path``)."""
    with simulator_bench(qtbot, simulator, tmp_path) as b:
        yield b


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    """A fresh SQLite outbox in the test's temp folder; closed afterwards."""
    box = Outbox(tmp_path / "outbox.sqlite3")
    yield box
    box.close()


def scan(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """A keyboard-wedge burst (≈0.35 ms between keys) ending in Enter, sent to ``widget``."""
    for ch in text:
        if ch.isprintable():
            qtbot.keyClicks(widget, ch)
        else:  # control characters such as GS (\x1d) abort QTest.keyClicks
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def wait_tone(qtbot: QtBot, b: Bench, tone: Tone, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: b.window.banner.tone is tone, timeout=timeout)


def lookup(qtbot: QtBot, b: Bench, text: str, widget: QWidget | None = None) -> None:
    with qtbot.waitSignal(b.controller.lookup_finished, timeout=5000):
        scan(qtbot, widget or b.window.scan_bar.field, text)


def complete_puts(sim: CentraSimulator) -> list[dict[str, object]]:
    return [r.json() for r in sim.requests if r.method == "PUT" and r.path == "/shipment"]
