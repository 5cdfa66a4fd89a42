"""Defects the Windows release once had (issue #13), checked on every platform.

The end-to-end checks run under wine in installer/wine_ci.sh; these are the parts a
normal test run can see.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from packstation.app import smoke

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "packstation" / "resources"


def test_the_bundle_collects_every_kind_of_resource_the_app_loads() -> None:
    """The spec once took only .qm and .png: the frozen app had no sounds."""
    spec = (ROOT / "installer" / "packstation.spec").read_text(encoding="utf-8")
    match = re.search(r"f\.suffix in \(([^)]*)\)", spec)
    assert match, "installer/packstation.spec: resource suffix filter not found"
    collected = set(re.findall(r'"(\.[a-z0-9]+)"', match.group(1)))
    shipped = {f.suffix for f in RESOURCES.rglob("*") if f.is_file()} - {".ts"}  # .ts: sources
    assert shipped <= collected, f"not in the bundle: {sorted(shipped - collected)}"


def _open_files_under(marker: str) -> list[str]:
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if marker in target:
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                    reason="lists open files through /proc (Linux); on Windows the smoke "
                           "test's folder removal is the check")
def test_bench_shutdown_leaves_no_file_open(qapp: object) -> None:
    """Windows cannot delete a file a process holds open: the smoke test's temp folder
    (outbox.sqlite3-shm) stayed behind because shutdown never closed the outbox."""
    assert smoke.check_main_window().startswith("rendered")
    assert _open_files_under("packstation-smoke-") == []


def test_smoke_test_fails_when_a_sound_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path, qapp: object) -> None:
    import packstation.ui.sounds

    for name in packstation.ui.sounds.NAMES[:-1]:
        (tmp_path / f"{name}.wav").write_bytes(packstation.ui.sounds.wav_bytes(name))
    monkeypatch.setattr(packstation.ui.sounds, "SOUND_DIR", tmp_path)
    with pytest.raises(smoke.SmokeFailure, match=r"sound error\.wav missing"):
        smoke.check_resources()


def test_smoke_test_reports_the_fleet_ini_address(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    ini = tmp_path / "fleet.ini"
    ini.write_bytes("[fleet]\r\nbase_url=https://shop.example/api/order-api\r\n"
                    "station=Packbord Åre\r\n".encode("utf-16"))
    monkeypatch.setenv("PACKSTATION_FLEET_INI", str(ini))
    assert smoke.check_fleet() == (
        f"{ini}: Centra https://shop.example/api/order-api, station 'Packbord Åre'")
    ini.write_text("[fleet]\nbase_url=https:\n", encoding="utf-8")  # what GetOptions wrote
    with pytest.raises(smoke.SmokeFailure, match="base_url ignored"):
        smoke.check_fleet()


def test_smoke_test_writes_its_log_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PACKSTATION_DATA_DIR", str(tmp_path))
    assert smoke.check_log_file() == f"{tmp_path / 'logs' / 'packstation.log'} written"
    assert smoke.check_data_folder() == f"{tmp_path} writable"
    assert smoke.check_outbox().startswith("opens in WAL")
