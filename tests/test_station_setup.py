"""First-run setup against the simulator, the key kept off disk, the no-keyring path."""

from __future__ import annotations

import logging
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.cli import parse_args
from packstation.app.startup import setup_questions
from packstation.centra.order_api.client import CentraClient
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.paths import AppPaths
from packstation.station.secrets import ENV_VAR, KeySource
from packstation.station.settings import MemoryStorage
from packstation.station.station import Station, build_station
from packstation.ui.dialogs.setup_dialog import SetupDialog
from packstation.ui.jobs import JobRunner
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.station_fixtures import FakeClock, MemoryKeyring, new_station, open_bench

UPS = "1Z999AA10123456784"


def _dialog(qtbot: QtBot, station: Station) -> tuple[SetupDialog, JobRunner]:
    runner = JobRunner()
    dialog = SetupDialog(station, runner, ask=frozenset(station.missing_setup()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, runner


def _fill(qtbot: QtBot, d: SetupDialog, url: str, key: str, name: str = "Station 3",
          pin: str = "471100") -> None:
    for field, text in ((d.base_url, url), (d.api_key, key), (d.station_name, name),
                        (d.pin, pin), (d.pin2, pin)):
        field.clear()
        qtbot.keyClicks(field, text)


def _test_connection(qtbot: QtBot, d: SetupDialog) -> str:
    qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.testing, timeout=5000)
    return d.test_result.text()


def test_fresh_install_walks_through_setup_to_a_working_connection(
        qtbot: QtBot, fresh_station: Station, mem_keyring: MemoryKeyring,
        simulator: CentraSimulator, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert fresh_station.missing_setup() == ["base_url", "api_key", "station", "pin"]
    d, runner = _dialog(qtbot, fresh_station)
    assert d.api_key.echoMode() is d.api_key.EchoMode.Password  # masked on screen
    _fill(qtbot, d, simulator.base_url, DEMO_API_KEY)
    with CentraClient(simulator.base_url, DEMO_API_KEY) as direct:
        ready = direct.count_ready()
    text = _test_connection(qtbot, d)
    assert text.startswith("Connection OK.") and "ready to pack" in text
    assert str(ready) in text
    assert any(r.method == "GET" for r in simulator.requests)

    with qtbot.waitSignal(d.accepted, timeout=2000):
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert fresh_station.missing_setup() == []
    assert fresh_station.name == "Station 3"
    assert list(mem_keyring.store.values()) == [DEMO_API_KEY]
    runner.wait(1000)

    # The station now works: complete a shipment through the GUI.
    bench = open_bench(qtbot, fresh_station)
    try:
        lookup(qtbot, bench, "41001-1")
        scan(qtbot, bench.window.form.tracking, UPS)
        with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
            qtbot.keyClick(bench.window.form.tracking, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        assert sig.args == ["41001-1", True]
        assert len(complete_puts(simulator)) == 1
        kinds = [e.kind for e in fresh_station.audit.entries()]
        assert AuditKind.COMPLETION_ATTEMPT in kinds and AuditKind.COMPLETION_RESULT in kinds
    finally:
        bench.shutdown(wait_ms=3000)

    # The key never reached disk: settings file, audit database (+WAL), logs, anything.
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in files)
    assert any(p.name.startswith("audit.sqlite3") for p in files)
    for path in files:
        assert DEMO_API_KEY.encode() not in path.read_bytes(), path
    assert DEMO_API_KEY not in caplog.text


@pytest.mark.parametrize(("url", "key", "words"), [
    (None, "wrong-key", "rejected the API key"),
    ("http://127.0.0.1:9/api/order-api", DEMO_API_KEY, "could not be reached"),
    ("http://example.com/api", DEMO_API_KEY, "must use https://"),
])
def test_connection_problems_in_plain_words(qtbot: QtBot, fresh_station: Station,
                                            simulator: CentraSimulator, url: str | None,
                                            key: str, words: str) -> None:
    d, runner = _dialog(qtbot, fresh_station)
    _fill(qtbot, d, url or simulator.base_url, key)
    assert words in _test_connection(qtbot, d)
    runner.wait(1000)


def test_endpoint_not_enabled_in_plugin(qtbot: QtBot, fresh_station: Station,
                                        simulator: CentraSimulator) -> None:
    simulator.disabled_endpoints.add(("GET", "/shipments"))
    d, runner = _dialog(qtbot, fresh_station)
    _fill(qtbot, d, simulator.base_url, DEMO_API_KEY)
    assert "does not allow the shipments endpoint" in _test_connection(qtbot, d)
    runner.wait(1000)


def test_save_refuses_bad_input_and_keeps_it(qtbot: QtBot, fresh_station: Station,
                                            simulator: CentraSimulator) -> None:
    d, runner = _dialog(qtbot, fresh_station)
    _fill(qtbot, d, simulator.base_url, DEMO_API_KEY, pin="12")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "6 to 12 digits" in d.error.text()
    assert d.isVisible() and d.api_key.text() == DEMO_API_KEY
    assert fresh_station.missing_setup() == ["base_url", "api_key", "station", "pin"]
    runner.wait(1000)


def test_no_keyring_offers_session_only_and_writes_nothing(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock, simulator: CentraSimulator) -> None:
    station = new_station(tmp_path, keyring.backends.fail.Keyring(), clock)  # type: ignore[no-untyped-call]
    d, runner = _dialog(qtbot, station)
    assert d.session_only.isVisible()
    assert "no secure password store" in d.keyring_note.text()
    _fill(qtbot, d, simulator.base_url, DEMO_API_KEY)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "session only" in d.error.text() and d.isVisible()

    d.session_only.setChecked(True)
    with qtbot.waitSignal(d.accepted, timeout=2000):
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    found = station.keys.load(station.base_url)
    assert found.source is KeySource.SESSION
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        assert DEMO_API_KEY.encode() not in path.read_bytes(), path
    runner.wait(1000)


def test_command_line_and_environment_skip_their_questions(
        fresh_station: Station, simulator: CentraSimulator,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, clock: FakeClock) -> None:
    from packstation.app.startup import apply_command_line

    args = parse_args(["--base-url", simulator.base_url, "--station", "Station 7"])
    apply_command_line(fresh_station, args)
    # Only the key is unknown; the PIN is asked along with it.
    assert setup_questions(fresh_station, force=False) == {"api_key", "pin"}

    env_station = build_station(  # as started by a kiosk script with PACKSTATION_API_KEY
        AppPaths(tmp_path / "env"), MemoryStorage(), keyring_backend=MemoryKeyring(),
        environ={ENV_VAR: DEMO_API_KEY}, lock_clock=clock)
    apply_command_line(env_station, args)
    # Everything answered: an unattended kiosk starts without a dialog.
    assert setup_questions(env_station, force=False) == frozenset()
    assert env_station.name == "Station 7"


def _choose_integration_api(qtbot: QtBot, d: SetupDialog) -> None:
    d.api.setFocus()
    qtbot.keyClick(d.api, Qt.Key.Key_Down)  # Order API -> Integration API, as a person would
    assert d.chosen_api() == "integration"
    assert d.key_label.text() == "Token"
    assert d.keyring_note.text().startswith("The token is kept")  # a keyring is there


def test_integration_api_token_is_tested_and_stored_like_a_key(
        qtbot: QtBot, fresh_station: Station, mem_keyring: MemoryKeyring,
        simulator: CentraSimulator) -> None:
    from packstation.simulator import DEMO_TOKEN

    d, runner = _dialog(qtbot, fresh_station)
    _choose_integration_api(qtbot, d)
    _fill(qtbot, d, simulator.graphql_url, "not-a-token")
    text = _test_connection(qtbot, d)
    assert "rejected the Integration API token" in text and "expired" in text
    assert "Token field" in text  # how to enter a new one

    _fill(qtbot, d, simulator.graphql_url, DEMO_TOKEN)
    text = _test_connection(qtbot, d)
    assert text.startswith("Connection OK.") and "Order:read" in text
    assert simulator.graphql_stats().get("field:orders", 0) >= 1

    with qtbot.waitSignal(d.accepted, timeout=2000):
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    runner.wait(1000)
    assert fresh_station.api == "integration"
    assert fresh_station.base_url == simulator.graphql_url
    assert list(mem_keyring.store.values()) == [DEMO_TOKEN]  # the OS keyring, as a key is
    assert any(e.kind is AuditKind.SETTING_CHANGED and "centra_api" in e.detail
               for e in fresh_station.audit.entries())


def test_token_without_a_permission_is_named(qtbot: QtBot, fresh_station: Station,
                                              simulator: CentraSimulator) -> None:
    simulator.tokens.add("no-comment-token", frozenset({"Order:read", "Shipment:read"}),
                         ttl=None)
    d, runner = _dialog(qtbot, fresh_station)
    _choose_integration_api(qtbot, d)
    _fill(qtbot, d, simulator.graphql_url, "no-comment-token")
    text = _test_connection(qtbot, d)
    runner.wait(1000)
    assert "lacks" in text and "Order.internalComment:read" in text
