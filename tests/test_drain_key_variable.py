"""One environment variable names the API key everywhere: the drain CLI reads the app's."""

from __future__ import annotations

import pytest

from packstation.outbox.drain import parse_args
from packstation.station.secret_value import ENV_VAR

ARGS = ["--db", "x.sqlite3", "--base-url", "http://127.0.0.1:1/api"]


def test_drain_takes_the_key_from_packstation_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ENV_VAR == "PACKSTATION_API_KEY"
    monkeypatch.setenv("PACKSTATION_API_KEY", "key-from-env")
    assert parse_args(ARGS).key == "key-from-env"
    assert parse_args([*ARGS, "--key", "typed"]).key == "typed"


def test_the_old_second_name_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PACKSTATION_API_KEY", raising=False)
    monkeypatch.setenv("PACKSTATION_CENTRA_KEY", "old-name")
    assert parse_args(ARGS).key == ""
