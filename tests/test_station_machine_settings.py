"""Supervisor settings out of the packer's reach (issue #14 case 7): a machine-wide file
for the supervisor-only settings, every change from any path in the audit log, and the
command line changing them for one run only."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytest

from packstation.station.audit import AuditKind
from packstation.station.paths import AppPaths, machine_dir
from packstation.station.qsettings_store import QSettingsStorage
from packstation.station.settings import (
    BASE_URL,
    SEND_EMAIL_DEFAULT,
    SOUNDS,
    STATION_NAME,
    LayeredStorage,
)
from packstation.station.station import Station, build_station
from tests.station_fixtures import FakeClock, MemoryKeyring


def _station(tmp: Path, *, machine: bool) -> Station:
    ini = tmp / "machine" / "station.ini"
    if machine:
        ini.parent.mkdir(exist_ok=True)
        ini.touch()
    storage = LayeredStorage(QSettingsStorage.at_path(ini),
                             QSettingsStorage.at_path(tmp / "user" / "Packstation.ini"),
                             machine_active=ini.exists)
    return build_station(AppPaths(tmp / "data"), storage, keyring_backend=MemoryKeyring(),
                         environ={}, lock_clock=FakeClock())


def _edit_user_ini(tmp: Path, key: str, value: str) -> None:
    """The packer's own account edits its INI (Notepad) while Packstation is closed."""
    q = QSettingsStorage.at_path(tmp / "user" / "Packstation.ini")
    q.set_value(key, value)
    q.sync()


def _setting_rows(station: Station) -> list[str]:
    return [e.detail for e in station.audit.entries() if e.kind is AuditKind.SETTING_CHANGED]


def test_with_the_machine_file_a_user_ini_edit_changes_nothing(tmp_path: Path) -> None:
    s = _station(tmp_path, machine=True)
    s.settings.set(SEND_EMAIL_DEFAULT, "dont", supervisor=True)
    s.settings.set(SOUNDS, False)
    machine = (tmp_path / "machine" / "station.ini").read_text()
    user = (tmp_path / "user" / "Packstation.ini").read_text()
    assert "send_email_default=dont" in machine and "send_email_default" not in user
    assert "sounds=false" in user and "sounds" not in machine  # per-user preference
    _edit_user_ini(tmp_path, "send_email_default", "send")
    again = _station(tmp_path, machine=True)
    assert again.settings.get(SEND_EMAIL_DEFAULT) == "dont"


def test_an_ini_edit_made_while_closed_is_an_audit_row(tmp_path: Path) -> None:
    """Without the machine file (an old install) the edit still takes effect, but never
    silently: the next start writes the change to the audit log."""
    s = _station(tmp_path, machine=False)
    s.settings.set(SEND_EMAIL_DEFAULT, "store", supervisor=True)
    _edit_user_ini(tmp_path, "send_email_default", "send")
    again = _station(tmp_path, machine=False)
    rows = _setting_rows(again)
    assert any(r.startswith("send_email_default: 'store' → 'send'")
               and "changed outside Packstation" in r for r in rows), rows
    third = _station(tmp_path, machine=False)  # reported once, not at every start
    assert sum("changed outside" in r for r in _setting_rows(third)) == 1


def test_command_line_settings_apply_for_this_run_only(tmp_path: Path) -> None:
    from packstation.app.startup import apply_command_line

    s = _station(tmp_path, machine=False)
    s.settings.set(BASE_URL, "https://shop.centra.com/api/order-api", supervisor=True)
    args = argparse.Namespace(base_url="https://evil.example.com/api", station="Station 9")
    apply_command_line(s, args)
    assert s.base_url == "https://evil.example.com/api" and s.name == "Station 9"
    rows = _setting_rows(s)
    assert any("base_url" in r and "command line, this run only" in r for r in rows)
    again = _station(tmp_path, machine=False)  # the next start, without the arguments
    assert again.base_url == "https://shop.centra.com/api/order-api"
    assert again.name == ""
    assert not any("changed outside" in r for r in _setting_rows(again))


def test_a_supervisor_saving_a_command_line_value_keeps_it(tmp_path: Path) -> None:
    s = _station(tmp_path, machine=False)
    s.settings.override(STATION_NAME, "Station 9")
    s.settings.set(STATION_NAME, "Station 9", supervisor=True)
    assert _station(tmp_path, machine=False).name == "Station 9"


def test_the_machine_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    assert machine_dir({}, "linux") == Path("/etc/packstation")
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg")  # IT's station.ini stays in /etc
    assert machine_dir({}, "linux") == Path("/etc/packstation")
    # platformdirs asks Windows for the ProgramData folder (its test hook stands in here)
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", r"D:\PD")
    assert machine_dir({}, "win32") == Path(r"D:\PD") / "Packstation"
    assert machine_dir({"PACKSTATION_MACHINE_DIR": "/tmp/m"}, "win32") == Path("/tmp/m")


@pytest.mark.skipif(sys.platform != "win32", reason="the real Windows folders")
def test_the_machine_folder_on_windows_is_programdata() -> None:
    assert machine_dir({}) == Path(os.environ["PROGRAMDATA"]) / "Packstation"


@pytest.mark.skipif(sys.platform == "win32",
                    reason="the per-user settings file is in the Windows profile "
                           "(FOLDERID_RoamingAppData): no environment variable moves it "
                           "for the subprocess")
def test_it_moves_the_settings_into_the_machine_file(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    user_ini = tmp_path / "config" / "Packstation" / "Packstation.ini"
    user_ini.parent.mkdir(parents=True)
    user_ini.write_text("[General]\nsend_email_default=dont\nsounds=false\n")
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path),
               PACKSTATION_MACHINE_DIR=str(tmp_path / "machine"),
               PACKSTATION_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    done = subprocess.run([sys.executable, "-m", "packstation", "--machine-settings"],
                          env=env, capture_output=True, text=True, timeout=60)
    ledger = tmp_path / "machine" / "ledger.log"
    if ledger.exists():  # root made it append-only: let the temp folder be removed again
        subprocess.run(["chattr", "-a", str(ledger)], capture_output=True, check=False)
    # 3: the ledger was created but could not be made append-only (not root, or a file
    # system without chattr +a); it says so.
    assert done.returncode in (0, 3), done.stdout + done.stderr
    assert "1 supervisor-only setting" in done.stdout
    machine = (tmp_path / "machine" / "station.ini").read_text()
    assert "send_email_default=dont" in machine and "sounds" not in machine
    assert ledger.is_file()
    assert "station ledger" in done.stdout or "NOT protected" in done.stdout


def test_saving_to_a_read_only_machine_file_says_so_and_changes_nothing(
        tmp_path: Path) -> None:
    """The packer's account (even in supervisor mode) cannot write the machine-wide file:
    the change is refused in words and not kept in memory either."""
    import pytest

    from packstation.station.settings import MemoryStorage, SettingError, StationSettings

    class ReadOnly(MemoryStorage):
        def sync(self) -> None:
            raise RuntimeError("Packstation could not save its settings to station.ini: "
                               "no write access. Ask IT to check the permissions.")

    machine = ReadOnly({SEND_EMAIL_DEFAULT.name: "dont"})
    settings = StationSettings(LayeredStorage(machine, MemoryStorage(), lambda: True))
    with pytest.raises(SettingError, match="no write access"):
        settings.set(SEND_EMAIL_DEFAULT, "send", supervisor=True)
    assert settings.get(SEND_EMAIL_DEFAULT) == "dont"
    assert machine.data[SEND_EMAIL_DEFAULT.name] == "dont"
