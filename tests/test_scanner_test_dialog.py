"""The Test scanner dialog, driven like IT would: open it from the station settings,
scan the SCANNER TEST barcode (a fast key burst), read the verdict."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.scanning.scanner_test import SCANNER_TEST_TEXT, TEMPLATES, Problem, mangle
from packstation.simulator import CentraSimulator
from packstation.ui.dialogs.scanner_test_dialog import ScannerTestDialog
from packstation.ui.text.scanner_test_words import TEXTS
from packstation.ui.theme import TONE_COLOURS, Tone
from tests.bench_fixtures import scan
from tests.i18n_support import use_language
from tests.test_station_supervisor import open_settings

T = SCANNER_TEST_TEXT


@pytest.fixture
def dialog(qtbot: QtBot) -> ScannerTestDialog:
    d = ScannerTestDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    return d


def _verdict(qtbot: QtBot, d: ScannerTestDialog) -> str:
    qtbot.waitUntil(lambda: d.outcome is not None, timeout=3000)
    return d.verdict.text()


def test_every_finding_has_a_translatable_text() -> None:
    for what, fix in TEMPLATES.values():
        assert what in TEXTS and fix in TEXTS


def test_opened_from_station_settings_and_a_good_scan_is_ok(
        qtbot: QtBot, station_bench: Bench, simulator: CentraSimulator) -> None:
    settings = open_settings(qtbot, station_bench)
    qtbot.mouseClick(settings.test_scanner_button, Qt.MouseButton.LeftButton)
    d = settings.scanner_test
    assert d is not None
    qtbot.waitExposed(d)
    requests_before = len(simulator.requests)
    scan(qtbot, d, T)
    assert _verdict(qtbot, d).startswith("OK")
    assert d.outcome is not None and d.outcome.ok
    assert d.verdict.styleSheet().startswith(f"background: {TONE_COLOURS[Tone.OK][0]}")
    # the burst stayed in the dialog: the bench did not look anything up (a lookup would
    # be a job started by the scan itself)
    qtbot.waitUntil(lambda: station_bench.runner.in_flight == 0, timeout=5000)
    assert len(simulator.requests) == requests_before
    # scan again: a layout-mangled burst gives the layout advice
    qtbot.mouseClick(d.again, Qt.MouseButton.LeftButton)
    assert d.outcome is None
    scan(qtbot, d, "".join(c or "" for c in mangle(T, "us", "de")))
    text = _verdict(qtbot, d)
    assert "the scanner sends US keys, Windows uses German" in text
    assert "keyboard language to German" in d.details.text()


def test_uk_layout_gives_layout_advice(qtbot: QtBot, dialog: ScannerTestDialog) -> None:
    scan(qtbot, dialog, T.replace("@", "§").replace('"', "@").replace("§", '"'))
    assert "Windows uses UK" in _verdict(qtbot, dialog)
    assert dialog.verdict.styleSheet().startswith(f"background: {TONE_COLOURS[Tone.WARN][0]}")


def test_slow_burst_gives_timing_advice(qtbot: QtBot, dialog: ScannerTestDialog) -> None:
    for ch in T:
        qtbot.keyClicks(dialog, ch)
        qtbot.wait(45)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "types too slowly" in _verdict(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.has(Problem.TOO_SLOW)
    assert "without a delay between characters" in dialog.details.text()
    assert "this station allows 30 ms" in dialog.measured.text()


def test_several_problems_are_shown_whole(qtbot: QtBot, dialog: ScannerTestDialog) -> None:
    """A slow scan of another code without Enter: four lines of verdict and three of
    advice. Every label gets the height its wrapped text needs (nothing is clipped)."""
    for ch in "]C0" + T.upper():
        qtbot.keyClicks(dialog, ch)
        qtbot.wait(40)
    _verdict(qtbot, dialog)
    labels = (dialog.verdict, dialog.details, dialog.measured)
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width())
                                for label in labels), timeout=2000)  # laid out, unclipped


def test_no_enter_is_noticed_after_the_keys_stop(qtbot: QtBot,
                                                 dialog: ScannerTestDialog) -> None:
    qtbot.keyClicks(dialog, T)
    assert "did not end with Enter" in _verdict(qtbot, dialog)
    assert "send Enter after each scan" in dialog.details.text()


@pytest.fixture
def german() -> Iterator[None]:
    yield from use_language("de")


def test_words_in_german(qtbot: QtBot, german: None) -> None:
    d = ScannerTestDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    scan(qtbot, d, "".join(c or "" for c in mangle(T, "us", "sv")))
    text = _verdict(qtbot, d)
    assert "Tastaturlayout" in text and "schwedische Layout" in text
