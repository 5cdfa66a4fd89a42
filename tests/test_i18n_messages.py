"""Banner messages (controller, lookup outcomes, Centra errors) follow the interface
language; the Qt-free core's error texts all have a catalogue entry."""

from __future__ import annotations

import inspect
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.centra import errors
from packstation.centra.domain import Completion
from packstation.outbox import AlreadyCompleted, AlreadyQueued, OutboxEntry, State
from packstation.simulator import CentraSimulator
from packstation.ui.text import messages
from packstation.ui.text.i18n import I18N_DIR
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan
from tests.i18n_support import use_language

UPS = "1Z999AA10123456784"
PLACEHOLDER = re.compile(r"\{[^}]*\}")


@pytest.fixture
def swedish() -> Iterator[None]:
    yield from use_language("sv")


@pytest.fixture
def german() -> Iterator[None]:
    yield from use_language("de")


def test_capture_failure_banner_in_swedish(qtbot: QtBot, bench: Bench,
                                           simulator: CentraSimulator, swedish: None) -> None:
    w = bench.window
    lookup(qtbot, bench, "41005-1")
    assert w.banner.title.text() == "41005-1: klar, betalningen dras när du slutför"
    scan(qtbot, w.form.tracking, UPS)
    assert w.banner.title.text() == f"Spårning {UPS} (UPS)"
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        w.form.action.click()
    assert sig.args == ["41005-1", False]
    assert w.banner.tone is Tone.ERROR
    assert w.banner.title.text() == "SKICKA INTE: betalningen kunde inte dras"
    assert w.banner.hint.text().startswith("Behåll paketet vid stationen")
    assert simulator.shipment("41005-1")["state"] != "completed"


def test_centra_error_in_german(german: None) -> None:
    msg = messages.for_error(errors.Unreachable("dns"), doing="Suche 41001-1")
    assert msg.title == "Suche 41001-1 fehlgeschlagen: Centra nicht erreichbar"
    assert msg.hint.startswith("Netzwerkkabel oder WLAN prüfen")
    capture = messages.for_error(errors.CaptureFailed("declined"), doing="x")
    assert capture.title == "NICHT VERSENDEN: Zahlung konnte nicht eingezogen werden"


def test_english_needs_no_catalogue() -> None:
    msg = messages.for_error(errors.Unreachable("dns"), doing="Looking up 41001-1")
    assert msg.title == "Looking up 41001-1 failed: Centra unreachable"
    assert msg.hint == errors.Unreachable.hint


def test_every_centra_error_text_is_in_the_catalogue() -> None:
    texts = set(messages.ERROR_TEXTS)
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass)
               if issubclass(c, errors.CentraError)]
    assert len(classes) > 10
    missing = {t for c in classes for t in (c.title, c.hint)} - texts
    assert missing == set()


@pytest.mark.parametrize("lang", ["sv", "de"])
def test_catalogue_is_complete_and_keeps_placeholders(lang: str) -> None:
    tree = ET.parse(I18N_DIR / f"packstation_{lang}.ts")
    problems = []
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text:
            problems.append(f"untranslated: {src!r}")
        elif sorted(set(PLACEHOLDER.findall(tr.text))) != sorted(set(PLACEHOLDER.findall(src))):
            problems.append(f"placeholders differ: {src!r} -> {tr.text!r}")
    assert problems == []


def _entry(state: State, *, needs_capture: bool, last_error: str = "",
           steps_done: tuple[str, ...] = ()) -> OutboxEntry:
    return OutboxEntry(1, "41001-1", "41001", Completion(order="41001", shipment="41001-1"),
                       state, 0, 0.0, last_error, 0.0, 0.0, needs_capture, False,
                       steps_done=steps_done)


ENTRIES = [_entry(s, needs_capture=c, last_error=e, steps_done=d) for s in State
           for c in (False, True) for e in ("", "Payment declined")
           for d in ((), ("capture",))]


def test_english_advice_and_outbox_errors_match_the_core() -> None:
    """The UI-layer copies of the outbox's words stay the same as the core's, in English."""
    for entry in ENTRIES:
        assert messages.advice(entry) == entry.advice
        for exc in (AlreadyQueued(entry), AlreadyCompleted(entry)):
            assert messages.for_error(exc, doing="x").title == str(exc)


def test_advice_in_swedish(swedish: None) -> None:
    refused = _entry(State.REFUSED, needs_capture=True, last_error="Payment declined")
    assert messages.advice(refused) == (
        "Ta tillbaka paket 41001-1: Centra vägrade slutförandet (Payment declined).")
    assert messages.advice(_entry(State.PENDING, needs_capture=False)) == "I kö: OK att skicka."
    captured = _entry(State.PENDING, needs_capture=True, steps_done=("capture",))
    assert "OK att skicka" in messages.advice(captured)
    assert messages.advice(captured) != messages.advice(_entry(State.PENDING,
                                                               needs_capture=True))
