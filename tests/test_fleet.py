"""fleet.ini: the defaults a silent install leaves for the first-run setup screen."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.station.fleet import (
    FLEET_INI_ENV,
    MAX_STATION_CHARS,
    FleetDefaults,
    decode_ini,
    fleet_ini_path,
    load_fleet_defaults,
    parse_fleet_ini,
)

URL = "https://acme.centra.com/api/order-api"


def test_reads_base_url_and_station() -> None:
    got = parse_fleet_ini(f"[fleet]\nbase_url={URL}/\nstation=Station 3\n")
    assert got == FleetDefaults(URL, "Station 3")


def test_quoted_values_and_whitespace_are_cleaned() -> None:
    got = parse_fleet_ini(f'[fleet]\nbase_url = "{URL}"\nstation =  "Packbord 7"  \n')
    assert (got.base_url, got.station) == (URL, "Packbord 7")


def test_non_http_url_is_dropped_with_a_reason() -> None:
    got = parse_fleet_ini("[fleet]\nbase_url=acme.centra.com\nstation=S1\n")
    assert got.base_url == "" and got.station == "S1"
    assert "https://" in got.problems[0]


def test_missing_section_or_garbage_gives_empty_defaults() -> None:
    assert parse_fleet_ini("base_url=x\n").empty
    assert parse_fleet_ini("[fleet\n=\n").empty
    assert parse_fleet_ini("[other]\nstation=1\n").problems


def test_long_station_name_is_cut() -> None:
    got = parse_fleet_ini("[fleet]\nstation=" + "x" * 200 + "\n")
    assert len(got.station) == MAX_STATION_CHARS and got.problems


def test_missing_file_is_not_a_problem(tmp_path: Path) -> None:
    assert load_fleet_defaults(tmp_path / "nope.ini") == FleetDefaults()


def test_utf16_file_as_written_by_nsis(tmp_path: Path) -> None:
    # NSIS pre-creates the file with a UTF-16 LE BOM so WriteINIStr keeps Unicode.
    text = f"[fleet]\r\nbase_url={URL}\r\nstation=Packbord Åre\r\n"
    path = tmp_path / "fleet.ini"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert load_fleet_defaults(path) == FleetDefaults(URL, "Packbord Åre")


def test_ansi_file_falls_back_to_cp1252() -> None:
    assert "Åre" in decode_ini("station=Åre".encode("cp1252"))
    assert decode_ini(codecs.BOM_UTF8 + "station=Åre".encode()) == "station=Åre"


def test_path_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs asks Windows for ProgramData; its test hook stands in off Windows
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", r"D:\PD")
    win = fleet_ini_path({}, "win32")
    assert win.parts[-2:] == ("Packstation", "fleet.ini") and str(win).startswith("D:")
    assert fleet_ini_path({}, "linux") == Path("/etc/packstation/fleet.ini")
    assert fleet_ini_path({FLEET_INI_ENV: "/tmp/x.ini"}, "win32") == Path("/tmp/x.ini")


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_any_station_text_round_trips_or_is_cleaned(station: str) -> None:
    got = parse_fleet_ini(f"[fleet]\nstation={station}\n")
    assert got.station == got.station.strip()
    assert all(ch.isprintable() for ch in got.station)
    assert len(got.station) <= MAX_STATION_CHARS
