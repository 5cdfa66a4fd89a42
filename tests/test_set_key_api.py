"""``--set-key`` / ``--forget-key`` with ``--api``: the Integration API token is stored
under its ``…/graphql`` address as station setup stores it, the start finds it there for
that API, and an address that does not fit the API is refused in words (nothing stored,
the token never printed). In-process through the real argument parser and key_command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app import compose
from packstation.app.cli import parse_args
from packstation.app.profiles import TEST
from packstation.app.startup import apply_command_line, key_command, setup_questions
from packstation.simulator import DEMO_TOKEN, CentraSimulator
from packstation.station.secrets import KeySource
from packstation.station.settings import BASE_URL, CENTRA_API, STATION_NAME
from packstation.station.station import Station
from tests.station_fixtures import FakeClock, MemoryKeyring, new_station

GQL = "https://acme.centra.com/graphql"
ORDER = "https://acme.centra.com/api/order"
TOKEN = "gql_live_5a1e2b9c0d7f4e3a8b6c1d2e3f4a5b6c"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        mem_keyring: MemoryKeyring) -> Station:
    """key_command over a station in ``tmp_path`` with the in-memory keyring."""
    station = new_station(tmp_path, mem_keyring, FakeClock())
    monkeypatch.setattr(compose, "open_station", lambda *_a, **_k: station)
    monkeypatch.setenv("PACKSTATION_FLEET_INI", str(tmp_path / "no-fleet.ini"))
    return station


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        argv: list[str], stdin: str = "") -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    rc = key_command(parse_args(argv))
    out = capsys.readouterr()
    return rc, out.out + out.err


def test_set_key_api_integration_stores_the_token_where_the_start_finds_it(
        cli: Station, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        simulator: CentraSimulator) -> None:
    station = cli
    url = simulator.graphql_url
    rc, out = run(monkeypatch, capsys, ["--api", "integration", "--base-url", url,
                                        "--set-key"], DEMO_TOKEN + "\n")
    assert rc == 0, out
    assert f"Integration API token stored for {url}" in out
    assert DEMO_TOKEN not in out
    # Under the …/graphql address, as station setup's keys.save(url, token) stores it.
    assert mem_keyring.store == {("Packstation", url): DEMO_TOKEN}

    # The start for that API and address: no setup question for the token, the keyring
    # has it, and the Integration API adapter built from it reads Centra.
    station.settings.set(STATION_NAME, "Station 3", supervisor=True)
    apply_command_line(station, parse_args(["--api", "integration", "--base-url", url]))
    assert station.api == "integration" and station.base_url == url
    assert "api_key" not in setup_questions(station, False)
    found = station.keys.load(station.base_url)
    assert found.source is KeySource.KEYRING and found.key is not None
    client = compose.open_client(TEST, station.base_url, found.key.reveal(), api=station.api)
    try:
        assert client.count_ready() > 0
    finally:
        client.close()

    rc, out = run(monkeypatch, capsys, ["--api", "integration", "--base-url", url,
                                        "--forget-key"])
    assert rc == 0 and f"Integration API token for {url} removed" in out
    assert mem_keyring.store == {}


def test_the_station_setting_says_which_api_when_api_is_not_given(
        cli: Station, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    station = cli
    station.settings.set(CENTRA_API, "integration", supervisor=True)
    station.settings.set(BASE_URL, GQL, supervisor=True)
    rc, out = run(monkeypatch, capsys, ["--set-key"], TOKEN + "\n")
    assert rc == 0 and "Integration API token stored" in out and TOKEN not in out
    assert mem_keyring.store == {("Packstation", GQL): TOKEN}


@pytest.mark.parametrize("api, url, words", [
    ("integration", ORDER, "is not an Integration API address"),
    ("order", GQL, "is the Integration API (GraphQL) address"),
    ("integration", "http://acme.centra.com/graphql", "must use https://"),
])
def test_an_address_that_does_not_fit_the_api_is_refused_in_words(
        cli: Station, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        api: str, url: str, words: str) -> None:
    rc, out = run(monkeypatch, capsys, ["--api", api, "--base-url", url, "--set-key"],
                  TOKEN + "\n")
    assert rc == 2, out
    assert "not stored" in out and words in out
    assert TOKEN not in out
    assert mem_keyring.store == {}


def test_a_station_on_the_order_api_refuses_a_graphql_address_without_api(
        cli: Station, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out = run(monkeypatch, capsys, ["--base-url", GQL + "/", "--set-key"], TOKEN)
    assert rc == 2 and "--api integration" in out
    assert mem_keyring.store == {}


def test_forget_key_with_the_wrong_api_removes_nothing(
        cli: Station, mem_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mem_keyring.store[("Packstation", ORDER)] = TOKEN
    rc, out = run(monkeypatch, capsys, ["--api", "integration", "--base-url", ORDER,
                                        "--forget-key"])
    assert rc == 2 and "Nothing removed" in out
    assert mem_keyring.store == {("Packstation", ORDER): TOKEN}
    rc, out = run(monkeypatch, capsys, ["--api", "order", "--base-url", ORDER,
                                        "--forget-key"])
    assert rc == 0 and "API key for" in out and mem_keyring.store == {}


def test_setup_refuses_an_address_that_does_not_fit_the_chosen_api(
        qtbot: QtBot, fresh_station: Station, mem_keyring: MemoryKeyring,
        simulator: CentraSimulator) -> None:
    """Station setup: the same rule as --set-key, in the dialog's words; nothing stored."""
    from tests.test_station_setup import _choose_integration_api, _dialog, _fill

    d, _runner = _dialog(qtbot, fresh_station)
    _choose_integration_api(qtbot, d)
    _fill(qtbot, d, simulator.base_url, TOKEN)  # the Order API's address
    qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    assert "ends in /graphql" in d.test_result.text()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "ends in /graphql" in d.error.text()
    assert mem_keyring.store == {} and fresh_station.base_url == ""

    d.api.setCurrentIndex(d.api.findData("order"))
    _fill(qtbot, d, simulator.graphql_url, TOKEN)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "Choose Integration API above" in d.error.text()
    assert mem_keyring.store == {}
    assert simulator.graphql_stats().get("requests", 0) == 0  # nothing was sent
