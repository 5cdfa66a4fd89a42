"""Fixtures for station tests: a temp data folder, an INI settings file, an in-memory
keyring, a hand-driven clock for the supervisor lock, and a bench wired to a station."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench, open_client
from packstation.app.profiles import TEST
from packstation.devtools.memory_keyring import MemoryKeyring as MemoryKeyring  # re-exported
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.station import station as station_module
from packstation.station.paths import AppPaths
from packstation.station.pin import hash_pin
from packstation.station.qsettings_store import QSettingsStorage
from packstation.station.secrets import ENV_VAR
from packstation.station.settings import BASE_URL, STATION_NAME
from packstation.station.station import Station, build_station
from tests.bench_fixtures import show_bench

PIN = "471100"


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def new_station(tmp: Path, backend: keyring.backend.KeyringBackend,
                clock: FakeClock) -> Station:
    return build_station(AppPaths(tmp / "data"), QSettingsStorage.at_path(tmp / "settings.ini"),
                         keyring_backend=backend, environ={}, lock_clock=clock)


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture
def mem_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fresh_station(tmp_path: Path, mem_keyring: MemoryKeyring, clock: FakeClock) -> Station:
    """A station as after a fresh install: nothing set up."""
    return new_station(tmp_path, mem_keyring, clock)


@functools.cache
def _shared_pin_hash(pin: str) -> str:
    """One real scrypt hash of ``pin`` for the whole run: hashing costs ~50-100 ms (the
    product's cost parameters, on purpose), and the ``station`` fixture is set up for
    hundreds of tests. Only the salt is shared; tests/test_station_pin.py and the other
    tests that set a PIN themselves still hash it each time."""
    return hash_pin(pin)


@pytest.fixture
def station(fresh_station: Station, simulator: CentraSimulator,
            monkeypatch: pytest.MonkeyPatch) -> Station:
    """A station set up for the simulator, with supervisor PIN 4711."""
    s = fresh_station
    s.settings.set(BASE_URL, simulator.base_url, supervisor=True)
    s.settings.set(STATION_NAME, "Station 3", supervisor=True)
    assert s.keys.save(simulator.base_url, DEMO_API_KEY).stored
    with monkeypatch.context() as m:  # Station.set_pin itself, with the run's hash of PIN
        m.setattr(station_module, "hash_pin", _shared_pin_hash)
        s.set_pin(PIN)
    return s


def open_bench(qtbot: QtBot, station: Station) -> Bench:
    found = station.keys.load(station.base_url)
    assert found.key is not None
    client = open_client(TEST, station.base_url, found.key.reveal(), api=station.api)
    # The outbox in the station's folder.
    return show_bench(qtbot, build_bench(BenchParts(TEST, client, station)))


@pytest.fixture
def station_bench(qtbot: QtBot, station: Station) -> Iterator[Bench]:
    b = open_bench(qtbot, station)
    yield b
    b.shutdown(wait_ms=3000)
