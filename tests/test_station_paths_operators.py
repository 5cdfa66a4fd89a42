"""AppPaths, OperatorSession, and the Qt-free boundary of packstation.station."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from packstation.station.operators import OperatorError, OperatorSession, SignInMethod
from packstation.station.paths import AppPaths, DataDirError, default_data_dir

STATION_DIR = Path(__file__).resolve().parents[1] / "packstation" / "station"


def _today(env: dict[str, str], platform: str, home: Path) -> Path:
    """Where the release before platformdirs put the data folder (kept verbatim): an
    upgrade must find its data exactly there."""
    override = env.get("PACKSTATION_DATA_DIR", "").strip()
    if override:
        return Path(override)
    if platform.startswith("win"):
        local = env.get("LOCALAPPDATA", "").strip()
        base = Path(local) if local else home / "AppData" / "Local"
        return base / "Packstation"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "Packstation"
    xdg = env.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / "packstation"


ENVS: list[dict[str, str]] = [
    {}, {"XDG_DATA_HOME": "/srv/xdg"}, {"XDG_DATA_HOME": "rel/xdg"},
    {"PACKSTATION_DATA_DIR": "/kiosk/data"}, {"PACKSTATION_DATA_DIR": "  "},
    {"XDG_DATA_HOME": "/srv/xdg", "PACKSTATION_DATA_DIR": "/kiosk/data"},
]


@pytest.mark.skipif(sys.platform == "win32",
                    reason="POSIX paths: Path('/srv/xdg') is not absolute on Windows")
@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
@pytest.mark.parametrize("env", ENVS, ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()))
def test_the_data_folder_stays_where_it_was(platform: str, env: dict[str, str],
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "PACKSTATION_DATA_DIR", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    today_env = dict(env)
    if platform == "win32":  # the folder Windows names (platformdirs' test hook stands in)
        local = r"C:\Users\pack\AppData\Local"
        monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
        today_env["LOCALAPPDATA"] = local
    got = default_data_dir(env, platform)
    assert got == _today(today_env, platform, home)
    assert default_data_dir(None, platform) == got  # the process environment alike
    assert not got.exists()  # asking creates nothing


def test_the_data_folder_named_on_each_platform(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/xdg")
    assert default_data_dir({}, "linux") == Path("/srv/xdg/packstation")
    # macOS never followed XDG_DATA_HOME (platformdirs now would): still the Library folder
    assert default_data_dir({}, "darwin") == (
        tmp_path / "Library" / "Application Support" / "Packstation")
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\L")
    assert str(default_data_dir({}, "win32")).replace("\\", "/") == "C:/L/Packstation"


@pytest.mark.skipif(sys.platform != "win32", reason="the real Windows folders")
def test_the_data_folder_on_windows_is_local_appdata() -> None:
    assert default_data_dir({}) == Path(os.environ["LOCALAPPDATA"]) / "Packstation"


def test_ensure(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "ps").ensure()
    assert paths.data_dir.is_dir() and paths.log_dir.is_dir()
    assert {paths.audit_db.parent, paths.outbox_db.parent, paths.cache_db.parent} == {
        paths.data_dir}
    assert list(paths.data_dir.glob(".write-test-*")) == []


def test_ensure_plain_words_error(tmp_path: Path) -> None:
    blocker = tmp_path / "ps"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="could not create its data folder"):
        AppPaths(blocker / "inner").ensure()


def test_operator_sign_in_by_name_and_badge() -> None:
    t = datetime(2026, 11, 27, 8, tzinfo=UTC)
    session = OperatorSession({"0042": "Bertil"}, clock=lambda: t)
    assert session.current is None
    first = session.sign_in("  Anna \t Svensson ")
    assert first.operator.name == "Anna Svensson" and first.previous is None
    assert first.operator.method is SignInMethod.NAME and first.operator.signed_in_at == t
    second = session.sign_in_badge("op:Cecilia\r\n")
    assert second.operator.name == "Cecilia" and second.previous == first.operator
    assert session.sign_in_any("0042").operator.name == "Bertil"
    assert session.sign_in_any("OP:Dan").operator.method is SignInMethod.BADGE
    assert session.sign_in_any("Eva").operator.method is SignInMethod.NAME
    assert session.packed_by_comment("Station 3") == "Packed by Eva at Station 3"
    assert session.packed_by_comment("") == "Packed by Eva"
    assert session.sign_out() is not None
    assert session.sign_out() is None
    with pytest.raises(OperatorError, match="Nobody is signed in"):
        session.packed_by_comment("Station 3")


@pytest.mark.parametrize("bad", ["", "   ", "OP:", "x" * 41])
def test_operator_rejects(bad: str) -> None:
    with pytest.raises(OperatorError):
        OperatorSession().sign_in_any(bad)


def test_unknown_badge() -> None:
    with pytest.raises(OperatorError, match="not known"):
        OperatorSession().sign_in_badge("BADGE-9")


def test_only_qsettings_store_imports_qt() -> None:
    for module in STATION_DIR.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        uses_qt = any(name.split(".")[0] in {"PySide6", "PyQt6", "PyQt5"} for name in names)
        assert uses_qt == (module.name == "qsettings_store.py"), module.name


def test_core_imports_without_qt() -> None:
    code = (
        "import sys\n"
        "import packstation.station.secrets, packstation.station.pin, packstation.station.audit\n"
        "import packstation.station.settings, packstation.station.paths\n"
        "import packstation.station.operators\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    root = STATION_DIR.parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
