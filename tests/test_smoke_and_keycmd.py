"""``--smoke-test`` (the real thing, in a subprocess) and ``--set-key``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.app import smoke
from packstation.app.keycmd import forget_key, set_key
from packstation.station.secrets import ApiKeyStore
from tests.station_fixtures import MemoryKeyring
from tests.test_station_secrets import KEY, URL

ROOT = Path(__file__).resolve().parent.parent


def test_smoke_test_passes_from_source(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               PACKSTATION_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "packstation", "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    for name, _ in smoke.CHECKS:
        assert any(line.startswith(f"ok   {name}:") for line in lines), proc.stdout
    assert lines[-1] == "Smoke test passed"
    assert "Traceback" not in proc.stderr


def test_a_failing_check_gives_a_plain_line_and_rc_1(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    def broken() -> str:
        raise smoke.SmokeFailure("platform plugin qwindows.dll missing")

    def crashing() -> str:
        raise OSError("disk on fire")

    monkeypatch.setattr(smoke, "CHECKS", (("qt", broken), ("sqlite", crashing)))
    out = io.StringIO()
    assert smoke.run_smoke_test(out) == 1
    text = out.getvalue()
    assert "FAIL qt: platform plugin qwindows.dll missing" in text
    assert "FAIL sqlite: OSError: disk on fire" in text
    assert text.splitlines()[-1] == "Smoke test failed: qt, sqlite"
    assert "Traceback" not in text


def test_set_key_reads_stdin_and_stores_in_keyring() -> None:
    backend = MemoryKeyring()
    store = ApiKeyStore(keyring_backend=backend, environ={})
    out = io.StringIO()
    assert set_key(store, URL, io.StringIO(KEY + "\n"), out) == 0
    assert backend.store[("Packstation", URL)] == KEY
    assert KEY not in out.getvalue()
    assert forget_key(store, URL, out) == 0
    assert backend.store == {}


def test_set_key_without_url_or_console_says_what_to_do() -> None:
    store = ApiKeyStore(keyring_backend=MemoryKeyring(), environ={})
    out = io.StringIO()
    assert set_key(store, "", io.StringIO(KEY), out) == 2
    assert "--base-url" in out.getvalue()


def test_set_key_refuses_empty_input() -> None:
    backend = MemoryKeyring()
    store = ApiKeyStore(keyring_backend=backend, environ={})
    out = io.StringIO()
    assert set_key(store, URL, io.StringIO("\n"), out) == 1
    assert "empty" in out.getvalue() and backend.store == {}


def test_set_key_through_main_with_no_secure_store(tmp_path: Path) -> None:
    """The real entry point: key on stdin, no keyring on this machine -> plain refusal."""
    fleet = tmp_path / "fleet.ini"
    fleet.write_text(f"[fleet]\nbase_url={URL}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PACKSTATION_DATA_DIR=str(tmp_path / "data"),
               PACKSTATION_FLEET_INI=str(fleet),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("PACKSTATION_API_KEY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "packstation", "--set-key"],
        input=KEY + "\n", capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "not stored" in proc.stdout and "no secure password store" in proc.stdout
    assert KEY not in proc.stdout + proc.stderr
    log_text = (tmp_path / "data" / "logs" / "packstation.log").read_text(encoding="utf-8")
    assert KEY not in log_text


def test_the_window_icon_is_shipped_and_installed(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from packstation.ui.icon import install_window_icon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_window_icon(app)
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(s.width() for s in sizes) >= 256
