"""Typed settings registry, validation, migrations, and QSettings INI round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as settings_profile
from hypothesis import strategies as hyp

from packstation.station import settings as st
from packstation.station.pin import hash_pin
from packstation.station.qsettings_store import QSettingsStorage
from packstation.station.settings import (
    ALL_SETTINGS,
    BASE_URL,
    CARRIERS_SETTING,
    DEFAULT_CAPTURE,
    LANGUAGE,
    SCANNER_MAX_GAP_MS,
    SCANNER_PREFIX,
    SCANNER_SUFFIX,
    SERVICES_SETTING,
    SOUNDS,
    STATION_NAME,
    SUPERVISOR_PIN_HASH,
    VERIFICATION_MODE,
    MemoryStorage,
    SettingChange,
    SettingError,
    StationSettings,
    SupervisorRequired,
)


@pytest.fixture
def settings() -> StationSettings:
    return StationSettings(MemoryStorage())


def test_defaults(settings: StationSettings) -> None:
    snap = settings.snapshot()
    assert snap["station_name"] == "" and snap["base_url"] == ""
    assert settings.get(CARRIERS_SETTING) == ["PostNord", "DHL", "UPS", "Bring", "Budbee",
                                              "DB Schenker"]
    services = settings.get(SERVICES_SETTING)
    assert set(services) == set(settings.get(CARRIERS_SETTING))
    assert all(services.values())
    assert settings.get(DEFAULT_CAPTURE) is True
    assert settings.get(SCANNER_MAX_GAP_MS) == 30
    assert settings.get(LANGUAGE) == "en"
    assert settings.get(VERIFICATION_MODE) == "off"
    assert snap["send_email_default"] == "store"
    assert snap["comment_packed_by"] is True and snap["auto_tick_on_tracking"] is True
    assert snap["tracking_required"] is True and snap["sounds"] is True
    assert snap["supervisor_pin_hash"] == ""
    assert settings.schema_version == st.SCHEMA_VERSION


def test_defaults_are_not_shared(settings: StationSettings) -> None:
    settings.get(CARRIERS_SETTING).append("Mutated")
    assert "Mutated" not in settings.get(CARRIERS_SETTING)


def test_registry_has_no_api_key() -> None:
    names = [s.name for s in ALL_SETTINGS]
    assert len(names) == len(set(names)) == 23
    assert not [n for n in names if "key" in n or "token" in n]


@pytest.mark.parametrize("url, expected", [
    ("https://acme.centra.com/api/order/", "https://acme.centra.com/api/order"),
    ("  https://acme.centra.com  ", "https://acme.centra.com"),
    ("http://127.0.0.1:8080/api", "http://127.0.0.1:8080/api"),
    ("http://localhost:5000", "http://localhost:5000"),
    ("http://[::1]:5000/", "http://[::1]:5000"),
    ("", ""),
])
def test_base_url_accepted(settings: StationSettings, url: str, expected: str) -> None:
    settings.set(BASE_URL, url, supervisor=True)
    assert settings.get(BASE_URL) == expected


@pytest.mark.parametrize("url, words", [
    ("http://acme.centra.com/api", "must use https://"),
    ("http://192.168.1.10/api", "must use https://"),
    ("http://localhost.evil.com", "must use https://"),
    ("ftp://acme.centra.com", "must start with https://"),
    ("acme.centra.com", "must start with https://"),
    ("https://", "must start with https://"),
    ("https://user:secret@acme.centra.com", "Do not put"),
    ("https://acme.centra.com/api?key=1", "cannot contain"),
    ("https://acme.centra.com:99999", "not a valid"),
])
def test_base_url_rejected(settings: StationSettings, url: str, words: str) -> None:
    with pytest.raises(SettingError, match=words):
        settings.set(BASE_URL, url, supervisor=True)
    assert settings.get(BASE_URL) == ""


def test_choices_and_ranges(settings: StationSettings) -> None:
    with pytest.raises(SettingError, match="Choose one of"):
        settings.set(LANGUAGE, "fr")
    with pytest.raises(SettingError, match="from 1 to 1000"):
        settings.set(SCANNER_MAX_GAP_MS, 0, supervisor=True)
    with pytest.raises(SettingError):
        settings.set(SCANNER_MAX_GAP_MS, True, supervisor=True)
    with pytest.raises(SettingError):
        settings.set(CARRIERS_SETTING, ["DHL", " "], supervisor=True)
    with pytest.raises(SettingError):
        settings.set(SUPERVISOR_PIN_HASH, "1234", supervisor=True)
    settings.set(LANGUAGE, "sv")
    settings.set(SCANNER_MAX_GAP_MS, "45", supervisor=True)
    assert settings.get(SCANNER_MAX_GAP_MS) == 45


def test_supervisor_only(settings: StationSettings) -> None:
    with pytest.raises(SupervisorRequired):
        settings.set(STATION_NAME, "Station 3")
    settings.set(SOUNDS, False)  # operators may silence their own bench
    assert settings.get(SOUNDS) is False


def test_changes_for_audit(settings: StationSettings) -> None:
    seen: list[SettingChange] = []
    settings.add_listener(seen.append)
    change = settings.set(STATION_NAME, "Station 3", supervisor=True)
    assert change == SettingChange("station_name", "", "Station 3")
    assert change.describe() == "station_name: '' → 'Station 3'"
    assert settings.set(STATION_NAME, "Station 3", supervisor=True) is None  # unchanged
    pin_change = settings.set(SUPERVISOR_PIN_HASH, hash_pin("123456"), supervisor=True)
    assert pin_change is not None and pin_change.describe() == "supervisor_pin_hash changed"
    assert len(seen) == 2


def test_invalid_stored_value_falls_back_to_default() -> None:
    storage = MemoryStorage({"scanner_max_gap_ms": "fast", "sounds": "maybe",
                             "carriers": "{not json", "base_url": "http://x.example"})
    settings = StationSettings(storage)
    assert settings.get(SCANNER_MAX_GAP_MS) == 30
    assert settings.get(SOUNDS) is True
    assert settings.get(CARRIERS_SETTING)[0] == "PostNord"
    assert settings.get(BASE_URL) == ""
    assert sorted(settings.problems()) == ["base_url", "carriers", "scanner_max_gap_ms", "sounds"]


def test_native_values_from_registry_are_accepted() -> None:
    # An admin may write DWORDs / real lists (e.g. via GPO) instead of our strings.
    storage = MemoryStorage({"sounds": 0, "scanner_max_gap_ms": 50, "carriers": ["DHL"]})
    settings = StationSettings(storage)
    assert settings.get(SOUNDS) is False
    assert settings.get(SCANNER_MAX_GAP_MS) == 50
    assert settings.get(CARRIERS_SETTING) == ["DHL"]


def test_migration_hook() -> None:
    storage = MemoryStorage({"schema_version": "0", "old_station": "Bench 1"})

    def v0_to_v1(s: st.SettingsStorage) -> None:
        s.set_value("station_name", s.value("old_station"))
        s.remove("old_station")

    assert st.migrate(storage, {0: v0_to_v1}, target=1) == 1
    assert storage.data == {"schema_version": "1", "station_name": "Bench 1"}
    assert st.migrate(MemoryStorage(), {}, target=1) == 1
    newer = MemoryStorage({"schema_version": "7"})
    assert StationSettings(newer).schema_version == 7  # left alone


def test_qsettings_round_trip(tmp_path: Path) -> None:
    ini = tmp_path / "cfg" / "packstation.ini"
    settings = StationSettings(QSettingsStorage.at_path(ini))
    settings.set(DEFAULT_CAPTURE, False, supervisor=True)
    settings.set(SOUNDS, False)
    settings.set(SCANNER_MAX_GAP_MS, 75, supervisor=True)
    settings.set(CARRIERS_SETTING, ["PostNord", "DHL, Express", "Åkeri"], supervisor=True)
    settings.set(SERVICES_SETTING, {"DHL": ["Parcel"], "Åkeri": ["Pall, halv"]},
                 supervisor=True)
    settings.set(SCANNER_PREFIX, "@", supervisor=True)
    settings.set(SCANNER_SUFFIX, "a,b", supervisor=True)
    settings.set(STATION_NAME, "Station 3", supervisor=True)
    settings.set(BASE_URL, "https://acme.centra.com/api/order", supervisor=True)
    del settings

    raw = ini.read_text(encoding="utf-8")
    assert "default_capture=false" in raw and "scanner_max_gap_ms=75" in raw

    storage = QSettingsStorage.at_path(ini)
    assert storage.value("default_capture") == "false"  # INI hands back strings...
    again = StationSettings(storage)
    assert again.get(DEFAULT_CAPTURE) is False  # ...the registry converts them
    assert again.get(SOUNDS) is False
    assert again.get(SCANNER_MAX_GAP_MS) == 75
    assert again.get(CARRIERS_SETTING) == ["PostNord", "DHL, Express", "Åkeri"]
    assert again.get(SERVICES_SETTING) == {"DHL": ["Parcel"], "Åkeri": ["Pall, halv"]}
    assert again.get(SCANNER_PREFIX) == "@"
    assert again.get(SCANNER_SUFFIX) == "a,b"
    assert again.get(STATION_NAME) == "Station 3"
    assert again.get(BASE_URL) == "https://acme.centra.com/api/order"
    assert again.get(LANGUAGE) == "en"  # never written: default
    assert again.problems() == []
    storage.remove("sounds")
    assert again.get(SOUNDS) is True


def test_qsettings_hand_edited_ini(tmp_path: Path) -> None:
    ini = tmp_path / "packstation.ini"
    ini.write_text("[General]\nsounds=0\nscanner_max_gap_ms=40\nscanner_suffix=x,y\n",
                   encoding="utf-8")
    settings = StationSettings(QSettingsStorage.at_path(ini))
    assert settings.get(SOUNDS) is False
    assert settings.get(SCANNER_MAX_GAP_MS) == 40
    assert settings.get(SCANNER_SUFFIX) == "x,y"  # QSettings split it into a list


# Control characters included: scanner prefixes/suffixes are often STX, Tab or CR.
# (A leading U+FEFF is dropped by QSettings; nobody configures a BOM as prefix.)
_chars = hyp.characters(exclude_categories=["Cs"], exclude_characters="\ufeff")


@settings_profile(max_examples=60, deadline=None)
@given(prefix=hyp.text(_chars, max_size=10),
       carriers=hyp.lists(hyp.text(_chars, min_size=1, max_size=20).map(str.strip)
                          .filter(bool), min_size=1, max_size=5, unique=True))
def test_qsettings_round_trip_property(tmp_path_factory: pytest.TempPathFactory,
                                       prefix: str, carriers: list[str]) -> None:
    ini = tmp_path_factory.mktemp("ini") / "p.ini"
    first = StationSettings(QSettingsStorage.at_path(ini))
    first.set(SCANNER_PREFIX, prefix, supervisor=True)
    first.set(CARRIERS_SETTING, carriers, supervisor=True)
    del first
    again = StationSettings(QSettingsStorage.at_path(ini))
    assert again.get(SCANNER_PREFIX) == prefix
    assert again.get(CARRIERS_SETTING) == carriers


def test_control_characters(settings: StationSettings) -> None:
    settings.set(SCANNER_PREFIX, "\x02", supervisor=True)  # STX from a configured scanner
    settings.set(SCANNER_SUFFIX, "\r\n", supervisor=True)
    with pytest.raises(SettingError, match="control characters"):
        settings.set(STATION_NAME, "Station\x003", supervisor=True)
